"""Pydantic models of kzref's records. Imports nothing but pydantic.

The models of a data file (relations, designations, the file itself) are
imported on first use: looking up one entity does not need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzref.model.dates import FuzzyDate
from kzref.model.entities import (
    Agreement,
    Document,
    Entity,
    EntityBase,
    Event,
    Organization,
    Participant,
    Person,
    Place,
)
from kzref.model.evidence import Claim, Evidence, Note, Quote
from kzref.model.figures import Figure

if TYPE_CHECKING:
    from kzref.model.records import Designation, RecordFile, Relation

__all__ = [
    "Agreement",
    "Claim",
    "Designation",
    "Document",
    "Entity",
    "EntityBase",
    "Event",
    "Evidence",
    "Figure",
    "FuzzyDate",
    "Note",
    "Organization",
    "Participant",
    "Person",
    "Place",
    "Quote",
    "RecordFile",
    "Relation",
]


def __getattr__(name: str) -> Any:
    """Import the models of a data file when first asked for (PEP 562)."""
    if name in {"Designation", "RecordFile", "Relation"}:
        from kzref.model import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
