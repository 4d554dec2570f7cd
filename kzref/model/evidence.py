"""Provenance: where in the article a fact comes from, and what it says there."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from kzref.model.ids import ActorId

SectionPath = Annotated[str, StringConstraints(min_length=1)]
"""Heading path in the source, headings joined by ``" > "``; the lead is the article title."""

Excerpt = Annotated[str, StringConstraints(min_length=3, max_length=300)]

Certainty = Literal[
    "stated",  # the article states it as fact
    "reported",  # the article reports what a named outlet or party reported
    "claimed",  # a party claims it
    "alleged",  # a party alleges it, typically an accusation
    "suspected",  # a party suspects it
    "charged",  # formally charged by an authority
    "convicted",  # found guilty by a court
    "denied",  # a party denies it
    "disputed",  # a party disputes it
]


T = TypeVar("T")


def _as_tuple(value: Any) -> Any:
    """Read a JSON array as a tuple, so that strict validation accepts it."""
    return tuple(value) if isinstance(value, list) else value


Items = Annotated[tuple[T, ...], BeforeValidator(_as_tuple)]
"""An immutable sequence field: a frozen model's lists cannot change in place either."""


class Frozen(BaseModel):
    """Base of every kzref model: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Evidence(Frozen):
    """A short verbatim excerpt of the article that carries a fact."""

    section: SectionPath
    quote: Excerpt


class Quote(Frozen):
    """Words the article attributes to someone, verbatim."""

    speaker: ActorId | None = None
    """Who said or wrote it; ``None`` where the article names no one (an anonymous official)."""
    section: SectionPath
    text: Annotated[str, StringConstraints(min_length=3)]


class Note(Frozen):
    """A data-quality note: where the source is garbled or contradicts itself."""

    text: Annotated[str, StringConstraints(min_length=10)]
    """What is wrong, in our own words."""
    evidence: Annotated[Items[Evidence], Field(min_length=1)]
    """The passages involved, both sides of a contradiction."""


class Claim(Frozen):
    """Who stands behind a fact and who disputes it."""

    certainty: Certainty = "stated"
    asserted_by: Items[ActorId] = ()
    disputed_by: Items[ActorId] = ()
