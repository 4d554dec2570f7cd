"""Uncertain dates: an EDTF string, the source's own words, and derived bounds.

The source dates things as loosely as "spring 2004", "mid-2002" or "in the
1990s". kzref keeps that looseness: the EDTF string says exactly what is known,
``text`` keeps the article's wording, and ``lower``/``upper`` are the first and
last day the date can mean, for sorting and filtering.  A year is never
turned into 1 January.

Bounds come from a small parser of the EDTF subset kzref uses, so loading
stays fast; :func:`validate_with_edtf` checks a string against the full
``edtf`` package, which the test suite and ``kzref validate`` do for every
record.
"""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

import datetime as dt
import functools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

Qualifier = Literal["early", "mid", "late"]
Precision = Literal["day", "month", "season", "year", "decade", "century", "interval", "set"]

_SINGLE = re.compile(
    r"^(?P<year>\d{4}|\d{3}X|\d{2}XX)"
    r"(?:-(?P<month>0[1-9]|1[0-2]|2[1-4])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?)?"
    r"(?P<mark>[?~%])?$"
)
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


def _last_day(year: int, month: int) -> dt.date:
    # the day before the next month's first: no calendar module (it loads locale on 3.13)
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _single_bounds(text: str) -> tuple[dt.date, dt.date, Precision]:
    match = _SINGLE.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not an EDTF date kzref understands")
    year_text, month_text, day_text = match["year"], match["month"], match["day"]
    if "X" in year_text:
        if month_text or day_text:
            raise ValueError(f"{text!r}: an unspecified year cannot carry a month or day")
        first = int(year_text.replace("X", "0"))
        last = int(year_text.replace("X", "9"))
        precision: Precision = "decade" if year_text.count("X") == 1 else "century"
        return dt.date(first, 1, 1), dt.date(last, 12, 31), precision
    year = int(year_text)
    if month_text is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    month = int(month_text)
    if month > 12:
        if day_text:
            raise ValueError(f"{text!r}: a season cannot carry a day")
        start, end = _SEASON_MONTHS[month]
        return dt.date(year, start, 1), _last_day(year, end), "season"
    if day_text is None:
        return dt.date(year, month, 1), _last_day(year, month), "month"
    day = dt.date(year, month, int(day_text))  # raises on 31 February
    return day, day, "day"


def parse_bounds(edtf: str) -> tuple[dt.date, dt.date, Precision]:
    """First and last possible day of *edtf*, and how precise it is."""
    if edtf.startswith(("[", "{")) and edtf.endswith(("]", "}")):
        members = [_single_bounds(part.strip()) for part in edtf[1:-1].split(",")]
        if not members:
            raise ValueError(f"{edtf!r} is an empty set")
        return min(m[0] for m in members), max(m[1] for m in members), "set"
    if "/" in edtf:
        start_text, _, end_text = edtf.partition("/")
        lower = dt.date.min if start_text in ("", "..") else _single_bounds(start_text)[0]
        upper = dt.date.max if end_text in ("", "..") else _single_bounds(end_text)[1]
        if lower > upper:
            raise ValueError(f"{edtf!r}: the interval ends before it starts")
        return lower, upper, "interval"
    return _single_bounds(edtf)


def edtf_installed() -> bool:
    """Whether the optional ``edtf`` package (``kzref[edtf]``) can cross-check dates here."""
    import importlib.util

    return importlib.util.find_spec("edtf") is not None


def validate_with_edtf(edtf: str) -> None:
    """Raise ``ValueError`` unless the ``edtf`` package accepts *edtf*.

    Imported here, not at module level: the package costs more to import than
    the rest of kzref together.
    """
    from edtf import parse_edtf  # deliberate lazy import
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        parse_edtf(edtf)
    except EDTFParseException as error:
        raise ValueError(f"{edtf!r} is not valid EDTF: {error}") from None


class FuzzyDate(BaseModel):
    """A date exactly as precise as the source makes it."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    edtf: str
    """The date in Extended Date/Time Format, e.g. ``2004-21`` for spring 2004."""
    text: str
    """The article's own wording of the date, verbatim."""
    qualifier: Qualifier | None = None
    """Where EDTF has no code ("mid-2002"): the period stays whole, this word says which part."""

    @field_validator("edtf")
    @classmethod
    def _parses(cls, value: str) -> str:
        parse_bounds(value)
        return value

    @functools.cached_property
    def _bounds(self) -> tuple[dt.date, dt.date, Precision]:
        # parsed once per date: timelines and filters read the bounds many times
        return parse_bounds(self.edtf)

    @property
    def lower(self) -> dt.date:
        """The earliest day this date can mean."""
        return self._bounds[0]

    @property
    def upper(self) -> dt.date:
        """The latest day this date can mean."""
        return self._bounds[1]

    @property
    def precision(self) -> Precision:
        """How precise the date is: day, month, season, year, interval and so on."""
        return self._bounds[2]

    @property
    def granularity(self) -> "Granularity":
        """Derived: the unit the date is given in (day … decade, or open).

        See :func:`granularity`.
        """
        return granularity(self.edtf)

    @property
    def is_exact(self) -> bool:
        """True only for a single, unqualified calendar day."""
        return self.precision == "day" and self.qualifier is None and self.edtf[-1].isdigit()

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether this date can fall inside ``[start, end]`` (either end open)."""
        return (start is None or self.upper >= start) and (end is None or self.lower <= end)

    def __str__(self) -> str:
        return self.text


Granularity = Literal["day", "month", "season", "year", "decade", "century", "open"]
"""How finely a date places its event: the unit a researcher can rely on."""

_COARSENESS: tuple[Granularity, ...] = (
    "day",
    "month",
    "season",
    "year",
    "decade",
    "century",
    "open",
)


def granularity(edtf: str) -> Granularity:
    """The unit *edtf* is given in; for an interval or set, the coarsest of its ends.

    Derived, never authored: ``2004-11-11`` is a day, ``2004-21`` a season,
    ``199X`` a decade; ``2004-03-28/2004-04-01`` is a day (both ends are days),
    ``2004/2004-11-11`` a year, and an interval with an open end (``../2006-12-22``)
    is ``open``: the article bounds the date on one side only.
    """
    if edtf.startswith(("[", "{")) and edtf.endswith(("]", "}")):
        parts = [part.strip() for part in edtf[1:-1].split(",")]
    elif "/" in edtf:
        parts = list(edtf.split("/", 1))
        if any(part in ("", "..") for part in parts):
            return "open"
    else:
        parts = [edtf]
    ranks = [_COARSENESS.index(_SINGLE_UNIT[_single_bounds(part)[2]]) for part in parts]
    return _COARSENESS[max(ranks)]


_SINGLE_UNIT: dict[Precision, Granularity] = {
    "day": "day",
    "month": "month",
    "season": "season",
    "year": "year",
    "decade": "decade",
    "century": "century",
}
