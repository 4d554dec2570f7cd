"""The timeline: a chart of dated records over the years, and the groups of the text chronology.

The chart (:func:`timeline_svg`) has a true time axis: each record is a mark
from the first to the last day its date can mean, so a day is a dot, a month a
short bar, a year a bar across the year, and "the 1990s" a bar across the
decade.  Marks that are not one certain day are drawn hollow with a dashed
outline.  A date known from one side only ("after 2001", "until May 2004") is
drawn at the bound it is known by, with a short arrow pointing away from it
into the unknown: a fixed few pixels, never a length of time, so it claims no
start or end the article does not give.  Marks stack in lanes so none hides
another; each is a link to its record's page, with the name and the date in
words as its tooltip and accessible name.

The text chronology (:func:`group_timeline`) groups records by year: a record
with an open-ended date goes under the year it is known by and is marked "after
2001" or "until May 2004"; a decade gets a group of its own ("1990s"); a span
over several years goes under its first year, marked with the span; undated
records come last, once, by name.  Each group has an anchor for "jump to year".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final, TypeAlias

from kzref.display import human_date, kind_label, open_end
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase
from kzref.pictures.svg import (
    FONT,
    KIND_STYLE,
    MUTED,
    TEXT,
    escape,
    number,
    short_hash,
    text_width,
    url_for,
)

LANE: Final = 16.0
"""Height of one lane of marks, in px."""
MARK_HEIGHT: Final = 11.0
MIN_MARK: Final = 11.0
"""Narrowest mark: a single day is still a target one can click."""
STUB: Final = 24.0
"""Length of an open end's arrow, in px: a sign for "not known", not a span of time."""
MIN_YEAR: Final = 20.0
"""Narrowest year column, in px: a year label ("2004") fits in two columns."""
LEGEND_WIDTH: Final = 344.0
"""Widest row of the legend: it stays in view on a phone while the chart scrolls."""
AXIS_SIZE: Final = 12.0
TIMELINE_COLOURS: Final = {
    # darker than the graph's kind colours: a filled mark must show against white (≥ 3:1)
    "event": "#A0457F",
    "agreement": "#9A6200",
    "document": "#1F6F9E",
}


_Key: TypeAlias = tuple[dt.date, dt.date, str, str]
"""How records sort within a year: known start, known end, name, id."""


def _date(entity: EntityBase) -> FuzzyDate | None:
    value = getattr(entity, "date", None)
    return value if isinstance(value, FuzzyDate) else None


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One record in the text chronology."""

    entity: EntityBase
    date: FuzzyDate | None
    words: str
    """The date in words ("spring 2004"), or "undated"."""
    mark: str | None = None
    """Said beside the record when its group does not tell its date: "after 2001",
    "until May 2004", "2001–2003"; ``None`` when the group's year says it."""


@dataclass(frozen=True, slots=True)
class TimelineGroup:
    """A year (or a decade, or "Undated") of the text chronology."""

    label: str
    anchor: str
    items: tuple[TimelineItem, ...]


def known_start(date: FuzzyDate) -> dt.date:
    """The earliest day the date can mean, or for "until May 2004" the start of May 2004."""
    if date.lower != dt.date.min:
        return date.lower
    return parse_bounds(date.edtf.partition("/")[2])[0]


def known_end(date: FuzzyDate) -> dt.date:
    """The latest day the date can mean, or for "after 2001" the end of 2001."""
    if date.upper != dt.date.max:
        return date.upper
    return parse_bounds(date.edtf.partition("/")[0])[1]


def _group_of(date: FuzzyDate) -> tuple[str, dt.date, dt.date, str | None]:
    """(group label, group start, group end, mark) for one date."""
    words = human_date(date)
    end = open_end(date)
    if end == "after":
        year = date.lower.year
        return str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), words
    if end == "until":
        year = date.upper.year
        return str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), words
    if date.precision in ("decade", "century"):
        return words, date.lower, date.upper, None
    year = date.lower.year
    mark = words if date.upper.year != year else None
    return str(year), dt.date(year, 1, 1), dt.date(year, 12, 31), mark


def group_timeline(
    entities: Iterable[EntityBase], *, anchor_prefix: str = "year-"
) -> list[TimelineGroup]:
    """The text chronology of *entities*: year groups in order, then "Undated" once.

    Within a group records are in date order (earliest possible day, then
    latest, then name); undated records are sorted by name.  A group's anchor
    is *anchor_prefix* + its label ("year-2004", "year-1990s"); the undated
    group's is "undated".
    """
    groups: dict[str, tuple[dt.date, dt.date, list[tuple[_Key, TimelineItem]]]] = {}
    undated: list[TimelineItem] = []
    for entity in entities:
        date = _date(entity)
        if date is None:
            undated.append(TimelineItem(entity, None, human_date(None)))
            continue
        label, start, end, mark = _group_of(date)
        key: _Key = (known_start(date), known_end(date), entity.name.casefold(), entity.id)
        item = TimelineItem(entity, date, human_date(date), mark)
        groups.setdefault(label, (start, end, []))[2].append((key, item))
    ordered = sorted(groups.items(), key=lambda g: (g[1][0], -(g[1][1] - g[1][0]).days, g[0]))
    result = [
        TimelineGroup(
            label,
            f"{anchor_prefix}{label}",
            tuple(item for _, item in sorted(members, key=lambda pair: pair[0])),
        )
        for label, (_, _, members) in ordered
    ]
    if undated:
        undated.sort(key=lambda item: (item.entity.name.casefold(), item.entity.id))
        result.append(TimelineGroup("Undated", "undated", tuple(undated)))
    return result


# --------------------------------------------------------------------------- chart


@dataclass(frozen=True, slots=True)
class _Mark:
    """Where one record goes: its footprint (x1…x2, arrow included) and its known part."""

    entity: EntityBase
    date: FuzzyDate
    x1: float
    x2: float
    known_x1: float
    known_x2: float
    """The part of the mark the date is known for: the whole date, or an open date's bound."""
    open_left: bool
    """Began at an unknown time before the known part ("until May 2004")."""
    open_right: bool
    """Went on for an unknown time after the known part ("after 2001")."""
    known_exact: bool
    """The known part is one certain day (drawn filled)."""


def _fraction(day: dt.date) -> float:
    """Where in its year *day* starts, from 0 to 1."""
    first = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - first).days
    return (day - first).days / length


def _known(date: FuzzyDate) -> tuple[dt.date, dt.date, bool] | None:
    """The first and last day the chart can place *date* at, and whether that is one day.

    For an open-ended date, its known bound ("until May 2004": May 2004); ``None``
    for a date open at both ends, which cannot be placed.
    """
    end = open_end(date)
    if end is None:
        if date.lower == dt.date.min or date.upper == dt.date.max:
            return None
        return date.lower, date.upper, date.is_exact
    start_text, _, end_text = date.edtf.partition("/")
    side = start_text if end == "after" else end_text
    first, last, _ = parse_bounds(side)
    return first, last, first == last and side[-1:].isdigit()


def timeline_svg(
    entities: Iterable[EntityBase],
    href: Callable[[str], str | None] | Mapping[str, str],
    *,
    title: str,
    width: float = 720.0,
    year_links: bool = False,
    anchor_prefix: str = "year-",
    id_prefix: str | None = None,
) -> str:
    """A chart of the dated records among *entities* as an ``<svg>`` string.

    *href* maps an id to its page (every dated record must have one).  The
    axis is scaled to about *width* px (at least :data:`MIN_YEAR` px a year, so
    year labels stay readable; a longer period makes a wider chart, which
    scrolls).  With *year_links*, each year label links to
    ``#<anchor_prefix><year>`` where the text chronology has that group.
    Undated records cannot be placed; the chart's description counts them.
    The same arguments always give the same string.
    """
    url = url_for(href)
    every = sorted(entities, key=lambda e: e.id)
    dated = [(e, d, k) for e in every if (d := _date(e)) is not None and (k := _known(d))]
    undated = len(every) - len(dated)
    prefix = id_prefix or "kzt-" + short_hash(
        [f"{e.id}={d.edtf}{d.qualifier or ''}" for e, d, _ in dated]
    )
    margin = 12.0
    if not dated:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" id="{prefix}" class="kz-timeline-svg"'
            f' width="{number(width)}" height="40" viewBox="0 0 {number(width)} 40" role="img"'
            f' aria-label="{escape(title)}: nothing dated to show">'
            f'<title>{escape(title)}</title><text x="{number(margin)}" y="24"'
            f' font-family="{escape(FONT)}" font-size="12" fill="{TEXT}">'
            "Nothing dated to show.</text></svg>\n"
        )
    first_year = min(k[0].year for _, _, k in dated)
    last_year = max(k[1].year for _, _, k in dated)
    years = last_year - first_year + 1
    any_left = any(open_end(d) == "until" for _, d, _ in dated)
    any_right = any(open_end(d) == "after" for _, d, _ in dated)
    room = width - 2 * margin - (STUB if any_left else 0.0) - (STUB if any_right else 0.0)
    year_width = max(MIN_YEAR, min(90.0, room / years))
    left = margin + (STUB if any_left else 0.0)
    axis_end = left + years * year_width

    def x_of(day: dt.date) -> float:
        return left + (day.year - first_year + _fraction(day)) * year_width

    marks: list[_Mark] = []
    for entity, date, (first, last, exact) in dated:
        end = open_end(date)
        x1, x2 = x_of(first), x_of(last + dt.timedelta(days=1))
        if x2 - x1 < MIN_MARK:
            centre = (x1 + x2) / 2
            x1, x2 = centre - MIN_MARK / 2, centre + MIN_MARK / 2
        marks.append(
            _Mark(
                entity,
                date,
                x1 - (STUB if end == "until" else 0.0),
                x2 + (STUB if end == "after" else 0.0),
                x1,
                x2,
                end == "until",
                end == "after",
                exact,
            )
        )
    marks.sort(key=lambda m: (m.x1, m.x2, m.entity.id))

    placed, lane_count = _lanes(marks)

    legend, legend_height = _chart_legend(
        [k for k in TIMELINE_COLOURS if any(m.entity.kind == k for m in marks)],
        any(not m.known_exact for m in marks),
        any_left or any_right,
    )
    top = margin + legend_height + 10
    plot_height = lane_count * LANE + 6
    axis_y = top + plot_height
    total_width = max(axis_end + margin + (STUB if any_right else 0.0), width)
    total_height = axis_y + 26 + margin

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{prefix}" class="kz-timeline-svg"'
        f' width="{number(total_width)}" height="{number(total_height)}"'
        f' viewBox="0 0 {number(total_width)} {number(total_height)}"'
        f' role="group" aria-labelledby="{prefix}-title" aria-describedby="{prefix}-desc"'
        f' font-family="{escape(FONT)}" font-size="{number(AXIS_SIZE)}" fill="{TEXT}">',
        f'<title id="{prefix}-title">{escape(title)}</title>',
        f'<desc id="{prefix}-desc">{escape(_summary(len(dated), undated, first_year, last_year))}'
        "</desc>",
        "<style>"
        f"#{prefix} a:hover .kz-known,#{prefix} a:focus .kz-known{{stroke-width:2.5}}"
        f"#{prefix} a:focus{{outline:2px solid {TEXT};outline-offset:1px}}"
        f"#{prefix} a.kz-year:hover text,#{prefix} a.kz-year:focus text"
        "{text-decoration:underline}"
        "</style>",
        "<defs>",
    ]
    for kind in sorted({m.entity.kind for m in marks if m.open_left or m.open_right}):
        colour = _colour(kind)
        for side, (a, b) in (("right", ("0", "1")), ("left", ("1", "0"))):
            out.append(
                f'<linearGradient id="{prefix}-fade-{side}-{kind}" x1="{a}" x2="{b}" y1="0" y2="0">'
                f'<stop offset="0" stop-color="{colour}" stop-opacity="0.9"/>'
                f'<stop offset="1" stop-color="{colour}" stop-opacity="0.15"/></linearGradient>'
            )
    out.append("</defs>")
    out.append(f'<g class="kz-legend" transform="translate({number(margin)} {number(margin)})">')
    out.extend(legend)
    out.append("</g>")

    group_labels = (
        {g.label for g in group_timeline(e for e, _, _ in dated)} if year_links else set()
    )
    out.extend(_axis(first_year, years, year_width, left, top, axis_y, group_labels, anchor_prefix))

    out.append('<g class="kz-marks">')
    for mark, lane in placed:
        out.append(_mark_svg(mark, lane, top, prefix, url))
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def _colour(kind: str) -> str:
    return TIMELINE_COLOURS.get(kind, KIND_STYLE.get(kind, ("#777777", ""))[0])


def _lanes(marks: list[_Mark]) -> tuple[list[tuple[_Mark, int]], int]:
    """Each mark with the first lane where it does not touch the mark before it."""
    lanes: list[float] = []  # right edge of the last mark in each lane
    placed: list[tuple[_Mark, int]] = []
    for mark in marks:
        lane = next((i for i, right in enumerate(lanes) if right + 3 <= mark.x1), None)
        if lane is None:
            lanes.append(mark.x2)
            lane = len(lanes) - 1
        else:
            lanes[lane] = mark.x2
        placed.append((mark, lane))
    return placed, len(lanes)


def _axis(
    first_year: int,
    years: int,
    year_width: float,
    left: float,
    top: float,
    axis_y: float,
    group_labels: set[str],
    anchor_prefix: str,
) -> list[str]:
    """Year grid lines, the axis, and year labels (links to the year's group, if any).

    Where there is no room for every year's label, every other year is labelled
    (the even ones, so the labels are the same whichever years a chart shows).
    """
    step = 1 if year_width >= 40 else 2
    out = [f'<g class="kz-axis" fill="{MUTED}" text-anchor="middle">']
    for n in range(years + 1):
        x = left + n * year_width
        out.append(
            f'<line x1="{number(x)}" y1="{number(top - 4)}" x2="{number(x)}"'
            f' y2="{number(axis_y)}" stroke="#dddddd" stroke-width="1"/>'
        )
    axis_end = left + years * year_width
    out.append(
        f'<line x1="{number(left)}" y1="{number(axis_y)}" x2="{number(axis_end)}"'
        f' y2="{number(axis_y)}" stroke="{MUTED}" stroke-width="1"/>'
    )
    for n in range(years):
        year = first_year + n
        if year % step:
            continue
        x = left + (n + 0.5) * year_width
        label = f'<text x="{number(x)}" y="{number(axis_y + 17)}">{year}</text>'
        if str(year) in group_labels:
            label = (
                f'<a class="kz-year" href="#{escape(anchor_prefix)}{year}"'
                f' aria-label="Jump to {year}">{label}</a>'
            )
        out.append(label)
    out.append("</g>")
    return out


def _summary(dated: int, undated: int, first: int, last: int) -> str:
    text = f"{dated} dated records from {first} to {last}; each mark links to its page."
    if undated:
        text += f" {undated} undated records cannot be placed on the chart."
    return text


def _stub(x: float, y: float, outward: int, fill: str, colour: str) -> str:
    """An open end's arrow from the known bound at *x*, pointing left (-1) or right (+1)."""
    tip = x + outward * STUB
    mid = y + MARK_HEIGHT / 2
    bar_x = min(x, tip + outward * -1.0)
    return (
        f'<rect class="kz-open" x="{number(bar_x)}" y="{number(mid - 1.5)}"'
        f' width="{number(STUB - 1)}" height="3" fill="{fill}"/>'
        f'<path class="kz-open" d="M{number(tip - outward * 5)},{number(mid - 4.5)}'
        f" L{number(tip - outward * 0.5)},{number(mid)}"
        f' L{number(tip - outward * 5)},{number(mid + 4.5)}" fill="none" stroke="{colour}"'
        ' stroke-width="1.6" stroke-opacity="0.5" stroke-linecap="round"/>'
    )


def _chart_legend(kinds: list[str], approximate: bool, open_ended: bool) -> tuple[list[str], float]:
    """The legend's SVG and its height: only the signs the chart uses.

    Its rows are at most :data:`LEGEND_WIDTH` px wide, so that all of it is in
    view on a narrow screen while the chart scrolls.
    """
    items: list[tuple[float, str]] = []
    for kind in kinds:
        colour = _colour(kind)
        words = kind_label(kind, plural=True) + ": a known day"
        items.append(
            (
                22 + text_width(words, AXIS_SIZE),
                f'<rect x="0" y="-9" width="{number(MARK_HEIGHT)}" height="{number(MARK_HEIGHT)}"'
                f' rx="{number(MARK_HEIGHT / 2)}" fill="{colour}" stroke="{TEXT}"/>'
                f'<text x="17" y="0">{escape(words)}</text>',
            )
        )
    if approximate:
        words = "approximate: any time in the span"
        items.append(
            (
                28 + text_width(words, AXIS_SIZE),
                f'<rect x="0" y="-9" width="22" height="{number(MARK_HEIGHT)}" rx="2"'
                f' fill="#ffffff" stroke="{TEXT}" stroke-width="1.2" stroke-dasharray="3 2"/>'
                f'<text x="28" y="0">{escape(words)}</text>',
            )
        )
    if open_ended:
        words = "arrow: start or end not known"
        sample = _stub(STUB, -9, -1, "#6b6b6b", "#4d4d4d")
        items.append(
            (
                STUB + 18 + text_width(words, AXIS_SIZE),
                f"{sample}"
                f'<rect x="{number(STUB)}" y="-9" width="{number(MARK_HEIGHT)}"'
                f' height="{number(MARK_HEIGHT)}" rx="2" fill="#ffffff" stroke="{TEXT}"'
                ' stroke-width="1.2" stroke-dasharray="3 2"/>'
                f'<text x="{number(STUB + 18)}" y="0">{escape(words)}</text>',
            )
        )
    parts: list[str] = []
    x = y = 0.0
    for span, svg in items:
        if x > 0 and x + span > LEGEND_WIDTH:
            x, y = 0.0, y + 20
        parts.append(f'<g transform="translate({number(x)} {number(y + 10)})">{svg}</g>')
        x += span + 20
    return parts, y + 14


def _mark_svg(
    mark: _Mark, lane: int, top: float, prefix: str, url: Callable[[str], str | None]
) -> str:
    """One record: a link holding its footprint (the target), its known part, its open ends."""
    entity, date = mark.entity, mark.date
    target = url(entity.id)
    if not target:
        raise ValueError(f"no URL for {entity.id}: every mark of the timeline is a link")
    colour = _colour(entity.kind)
    words = human_date(date)
    kind = kind_label(entity.kind)
    y = top + lane * LANE
    known_width = mark.known_x2 - mark.known_x1
    if mark.known_exact:
        style = f'fill="{colour}" stroke="{TEXT}" stroke-width="1"'
        radius = min(MARK_HEIGHT / 2, known_width / 2)
    else:
        style = f'fill="#ffffff" stroke="{colour}" stroke-width="1.6" stroke-dasharray="3 2"'
        radius = 2.0
    opened = ""
    parts = [
        # the whole footprint is the link's target, not only the painted strokes
        f'<rect class="kz-hit" x="{number(mark.x1)}" y="{number(y)}"'
        f' width="{number(mark.x2 - mark.x1)}" height="{number(MARK_HEIGHT)}"'
        ' fill="none" pointer-events="all"/>',
    ]
    if mark.open_left:
        opened = " kz-open-start"
        fill = f"url(#{prefix}-fade-left-{entity.kind})"
        parts.append(_stub(mark.known_x1, y, -1, fill, colour))
    if mark.open_right:
        opened = " kz-open-end"
        fill = f"url(#{prefix}-fade-right-{entity.kind})"
        parts.append(_stub(mark.known_x2, y, 1, fill, colour))
    parts.append(
        f'<rect class="kz-known" x="{number(mark.known_x1)}" y="{number(y)}"'
        f' width="{number(known_width)}" height="{number(MARK_HEIGHT)}"'
        f' rx="{number(radius)}" {style}/>'
    )
    return (
        f'<a href="{escape(target)}" class="kz-mark{opened}"'
        f' aria-label="{escape(entity.name)}, {escape(words)}">'
        f"<title>{escape(entity.name)} ({kind}, {escape(words)})</title>" + "".join(parts) + "</a>"
    )
