"""Who takes part in an event or agreement, in which role, and how sure the article is."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.evidence import Claim, Evidence, Items
from kzref.model.ids import EntityId
from kzref.model.vocabulary import Role


class Participant(Claim):
    """Someone or something that takes part in an event or agreement, in a role."""

    ref: EntityId
    role: Role
    description: str | None = None
    """What the article says about them in this role, in our own words."""
    evidence: Items[Evidence] = ()


Responsibility = Literal["established", "claimed", "alleged"]
"""How the article knows who is responsible for an event, strongest first."""

RESPONSIBILITIES: tuple[Responsibility, ...] = ("established", "claimed", "alleged")


def responsibility_of(participant: Participant) -> Responsibility | None:
    """How a perpetrator's or suspect's responsibility stands in the article.

    ``established``: the article states it or a court convicted them;
    ``claimed``: they claimed it themselves (a claim asserted by the perpetrator);
    ``alleged``: anyone else says so, suspects, charges or reports it, or it is
    disputed.  None for every other role.
    """
    if participant.role not in ("perpetrator", "suspect"):
        return None
    if participant.role == "perpetrator" and participant.certainty in ("stated", "convicted"):
        return "established"
    if participant.certainty == "claimed" and participant.ref in participant.asserted_by:
        return "claimed"
    return "alleged"


__all__ = ["RESPONSIBILITIES", "Participant", "Responsibility", "responsibility_of"]
