"""Every event without a date has a recorded reason; sub-events show their parent's date."""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from kzref import codebook
from kzref.model.entities import Event
from kzref.model.evidence import Evidence
from kzref.select import PARENT_MARK, ParentDate, Selection, chronological, date_of, own_date
from kzref.store import build, bundled_root, dataset

DATA = dataset()
UNDATED = sorted(e.id for e in DATA.entities.values() if isinstance(e, Event) and e.date is None)


def test_every_undated_event_has_a_reason() -> None:
    missing = [i for i in UNDATED if i not in codebook.undated_reasons()]
    assert missing == [], (
        "a new undated event needs a reason in kzref/data/undated.json "
        "(or the date the article gives it)"
    )


def test_no_reason_is_kept_for_an_event_that_has_a_date() -> None:
    stale = sorted(set(codebook.undated_reasons()) - set(UNDATED))
    assert stale == [], "remove these from kzref/data/undated.json"


def test_reasons_are_real_sentences() -> None:
    assert all(
        len(r.split()) >= 3 and r.endswith((".", ")")) for r in codebook.undated_reasons().values()
    )


def test_the_undated_file_is_sorted_json() -> None:
    text = (resources.files("kzref") / "data" / codebook.UNDATED).read_text(encoding="utf-8")
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_sub_events_show_their_parents_date_marked_as_such() -> None:
    shown = 0
    for entity in DATA.entities.values():
        if not isinstance(entity, Event) or entity.date is not None or entity.part_of is None:
            continue
        date = date_of(entity, DATA)
        parent = DATA.entities[entity.part_of]
        if date is None:
            assert own_date(parent) is None
            continue
        shown += 1
        assert isinstance(date, ParentDate)
        assert date.text.endswith(PARENT_MARK)
        assert not date.is_exact
        dated = DATA.entities[date.parent]
        assert isinstance(dated, Event) and dated.date is not None
        assert date.source_text == dated.date.text
    assert shown >= 20


def test_an_events_own_date_is_never_replaced() -> None:
    for entity in DATA.entities.values():
        if isinstance(entity, Event) and entity.date is not None:
            assert date_of(entity, DATA) is entity.date


def test_a_date_range_selects_a_sub_event_by_its_parents_date() -> None:
    child = DATA.entities["event:kentai-resident-charged"]
    found = Selection(start=bound_day("2005-02-01"), end=bound_day("2005-02-28")).matches(
        child, [], DATA
    )
    assert found


def bound_day(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_chronological_places_sub_events_with_their_parents() -> None:
    parent = DATA.entities["event:2005-02-05-kentai-literature-seizure"]
    child = DATA.entities["event:kentai-resident-charged"]
    undated = DATA.entities["event:semerdjian-accusation-of-semi-state-terrorism"]
    assert chronological([undated, child, parent], DATA)[-1] is undated


EVIDENCE = (Evidence(section="Terrorism in Kazakhstan", quote="the threat"),)


@given(
    depth=st.integers(min_value=1, max_value=6),
    dated_at=st.one_of(st.none(), st.integers(min_value=0, max_value=6)),
)
def test_a_chain_of_parents_is_followed_to_the_first_date(depth: int, dated_at: int | None) -> None:
    """Event 0 is part of 1, 1 of 2 …; only event *dated_at* has a date (or none does)."""
    events = {}
    for level in range(depth + 1):
        fields: dict[str, object] = {
            "id": f"event:e{level}",
            "name": f"e{level}",
            "summary": "A test event in a chain.",
            "evidence": EVIDENCE,
            "event_type": "other",
        }
        if level < depth:
            fields["part_of"] = f"event:e{level + 1}"
        if dated_at is not None and level == dated_at and level > 0:
            fields["date"] = {"edtf": "2004-05", "text": "May 2004"}
        events[f"event:e{level}"] = Event.model_validate(fields)

    class Data:
        entities = events

    date = date_of(events["event:e0"], Data)  # type: ignore[arg-type]
    if dated_at is None or dated_at == 0 or dated_at > depth:
        assert date is None
    else:
        assert isinstance(date, ParentDate) and date.parent == f"event:e{dated_at}"


def test_a_loop_of_parents_ends() -> None:
    one = Event.model_validate(
        {
            "id": "event:a",
            "name": "a",
            "summary": "A test event in a loop.",
            "evidence": EVIDENCE,
            "event_type": "other",
            "part_of": "event:b",
        }
    )
    two = Event.model_validate(
        {
            "id": "event:b",
            "name": "b",
            "summary": "A test event in a loop.",
            "evidence": EVIDENCE,
            "event_type": "other",
            "part_of": "event:a",
        }
    )

    class Data:
        entities = {"event:a": one, "event:b": two}

    assert date_of(one, Data) is None  # type: ignore[arg-type]


def test_bundled_and_checked_data_agree_on_undated_events() -> None:
    checked, _problems = build(bundled_root())
    again = sorted(
        e.id for e in checked.entities.values() if isinstance(e, Event) and e.date is None
    )
    assert again == UNDATED
