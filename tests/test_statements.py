"""The statements table: every fact anchored at its exact words in the shipped article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzref import source, store
from kzref.errors import DataError
from kzref.formats.release import release
from kzref.model.entities import EntityBase, Organization
from kzref.model.evidence import Evidence
from kzref.statements import COLUMNS, PROPERTIES, Statement, build, statements
from kzref.store import Dataset
from kzref.validate import walk

MINI = Path(__file__).parent / "data" / "mini"


@pytest.fixture(scope="module")
def rows() -> list[Statement]:
    return statements()


def test_every_row_quotes_the_article_at_its_offsets(rows: list[Statement]) -> None:
    article = source.read_text()
    spans = source.section_spans(article)
    assert len(rows) > 3000
    for row in rows:
        assert article[row.start : row.end] == row.quote, row
        start, end = spans[row.section]
        assert start <= row.start <= row.end <= end, row  # inside its own section
        assert row.property in PROPERTIES


def test_every_record_contributes_rows(rows: list[Statement]) -> None:
    data = store.dataset()
    assert {row.entity_id for row in rows} == set(data.entities)
    relation_rows = [row for row in rows if row.property == "relation"]
    assert len(relation_rows) == sum(len(r.evidence) for r in data.relations)
    designation_rows = [row for row in rows if row.property == "designation"]
    assert len(designation_rows) == sum(len(d.evidence) for d in data.designations)
    for entity in data.entities.values():
        names = [row.value for row in rows if row.entity_id == entity.id and row.property == "name"]
        assert names == [entity.name]


def test_every_evidence_excerpt_of_the_dataset_appears(rows: list[Statement]) -> None:
    quoted = {(row.section, row.quote) for row in rows}
    excerpts = {
        (value.section, value.quote)
        for _file, _label, record in store.dataset().records()
        for _path, value in walk(record)
        if isinstance(value, Evidence)
    }
    assert len(excerpts) > 800  # distinct (section, excerpt) pairs of 1,490 excerpts
    assert excerpts <= quoted


def test_claims_keep_who_makes_them(rows: list[Statement]) -> None:
    data = store.dataset()
    expected = {
        (r.subject, r.predicate, r.object, r.certainty, r.asserted_by, r.disputed_by)
        for r in data.relations
    }
    found = {
        (row.entity_id, row.value, row.other_id, row.certainty, row.asserted_by, row.disputed_by)
        for row in rows
        if row.property == "relation"
    }
    assert found == expected
    assert any(certainty != "stated" and asserted for *_, certainty, asserted, _ in found)


def test_the_table_is_reproducible(rows: list[Statement]) -> None:
    again = statements()
    assert again == rows
    assert [row.statement_id for row in rows] == list(range(1, len(rows) + 1))
    assert len(rows[0].row()) == len(COLUMNS)


def test_a_test_folder_has_its_own_statements() -> None:
    mini = statements(data=MINI)
    assert {row.entity_id for row in mini} == set(store.load(MINI).entities)


def test_an_excerpt_not_in_its_section_names_the_record(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    path = folder / "records" / "mini.json"
    text = path.read_text(encoding="utf-8")
    # the first excerpt of the file, made unfindable
    marker = '"quote": "'
    at = text.index(marker) + len(marker)
    path.write_text(text[:at] + "zzz " + text[at:], encoding="utf-8")
    with pytest.raises(DataError, match="not verbatim in section"):
        statements(data=folder)


ARTICLE = source.read_text()
SPANS = source.section_spans(ARTICLE)
SECTIONS = [path for path, (start, end) in SPANS.items() if end - start > 40]


@st.composite
def excerpts(draw: st.DrawFn) -> Evidence:
    """A verbatim excerpt of a section, often one that occurs there more than once."""
    section = draw(st.sampled_from(SECTIONS))
    start, end = SPANS[section]
    longest = min(120, end - start)
    length = draw(st.integers(3, 8)) if draw(st.booleans()) else draw(st.integers(3, longest))
    at = draw(st.integers(start, end - length))
    return Evidence(section=section, quote=ARTICLE[at : at + length])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(excerpts(), min_size=1, max_size=4), min_size=1, max_size=5))
def test_any_verbatim_excerpts_land_on_their_first_occurrence(
    evidence: list[list[Evidence]],
) -> None:
    entities: dict[str, EntityBase] = {}
    for index, items in enumerate(evidence):
        org = Organization(
            id=f"org:x{index}",
            name=f"X {index}",
            summary="A made-up organization for a test.",
            org_type="ngo",
            evidence=tuple(items),
        )
        entities[org.id] = org
    data = Dataset(entities, (), (), {}, tuple(entities), {})
    rows = build(release(data))
    for row in rows:
        assert ARTICLE[row.start : row.end] == row.quote
        start, end = SPANS[row.section]
        assert row.start == ARTICLE.index(row.quote, start, end)  # the first in its section
    wanted = {(e.section, e.quote) for items in evidence for e in items}
    assert wanted <= {(row.section, row.quote) for row in rows if row.property == "evidence"}
