"""Human wording: every date of the data in words, every machine word with a label."""

from __future__ import annotations

import datetime as dt
import re
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from kzref import display, store
from kzref.display import (
    FIELD_LABELS,
    RELATION_LABELS,
    edtf_phrase,
    human_date,
    kind_label,
    label,
    link_label,
    open_end,
    relation_label,
)
from kzref.links import links
from kzref.model import dates, entities, evidence, figures, records, vocabulary
from kzref.model.dates import FuzzyDate
from kzref.model.ids import KINDS

MACHINE = re.compile(r"[a-z]_[a-z]|[a-z]\.[a-z]|\d{4}-\d{2}|\.\.|/|\d{2,3}X")
"""What must never reach a reader: field paths, ISO/EDTF dates, open-interval marks."""


def _date(edtf: str, qualifier: str | None = None) -> FuzzyDate:
    return FuzzyDate(edtf=edtf, text="as the article says", qualifier=qualifier)  # type: ignore[arg-type]  # qualifier is a Literal; the strategies only give valid ones


@pytest.mark.parametrize(
    ("edtf", "qualifier", "words"),
    [
        ("2004-21", None, "spring 2004"),
        ("2004-21/2004-22", None, "spring–summer 2004"),
        ("199X", None, "1990s"),
        ("19XX", None, "1900s"),
        ("2002", "mid", "mid-2002"),
        ("2006-08", "early", "early August 2006"),
        ("2001-09-11/..", None, "after 11 September 2001"),
        ("../2004-05", None, "until May 2004"),
        ("2006-08-24/2006-08-26", None, "24–26 August 2006"),
        ("2004-03-28/2004-04-01", None, "28 March – 1 April 2004"),
        ("2002-09-30/2003-01", None, "30 September 2002 – January 2003"),
        ("2001/2003", None, "2001–2003"),
        ("2004-07-30?", None, "30 July 2004 (uncertain)"),
        ("2004~", None, "about 2004"),
        ("[2005-05-12,2005-05-13]", None, "12 or 13 May 2005"),
        ("{2005-05-12,2005-05-13,2005-05-14}", None, "12, 13 and 14 May 2005"),
        ("[2004,2006]", None, "2004 or 2006"),
    ],
)
def test_dates_in_words(edtf: str, qualifier: str | None, words: str) -> None:
    assert human_date(_date(edtf, qualifier)) == words


def test_undated() -> None:
    assert human_date(None) == "undated"
    assert human_date(None, undated="date unknown") == "date unknown"


def test_every_date_of_the_data_in_words() -> None:
    data = store.dataset()
    seen = 0
    for entity in data.entities.values():
        date = getattr(entity, "date", None)
        if isinstance(date, FuzzyDate):
            words = human_date(date)
            assert not MACHINE.search(words), (entity.id, words)
            assert str(known_year(date)) in words or "0s" in words, (entity.id, words)
            seen += 1
    for relation in data.relations:
        if relation.date is not None:
            assert not MACHINE.search(human_date(relation.date))
    assert seen > 50


def known_year(date: FuzzyDate) -> int:
    return date.lower.year if date.lower != dt.date.min else date.upper.year


# ------------------------------------------------------------------ property tests

years = st.integers(1900, 2030).map(str)
months = st.integers(1, 12).map(lambda m: f"{m:02d}")
seasons = st.integers(21, 24).map(str)
marks = st.sampled_from(["", "", "", "?", "~", "%"])


@st.composite
def single(draw: st.DrawFn) -> str:
    year = draw(years)
    shape = draw(st.sampled_from(["year", "month", "season", "day", "decade"]))
    if shape == "decade":
        return year[:3] + "X"
    if shape == "year":
        text = year
    elif shape == "season":
        text = f"{year}-{draw(seasons)}"
    else:
        month = draw(months)
        text = f"{year}-{month}"
        if shape == "day":
            text += f"-{draw(st.integers(1, 28)):02d}"
    return text + draw(marks)


@st.composite
def any_edtf(draw: st.DrawFn) -> str:
    form = draw(st.sampled_from(["single", "interval", "after", "until", "set"]))
    first = draw(single())
    if form == "single":
        return first
    if form == "after":
        return f"{first}/.."
    if form == "until":
        return f"../{first}"
    second = draw(single())
    if form == "set":
        opening, closing = draw(st.sampled_from([("[", "]"), ("{", "}")]))
        return f"{opening}{first},{second}{closing}"
    low, high = sorted([first, second], key=lambda t: dates.parse_bounds(t)[0])
    if dates.parse_bounds(low)[0] > dates.parse_bounds(high)[1]:
        low, high = high, low
    return f"{low}/{high}"


def _parses(edtf: str) -> bool:
    try:
        dates.parse_bounds(edtf)
    except ValueError:
        return False
    return True


@given(any_edtf().filter(_parses), st.sampled_from([None, "early", "mid", "late"]))
def test_any_date_reads_as_words(edtf: str, qualifier: str | None) -> None:
    date = _date(edtf, qualifier)
    words = human_date(date)
    assert words
    assert not MACHINE.search(words), words
    for year in re.findall(r"\b(\d{4})\b", edtf):
        assert year in words or f"{year[:3]}0s" in words, (edtf, words)
    if open_end(date) == "after":
        assert words.startswith("after ")
    if open_end(date) == "until":
        assert words.startswith("until ")
    for month in re.findall(r"\d{4}-(\d{2})", edtf):
        number = int(month)
        expected = display.MONTHS[number - 1] if number <= 12 else display.SEASONS[number]
        assert expected in words, (edtf, words)


@given(any_edtf().filter(_parses))
def test_edtf_phrase_is_a_function_of_the_string(edtf: str) -> None:
    assert edtf_phrase(edtf) == edtf_phrase(edtf)
    assert edtf_phrase(edtf) == human_date(_date(edtf))


# ------------------------------------------------------------------ labels


def _models() -> list[type[BaseModel]]:
    return [
        *entities.MODEL_BY_KIND.values(),
        entities.Participant,
        evidence.Evidence,
        evidence.Quote,
        evidence.Note,
        evidence.Claim,
        figures.Figure,
        records.Relation,
        records.Designation,
        dates.FuzzyDate,
    ]


@pytest.mark.parametrize("model", _models(), ids=lambda m: m.__name__)
def test_every_model_field_has_a_label(model: type[BaseModel]) -> None:
    for field in model.model_fields:
        assert field in FIELD_LABELS, f"{model.__name__}.{field} has no label"
        assert not MACHINE.search(FIELD_LABELS[field])


def _vocabulary_words() -> list[str]:
    return sorted(display.vocabulary_words())  # every closed vocabulary, as display knows it


@pytest.mark.parametrize("word", _vocabulary_words())
def test_every_vocabulary_word_reads_as_english(word: str) -> None:
    words = label(word)
    assert words
    assert "-" not in words or words in {"data-quality notes"}, words
    assert not MACHINE.search(words)


@pytest.mark.parametrize("predicate", typing.get_args(vocabulary.RelationType))
def test_every_relation_reads_from_both_ends(predicate: str) -> None:
    assert predicate in RELATION_LABELS
    for inverse in (False, True):
        words = relation_label(predicate, inverse=inverse)
        assert words and "-" not in words


def test_every_link_of_the_data_has_a_human_label() -> None:
    index = links(store.dataset())
    count = 0
    for owned in index.values():
        for link in owned:
            words = link_label(link)
            assert words, link
            assert not MACHINE.search(words), (link, words)
            count += 1
    assert count > 1000


def test_labels_of_reference_paths_named_in_the_issue() -> None:
    assert label("participants.ref") == "participant"
    assert label("quotes.speaker") == "quoted"
    assert label("located_in") == "located in"
    assert label("operates-in") == "operates in"
    assert label("ties-with.asserted_by") == "asserted by: ties with"
    assert label("ngo") == "NGO"


@given(st.from_regex(r"[a-z]+([-_.][a-z]+){0,3}", fullmatch=True))
def test_unknown_words_never_look_like_code(word: str) -> None:
    assert not re.search(r"[-_.]", label(word).replace("data-quality", ""))


@pytest.mark.parametrize("kind", KINDS)
def test_kinds(kind: str) -> None:
    singular, plural = kind_label(kind), kind_label(kind, plural=True)
    assert ":" not in singular
    assert singular != "org"
    assert plural in {f"{singular}s", "people"}
    assert display.count_label(kind, 1) == f"1 {singular}"
    assert display.count_label(kind, 3) == f"3 {plural}"
