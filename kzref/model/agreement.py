"""The model of an agreement (made on first use, see :mod:`kzref.model.entities`)."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.dates import FuzzyDate
from kzref.model.entities import EntityBase
from kzref.model.evidence import Items, Quote
from kzref.model.ids import EventId, PlaceId
from kzref.model.participant import Participant
from kzref.model.vocabulary import AgreementType


class Agreement(EntityBase):
    """A declaration, convention, programme, initiative, plan, working group or resolution."""

    kind: Literal["agreement"] = "agreement"
    agreement_type: AgreementType
    date: FuzzyDate | None = None
    places: Items[PlaceId] = ()
    parties: Items[Participant] = ()
    commitments: Items[str] = ()
    """What the parties commit to, in our own words."""
    quotes: Items[Quote] = ()
    event: EventId | None = None
    """The meeting or conference where it was made, if recorded."""


__all__ = ["Agreement"]
