"""Property-based tests: whatever is fed to the loader or the exports, only kzref's own
error comes out, and every dataset that loads survives an export/import round trip.

Profiles: ``kzref`` (the default: few examples, no deadline, so the suite stays fast)
and ``kzref-thorough`` (``HYPOTHESIS_PROFILE=kzref-thorough pytest …``) for a long run.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kzref import exports, store
from kzref.errors import DataError
from kzref.model.records import RecordFile
from kzref.validate import problems

settings.register_profile(
    "kzref",
    max_examples=40,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the checkout
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("kzref-thorough", max_examples=2000, deadline=None, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "kzref"))

BASE = Path(__file__).parent / "fixtures" / "bad" / "base"
BASE_RECORDS = json.loads((BASE / "records" / "mini.json").read_text(encoding="utf-8"))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
"""Any JSON value."""

known_keys = st.sampled_from(
    [
        "entities",
        "relations",
        "designations",
        "kind",
        "id",
        "name",
        "aliases",
        "summary",
        "evidence",
        "date",
        "edtf",
        "figures",
        "value",
        "upper",
        "participants",
        "ref",
        "subject",
        "object",
        "located_in",
    ]
)


@contextmanager
def data_folder(**files: bytes) -> Iterator[Path]:
    """A copy of the valid base folder with *files* (``records_x_json`` → ``records/x.json``)."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        shutil.copytree(BASE, folder)
        for name, content in files.items():
            relative = name.replace("_json", ".json").replace("_txt", ".txt")
            path = folder / relative.replace("_", "/", 1)
            path.write_bytes(content)
        yield folder


def only_data_errors(folder: Path) -> list[str]:
    """Run every entry point of the loader; anything but a DataError fails the test."""
    _dataset, found = store.build(folder)
    reported = [str(p) for p in problems(folder, with_source=False)]
    try:
        store.load(folder)
    except DataError as error:
        assert error.problems == found
    else:
        assert found == []
    return reported


def mutate(document: Any, path: list[Any], value: Any) -> Any:
    """A copy of *document* with the value at *path* replaced (or added) by *value*."""
    if not path:
        return value
    head, *rest = path
    if isinstance(document, list) and document:
        index = head % len(document) if isinstance(head, int) else 0
        copy = list(document)
        copy[index] = mutate(copy[index], rest, value)
        return copy
    if isinstance(document, dict):
        keys = list(document)
        key = keys[head % len(keys)] if isinstance(head, int) and keys else str(head)
        return {**document, key: mutate(document.get(key), rest, value)}
    return value


@given(value=json_values)
def test_any_json_value_as_a_record_file(value: Any) -> None:
    text = json.dumps(value).encode()
    with data_folder(records_extra_json=text) as folder:
        only_data_errors(folder)


@given(value=st.dictionaries(known_keys, json_values, max_size=4))
def test_any_object_with_record_keys(value: dict[str, Any]) -> None:
    with data_folder(records_extra_json=json.dumps({"entities": [value]}).encode()) as folder:
        only_data_errors(folder)


@given(raw=st.binary(max_size=200))
def test_any_bytes_as_a_record_file(raw: bytes) -> None:
    with data_folder(records_extra_json=raw) as folder:
        assert only_data_errors(folder) or raw.strip() in (b"{}",)


@given(
    path=st.lists(st.integers(min_value=0, max_value=40) | known_keys, min_size=1, max_size=6),
    value=json_values,
)
def test_a_valid_file_with_one_value_changed(path: list[Any], value: Any) -> None:
    changed = mutate(BASE_RECORDS, path, value)
    with data_folder(records_mini_json=json.dumps(changed).encode()) as folder:
        only_data_errors(folder)


@given(ledger=st.binary(max_size=120), redirects=st.binary(max_size=120))
def test_any_ledger_and_redirects(ledger: bytes, redirects: bytes) -> None:
    with data_folder(ledger_txt=ledger, redirects_json=redirects) as folder:
        only_data_errors(folder)


@given(redirects=st.dictionaries(st.text(max_size=20), json_values, max_size=4))
def test_any_redirect_table(redirects: dict[str, Any]) -> None:
    with data_folder(redirects_json=json.dumps(redirects).encode()) as folder:
        only_data_errors(folder)


# --- round trips -----------------------------------------------------------------------

line_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=3, max_size=40
)
"""Text a record may hold: anything but control characters and line breaks."""


@st.composite
def edited_records(draw: st.DrawFn) -> dict[str, Any]:
    """The base records with arbitrary text in the free-text fields of one entity."""
    document: dict[str, Any] = json.loads(json.dumps(BASE_RECORDS))
    entity = draw(st.sampled_from(document["entities"]))
    entity["name"] = draw(line_text)
    entity["aliases"] = draw(st.lists(line_text, max_size=2))
    entity["summary"] = draw(line_text) + " and a summary"
    entity["evidence"][0]["quote"] = draw(line_text)
    entity["tags"] = draw(st.lists(st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True), max_size=2))
    return document


def _same(loaded: RecordFile, data: store.Dataset) -> None:
    assert list(loaded.entities) == list(data.entities.values())
    assert tuple(loaded.relations) == data.relations
    assert tuple(loaded.designations) == data.designations


@given(document=edited_records())
def test_every_dataset_that_loads_survives_every_round_trip(document: dict[str, Any]) -> None:
    with data_folder(records_mini_json=json.dumps(document).encode()) as folder:
        dataset, found = store.build(folder)
        assume(not found)  # a name that collides with another is refused, not round-tripped
        out = folder.parent
        for fmt, target in (("json", "x.json"), ("jsonl", "x.jsonl"), ("csv", "tables")):
            exports.export(fmt, out / target, dataset=dataset)
            _same(exports.read(out / target), dataset)
            first = exports.render(fmt, dataset=dataset, base_url="https://x.example/")
            assert exports.render(fmt, dataset=dataset, base_url="https://x.example/") == first


@given(text=st.text(max_size=60), suffix=st.sampled_from([".json", ".jsonl"]))
def test_reading_a_malformed_export_raises_only_data_error(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / f"export{suffix}"
        path.write_text(text, encoding="utf-8")
        with suppress(DataError):
            exports.read(path)
