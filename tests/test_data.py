"""The bundled dataset, checked record by record against the models and the source."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from pydantic import BaseModel

import kzref
from kzref import codegen, coverage, source
from kzref.metadata import content_hash, dataset_version_record
from kzref.model.evidence import Evidence, Quote
from kzref.model.ids import ID_RE, KINDS
from kzref.store import build, bundled_root, dataset
from kzref.validate import (
    check_dates,
    check_evidence,
    check_ledger,
    check_names,
    check_references,
    walk,
)

DATA = dataset()
RECORDS = list(DATA.records())
LABELS = [label for _file, label, _record in RECORDS]


def test_bundled_data_loads_without_problems() -> None:
    checked, problems = build(bundled_root())
    assert problems == []
    # the trusted path (validation from bytes, no Python-side checks) reads the same
    assert checked == DATA
    assert [e.model_dump() for e in DATA.entities.values()] == [
        e.model_dump() for e in checked.entities.values()
    ]


def test_a_bad_trusted_file_still_gets_located_problems(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "records").mkdir(parents=True)
    (folder / "records" / "bad.json").write_text('{"entities": [{"id": 3}]}', encoding="utf-8")
    _dataset, problems = build(folder, trusted=True)
    assert problems and all(p.file == "records/bad.json" for p in problems)


def test_every_kind_is_present() -> None:
    assert {e.kind for e in DATA.entities.values()} == set(KINDS)


@pytest.mark.parametrize("entity_id", list(DATA.entities))
def test_id_is_permanent_form(entity_id: str) -> None:
    assert ID_RE.match(entity_id)
    assert entity_id in DATA.ledger


def test_ids_references_and_ledger() -> None:
    assert [str(p) for p in check_references(DATA)] == []
    assert [str(p) for p in check_ledger(DATA)] == []


def test_no_two_entities_of_a_kind_share_a_name() -> None:
    assert [str(p) for p in check_names(DATA)] == []


def test_every_date_is_valid_edtf() -> None:
    assert [str(p) for p in check_dates(DATA)] == []


@pytest.mark.parametrize(("file", "label", "record"), RECORDS, ids=LABELS)
def test_evidence_is_verbatim_in_its_section(
    file: str, label: str, record: BaseModel, sections: dict[str, source.Section]
) -> None:
    excerpts = [
        (field, value.section, value.quote if isinstance(value, Evidence) else value.text)
        for field, value in walk(record)
        if isinstance(value, Evidence | Quote)
    ]
    assert excerpts, f"{label} carries no evidence"
    for field, section, text in excerpts:
        assert section in sections, f"{file}: {label}: {field}: unknown section {section!r}"
        assert text in sections[section].body, f"{file}: {label}: {field}: {text!r}"


def test_dates_and_figures_keep_the_source_wording(sections: dict[str, source.Section]) -> None:
    problems = [str(p) for p in check_evidence(DATA, sections)]
    assert problems == []


def test_coverage_of_the_source(sections: dict[str, source.Section]) -> None:
    total = coverage.all_sentences(sections)
    missing = coverage.uncovered(DATA, sections)
    assert (len(total) - len(missing)) / len(total) >= 0.95
    explained = {(e["section"], e["sentence"]) for e in coverage.explained()}
    unexplained = [(s.section, s.text) for s in missing if (s.section, s.text) not in explained]
    assert unexplained == [], "uncovered sentences need a reason in kzref/data/uncovered.json"
    assert all(e["reason"].strip() for e in coverage.explained())


@pytest.mark.parametrize("kind", KINDS)
def test_constants_never_drift_from_the_records(kind: str) -> None:
    module, _model, _title = codegen.MODULES[kind]  # type: ignore[index]
    committed = (resources.files("kzref") / f"{module}.py").read_text(encoding="utf-8")
    assert committed == codegen.render(kind, DATA), "run: python -m kzref.codegen"  # type: ignore[arg-type]


def test_dataset_version_records_the_content_hash() -> None:
    record = dataset_version_record()
    assert record["sha256"] == content_hash(bundled_root()), "run: python -m kzref.ledger"
    assert record["version"] == kzref.DATASET_VERSION


def test_uncovered_file_is_sorted_json() -> None:
    path = resources.files("kzref") / "data" / coverage.UNCOVERED
    entries = json.loads(path.read_text(encoding="utf-8"))
    assert all(set(e) == {"section", "sentence", "reason"} for e in entries)


OWN_WORDS_FIELDS = re.compile(r"(^|\.)(summary|description|commitments\[\d+\]|notes\[\d+\]\.text)$")
COPIED_RUN = 9
"""Words in a row that our own prose may not share with the article (names are shorter)."""


def test_summaries_and_notes_are_in_our_own_words(sections: dict[str, source.Section]) -> None:
    words = re.findall(r"\w+", " ".join(s.body for s in sections.values()).casefold())
    runs = {tuple(words[i : i + COPIED_RUN]) for i in range(len(words) - COPIED_RUN + 1)}
    copied = []
    for _file, label, record in RECORDS:
        for field, value in walk(record):
            if isinstance(value, str) and OWN_WORDS_FIELDS.search(field):
                ours = re.findall(r"\w+", value.casefold())
                for i in range(len(ours) - COPIED_RUN + 1):
                    if tuple(ours[i : i + COPIED_RUN]) in runs:
                        copied.append(f"{label}: {field}: {' '.join(ours[i : i + COPIED_RUN])}")
                        break
    assert copied == []


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).parent.parent / "kzref" / "data" / "records").glob("*.json")),
    ids=lambda p: p.name,
)
def test_record_files_are_canonical_json(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


CHARACTERIZING = (
    "islamist",
    "militant",
    "militants",
    "jihadist",
    "capital",
    "american",
    "federal",
    "umbrella",
    "alliance",
    "broadcaster",
    "newspaper",
    "crackdown",
    "regime",
    "funded",
)
"""Words that characterize, which past reviews found in our prose without the article's
support ("capital city", "US-funded", "American", "Islamist militants", "crackdown")."""


def test_characterizing_words_appear_only_where_the_records_evidence_uses_them() -> None:
    """Our prose may call something Islamist, militant, a capital … only with the words."""
    found = []
    for _file, label, record in RECORDS:
        quoted = " ".join(
            value.quote if isinstance(value, Evidence) else value.text
            for _field, value in walk(record)
            if isinstance(value, Evidence | Quote)
        ).casefold()
        prose = " ".join(
            value
            for field, value in walk(record)
            if isinstance(value, str) and OWN_WORDS_FIELDS.search(field)
        ).casefold()
        for word in CHARACTERIZING:
            if re.search(rf"\b{word}\b", prose) and not re.search(rf"\b{word}", quoted):
                found.append(f"{label}: {word}")
    assert found == []
