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


def date_of(entity: EntityBase) -> FuzzyDate | None:
    """The entity's date, for the kinds that have one."""
    value = getattr(entity, "date", None)
    return value if isinstance(value, FuzzyDate) else None


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

    def __post_init__(self) -> None:
        for kind in self.kinds:
            if kind not in KINDS:
                raise UnknownKindError(kind, KINDS)
        if self.start and self.end and self.start > self.end:
            raise DateRangeError(f"the range starts ({self.start}) after it ends ({self.end})")

    def matches(self, entity: EntityBase, links: list[Link]) -> bool:
        """Whether *entity* (with its *links*) passes every filter."""
        return (
            (not self.ids or entity.id in self.ids)
            and (not self.kinds or entity.kind in self.kinds)
            and (not self.tags or bool(set(self.tags) & set(entity.tags)))
            and self._in_range(entity)
            and self._involved(entity, links)
        )

    def _in_range(self, entity: EntityBase) -> bool:
        if self.start is None and self.end is None:
            return True
        date = date_of(entity)
        return date is not None and date.overlaps(self.start, self.end)

    def _involved(self, entity: EntityBase, links: list[Link]) -> bool:
        """Tied to one of ``involving`` (in one of ``roles``, if given), or one of them."""
        ties = [link for link in links if not self.involving or link.other in self.involving]
        if self.roles:
            return any(link.how in self.roles for link in ties)
        return not self.involving or entity.id in self.involving or bool(ties)

    def apply(self, dataset: Dataset, links: dict[str, list[Link]]) -> Iterator[EntityBase]:
        """The selected entities, in dataset order."""
        for entity in dataset.entities.values():
            if self.matches(entity, links.get(entity.id, [])):
                yield entity


def chronological(entities: list[EntityBase]) -> list[EntityBase]:
    """Dated entities first, by earliest possible day, then latest, then id; undated last."""

    def key(entity: EntityBase) -> tuple[int, dt.date, dt.date, str]:
        date = date_of(entity)
        if date is None:
            return (1, dt.date.max, dt.date.max, entity.id)
        return (0, date.lower, date.upper, entity.id)

    return sorted(entities, key=key)
