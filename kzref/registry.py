"""Look entities up: by id (following redirects), by name or alias, by kind.

The indexes are built once, on first use, from :func:`kzref.store.dataset`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar, overload

from kzref.errors import UnknownIdError
from kzref.model.entities import EntityBase
from kzref.model.ids import KINDS, Kind
from kzref.names import name_index, normalize
from kzref.store import Dataset, bundled_entity, dataset

if TYPE_CHECKING:
    from kzref.model.records import Designation, Relation

T = TypeVar("T")
E = TypeVar("E", bound=EntityBase)


class _Required:
    """The default of ``get``'s *default*: none given, so an unknown id raises."""

    def __repr__(self) -> str:
        return "<raise UnknownIdError>"


_MISSING = _Required()


class AmbiguousNameError(LookupError):
    """A name fits entities of more than one kind; ``candidates`` lists their ids."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(f"{name!r} names several entities: {', '.join(candidates)}; pass kind=")


@functools.cache
def _names() -> dict[str, tuple[str, ...]]:
    """Normalized name or alias → ids, in dataset order."""
    return name_index(dataset().entities.values())


def suggest(key: str, limit: int = 3) -> list[str]:
    """Ids close to *key* in the bundled data, for "did you mean" messages."""
    import difflib  # only for "did you mean" messages

    close = suggest_in(dataset(), key, limit)
    if not close and ":" not in key:
        by_name = difflib.get_close_matches(normalize(key), list(_names()), n=limit, cutoff=0.6)
        close = [_names()[name][0] for name in by_name]
    return close


def suggest_in(data: Dataset, key: str, limit: int = 3) -> list[str]:
    """Current ids of *data* close to *key* (an id, or a slug of any kind)."""
    import difflib

    pool = list(data.entities)
    close = difflib.get_close_matches(key, pool, n=limit, cutoff=0.6)
    if not close:
        slug = key.partition(":")[2] or key
        slugs = {entity_id.partition(":")[2]: entity_id for entity_id in pool}
        close = [
            slugs[s] for s in difflib.get_close_matches(slug, list(slugs), n=limit, cutoff=0.7)
        ]
    return close


@overload
def get(entity_id: str) -> EntityBase: ...
@overload
def get(entity_id: str, default: T) -> EntityBase | T: ...


def get(entity_id: str, default: object = _MISSING) -> object:
    """The entity with *entity_id*; a retired id resolves to its successor.

    Raises :class:`UnknownIdError` (a ``LookupError``) with close matches, unless a
    *default* is given.
    """
    entity = bundled_entity(entity_id)
    if entity is not None:
        return entity
    data = dataset()
    entity = data.entities.get(entity_id) or data.entities.get(data.resolve(entity_id))
    if entity is not None:
        return entity
    if default is not _MISSING:
        return default
    raise UnknownIdError(entity_id, suggest(entity_id))


def get_typed(entity_id: str, model: type[E]) -> E:
    """The entity with *entity_id*, checked to be a *model* (for the typed constants)."""
    entity = get(entity_id)
    if not isinstance(entity, model):
        raise TypeError(f"{entity_id} is a {type(entity).__name__}, not a {model.__name__}")
    return entity


def lookup(name: str, kind: Kind | None = None) -> EntityBase:
    """The entity whose name or alias is *name*, ignoring case, accents and punctuation.

    An id works too.  Raises :class:`UnknownIdError` with suggestions, or
    :class:`AmbiguousNameError` when the name fits several kinds and *kind* is not given.
    """
    found = get(name, None)
    if found is not None and (kind is None or found.kind == kind):
        return found
    ids = [i for i in _names().get(normalize(name), ()) if kind is None or i.startswith(f"{kind}:")]
    if len(ids) == 1:
        return dataset().entities[ids[0]]
    if ids:
        raise AmbiguousNameError(name, ids)
    raise UnknownIdError(name, suggest(name))


def entities(kind: Kind | None = None) -> Iterator[EntityBase]:
    """Every entity, or every entity of *kind*, in a stable order (kind, then id)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; kinds are {', '.join(KINDS)}")
    for entity in dataset().entities.values():
        if kind is None or entity.kind == kind:
            yield entity


def relations() -> tuple[Relation, ...]:
    """Every relation between entities."""
    return dataset().relations


def designations(subject: str | None = None) -> tuple[Designation, ...]:
    """Every designation (listing as banned or terrorist), or those of one organization."""
    every = dataset().designations
    if subject is None:
        return every
    current = get(subject).id
    return tuple(d for d in every if d.subject == current)
