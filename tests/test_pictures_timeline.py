"""The timeline: the chart places every dated record; the text groups are right and human."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re

from defusedxml import ElementTree
from hypothesis import given, settings
from hypothesis import strategies as st

from kzref import store
from kzref.display import human_date
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase, Event
from kzref.pictures import group_timeline, timeline_svg
from kzref.pictures.svg import text_width
from kzref.pictures.timeline import (
    AXIS_SIZE,
    MIN_MARK,
    MIN_YEAR,
    STUB,
    _known,
    known_end,
    known_start,
)

SVG = "{http://www.w3.org/2000/svg}"


def href(entity_id: str) -> str:
    return "kz/" + entity_id.replace(":", "/") + ".html"


def events() -> list[EntityBase]:
    return [e for e in store.dataset().entities.values() if e.kind == "event"]


# ------------------------------------------------------------------ the real data


def test_real_timeline_groups() -> None:
    groups = group_timeline(events())
    labels = [g.label for g in groups]
    assert labels[-1] == "Undated"
    assert labels.count("Undated") == 1
    assert len(labels) == len(set(labels))
    assert len({g.anchor for g in groups}) == len(groups)
    assert not any("9999" in label or "0001" in label or "–" in label for label in labels)
    assert labels[0] == "1990s"  # the decade before its first year
    years = [int(label) for label in labels if label.isdigit()]
    assert years == sorted(years)
    # every event exactly once
    placed = [item.entity.id for g in groups for item in g.items]
    assert sorted(placed) == sorted(e.id for e in events())
    by_label = {g.label: g for g in groups}
    marks_2004 = {item.mark for item in by_label["2004"].items}
    assert "until May 2004" in marks_2004
    assert "after 11 September 2001" in {item.mark for item in by_label["2001"].items}
    undated = by_label["Undated"].items
    assert [i.entity.name.casefold() for i in undated] == sorted(
        i.entity.name.casefold() for i in undated
    )
    for group in groups:
        for item in group.items:
            assert not re.search(r"\d{4}-\d{2}|EDTF|/|\.\.", item.words), item.words


def test_real_timeline_chart() -> None:
    everything = list(store.dataset().entities.values())
    svg = timeline_svg(everything, href, title="Events over time", year_links=True)
    assert svg == timeline_svg(
        reversed(everything), href, title="Events over time", year_links=True
    )
    root = ElementTree.fromstring(svg)
    dated = [e for e in everything if getattr(e, "date", None) is not None]
    marks = [a for a in root.iter(f"{SVG}a") if a.get("class") != "kz-year"]
    assert sorted(a.get("href") for a in marks) == sorted(href(e.id) for e in dated)
    assert all(a.get("aria-label") for a in marks)
    years = [a.get("href") for a in root.iter(f"{SVG}a") if a.get("class") == "kz-year"]
    assert "#year-2004" in years
    assert "spring 2004" in svg
    assert "until May 2004" in svg
    assert "undated records cannot be placed" in svg
    assert "fade-right" in svg and "fade-left" in svg  # open ends drawn fading


# ------------------------------------------------------------------ property tests


@st.composite
def edtf_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1990, 2020))
    form = draw(st.sampled_from(["year", "month", "season", "day", "decade", "after", "until"]))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    text = {
        "year": f"{year}",
        "month": f"{year}-{month:02d}",
        "season": f"{year}-{draw(st.integers(21, 24))}",
        "day": f"{year}-{month:02d}-{day:02d}",
        "decade": f"{str(year)[:3]}X",
        "after": f"{year}-{month:02d}/..",
        "until": f"../{year}-{month:02d}",
    }[form]
    if form == "day" and draw(st.booleans()):
        end = dt.date(year, month, day) + dt.timedelta(days=draw(st.integers(1, 800)))
        text = f"{text}/{end.isoformat()}"
    return text


@st.composite
def records(draw: st.DrawFn) -> list[EntityBase]:
    count = draw(st.integers(1, 30))
    found: list[EntityBase] = []
    for i in range(count):
        edtf = draw(st.none() | edtf_dates())
        date = None if edtf is None else {"edtf": edtf, "text": "as the article says"}
        found.append(
            Event.model_validate(
                {
                    "id": f"event:e{i}",
                    "name": draw(st.text("abcdefgh ", min_size=1, max_size=12)).strip() or "x",
                    "summary": "A made-up event for a test.",
                    "evidence": [{"section": "Lead", "quote": "made up"}],
                    "event_type": "attack",
                    "date": date,
                }
            )
        )
    return found


def _date(entity: EntityBase) -> FuzzyDate | None:
    value = getattr(entity, "date", None)
    return value if isinstance(value, FuzzyDate) else None


@settings(max_examples=120, deadline=None)
@given(records())
def test_groups_place_every_record_once_in_order(found: list[EntityBase]) -> None:
    groups = group_timeline(found)
    placed = [item.entity.id for g in groups for item in g.items]
    assert sorted(placed) == sorted(e.id for e in found)
    labels = [g.label for g in groups]
    assert len(labels) == len(set(labels))
    if any(_date(e) is None for e in found):
        assert labels[-1] == "Undated"
        assert all(item.date is None for item in groups[-1].items)
    assert all(item.date is not None for g in groups if g.label != "Undated" for item in g.items)
    starts = [
        min(known_start(item.date) for item in g.items if item.date)
        for g in groups
        if g.label != "Undated"
    ]
    # groups run forward in time (a decade group may start before the year before it)
    years = [int(g.label) for g in groups if g.label.isdigit()]
    assert years == sorted(years)
    assert all(math.isfinite(s.toordinal()) for s in starts)
    for group in groups:
        if group.label == "Undated":
            names = [(i.entity.name.casefold(), i.entity.id) for i in group.items]
            assert names == sorted(names)
            continue
        keys = [(known_start(i.date), known_end(i.date)) for i in group.items if i.date]
        assert [k[0] for k in keys] == sorted(k[0] for k in keys)
        for item in group.items:
            assert item.date is not None
            if group.label.isdigit():
                year = int(group.label)
                assert known_start(item.date).year == year or known_end(item.date).year == year
            if item.date.edtf.endswith("/.."):
                assert item.mark is not None and item.mark.startswith("after ")
            if item.date.edtf.startswith("../"):
                assert item.mark is not None and item.mark.startswith("until ")


@settings(max_examples=80, deadline=None)
@given(records())
def test_chart_marks_every_dated_record_inside_the_frame(found: list[EntityBase]) -> None:
    svg = timeline_svg(found, href, title="Over time")
    root = ElementTree.fromstring(svg)
    dated = [e for e in found if _date(e) is not None]
    marks = [a for a in root.iter(f"{SVG}a") if a.get("class") != "kz-year"]
    assert sorted(a.get("href") for a in marks) == sorted(href(e.id) for e in dated)
    match = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
    assert match is not None
    width, height = float(match[1]), float(match[2])
    for a in marks:
        rect = a.find(f"{SVG}rect")
        assert rect is not None
        x, y = float(rect.get("x")), float(rect.get("y"))
        w, h = float(rect.get("width")), float(rect.get("height"))
        assert all(math.isfinite(v) for v in (x, y, w, h))
        assert x >= 0 and x + w <= width + 0.1 and y >= 0 and y + h <= height
    assert svg == timeline_svg(list(reversed(found)), href, title="Over time")


@settings(max_examples=60, deadline=None)
@given(records())
def test_marks_of_one_lane_never_overlap(found: list[EntityBase]) -> None:
    svg = timeline_svg(found, href, title="Over time")
    root = ElementTree.fromstring(svg)
    rows: dict[str, list[tuple[float, float]]] = {}
    for a in root.iter(f"{SVG}a"):
        rect = a.find(f"{SVG}rect")
        if rect is None:
            continue
        x, w = float(rect.get("x")), float(rect.get("width"))
        rows.setdefault(rect.get("y"), []).append((x, x + w))
    for spans in rows.values():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start + 0.1


def test_a_day_is_narrow_and_a_year_spans_its_year() -> None:
    found = [
        Event.model_validate(
            {
                "id": f"event:{name}",
                "name": name,
                "summary": "A made-up event for a test.",
                "evidence": [{"section": "Lead", "quote": "made up"}],
                "event_type": "attack",
                "date": {"edtf": edtf, "text": edtf},
            }
        )
        for name, edtf in [("day", "2004-05-12"), ("year", "2005"), ("other", "2003")]
    ]
    svg = timeline_svg(found, href, title="t", width=400)
    root = ElementTree.fromstring(svg)
    widths = {
        a.get("href"): float(a.find(f"{SVG}rect").get("width"))
        for a in root.iter(f"{SVG}a")
        if a.find(f"{SVG}rect") is not None
    }
    lower, upper, _ = parse_bounds("2005")
    assert widths[href("event:year")] > 5 * widths[href("event:day")]
    assert lower.year == upper.year == 2005


# ------------------------------------------------------------------ open ends and fit


def _marks(svg: str) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(svg)
    return [a for a in root.iter(f"{SVG}a") if a.get("class") != "kz-year"]


def _box(element: ElementTree.Element) -> tuple[float, float, float, float]:
    x, y = float(element.get("x")), float(element.get("y"))
    return x, y, x + float(element.get("width")), y + float(element.get("height"))


def _year_lines(svg: str) -> tuple[int, list[float]]:
    """The first year of the axis and the x of each year's left grid line."""
    root = ElementTree.fromstring(svg)
    axis = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "kz-axis")
    xs = [
        float(line.get("x1"))
        for line in axis.iter(f"{SVG}line")
        if line.get("x1") == line.get("x2")
    ]
    desc = next(root.iter(f"{SVG}desc")).text or ""
    match = re.search(r"from (\d{4}) to", desc)
    assert match is not None
    return int(match[1]), xs


@settings(max_examples=80, deadline=None)
@given(records())
def test_every_open_end_is_drawn_open_and_claims_no_span(found: list[EntityBase]) -> None:
    """An open-ended date is its known bound and a fixed arrow outward, on the open side.

    A closed date has no arrow; every part of a mark lies in its footprint (its first rect).
    """
    svg = timeline_svg(found, href, title="Over time")
    dates = {href(e.id): d for e in found if (d := _date(e)) is not None}
    for a in _marks(svg):
        date = dates[a.get("href")]
        classes = a.get("class", "").split()
        rects = a.findall(f"{SVG}rect")
        hit, known = _box(rects[0]), _box(next(r for r in rects if r.get("class") == "kz-known"))
        arrows = [e for e in a if e.get("class") == "kz-open"]
        for part in rects:
            x1, _, x2, _ = _box(part)
            assert hit[0] - 0.1 <= x1 and x2 <= hit[2] + 0.1
        if date.edtf.startswith("../"):
            assert "kz-open-start" in classes and arrows
            # the arrow is on the left only, and a fixed length: no length of time
            assert hit[2] == known[2] and math.isclose(known[0] - hit[0], STUB, abs_tol=0.11)
        elif date.edtf.endswith("/.."):
            assert "kz-open-end" in classes and arrows
            assert hit[0] == known[0] and math.isclose(hit[2] - known[2], STUB, abs_tol=0.11)
        else:
            assert not arrows and "kz-open-start" not in classes and "kz-open-end" not in classes
            assert hit == known
        assert a.get("aria-label", "").endswith(human_date(date))


@settings(max_examples=80, deadline=None)
@given(records())
def test_each_mark_is_at_its_dates_on_the_axis(found: list[EntityBase]) -> None:
    """The known part of a mark lies in the years of its date (an open date: of its bound)."""
    svg = timeline_svg(found, href, title="Over time")
    if not _marks(svg):
        return
    first_year, lines = _year_lines(svg)
    dates = {href(e.id): d for e in found if (d := _date(e)) is not None}
    for a in _marks(svg):
        date = dates[a.get("href")]
        known = _box(next(r for r in a.findall(f"{SVG}rect") if r.get("class") == "kz-known"))
        start, end = known_start(date), known_end(date)
        if date.edtf.startswith("../"):
            start = known_start(FuzzyDate(edtf=date.edtf[3:], text="x"))
        if date.edtf.endswith("/.."):
            end = known_end(FuzzyDate(edtf=date.edtf[:-3], text="x"))
        slack = MIN_MARK / 2 + 0.1  # a short date is widened to a clickable size
        assert lines[start.year - first_year] - slack <= known[0]
        assert known[2] <= lines[end.year - first_year + 1] + slack


@settings(max_examples=60, deadline=None)
@given(records())
def test_no_two_marks_overlap_and_year_labels_stay_apart(found: list[EntityBase]) -> None:
    svg = timeline_svg(found, href, title="Over time")
    footprints = [_box(a.findall(f"{SVG}rect")[0]) for a in _marks(svg)]
    for i, a in enumerate(footprints):
        for b in footprints[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    root = ElementTree.fromstring(svg)
    labels = sorted(
        float(t.get("x"))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "kz-axis"
        for t in g.iter(f"{SVG}text")
    )
    room = text_width("2000", AXIS_SIZE) + 4
    assert all(b - a >= room for a, b in itertools.pairwise(labels))


@settings(max_examples=60, deadline=None)
@given(records())
def test_chart_fits_a_page_column_when_the_period_allows(found: list[EntityBase]) -> None:
    """720 px (a documentation column) unless the years need more than MIN_YEAR px each."""
    svg = timeline_svg(found, href, title="Over time")
    width = float(re.search(r'viewBox="0 0 ([\d.]+)', svg)[1])  # type: ignore[index]
    spans = [b for e in found if (d := _date(e)) is not None and (b := _known(d))]
    if not spans:
        return
    years = max(b[1].year for b in spans) - min(b[0].year for b in spans) + 1
    assert width <= max(720.0, 24 + 2 * STUB + years * MIN_YEAR) + 0.1


def test_real_chart_fits_the_column_and_open_ends_do_not_crowd_it() -> None:
    """The shipped events: 720 px wide, and the open-ended ones are short arrows at
    their bounds, not bars from the edge of the chart stacked in the top lanes."""
    chart = timeline_svg(events(), href, title="Events over time", year_links=True)
    assert float(re.search(r'viewBox="0 0 ([\d.]+)', chart)[1]) <= 720  # type: ignore[index]
    marks = _marks(chart)
    opened = [a for a in marks if "kz-open" in a.get("class", "")]
    assert len(opened) >= 20
    for a in opened:
        hit = _box(a.findall(f"{SVG}rect")[0])
        assert hit[2] - hit[0] <= 90 + STUB  # a year at most, and the arrow
    lanes = {a.findall(f"{SVG}rect")[0].get("y") for a in marks}
    top_lane = min(lanes, key=float)
    in_top = [a for a in marks if a.findall(f"{SVG}rect")[0].get("y") == top_lane]
    assert sum("kz-open" in a.get("class", "") for a in in_top) < len(in_top) / 2 + 1
