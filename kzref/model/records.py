"""Facts between entities, and the shape of one data file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import Field

from kzref.model.dates import FuzzyDate
from kzref.model.entities import Entity
from kzref.model.evidence import Claim, Evidence, Frozen, Items
from kzref.model.ids import ActorId, DocumentId, EntityId, EventId, OrgId, PlaceId
from kzref.model.vocabulary import DesignationAction, RelationType


class Relation(Claim):
    """A typed tie from one entity to another ("HuT ties-with IMU", claimed by Uzbek officials)."""

    subject: EntityId
    predicate: RelationType
    object: EntityId
    title: str | None = None
    """For ``holds-position``: the title, as the article gives it."""
    date: FuzzyDate | None = None
    """When the relation held, as far as the article says."""
    evidence: Annotated[Items[Evidence], Field(min_length=1)]

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        """Subject, predicate and object: enough to tell relations apart at a prompt."""
        yield "subject", self.subject
        yield "predicate", self.predicate
        yield "object", self.object


class Designation(Claim):
    """One listing of an organization as banned or terrorist, by one authority, at one time."""

    subject: OrgId
    action: DesignationAction
    authority: ActorId | None = None
    requested_by: ActorId | None = None
    jurisdiction: PlaceId | None = None
    date: FuzzyDate | None = None
    on_list: DocumentId | None = None
    """The list the organization is put on, where the article names one."""
    event: EventId | None = None
    evidence: Annotated[Items[Evidence], Field(min_length=1)]

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        """Who is listed, how, by whom and when (the fields that are set)."""
        yield "subject", self.subject
        yield "action", self.action
        for name in ("authority", "date"):
            value = getattr(self, name)
            if value is not None:
                yield name, str(value)


class RecordFile(Frozen):
    """One data file: entities, and the relations and designations it records."""

    entities: Items[Entity] = ()
    relations: Items[Relation] = ()
    designations: Items[Designation] = ()
