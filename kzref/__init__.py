"""kzref: terrorism and counter-terrorism in Kazakhstan as typed, citable data.

>>> import kzref
>>> kzref.get("org:hizb-ut-tahrir").name
'Hizb ut-Tahrir'

Only pydantic is imported here; the records load on first use, and so does the
rest of the API (``search``, ``cite`` … resolve on first access).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzref._version import __version__
from kzref.registry import (
    designations,
    entities,
    get,
    lookup,
    relations,
)

if TYPE_CHECKING:
    from kzref.citation import cite
    from kzref.errors import AmbiguousNameError, DataError, KzrefError, UnknownIdError
    from kzref.exports import export
    from kzref.metadata import SOURCE, SourceInfo, permalink
    from kzref.model import Agreement, Document, Entity, Event, Organization, Person, Place
    from kzref.query import related, search, timeline, to_frame

__all__ = [
    "DATASET_VERSION",
    "SOURCE",
    "Agreement",
    "AmbiguousNameError",
    "DataError",
    "Document",
    "Entity",
    "Event",
    "KzrefError",
    "Organization",
    "Person",
    "Place",
    "SourceInfo",
    "UnknownIdError",
    "__version__",
    # lazily imported, see _LAZY
    "cite",
    "designations",
    "entities",
    "export",
    "get",
    "lookup",
    "permalink",
    "related",
    "relations",
    "search",
    "timeline",
    "to_frame",
]

DATASET_VERSION: str
_MODELS = {"Agreement", "Document", "Entity", "Event", "Organization", "Person", "Place"}
_LAZY = {
    # name: module that defines it, imported on first use to keep `import kzref` light
    "search": "kzref.query",
    "timeline": "kzref.query",
    "related": "kzref.query",
    "to_frame": "kzref.query",
    "cite": "kzref.citation",
    "permalink": "kzref.metadata",
    "export": "kzref.exports",
    "SOURCE": "kzref.metadata",
    "SourceInfo": "kzref.metadata",
    "AmbiguousNameError": "kzref.errors",
    "DataError": "kzref.errors",
    "KzrefError": "kzref.errors",
    "UnknownIdError": "kzref.errors",
}


def __getattr__(name: str) -> Any:
    """Resolve the lazily loaded names (module-level ``__getattr__``, PEP 562)."""
    if name == "DATASET_VERSION":
        from kzref.metadata import dataset_version

        return dataset_version()
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    if name in _MODELS:
        from kzref import model

        return getattr(model, name)
    raise AttributeError(f"module 'kzref' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API, lazily loaded names included (what ``dir()`` and ``help()`` list)."""
    return sorted(__all__)
