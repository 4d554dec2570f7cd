"""Pydantic models of kzref's records. Imports nothing but pydantic.

Every model is imported on first use (``kzref.model.Organization`` makes the
organization model and what it is made of): looking up one entity needs one
kind's model, not the dates, figures and relations of the others.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzref.model.agreement import Agreement
    from kzref.model.dates import FuzzyDate
    from kzref.model.document import Document
    from kzref.model.entities import Entity, EntityBase
    from kzref.model.event import Event
    from kzref.model.evidence import Claim, Evidence, Note, Quote
    from kzref.model.figures import Figure
    from kzref.model.organization import Organization
    from kzref.model.participant import Participant
    from kzref.model.person import Person
    from kzref.model.place import Place
    from kzref.model.records import Designation, RecordFile, Relation

_HOMES = {
    "Agreement": "kzref.model.agreement",
    "Claim": "kzref.model.evidence",
    "Designation": "kzref.model.records",
    "Document": "kzref.model.document",
    "Entity": "kzref.model.entities",
    "EntityBase": "kzref.model.entities",
    "Event": "kzref.model.event",
    "Evidence": "kzref.model.evidence",
    "Figure": "kzref.model.figures",
    "FuzzyDate": "kzref.model.dates",
    "Note": "kzref.model.evidence",
    "Organization": "kzref.model.organization",
    "Participant": "kzref.model.participant",
    "Person": "kzref.model.person",
    "Place": "kzref.model.place",
    "Quote": "kzref.model.evidence",
    "RecordFile": "kzref.model.records",
    "Relation": "kzref.model.records",
}
"""The module that defines each model."""

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
    """Import a model when first asked for (PEP 562)."""
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The models, lazily imported ones included."""
    return sorted(__all__)
