"""Ask the dataset questions: fuzzy search, timelines, everything tied to an entity.

Every function takes an optional ``dataset`` (a :class:`kzref.store.Dataset`,
e.g. ``kzref.store.load(path)``) and defaults to the bundled data.  The indexes
each query needs are built once per dataset and kept.  Results come in a
stable order, so the same question always gets the same answer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from kzref import store
from kzref.errors import (
    DateRangeError,
    MissingDependencyError,
    UnknownKindError,
)
from kzref.links import Link, links
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase
from kzref.model.ids import KINDS, Kind
from kzref.names import SearchHit, search, search_key
from kzref.registry import resolve, suggest
from kzref.select import Selection, date_of
from kzref.store import Dataset

if TYPE_CHECKING:
    import pandas as pd

DATED_KINDS: tuple[Kind, ...] = ("event", "agreement", "document")
"""Kinds that carry a ``date`` and so can appear on a timeline."""
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated record on a timeline, with the bounds it was placed by."""

    entity: EntityBase
    date: FuzzyDate
    roles: tuple[str, ...] = ()
    """With ``involving``: how that entity takes part (roles, or the field that names it)."""

    @property
    def lower(self) -> dt.date:
        """The earliest day the record can be dated to."""
        return self.date.lower

    @property
    def upper(self) -> dt.date:
        """The latest day the record can be dated to."""
        return self.date.upper

    @property
    def uncertain(self) -> bool:
        """True unless the record is dated to one certain day."""
        return not self.date.is_exact


def _data(dataset: Dataset | None) -> Dataset:
    return dataset if dataset is not None else store.dataset()


def _check_kind(kind: str | None, known: tuple[str, ...] = KINDS) -> None:
    if kind is not None and kind not in known:
        raise UnknownKindError(kind, known)


def parse_bound(value: str | dt.date | None, end: bool) -> dt.date | None:
    """Return the first (for the *end* of a range: last) day a ``--from``/``--to`` value means.

    Accepts a :class:`datetime.date` or an EDTF string such as ``2004``, ``2004-03``,
    ``2004-03-28`` or ``2004-21`` (spring), so ``to="2004"`` means to 31 December 2004.
    """
    if value is None or isinstance(value, dt.date):
        return value
    try:
        lower, upper, _ = parse_bounds(value.strip())
    except ValueError as error:
        hint = "try 2004, 2004-03 or 2004-03-28"
        raise DateRangeError(f"{value!r} is not a date ({hint}): {error}") from None
    return upper if end else lower


def timeline(
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    involving: str | None = None,
    kind: Kind | None = None,
    *,
    event_type: str | None = None,
    strict: bool = False,
    dataset: Dataset | None = None,
) -> list[TimelineEntry]:
    """Dated records in date order (by earliest, then latest possible day, then id).

    A record is kept when its date *can* fall inside ``[start, end]``; with
    ``strict=True`` only when it certainly does.  An event dated "2004" is inside
    2004-01..2004-12 and is marked uncertain, never placed on 1 January.
    Records without a date cannot be placed and are left out; a sub-event
    without its own date is placed by its parent's (a :class:`~kzref.select.ParentDate`).
    *kind* is one of ``event``, ``agreement``, ``document`` (default: all three);
    *involving* is an id or name, matched wherever the record is tied to it (its
    own fields, relations, designations), and ``roles`` says how: the roles or
    fields that name it, else the ties.  The filtering is
    :class:`~kzref.select.Selection`'s, the engine behind the Sphinx selections,
    so ``timeline`` and ``kz:timeline`` select the same records.
    """
    _check_kind(kind, DATED_KINDS)
    lower, upper = parse_bound(start, end=False), parse_bound(end, end=True)
    if lower is not None and upper is not None and lower > upper:
        raise DateRangeError(f"the range ends ({end}) before it starts ({start})")
    data = _data(dataset)
    target = resolve(involving, dataset=data).id if involving is not None else None
    selection = Selection(
        kinds=(kind,) if kind is not None else DATED_KINDS,
        start=lower,
        end=upper,
        involving=(target,) if target is not None else (),
        event_types=(event_type,) if event_type is not None else (),
        strict=strict,
        dated=True,
    )
    ties = links(data)
    entries = []
    for entity in selection.apply(data, ties):
        date = date_of(entity, data)
        assert date is not None  # the selection keeps dated records only
        roles: tuple[str, ...] = ()
        if target is not None:
            tied = [link for link in ties.get(entity.id, []) if link.other == target]
            named = [link for link in tied if link.via == "reference" and link.direction == "out"]
            roles = tuple(dict.fromkeys(link.how for link in named or tied))
        entries.append(TimelineEntry(entity, date, roles))
    return sorted(entries, key=lambda e: (e.lower, e.upper, e.entity.id))


def related(entity_id: str, *, dataset: Dataset | None = None) -> list[Link]:
    """Everything tied to an entity, in both directions, with the relation and role.

    Covers relations (as subject, object, asserter or disputer), designations,
    the entity's own references (``places``, ``participants.ref`` …) and every
    record that references it.  The entity may be given by id, retired id or name.
    """
    data = _data(dataset)
    return list(links(data).get(resolve(entity_id, dataset=data).id, []))


TABLES: tuple[str, ...] = (*KINDS, "relation", "designation")
"""What :func:`to_frame` and the CSV export make tables of."""


def to_frame(kind: str, *, dataset: Dataset | None = None) -> pd.DataFrame:
    """One kind (or ``relation``/``designation``) as a pandas DataFrame, one row per record.

    Columns are the CSV export's (nested fields flattened with dots), but lists
    stay Python lists.  Rows of an entity kind are indexed by id, an index
    without a name so that ``groupby("id")`` and ``merge(on="id")`` see only
    the column.  A date adds ``date.earliest`` and ``date.latest``: the first
    and last day it can mean (``NaT`` where an interval is open), so rows sort
    and filter by date while ``date.text`` keeps the article's words.
    Vocabulary columns are categoricals over the whole vocabulary.  Needs the
    ``pandas`` extra: ``pip install kzref[pandas]``.
    """
    _check_kind(kind, TABLES)
    try:
        import pandas as pd
    except ImportError as error:
        raise MissingDependencyError(
            "kzref.to_frame needs pandas: pip install 'kzref[pandas]'"
        ) from error
    from kzref.exports import columns, flatten, table_model, table_records

    data = _data(dataset)
    records = table_records(kind, data)
    model = table_model(kind)
    header = columns(model)
    rows = [flatten(record, header, encode=False) for record in records]
    frame = pd.DataFrame(rows, columns=header)
    for column in header:
        vocabulary = _vocabulary(model, column)
        if vocabulary:
            frame[column] = pd.Categorical(frame[column], categories=vocabulary)
    if "date.edtf" in frame:
        dates = [getattr(record, "date", None) for record in records]  # each record's own
        at = header.index("date.qualifier") + 1
        frame.insert(at, "date.earliest", pd.to_datetime([_day(d, "lower") for d in dates]))
        frame.insert(at + 1, "date.latest", pd.to_datetime([_day(d, "upper") for d in dates]))
    if kind in KINDS:
        frame.index = pd.Index(frame["id"].to_list())
    return frame


def _day(date: FuzzyDate | None, end: Literal["lower", "upper"]) -> dt.date | None:
    """One end of *date*, or None where there is no date or the interval is open."""
    if date is None:
        return None
    day: dt.date = getattr(date, end)
    return None if day in (dt.date.min, dt.date.max) else day


def _vocabulary(model: type[BaseModel], column: str) -> list[str]:
    """The allowed values of a flattened column whose field is a ``Literal``, else []."""
    annotation: object = model
    for part in column.split("."):
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        info = annotation.model_fields.get(part)
        if info is None:
            return []
        annotation = _unwrap(info.annotation)
    if get_origin(annotation) is Literal:
        return [str(value) for value in get_args(annotation)]
    return []


def _unwrap(annotation: object) -> object:
    """``X | None`` and ``Annotated[X, …]`` → ``X`` (else the annotation as it is)."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
            continue
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        if get_origin(annotation) in (Union, UnionType) and len(args) == 1:
            annotation = args[0]
            continue
        return annotation


__all__ = [
    "DATED_KINDS",
    "TABLES",
    "DateRangeError",
    "Link",
    "MissingDependencyError",
    "SearchHit",
    "TimelineEntry",
    "UnknownKindError",
    "parse_bound",
    "related",
    "resolve",
    "search",
    "search_key",
    "suggest",
    "timeline",
    "to_frame",
]
