"""Look entities up: by id (following redirects), by name or alias, by kind.

One resolver (:func:`resolve`) and one suggester (:func:`suggest`) answer every
lookup in kzref — ``get``, ``lookup``, the CLI, citations, Sphinx roles.  The
indexes they read belong to the dataset (``Dataset.index``), built on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar, overload

from kzref.bundle import bundled_entity
from kzref.model.entities import EntityBase
from kzref.model.ids import ID_RE, KINDS, Kind

if TYPE_CHECKING:
    from kzref.errors import AmbiguousNameError as AmbiguousNameError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
    from kzref.model.records import Designation, Relation
    from kzref.store import Dataset

T = TypeVar("T")
E = TypeVar("E", bound=EntityBase)


class _Required:
    """The default of ``get``'s *default*: none given, so an unknown id raises."""

    def __repr__(self) -> str:
        return "<raise UnknownIdError>"


_MISSING = _Required()


def _dataset() -> Dataset:
    """The whole bundled dataset (loaded on first use; ``get`` of an id does without it)."""
    from kzref.store import dataset

    return dataset()


def __getattr__(name: str) -> object:
    """``AmbiguousNameError`` from its old home, imported when asked for (PEP 562)."""
    if name == "AmbiguousNameError":
        from kzref.errors import AmbiguousNameError

        return AmbiguousNameError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def suggest(key: str, *, dataset: Dataset | None = None, limit: int = 3) -> list[str]:
    """Current ids close to *key*, for "did you mean" messages: the one suggester.

    An id-like key (``org:hizb-ut-tahir``) is matched against ids first (current
    and retired ones, then slugs alone); any other key against names and aliases
    first (the fuzzy search).  The other kind of match fills what is left.
    """
    data = dataset if dataset is not None else _dataset()
    by_id = functools.partial(_close_ids, data, key, limit)
    by_name = functools.partial(_close_names, data, key, limit)
    tries = (by_id, by_name) if ":" in key else (by_name, by_id)
    found: list[str] = []
    for attempt in tries:
        found += attempt()
        if found:
            break
    return list(dict.fromkeys(found))[:limit]


def _close_ids(data: Dataset, key: str, limit: int) -> list[str]:
    import difflib  # only for "did you mean" messages

    close = difflib.get_close_matches(key, [*data.entities, *data.redirects], n=limit, cutoff=0.6)
    if not close:
        slug = key.partition(":")[2] or key
        slugs = {entity_id.partition(":")[2]: entity_id for entity_id in data.entities}
        close = [
            slugs[s] for s in difflib.get_close_matches(slug, list(slugs), n=limit, cutoff=0.7)
        ]
    return [data.resolve(entity_id) for entity_id in close]


def _close_names(data: Dataset, key: str, limit: int) -> list[str]:
    from kzref.names import search, search_key  # name folding: not needed to get an id

    name = key.partition(":")[2] if ID_RE.match(key) else key
    if not search_key(name):
        return []
    return [hit.entity.id for hit in search(name, limit=limit, dataset=data)]


def suggest_in(data: Dataset, key: str, limit: int = 3) -> list[str]:
    """Deprecated: ``suggest(key, dataset=data, limit=limit)``."""
    return suggest(key, dataset=data, limit=limit)


def resolve(key: str, kind: Kind | None = None, *, dataset: Dataset | None = None) -> EntityBase:
    """The entity an id, a retired id, a name or an alias stands for: the one resolver.

    Names match ignoring case, accents and punctuation.  Raises
    :class:`~kzref.errors.UnknownIdError` with suggestions, or
    :class:`~kzref.errors.AmbiguousNameError` when a name fits several entities
    and *kind* does not pick one.
    """
    from kzref.errors import AmbiguousNameError, UnknownIdError
    from kzref.names import names_of, normalize  # name folding: not needed to get an id

    data = dataset if dataset is not None else _dataset()
    key = key.strip()
    found = data.entities.get(key)
    if found is None and key in data.redirects:
        found = data.entities.get(data.resolve(key))
    if found is not None and (kind is None or found.kind == kind):
        return found
    names = data.index(names_of)
    ids = [i for i in names.get(normalize(key), ()) if kind is None or i.startswith(f"{kind}:")]
    if len(ids) == 1:
        return data.entities[ids[0]]
    if ids:
        raise AmbiguousNameError(key, ids)
    raise UnknownIdError(key, suggest(key, dataset=data))


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
    data = _dataset()
    entity = data.entities.get(entity_id) or data.entities.get(data.resolve(entity_id))
    if entity is not None:
        return entity
    if default is not _MISSING:
        return default
    from kzref.errors import UnknownIdError  # the error path only

    raise UnknownIdError(entity_id, suggest(entity_id, dataset=data))


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
    found = get(name, None)  # an id: one record, without loading the dataset
    if found is not None and (kind is None or found.kind == kind):
        return found
    return resolve(name, kind)


def entities(kind: Kind | None = None) -> Iterator[EntityBase]:
    """Every entity, or every entity of *kind*, in a stable order (kind, then id)."""
    if kind is not None and kind not in KINDS:
        from kzref.errors import UnknownKindError

        raise UnknownKindError(kind, KINDS)
    for entity in _dataset().entities.values():
        if kind is None or entity.kind == kind:
            yield entity


def relations() -> tuple[Relation, ...]:
    """Every relation between entities."""
    return _dataset().relations


def designations(subject: str | None = None) -> tuple[Designation, ...]:
    """Every designation (listing as banned or terrorist), or those of one organization."""
    every = _dataset().designations
    if subject is None:
        return every
    current = get(subject).id
    return tuple(d for d in every if d.subject == current)
