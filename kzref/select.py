"""Typed, eval-free selection of entities: by kind, tag, date range, involvement, role.

Used by the library's queries and by the Sphinx directives' filter options, so
the two always select the same entities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from kzref.errors import DateRangeError, UnknownKindError
from kzref.errors import SelectionError as SelectionError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
from kzref.links import Link
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase
from kzref.model.ids import KINDS, Kind
from kzref.store import Dataset
from kzref.store import dataset as bundled


class ParentDate(FuzzyDate):
    """The date of the event a sub-event is part of, shown for a sub-event without its own.

    Marked twice, so that no page or query passes it off as the sub-event's own
    date: ``parent`` names the event it comes from, and ``text`` is the parent's
    wording followed by "(date of the event it is part of)".  ``is_exact`` is
    always false: the sub-event happened within the parent's span, not
    necessarily on its first day.
    """

    parent: str
    """The id of the event whose date this is."""
    source_text: str
    """The parent's date as the article words it, verbatim."""

    @property
    def is_exact(self) -> bool:
        return False


PARENT_MARK = " (date of the event it is part of)"


def own_date(entity: EntityBase) -> FuzzyDate | None:
    """The entity's own date, for the kinds that have one."""
    value = getattr(entity, "date", None)
    return value if isinstance(value, FuzzyDate) else None


def date_of(entity: EntityBase, data: Dataset | None = None) -> FuzzyDate | None:
    """The entity's date; for an undated sub-event, its parent's, as a :class:`ParentDate`.

    The parent is looked up in *data*; without it, in the bundled dataset when
    that is loaded and *entity* is one of its records.  A chain of undated
    parents is followed to the first one with a date.
    """
    own = own_date(entity)
    if own is not None or getattr(entity, "part_of", None) is None:
        return own
    records = _records_of(entity, data)
    seen = {entity.id}
    parent_id = getattr(entity, "part_of", None)
    while isinstance(parent_id, str) and records is not None:
        parent = records.get(parent_id)
        if parent is None or parent.id in seen:
            return None
        seen.add(parent.id)
        date = own_date(parent)
        if date is not None:
            return ParentDate(
                edtf=date.edtf,
                text=date.text + PARENT_MARK,
                qualifier=date.qualifier,
                parent=parent.id,
                source_text=date.text,
            )
        parent_id = getattr(parent, "part_of", None)
    return None


def _records_of(entity: EntityBase, data: Dataset | None) -> dict[str, EntityBase] | None:
    if data is not None:
        return data.entities
    if bundled.cache_info().currsize and bundled().entities.get(entity.id) is entity:
        return bundled().entities
    return None


def bound(text: str, *, upper: bool) -> dt.date:
    """The first (or last) day of an EDTF date given as a filter ("2004", "2005-02")."""
    try:
        lower_day, upper_day, _precision = parse_bounds(text.strip())
    except ValueError as error:
        raise DateRangeError(
            f"{text!r} is not a date (use EDTF: 2004, 2004-05, 2004-05-12)"
        ) from error
    return upper_day if upper else lower_day


@dataclass(frozen=True, slots=True)
class Selection:
    """A conjunction of filters; an empty selection selects everything."""

    kinds: tuple[Kind, ...] = ()
    tags: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    involving: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    ids: tuple[str, ...] = field(default=())
    event_types: tuple[str, ...] = ()
    strict: bool = False
    """Keep only records certainly inside ``[start, end]``, not those that merely may be."""
    dated: bool = False
    """Keep only records with a date (their own, or for a sub-event its parent's)."""

    def __post_init__(self) -> None:
        for kind in self.kinds:
            if kind not in KINDS:
                raise UnknownKindError(kind, KINDS)
        if self.start and self.end and self.start > self.end:
            raise DateRangeError(f"the range starts ({self.start}) after it ends ({self.end})")

    def matches(self, entity: EntityBase, links: list[Link], data: Dataset | None = None) -> bool:
        """Whether *entity* (with its *links*) passes every filter.

        A sub-event without a date of its own is in a date range when the event
        it is part of is (looked up in *data*, see :func:`date_of`).
        """
        return (
            (not self.ids or entity.id in self.ids)
            and (not self.kinds or entity.kind in self.kinds)
            and (not self.tags or bool(set(self.tags) & set(entity.tags)))
            and (not self.event_types or getattr(entity, "event_type", None) in self.event_types)
            and self._in_range(entity, data)
            and self._involved(entity, links)
        )

    def _in_range(self, entity: EntityBase, data: Dataset | None) -> bool:
        if self.start is None and self.end is None and not self.dated:
            return True
        date = date_of(entity, data)
        if date is None:
            return False
        if self.strict:
            return (self.start is None or date.lower >= self.start) and (
                self.end is None or date.upper <= self.end
            )
        return date.overlaps(self.start, self.end)

    def _involved(self, entity: EntityBase, links: list[Link]) -> bool:
        """Tied to one of ``involving`` (in one of ``roles``, if given), or one of them."""
        ties = [link for link in links if not self.involving or link.other in self.involving]
        if self.roles:
            return any(link.how in self.roles for link in ties)
        return not self.involving or entity.id in self.involving or bool(ties)

    def apply(self, dataset: Dataset, links: dict[str, list[Link]]) -> Iterator[EntityBase]:
        """The selected entities, in dataset order."""
        for entity in dataset.entities.values():
            if self.matches(entity, links.get(entity.id, []), dataset):
                yield entity


def chronological(entities: list[EntityBase], data: Dataset | None = None) -> list[EntityBase]:
    """Dated entities first, by earliest possible day, then latest, then id; undated last.

    Sub-events without a date of their own sort by their parent's (see :func:`date_of`).
    """

    def key(entity: EntityBase) -> tuple[int, dt.date, dt.date, str]:
        date = date_of(entity, data)
        if date is None:
            return (1, dt.date.max, dt.date.max, entity.id)
        return (0, date.lower, date.upper, entity.id)

    return sorted(entities, key=key)
