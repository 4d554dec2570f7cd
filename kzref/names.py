"""Name normalization shared by lookups and the duplicate-name check."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")


def normalize(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name ("Öskemen" → "oskemen")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub("", bare)
