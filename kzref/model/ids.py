"""Permanent identifiers: ``kind:slug``.

An identifier is chosen once, by hand, and never derived at run time from a
name or a date, so correcting a record never changes how it is cited.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import AfterValidator, BaseModel

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


# -- the reference walk: which fields hold ids, and every id a record points to ---------


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every (field path, value) inside a model, depth first."""
    if isinstance(value, BaseModel):
        yield path, value
        for name in type(value).model_fields:
            yield from walk(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")
    else:
        yield path, value


def _holds_ids(annotation: Any) -> bool:
    """Whether a field of this type can hold an id: typed as one, or a model, or a tuple of them."""
    if get_origin(annotation) is Annotated:
        base, *metadata = get_args(annotation)
        return any(isinstance(m, IdCheck) for m in metadata) or _holds_ids(base)
    if isinstance(annotation, type):
        return issubclass(annotation, BaseModel)
    return any(_holds_ids(arg) for arg in get_args(annotation))


@functools.cache
def id_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of *model* worth walking for references (not prose, not vocabulary)."""
    return tuple(
        name
        for name, field in model.model_fields.items()
        if name != "id"
        and (any(isinstance(m, IdCheck) for m in field.metadata) or _holds_ids(field.annotation))
    )


def references(record: BaseModel, path: str = "") -> Iterator[tuple[str, str]]:
    """Every id a record points to, with the field it sits in (``participants[0].ref``)."""
    for name in id_fields(type(record)):
        value = getattr(record, name)
        where = f"{path}.{name}" if path else name
        items = enumerate(value) if isinstance(value, tuple | list) else [(None, value)]
        for index, item in items:
            at = where if index is None else f"{where}[{index}]"
            if isinstance(item, BaseModel):
                yield from references(item, at)
            elif isinstance(item, str) and ID_RE.match(item):
                yield at, item
