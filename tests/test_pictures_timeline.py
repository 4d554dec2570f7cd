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
from kzref.model.dates import FuzzyDate, parse_bounds
from kzref.model.entities import EntityBase, Event
from kzref.pictures import group_timeline, timeline_svg
from kzref.pictures.timeline import known_end, known_start

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
