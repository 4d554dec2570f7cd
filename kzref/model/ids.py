"""Permanent identifiers: ``kind:slug``.

An identifier is chosen once, by hand, and never derived at run time from a
name or a date, so correcting a record never changes how it is cited.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator

Kind = Literal["org", "person", "place", "event", "agreement", "document"]
KINDS: tuple[Kind, ...] = get_args(Kind)

SLUG_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ID_RE = re.compile(rf"^(?P<kind>{'|'.join(KINDS)}):(?P<slug>{SLUG_PATTERN})$")


def check_id(value: str, *kinds: Kind) -> str:
    """Return *value* if it is a well-formed id (of one of *kinds*, if given)."""
    match = ID_RE.match(value)
    if match is None:
        raise ValueError(
            f"{value!r} is not an id of the form kind:slug "
            f"(kind one of {', '.join(KINDS)}; slug lowercase words joined by '-')"
        )
    if kinds and match["kind"] not in kinds:
        raise ValueError(f"{value!r} must be an id of kind {' or '.join(kinds)}")
    return value


def kind_of(entity_id: str) -> Kind:
    """The kind prefix of a well-formed id."""
    kind = check_id(entity_id).partition(":")[0]
    return kind  # type: ignore[return-value]  # check_id proved it is a Kind


def slug_of(entity_id: str) -> str:
    """The slug part of a well-formed id."""
    return check_id(entity_id).partition(":")[2]


class IdCheck(AfterValidator):
    """The validator of an id field; it also marks the field as a reference to follow."""


def _only(*kinds: Kind) -> IdCheck:
    return IdCheck(lambda value: check_id(value, *kinds))


EntityId = Annotated[str, _only()]
OrgId = Annotated[str, _only("org")]
PersonId = Annotated[str, _only("person")]
PlaceId = Annotated[str, _only("place")]
EventId = Annotated[str, _only("event")]
AgreementId = Annotated[str, _only("agreement")]
DocumentId = Annotated[str, _only("document")]
ActorId = Annotated[str, _only("org", "person")]
"""Someone who can assert, dispute, speak or act: a person or an organization."""
