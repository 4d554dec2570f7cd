"""The evidence map as a library: every excerpt in its place, runs, anchors, coverage."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzref import coverage, evidence_map, source, statements, store
from kzref.evidence_map import EvidenceMap, Excerpt, record_of
from kzref.statements import Statement

if TYPE_CHECKING:
    from kzref.formats.release import Release


@pytest.fixture(scope="module")
def the_map() -> EvidenceMap:
    return evidence_map.evidence_map()


@pytest.fixture(scope="module")
def article() -> str:
    return source.read_text()


STATEMENTS = statements.statements()


def _runs_of(the_map: EvidenceMap) -> Iterator[evidence_map.Run]:
    for section in the_map.sections:
        for paragraph in section.paragraphs:
            yield from paragraph.runs


@pytest.fixture(scope="module")
def highlighted(the_map: EvidenceMap) -> dict[int, str]:
    """Each excerpt's text as the map highlights it: the runs that carry it, joined."""
    found: dict[int, list[str]] = {}
    for run in _runs_of(the_map):
        for i in run.excerpts:
            found.setdefault(i, []).append(run.text)
    return {i: "".join(parts) for i, parts in found.items()}


@pytest.mark.parametrize("row", STATEMENTS, ids=lambda r: f"{r.statement_id}-{r.property}")
def test_every_statement_lands_on_exactly_its_text(
    row: Statement, the_map: EvidenceMap, article: str, highlighted: dict[int, str]
) -> None:
    assert article[row.start : row.end] == row.quote
    index = {(e.start, e.end): i for i, e in enumerate(the_map.excerpts)}[(row.start, row.end)]
    excerpt = the_map.excerpts[index]
    assert excerpt.quote == row.quote
    # the highlight is the quote, line breaks aside (runs stay inside paragraphs)
    assert highlighted[index] == row.quote.replace("\n", "")
    [citation] = [c for c in excerpt.citations if c.record == record_of(row)]
    assert row.property in citation.properties
    assert citation.anchor == evidence_map.anchor(citation.record, row.start, row.end)


def test_runs_cover_the_article_exactly_and_list_every_excerpt_over_them(
    the_map: EvidenceMap, article: str
) -> None:
    _check_runs(the_map, article)


def _check_runs(the_map: EvidenceMap, article: str) -> None:
    """Runs tile each paragraph; a run lists exactly the excerpts over each of its characters."""
    covering: list[set[int]] = [set() for _ in article]
    for i, e in enumerate(the_map.excerpts):
        for offset in range(e.start, e.end):
            covering[offset].add(i)
    for section in the_map.sections:
        cited = 0
        for paragraph in section.paragraphs:
            assert paragraph.text == article[paragraph.start : paragraph.end]
            assert "\n" not in paragraph.text
            position = paragraph.start
            opened: list[int] = []
            closed: list[int] = []
            for run in paragraph.runs:
                assert run.start == position < run.end
                assert run.text == article[run.start : run.end]
                for offset in range(run.start, run.end):
                    assert covering[offset] == set(run.excerpts)
                opened += run.opens
                closed += run.closes
                cited += (run.end - run.start) if run.excerpts else 0
                position = run.end
            assert position == paragraph.end
            inside = {
                i for offset in range(paragraph.start, paragraph.end) for i in covering[offset]
            }
            assert (
                sorted(opened) == sorted(closed) == sorted(inside)
            )  # once each, in each paragraph
        assert cited == section.cited
        assert section.characters == sum(p.end - p.start for p in section.paragraphs)


def test_overlapping_excerpts_of_different_records_are_both_kept(the_map: EvidenceMap) -> None:
    crossing = [
        (a, b)
        for a, b in zip(the_map.excerpts, the_map.excerpts[1:], strict=False)
        if a.start < b.start < a.end
    ]
    assert crossing, "the bundled article has overlapping excerpts"
    for run in _runs_of(the_map):
        records = [{c.record for c in the_map.excerpts[i].citations} for i in run.excerpts]
        if len(records) > 1:
            break
    else:
        pytest.fail("no run lists the records of two excerpts")


def _spans_in(text: str) -> st.SearchStrategy[list[tuple[int, int]]]:
    pairs = st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))
    return st.lists(
        pairs.map(lambda p: (min(p), max(p))).filter(lambda p: p[0] < p[1]), max_size=12
    )


@st.composite
def _articles(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    words = st.sampled_from(["Alpha", "beta.", "Gamma", "delta", "\n", "\n\n", "Eps."])
    body = "".join(draw(st.lists(words, min_size=1, max_size=40)))
    text = f"= T =\n\n{body}"
    spans = draw(_spans_in(body))
    start = len("= T =\n\n")
    return text, [(start + a, start + b) for a, b in spans]


@given(_articles(), st.integers(1, 3))
@settings(max_examples=150, deadline=None)
def test_any_excerpts_over_any_text_give_runs_that_list_them_all(
    drawn: tuple[str, list[tuple[int, int]]], records: int
) -> None:
    text, spans = drawn
    rows = [
        Statement(
            n,
            f"org:r{n % records}",
            "evidence",
            "x",
            None,
            None,
            None,
            None,
            (),
            (),
            source.TITLE,
            text[a:b],
            a,
            b,
        )
        for n, (a, b) in enumerate(spans)
    ]
    release = SimpleNamespace(
        article=text,
        spans=source.section_spans(text),
        source=SimpleNamespace(title="T", sha256=""),
    )
    the_map = evidence_map.build(cast("Release", release), rows, {})
    assert {(e.start, e.end) for e in the_map.excerpts} == set(spans)
    _check_runs(the_map, text)
    for excerpt in the_map.excerpts:
        expected = {
            f"org:r{n % records}"
            for n, span in enumerate(spans)
            if span == (excerpt.start, excerpt.end)
        }
        assert {c.record for c in excerpt.citations} == expected


def test_anchors_are_made_of_record_and_offsets_only(the_map: EvidenceMap) -> None:
    anchors = [c.anchor for e in the_map.excerpts for c in e.citations]
    assert len(anchors) == len(set(anchors))
    assert all(re.fullmatch(r"ev-[a-z0-9-]+-\d+-\d+", a) for a in anchors)
    assert evidence_map.evidence_map() == the_map  # a second build: the same map
    # an edit elsewhere in the data (here: one record fewer) moves no other anchor
    data = store.dataset()
    gone = "org:hizb-ut-tahrir"
    fewer = dataclasses.replace(
        data,
        entities={i: e for i, e in data.entities.items() if i != gone},
        relations=tuple(r for r in data.relations if gone not in (r.subject, r.object)),
        designations=tuple(d for d in data.designations if d.subject != gone),
    )
    after = {c.anchor for e in evidence_map.evidence_map(fewer).excerpts for c in e.citations}
    kept = {a for a in anchors if "hizb-ut-tahrir" not in a}
    assert kept <= after


def test_every_entity_excerpt_has_a_target_at_its_offsets(the_map: EvidenceMap) -> None:
    targets = the_map.targets()
    by_anchor = {c.anchor: e for e in the_map.excerpts for c in e.citations}
    for entity in store.dataset().entities.values():
        for item in entity.evidence:
            excerpt: Excerpt = by_anchor[
                targets[evidence_map.target(entity.id, item.section, item.quote)]
            ]
            assert (excerpt.section, excerpt.quote) == (item.section, item.quote)


def test_uncited_sentences_are_those_no_excerpt_touches_with_their_reasons(
    the_map: EvidenceMap, article: str
) -> None:
    reasons = {(e["section"], e["sentence"]): e["reason"] for e in coverage.explained()}
    spans = [(e.start, e.end) for e in the_map.excerpts]
    for section in the_map.sections:
        start = section.start
        body = {
            section.path: source.Section(
                section.path, section.level, 0, article[start : section.end]
            )
        }
        expected = [
            (start + s.start, s.text)
            for s in coverage.all_sentences(body)
            if not any(a < start + s.end and start + s.start < b for a, b in spans)
        ]
        assert [(u.start, u.text) for u in section.uncited] == expected
        for sentence in section.uncited:
            assert sentence.reason == reasons[(section.path, sentence.text)]
    listed = {u.text for s in the_map.sections for u in s.uncited}
    assert listed == {sentence for _section, sentence in reasons}


def test_a_folder_without_reasons_gives_none(tmp_path: Path) -> None:
    assert evidence_map.reasons(tmp_path) == {}
    assert evidence_map.reasons(None) == {
        (e["section"], e["sentence"]): e["reason"] for e in coverage.explained()
    }


def test_coverage_per_section_adds_up(the_map: EvidenceMap) -> None:
    assert the_map.cited == sum(s.cited for s in the_map.sections) <= the_map.characters
    for section in the_map.sections:
        assert 0.0 <= section.share <= 1.0
        records = {
            c.record
            for e in the_map.excerpts
            if section.start <= e.start < section.end
            for c in e.citations
        }
        assert set(section.records) == records
