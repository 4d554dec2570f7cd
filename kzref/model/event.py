"""The model of an event (made on first use, see :mod:`kzref.model.entities`)."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.dates import FuzzyDate, Granularity
from kzref.model.entities import EntityBase
from kzref.model.evidence import Claim, Items, Quote
from kzref.model.figures import Estimate, Figure, total
from kzref.model.ids import EventId, PlaceId
from kzref.model.participant import (
    RESPONSIBILITIES,
    Participant,
    Responsibility,
    responsibility_of,
)
from kzref.model.vocabulary import EventType


class Event(EntityBase):
    """Something that happened: an attack, arrest, ban, ruling, visit or statement."""

    kind: Literal["event"] = "event"
    event_type: EventType
    date: FuzzyDate | None = None
    places: Items[PlaceId] = ()
    participants: Items[Participant] = ()
    figures: Items[Figure] = ()
    quotes: Items[Quote] = ()
    part_of: EventId | None = None
    claim: Claim = Claim()
    """Whether the event itself is a fact or someone's claim (a foiled plot, say)."""

    # Derived fields: computed from the authored ones on every read, never stored,
    # so they cannot drift from the record (the codebook lists them as derived).

    @property
    def date_precision(self) -> Granularity | None:
        """Derived: the unit the event's own date is given in (day … decade, or open)."""
        return self.date.granularity if self.date is not None else None

    @property
    def fatalities(self) -> Estimate | None:
        """Derived: low, best and high number killed, from the ``killed`` figures."""
        return total(self.figures, "killed")

    @property
    def injuries(self) -> Estimate | None:
        """Derived: low, best and high number injured, from the ``injured`` figures."""
        return total(self.figures, "injured")

    @property
    def responsibility(self) -> Responsibility | None:
        """Derived: whether responsibility is established, claimed or alleged.

        From the perpetrators and suspects among the participants: the strongest
        standing of any of them (see :func:`responsibility_of`), or None when the
        event has neither.
        """
        found = [responsibility_of(p) for p in self.participants]
        ranked = [r for r in RESPONSIBILITIES if r in found]
        return ranked[0] if ranked else None


__all__ = ["Event"]
