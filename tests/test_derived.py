"""Derived fields follow from the authored ones: date granularity, casualties, responsibility."""

from __future__ import annotations

from typing import get_args

from hypothesis import given
from hypothesis import strategies as st

from kzref.model.dates import FuzzyDate, granularity, parse_bounds
from kzref.model.entities import Event, Participant, responsibility_of
from kzref.model.evidence import Certainty, Evidence
from kzref.model.figures import Approximation, Figure, estimate, total
from kzref.store import dataset

ORDER = ("day", "month", "season", "year", "decade", "century", "open")

years = st.integers(min_value=1900, max_value=2030)
singles = st.one_of(
    years.map(str),
    st.tuples(years, st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(years, st.integers(21, 24)).map(lambda t: f"{t[0]}-{t[1]}"),
    st.tuples(years, st.integers(1, 12), st.integers(1, 28)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
    ),
    st.integers(190, 202).map(lambda d: f"{d}X"),
)


@given(singles)
def test_a_single_dates_granularity_is_its_precision(edtf: str) -> None:
    assert granularity(edtf) == parse_bounds(edtf)[2]


@given(singles, singles)
def test_a_closed_interval_is_as_coarse_as_its_coarser_end(first: str, second: str) -> None:
    start, end = sorted((first, second), key=lambda s: parse_bounds(s)[0])
    if parse_bounds(start)[0] > parse_bounds(end)[1]:
        return
    interval = f"{start}/{end}"
    try:
        parse_bounds(interval)
    except ValueError:
        return
    expected = max(ORDER.index(granularity(start)), ORDER.index(granularity(end)))
    assert granularity(interval) == ORDER[expected]


@given(singles)
def test_an_open_interval_is_open(edtf: str) -> None:
    assert granularity(f"../{edtf}") == "open" == granularity(f"{edtf}/..")


def test_every_bundled_event_date_has_a_granularity() -> None:
    for entity in dataset().entities.values():
        if isinstance(entity, Event) and entity.date is not None:
            assert entity.date_precision in ORDER
            assert entity.date_precision == FuzzyDate(edtf=entity.date.edtf, text="x").granularity


hedges = st.sampled_from(get_args(Approximation))


@st.composite
def figures(draw: st.DrawFn, measure: str = "killed") -> Figure:
    hedge = draw(hedges)
    value = float(draw(st.integers(0, 1000)))
    upper = value + draw(st.integers(0, 100)) if hedge == "range" else None
    return Figure(
        measure=measure, value=value, upper=upper, unit="people", approximation=hedge, text="n"
    )


@given(figures())
def test_an_estimate_keeps_the_words_promise(figure: Figure) -> None:
    """Low ≤ best ≤ high, best only for point values, and the words' bound is kept."""
    got = estimate(figure)
    known = [v for v in (got.low, got.best, got.high) if v is not None]
    assert known == sorted(known)
    assert (got.best is not None) == (figure.approximation in ("exact", "about", "some"))
    if figure.approximation in ("more-than", "over"):
        assert got.low is not None and got.low > figure.value
    if figure.approximation in ("up-to", "nearly"):
        assert got.high == figure.value and got.low is None
    if figure.approximation == "range":
        assert (got.low, got.high) == (figure.value, figure.upper)


@given(st.lists(figures(), max_size=5), st.lists(figures("injured"), max_size=3))
def test_a_total_adds_the_parts_and_ignores_other_measures(
    killed: list[Figure], injured: list[Figure]
) -> None:
    got = total([*killed, *injured], "killed")
    if not killed:
        assert got is None
        return
    assert got is not None
    parts = [estimate(f) for f in killed]
    if all(p.best is not None for p in parts):
        assert got.best == sum(p.best for p in parts if p.best is not None)
    else:
        assert got.best is None
    if all(p.low is not None for p in parts):
        assert got.low == sum(p.low for p in parts if p.low is not None)


def test_bundled_casualties_follow_the_article() -> None:
    data = dataset().entities
    tashkent = data["event:2004-tashkent-bombings"]
    assert isinstance(tashkent, Event) and tashkent.fatalities is not None
    assert (tashkent.fatalities.low, tashkent.fatalities.best) == (47, 47)  # breakdowns not added
    spring = data["event:2004-uzbekistan-bombings"]
    assert isinstance(spring, Event) and spring.fatalities is not None
    assert (spring.fatalities.low, spring.fatalities.best) == (51, None)  # "more than 50"


EVIDENCE = (Evidence(section="Terrorism in Kazakhstan", quote="the threat"),)
certainties = st.sampled_from(get_args(Certainty))


@given(
    role=st.sampled_from(["perpetrator", "suspect", "speaker", "target"]),
    certainty=certainties,
    self_asserted=st.booleans(),
)
def test_responsibility_follows_role_and_certainty(
    role: str, certainty: str, self_asserted: bool
) -> None:
    ref = "org:alpha"
    participant = Participant.model_validate(
        {
            "ref": ref,
            "role": role,
            "certainty": certainty,
            "asserted_by": [ref] if self_asserted else ["org:beta"],
        }
    )
    got = responsibility_of(participant)
    if role not in ("perpetrator", "suspect"):
        assert got is None
    elif role == "perpetrator" and certainty in ("stated", "convicted"):
        assert got == "established"
    elif certainty == "claimed" and self_asserted:
        assert got == "claimed"
    else:
        assert got == "alleged"


@given(
    st.lists(
        st.tuples(st.sampled_from(["perpetrator", "suspect"]), certainties, st.booleans()),
        max_size=4,
    )
)
def test_an_events_responsibility_is_the_strongest_of_its_participants(
    parts: list[tuple[str, str, bool]],
) -> None:
    participants = [
        {
            "ref": f"org:g{i}",
            "role": role,
            "certainty": cert,
            "asserted_by": [f"org:g{i}"] if mine else [],
        }
        for i, (role, cert, mine) in enumerate(parts)
    ]
    event = Event.model_validate(
        {
            "id": "event:x",
            "name": "x",
            "summary": "A test event for responsibility.",
            "evidence": EVIDENCE,
            "event_type": "attack",
            "participants": participants,
        }
    )
    found = [responsibility_of(p) for p in event.participants]
    rank = ["established", "claimed", "alleged"]
    expected = min((rank.index(r) for r in found if r), default=None)
    assert event.responsibility == (rank[expected] if expected is not None else None)


def test_bundled_responsibility_follows_the_article() -> None:
    expected = {
        "event:2004-tashkent-bombings": "claimed",  # the IMU and Islamic Jihad claimed it
        "event:2004-uzbekistan-bombings": "alleged",  # the Uzbek government blamed HuT
        "event:2011-05-17-aktobe-suicide-bombing": "established",  # Makhatov blew himself up
    }
    for event_id, standing in expected.items():
        event = dataset().entities[event_id]
        assert isinstance(event, Event) and event.responsibility == standing


def test_derived_fields_are_never_serialized() -> None:
    event = dataset().entities["event:2004-tashkent-bombings"]
    dumped = event.model_dump()
    for name in ("date_precision", "fatalities", "injuries", "responsibility"):
        assert name not in dumped
