"""The six kinds of entity, and the discriminated union over them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal, TypeAlias

from pydantic import Field, StringConstraints, model_validator

from kzref.model.dates import FuzzyDate, Granularity
from kzref.model.evidence import Claim, Evidence, Frozen, Items, Note, Quote
from kzref.model.figures import Estimate, Figure, total
from kzref.model.ids import (
    ActorId,
    AgreementId,
    DocumentId,
    EntityId,
    EventId,
    Kind,
    OrgId,
    PersonId,
    PlaceId,
    check_id,
)
from kzref.model.vocabulary import (
    AgreementType,
    DocumentType,
    EventType,
    OrganizationType,
    PlaceType,
    Role,
)

Name = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class EntityBase(Frozen):
    """Fields every entity has."""

    id: str
    kind: Kind
    """Which of the six kinds; fixed by each subclass, and the union's discriminator."""
    name: Name
    """The fullest name the article uses."""
    aliases: Items[Name] = ()
    """Every other spelling, abbreviation or name the article uses."""
    summary: Annotated[str, StringConstraints(min_length=10)]
    """One or two sentences in our own words."""
    evidence: Annotated[Items[Evidence], Field(min_length=1)]
    notes: Items[Note] = ()
    tags: Items[Tag] = ()

    @model_validator(mode="after")
    def _id_matches_kind(self) -> EntityBase:
        check_id(self.id, self.kind)
        return self

    @property
    def slug(self) -> str:
        """The part of the id after the colon."""
        return self.id.partition(":")[2]

    def __str__(self) -> str:
        return self.name

    def __repr_args__(self) -> Iterator[tuple[str | None, object]]:
        """A repr that names the record: ``Organization(id='org:…', name='…')``."""
        yield "id", self.id
        yield "name", self.name


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


class Organization(EntityBase):
    """A group, body, government, agency, outlet, company or coalition."""

    kind: Literal["org"] = "org"
    org_type: OrganizationType
    country: PlaceId | None = None
    """Where it belongs, when the article says."""


class Person(EntityBase):
    """A named person."""

    kind: Literal["person"] = "person"
    citizenship: Items[PlaceId] = ()
    birthplace: PlaceId | None = None


class Place(EntityBase):
    """A country, region, city, site or other location."""

    kind: Literal["place"] = "place"
    place_type: PlaceType
    located_in: PlaceId | None = None


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


Entity: TypeAlias = Annotated[
    Organization | Person | Place | Event | Agreement | Document,
    Field(discriminator="kind"),
]
"""Any entity; pydantic picks the model by ``kind``."""

MODEL_BY_KIND: dict[str, type[EntityBase]] = {
    "org": Organization,
    "person": Person,
    "place": Place,
    "event": Event,
    "agreement": Agreement,
    "document": Document,
}

__all__ = [
    "MODEL_BY_KIND",
    "ActorId",
    "Agreement",
    "AgreementId",
    "Document",
    "DocumentId",
    "Entity",
    "EntityBase",
    "Event",
    "EventId",
    "OrgId",
    "Organization",
    "Participant",
    "Person",
    "PersonId",
    "Place",
    "PlaceId",
    "Responsibility",
    "responsibility_of",
]
