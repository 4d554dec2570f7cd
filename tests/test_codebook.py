"""The codebook page is generated from the models, vocabularies and data, and kept current."""

from __future__ import annotations

import json
from importlib import resources
from typing import get_args

import pytest

from kzref import codebook
from kzref.maintain.codebook import repo_root
from kzref.model.vocabulary import EVENT_TYPES, ORGANIZATION_TYPES
from kzref.store import dataset

PAGE = repo_root() / codebook.PAGE
TEXT = codebook.render()


def test_the_committed_page_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == TEXT, f"stale codebook: run `{codebook.COMMAND}`"


@pytest.mark.parametrize("model", codebook.MODELS, ids=lambda m: m.__name__)
def test_every_field_of_every_model_is_described(model: type) -> None:
    section = TEXT.split(f"## {model.__name__}\n", 1)[1].split("\n## ", 1)[0]
    for name in model.model_fields:  # type: ignore[attr-defined]
        row = next(line for line in section.splitlines() if line.startswith(f"| `{name}` |"))
        assert not row.endswith("|  |"), f"{model.__name__}.{name} has no meaning"


def test_every_defined_value_is_listed_with_its_count() -> None:
    data = dataset()
    for value, term in EVENT_TYPES.items():
        used = sum(1 for e in data.entities.values() if getattr(e, "event_type", None) == value)
        assert f"| `{value}` | {term.meaning}" in TEXT
        assert f"| {used} |" in next(
            line for line in TEXT.splitlines() if line.startswith(f"| `{value}` | {term.meaning}")
        )
    for value in ORGANIZATION_TYPES:
        assert f"| `{value}` |" in TEXT


def test_derived_fields_are_marked_as_derived() -> None:
    for fields in codebook.DERIVED.values():
        for name, _type, _how in fields:
            assert f"| `{name}` |" in TEXT
    assert TEXT.count("**Derived**, never authored") == sum(
        len(f) for f in codebook.DERIVED.values()
    )


def test_undated_and_other_records_are_listed_with_their_reasons() -> None:
    for record_id in (*codebook.undated_reasons(), *codebook.unclassified_reasons()):
        assert f"| `{record_id}` |" in TEXT


def test_every_vocabulary_value_in_the_page_is_one_the_model_allows() -> None:
    for name, alias in codebook.ALIASES.items():
        for value in get_args(alias):
            assert f"`{value}`" in TEXT, f"{name}: {value}"


def test_the_reason_files_are_sorted_json() -> None:
    for name in (codebook.UNDATED, codebook.UNCLASSIFIED):
        text = (resources.files("kzref") / "data" / name).read_text(encoding="utf-8")
        data = json.loads(text)
        assert list(data) == sorted(data)
        assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
