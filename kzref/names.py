"""Names: how they are folded for matching, indexed, and searched fuzzily.

Lookups, the duplicate-name check and the fuzzy search all fold names here, so
that a name that matches one way matches every way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kzref.errors import UnknownKindError
from kzref.model.ids import KINDS, Kind, kind_of

if TYPE_CHECKING:
    from kzref.model.entities import EntityBase
    from kzref.store import Dataset

_NON_WORD = re.compile(r"[\W_]+")


def name_index(entities: Iterable[EntityBase]) -> dict[str, tuple[str, ...]]:
    """Normalized name or alias → ids of the entities that bear it, in the given order."""
    index: dict[str, list[str]] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            ids = index.setdefault(normalize(name), [])
            if entity.id not in ids:
                ids.append(entity.id)
    return {key: tuple(ids) for key, ids in index.items()}


def names_of(dataset: Dataset) -> dict[str, tuple[str, ...]]:
    """The name index of a whole dataset (kept by it: ``dataset.index(names_of)``)."""
    return name_index(dataset.entities.values())


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name ("Öskemen" → "oskemen")."""
    return _NON_WORD.sub("", _bare(name))


def search_key(text: str) -> str:
    """Like :func:`normalize`, but keeping word breaks ("Öskemen-Ust" → "oskemen ust").

    Fuzzy search scores words, so it needs them; exact lookups do not.
    """
    return _NON_WORD.sub(" ", _bare(text)).strip()


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: the entity, how well it matched (0-100) and on which name."""

    entity: EntityBase
    score: float
    matched: str


def _search_choices(data: Dataset) -> tuple[tuple[str, str, str], ...]:
    """(search key, id, name as written) for every name and alias (kept by the dataset)."""
    return tuple(
        (search_key(name), entity.id, name)
        for entity in data.entities.values()
        for name in (entity.name, *entity.aliases)
    )


def search(
    text: str,
    kind: Kind | None = None,
    limit: int = 10,
    *,
    dataset: Dataset | None = None,
    min_score: float = 75.0,
) -> list[SearchHit]:
    """Entities whose name or alias resembles *text*, best first.

    Scores come from ``rapidfuzz`` (``WRatio``) on accent- and punctuation-free
    names; a name that is equal once all punctuation is dropped scores 100.
    Ties are broken by the entity's own name before an alias, then by kind and id.
    """
    from rapidfuzz import fuzz, process

    from kzref.store import dataset as bundled

    if kind is not None and kind not in KINDS:
        raise UnknownKindError(kind, KINDS)
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    data = dataset if dataset is not None else bundled()
    query, compact = search_key(text), normalize(text)
    if not query:
        raise ValueError("search text is empty once punctuation is removed")
    every = data.index(_search_choices)
    choices = [c for c in every if kind is None or c[1].startswith(f"{kind}:")]
    scored = process.extract(
        query,
        [c[0] for c in choices],
        scorer=fuzz.WRatio,
        processor=None,
        limit=None,
        score_cutoff=min_score,
    )
    best: dict[str, tuple[float, bool, str]] = {}
    for _, score, position in scored:
        _, entity_id, written = choices[position]
        score = 100.0 if normalize(written) == compact else score  # noqa: PLW2901  # exact wins
        is_alias = written != data.entities[entity_id].name
        current = best.get(entity_id)
        if current is None or (round(score, 2), not is_alias) > (current[0], not current[1]):
            best[entity_id] = (round(score, 2), is_alias, written)
    if text.strip() in data.entities:
        entity = data.entities[text.strip()]
        best[entity.id] = (100.0, False, entity.name)

    def order(item: tuple[str, tuple[float, bool, str]]) -> tuple[float, bool, int, str]:
        entity_id, (score, is_alias, _) = item
        return (-score, is_alias, KINDS.index(kind_of(entity_id)), entity_id)

    ranked = sorted(best.items(), key=order)[:limit]
    return [SearchHit(data.entities[i], score, written) for i, (score, _, written) in ranked]
