"""Queries: fuzzy search, timelines by uncertain dates, related records, frames."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import get_args

import pytest

import kzref
from kzref import store
from kzref.errors import DataError, UnknownIdError
from kzref.query import (
    DateRangeError,
    MissingDependencyError,
    UnknownKindError,
    parse_bound,
    resolve,
    search_key,
    suggest,
)
from kzref.registry import AmbiguousNameError
from kzref.store import Dataset

MINI = Path(__file__).parent / "data" / "mini"
HUT = "org:hizb-ut-tahrir"


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    try:
        data = store.dataset()
    except DataError as error:
        pytest.skip(f"the bundled data does not load right now: {len(error.problems)} problems")
    if HUT not in data.entities:
        pytest.skip("the bundled data has no org:hizb-ut-tahrir yet")
    return data


# --- search ------------------------------------------------------------------


def test_search_finds_alias_and_ranks_it_first(mini: Dataset) -> None:
    hits = kzref.search("HuT", dataset=mini)
    assert hits[0].entity.id == HUT
    assert hits[0].score == 100.0
    assert hits[0].matched == "HuT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hizb-ut-Tahrir", HUT),  # punctuation of the article's other spelling
        ("hizb ut tahrir", HUT),
        ("HIZB UT-TAHRIR AL ISLAMI", HUT),
        ("Oskemen", "place:oskemen"),  # accent-insensitive
        ("ust kamenogorsk", "place:oskemen"),
        ("Tusupbekov", "person:rashid-tusupbekov"),
        ("talibn", "org:taliban"),  # a typo
    ],
)
def test_search_is_accent_punctuation_and_typo_tolerant(
    mini: Dataset, text: str, expected: str
) -> None:
    assert kzref.search(text, dataset=mini)[0].entity.id == expected


def test_search_filters_by_kind_and_limits(mini: Dataset) -> None:
    events = kzref.search("Hizb ut-Tahrir", kind="event", dataset=mini)
    assert events and all(hit.entity.id.startswith("event:") for hit in events)
    assert len(kzref.search("Hizb ut-Tahrir", limit=1, dataset=mini)) == 1


def test_search_order_is_deterministic(mini: Dataset) -> None:
    hits = kzref.search("tahrir", dataset=mini)
    keys = [(-h.score, h.entity.id) for h in hits]
    assert keys == sorted(keys) or hits[0].entity.id == HUT
    again = kzref.search("tahrir", dataset=mini)
    assert [h.entity.id for h in hits] == [h.entity.id for h in again]


def test_search_by_exact_id(mini: Dataset) -> None:
    assert kzref.search("place:kazakhstan", dataset=mini)[0].entity.id == "place:kazakhstan"


def test_search_nothing_close_is_empty(mini: Dataset) -> None:
    assert kzref.search("zzzzqqqq", dataset=mini) == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": "x", "kind": "planet"}, UnknownKindError),
        ({"text": "x", "limit": 0}, ValueError),
        ({"text": " -- "}, ValueError),
    ],
)
def test_search_rejects_bad_input(mini: Dataset, kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        kzref.search(dataset=mini, **kwargs)  # type: ignore[arg-type]  # parametrized kwargs


def test_search_key_folds_accents_and_punctuation() -> None:
    assert search_key("Öskemen, Ust-Kamenogorsk!") == "oskemen ust kamenogorsk"


# --- resolve / suggest -----------------------------------------------------------


def test_resolve_by_id_redirect_name_and_alias(mini: Dataset) -> None:
    assert resolve(HUT, dataset=mini).id == HUT
    assert resolve("org:hizbut-tahrir", dataset=mini).id == HUT  # retired id
    assert resolve("hizb-ut-tahrir", dataset=mini).id == HUT  # name, punctuation folded
    assert resolve("Öskemen", dataset=mini).id == "place:oskemen"


def test_unknown_id_suggests_close_ids(mini: Dataset) -> None:
    with pytest.raises(UnknownIdError) as caught:
        resolve("org:hizb-ut-tahrr", dataset=mini)
    assert caught.value.suggestions[0] == HUT
    assert "did you mean" in str(caught.value)
    assert HUT in suggest("hizb tahrr", dataset=mini)


def test_ambiguous_name(tmp_path: Path, mini: Dataset) -> None:
    from dataclasses import replace

    from kzref.model import Person

    twin = Person(
        id="person:taliban",
        name="Taliban",
        summary="A made-up namesake person.",
        evidence=mini.entities["org:taliban"].evidence,
    )
    data = replace(mini, entities={**mini.entities, twin.id: twin})
    with pytest.raises(AmbiguousNameError):
        resolve("Taliban", dataset=data)
    assert resolve("Taliban", kind="person", dataset=data).id == "person:taliban"


# --- timeline --------------------------------------------------------------------


def test_timeline_is_in_date_order_and_skips_undated(mini: Dataset) -> None:
    entries = kzref.timeline(dataset=mini)
    ids = [e.entity.id for e in entries]
    assert ids == [
        "event:1990s-hut-appears",
        "event:2004-northern-hut-arrests",
        "event:2004-spring-suicide-bombings",
        "event:2004-03-28-tashkent-bombings",
        "event:2005-03-17-hut-ban-request",
    ]
    assert "event:hut-leaflets-in-almaty-mosques" not in ids
    assert [e.lower for e in entries] == sorted(e.lower for e in entries)


def test_year_is_uncertain_and_spans_the_year(mini: Dataset) -> None:
    entry = next(e for e in kzref.timeline(dataset=mini) if e.date.edtf == "2004")
    assert entry.uncertain
    assert (entry.lower, entry.upper) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))
    exact = next(e for e in kzref.timeline(dataset=mini) if e.date.edtf == "2005-03-17")
    assert not exact.uncertain


def test_timeline_range_uses_bounds(mini: Dataset) -> None:
    in_2004 = [e.entity.id for e in kzref.timeline("2004", "2004", dataset=mini)]
    assert in_2004 == [
        "event:2004-northern-hut-arrests",
        "event:2004-spring-suicide-bombings",
        "event:2004-03-28-tashkent-bombings",
    ]
    # a date that *can* fall in April 2004 overlaps it; strict keeps only certain ones
    april = kzref.timeline("2004-04", "2004-04", dataset=mini)
    assert {e.entity.id for e in april} == {
        "event:2004-northern-hut-arrests",
        "event:2004-spring-suicide-bombings",
        "event:2004-03-28-tashkent-bombings",
    }
    assert kzref.timeline("2004-04", "2004-04", strict=True, dataset=mini) == []
    strict = kzref.timeline("2004-03", "2004-05", strict=True, dataset=mini)
    assert [e.entity.id for e in strict] == [
        "event:2004-spring-suicide-bombings",
        "event:2004-03-28-tashkent-bombings",
    ]
    assert [e.entity.id for e in kzref.timeline(start=dt.date(2005, 1, 1), dataset=mini)] == [
        "event:2005-03-17-hut-ban-request"
    ]


def test_timeline_involving_gives_roles(mini: Dataset) -> None:
    entries = kzref.timeline(involving="HuT", dataset=mini)
    roles = {e.entity.id: e.roles for e in entries}
    assert roles == {
        "event:1990s-hut-appears": ("subject",),
        "event:2004-northern-hut-arrests": ("arrested",),
        "event:2004-03-28-tashkent-bombings": ("perpetrator",),
        "event:2005-03-17-hut-ban-request": ("subject",),
    }
    places = kzref.timeline(involving="place:kazakhstan", dataset=mini)
    assert all(e.roles == ("places",) for e in places)


def test_timeline_filters_kind_and_event_type(mini: Dataset) -> None:
    assert kzref.timeline(kind="agreement", dataset=mini) == []
    arrests = kzref.timeline(event_type="arrest", dataset=mini)
    assert [e.entity.id for e in arrests] == ["event:2004-northern-hut-arrests"]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"start": "2005", "end": "2004"}, DateRangeError),
        ({"start": "20x4"}, DateRangeError),
        ({"end": "2004-13-01"}, DateRangeError),
        ({"kind": "person"}, UnknownKindError),
        ({"involving": "org:nobody"}, UnknownIdError),
    ],
)
def test_timeline_rejects_bad_input(
    mini: Dataset, kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        kzref.timeline(dataset=mini, **kwargs)  # type: ignore[arg-type]  # parametrized kwargs
    assert issubclass(error, ValueError | LookupError)


def test_parse_bound_end_means_last_day() -> None:
    assert parse_bound("2004", end=True) == dt.date(2004, 12, 31)
    assert parse_bound("2004-21", end=False) == dt.date(2004, 3, 1)
    assert parse_bound(None, end=True) is None


# --- related ---------------------------------------------------------------------


def test_related_both_directions(mini: Dataset) -> None:
    links = kzref.related(HUT, dataset=mini)
    found = {
        (link.direction, link.via, link.relation, link.other, link.role, link.certainty)
        for link in links
    }
    assert ("out", "relation", "ties-with", "org:taliban", None, "claimed") in found
    assert (
        "in",
        "reference",
        "participants.ref",
        "event:2004-03-28-tashkent-bombings",
        "perpetrator",
        "claimed",
    ) in found
    assert (
        "out",
        "designation",
        "designation.requested",
        "person:rashid-tusupbekov",
        "requested_by",
        "stated",
    ) in found
    assert links == sorted(links, key=lambda link: (link.sort_key(), link.certainty or ""))


def test_related_from_the_other_side(mini: Dataset) -> None:
    taliban = kzref.related("org:taliban", dataset=mini)
    assert [(link.direction, link.relation, link.other) for link in taliban] == [
        ("in", "ties-with", HUT)
    ]
    tusupbekov = {
        (link.direction, link.via, link.other, link.role)
        for link in kzref.related("person:rashid-tusupbekov", dataset=mini)
    }
    assert ("in", "designation", HUT, "requested_by") in tusupbekov
    assert ("in", "reference", "event:2005-03-17-hut-ban-request", "requester") in tusupbekov
    oskemen = kzref.related("place:oskemen", dataset=mini)
    assert [(link.direction, link.relation, link.other) for link in oskemen] == [
        ("out", "located_in", "place:kazakhstan")
    ]


def test_related_unknown_id(mini: Dataset) -> None:
    with pytest.raises(UnknownIdError):
        kzref.related("org:nobody", dataset=mini)


# --- frames ----------------------------------------------------------------------


def test_to_frame(mini: Dataset) -> None:
    pytest.importorskip("pandas")
    frame = kzref.to_frame("event", dataset=mini)
    assert len(frame) == 6
    assert frame.loc["event:2004-northern-hut-arrests", "date.edtf"] == "2004"
    assert "claim.certainty" in frame.columns
    relations = kzref.to_frame("relation", dataset=mini)
    assert list(relations["predicate"]) == ["ties-with"]
    with pytest.raises(UnknownKindError):
        kzref.to_frame("planet", dataset=mini)


def test_frames_group_and_merge_on_id_and_sort_by_date(bundled: Dataset) -> None:
    pd = pytest.importorskip("pandas")
    events = kzref.to_frame("event")
    assert events.index.name is None  # "id" names the column only
    assert events.groupby("id").size().max() == 1
    merged = events.merge(kzref.to_frame("event")[["id"]], on="id")
    assert len(merged) == len(events)
    dated = events.dropna(subset=["date.edtf"])
    for _, row in dated.iterrows():  # the article's date and its bounds agree, row by row
        date = kzref.get(row["id"]).date  # type: ignore[attr-defined]  # events have dates
        assert row["date.text"] == date.text
        assert row["date.earliest"] is pd.NaT or row["date.earliest"].date() == date.lower
    ordered = dated.sort_values("date.earliest")
    assert ordered["date.earliest"].dropna().is_monotonic_increasing


def test_frame_vocabulary_columns_are_categories(bundled: Dataset) -> None:
    pytest.importorskip("pandas")
    from kzref.model.vocabulary import EventType, RelationType

    events = kzref.to_frame("event")
    assert list(events["event_type"].cat.categories) == list(get_args(EventType))
    relations = kzref.to_frame("relation")
    assert list(relations["predicate"].cat.categories) == list(get_args(RelationType))
    assert str(relations["date.earliest"].dtype).startswith("datetime64")


def test_to_frame_without_pandas(mini: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingDependencyError, match=r"kzref\[pandas\]"):
        kzref.to_frame("org", dataset=mini)


# --- bundled data ----------------------------------------------------------------


def test_bundled_search_and_timeline(bundled: Dataset) -> None:
    assert kzref.search("Hizb ut-Tahrir")[0].entity.id == HUT
    entries = kzref.timeline(involving=HUT)
    assert [(e.lower, e.upper, e.entity.id) for e in entries] == sorted(
        (e.lower, e.upper, e.entity.id) for e in entries
    )
    assert all(e.roles for e in entries)
    assert kzref.related(HUT)
