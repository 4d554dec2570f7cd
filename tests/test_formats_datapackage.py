"""The Frictionless Data Package: valid for `frictionless`, keys that hold, lossless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kzref
from kzref import source, store
from kzref.exports import read
from kzref.formats.tables import TABLES

frictionless = pytest.importorskip("frictionless")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    kzref.export("datapackage", folder, force=True)
    return folder


def _errors(report: object) -> list[tuple[str, str]]:
    return [(error.type, error.note) for task in report.tasks for error in task.errors]  # type: ignore[attr-defined]  # frictionless has no stubs


def test_the_package_passes_frictionless_validation(package: Path) -> None:
    report = frictionless.validate(str(package / "datapackage.json"))
    assert _errors(report) == []
    assert report.valid
    assert len(report.tasks) == len(TABLES)
    assert all(task.stats["rows"] > 0 for task in report.tasks)


def test_a_dangling_foreign_key_is_caught(package: Path, tmp_path: Path) -> None:
    """The validation above is not vacuous: frictionless does check the declared keys."""
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(package, broken)
    path = broken / "aliases.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = "org:no-such-thing" + lines[1][lines[1].index(",") :]
    path.write_text("".join(lines), encoding="utf-8")
    descriptor = json.loads((broken / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        del resource["hash"], resource["bytes"]  # so that only the key is wrong
    (broken / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    errors = _errors(frictionless.validate(str(broken / "datapackage.json")))
    assert [kind for kind, _ in errors] == ["foreign-key"]
    assert "org:no-such-thing" in errors[0][1]


def test_the_descriptor_says_what_the_data_is(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["version"] == kzref.DATASET_VERSION
    assert [lic["name"] for lic in descriptor["licenses"]] == ["CC-BY-SA-4.0", "MIT"]
    assert kzref.SOURCE.sha256 in descriptor["sources"][0]["path"]
    assert descriptor["sources"][0]["title"] == kzref.SOURCE.title
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == {table.name for table in TABLES}
    for name in ("organizations", "persons", "places", "events", "agreements", "documents"):
        assert name in resources
    for table in TABLES:
        schema = resources[table.name]["schema"]
        assert schema["primaryKey"] == list(table.primary_key)
        declared = {
            (fk["fields"][0], fk["reference"].get("resource", table.name))
            for fk in schema.get("foreignKeys", [])
        }
        expected = {(c.name, c.references.partition(".")[0]) for c in table.columns if c.references}
        assert declared == expected
    types = {f["name"]: f["type"] for f in resources["events"]["schema"]["fields"]}
    assert types["date_earliest"] == "date" and types["asserted_by"] == "array"
    assert {f["name"]: f["type"] for f in resources["statements"]["schema"]["fields"]}[
        "start"
    ] == "integer"


def test_the_package_reads_back_losslessly(package: Path) -> None:
    loaded = read(package)
    data = store.dataset()
    assert list(loaded.entities) == list(data.entities.values())
    assert tuple(loaded.relations) == data.relations
    assert tuple(loaded.designations) == data.designations


def test_the_statements_table_is_the_statements_module(package: Path) -> None:
    import csv

    from kzref.statements import COLUMNS, statements

    with (package / "statements.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = statements()
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(expected)
    article = source.read_text()
    for row in rows:
        assert article[int(row["start"]) : int(row["end"])] == row["quote"]
