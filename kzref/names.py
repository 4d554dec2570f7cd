"""Name normalization shared by lookups and the duplicate-name check."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzref.model.entities import EntityBase

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


def normalize(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name ("Öskemen" → "oskemen")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub("", bare)
