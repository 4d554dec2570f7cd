"""Pydantic models of kzref's records. Imports nothing but pydantic."""

from __future__ import annotations

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
