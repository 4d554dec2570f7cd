"""The six kinds of entity, and the discriminated union over them.

Only :class:`EntityBase` is made when this module loads.  Each kind's model
lives in a module of its own (``kzref.model.organization`` …) and is made the
first time it is asked for, here or there: ``kzref.get("org:…")`` builds the
organization model and what it is made of, not the event model with its
dates, participants and figures.  The union :data:`Entity` and
:data:`MODEL_BY_KIND` need every kind, so asking for them makes all six.
"""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Self

from pydantic import Field, StringConstraints, model_validator

from kzref.model.evidence import Evidence, Frozen, Items, Note
from kzref.model.ids import (
    ActorId,
    AgreementId,
    DocumentId,
    EventId,
    Kind,
    OrgId,
    PersonId,
    PlaceId,
    check_id,
)

if TYPE_CHECKING:
    from typing import TypeAlias

    from kzref.model.agreement import Agreement
    from kzref.model.document import Document
    from kzref.model.event import Event
    from kzref.model.organization import Organization
    from kzref.model.participant import (
        RESPONSIBILITIES,
        Participant,
        Responsibility,
        responsibility_of,
    )
    from kzref.model.person import Person
    from kzref.model.place import Place

    Entity: TypeAlias = Annotated[
        Organization | Person | Place | Event | Agreement | Document,
        Field(discriminator="kind"),
    ]
    """Any entity; pydantic picks the model by ``kind``."""

    MODEL_BY_KIND: dict[str, type["EntityBase"]]
    """The model of each kind, keyed by kind."""

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
    def _id_matches_kind(self) -> Self:
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


MODELS: dict[str, tuple[str, str]] = {
    "org": ("kzref.model.organization", "Organization"),
    "person": ("kzref.model.person", "Person"),
    "place": ("kzref.model.place", "Place"),
    "event": ("kzref.model.event", "Event"),
    "agreement": ("kzref.model.agreement", "Agreement"),
    "document": ("kzref.model.document", "Document"),
}
"""Where each kind's model is defined: module and class name, in the kinds' order.

The class names are those of :data:`kzref.model.kinds.KIND_INFO` (a test checks);
this table is kept apart so that a lookup does not load that one.
"""

_ELSEWHERE = {
    **{name: module for module, name in MODELS.values()},
    **dict.fromkeys(
        ("Participant", "Responsibility", "RESPONSIBILITIES", "responsibility_of"),
        "kzref.model.participant",
    ),
}


def model_of(kind: object) -> type[EntityBase] | None:
    """The model of *kind* (``"org"`` …), made on first use; ``None`` if it is no kind."""
    home = MODELS.get(kind) if isinstance(kind, str) else None
    if home is None:
        return None
    model: type[EntityBase] = getattr(importlib.import_module(home[0]), home[1])
    return model


def __getattr__(name: str) -> Any:
    """Make a kind's model, the union or the table of models when first asked for (PEP 562)."""
    if name in _ELSEWHERE:
        value = getattr(importlib.import_module(_ELSEWHERE[name]), name)
    elif name == "MODEL_BY_KIND":
        value = {kind: model_of(kind) for kind in MODELS}
    elif name == "Entity":
        org, person, place, event, agreement, document = map(model_of, MODELS)
        union = org | person | place | event | agreement | document  # type: ignore[operator]  # no None: MODELS are kinds
        value = Annotated[union, Field(discriminator="kind")]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # asked for once: the module keeps it from now on
    return value


def __dir__() -> list[str]:
    """The module's names, the models not made yet included."""
    return sorted({*globals(), *__all__})


__all__ = [
    "MODELS",
    "MODEL_BY_KIND",
    "RESPONSIBILITIES",
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
    "model_of",
    "responsibility_of",
]
