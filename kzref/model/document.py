"""The model of a document (made on first use, see :mod:`kzref.model.entities`)."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.dates import FuzzyDate
from kzref.model.entities import EntityBase
from kzref.model.evidence import Items, Quote
from kzref.model.ids import ActorId, EntityId, EventId
from kzref.model.vocabulary import DocumentType


class Document(EntityBase):
    """A text the article names: a list, letter, report, statement, book or index."""

    kind: Literal["document"] = "document"
    document_type: DocumentType
    date: FuzzyDate | None = None
    authors: Items[ActorId] = ()
    recipients: Items[EntityId] = ()
    quotes: Items[Quote] = ()
    event: EventId | None = None
    """The event that produced or concerned it, if recorded."""


__all__ = ["Document"]
