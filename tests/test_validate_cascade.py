"""``kzref validate`` (and the build, which runs the same check) when one record is bad:
the rest of its file is still checked, and nothing cascades from it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from kzref.validate import problems

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"


def _folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    path = data / "records" / "mini.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    entities = document["entities"]
    [beta] = [e for e in entities if e["id"] == "org:beta-court"]
    beta["name"] = 42  # one unreadable record
    [raid] = [e for e in entities if e["id"] == "event:undated-raid"]
    raid["participants"][0]["ref"] = "org:nobody"  # a dangling reference
    entities.append(dict(next(e for e in entities if e["id"] == "place:testland")))  # a twin
    path.write_text(json.dumps(document), encoding="utf-8")
    return data


def test_one_bad_record_hides_nothing_and_floods_nothing(tmp_path: Path) -> None:
    found = [str(p) for p in problems(_folder(tmp_path), with_source=False)]
    assert any("org:beta-court, name" in p for p in found), found  # the record, once
    assert any("place:testland, id: duplicate id" in p for p in found), found
    assert any("participants[0].ref: reference to unknown id 'org:nobody'" in p for p in found)
    assert not any("no longer resolves" in p for p in found), found  # no flood
    assert any("org:beta-court: not checked" in p for p in found), found
    # references to the unreadable record are not reported as unknown
    assert not any("unknown id 'org:beta-court'" in p for p in found), found


def test_a_redirect_to_an_unreadable_record_is_not_checked(tmp_path: Path) -> None:
    """Regression (differential findings, C): the redirect to an unreadable record was
    reported as leading to a missing id."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    path = data / "records" / "mini.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    [alpha] = [e for e in document["entities"] if e["id"] == "org:alpha-front"]
    alpha["summary"] = 7  # org:alpha-group redirects here
    path.write_text(json.dumps(document), encoding="utf-8")
    found = [str(p) for p in problems(data, with_source=False)]
    assert not any("redirects to missing id" in p for p in found), found
    assert any("org:alpha-group: not checked: it redirects to a record" in p for p in found)
    assert any("org:alpha-front, summary" in p for p in found), found


def test_a_file_that_is_not_json_floods_nothing(tmp_path: Path) -> None:
    """Regression (differential findings, C): a record file that is not JSON made every
    released id of it "no longer resolve", and references into it "unknown"."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    (data / "records" / "mini.json").write_text("{ this is not JSON", encoding="utf-8")
    other: dict[str, list[dict[str, Any]]] = {"entities": [], "relations": []}
    other["designations"] = [
        {
            "subject": "org:alpha-front",
            "action": "banned",
            "evidence": [{"section": "Test", "quote": "Alpha Front was banned"}],
        }
    ]
    (data / "records" / "more.json").write_text(json.dumps(other), encoding="utf-8")
    found = [str(p) for p in problems(data, with_source=False)]
    assert any("records/mini.json: not JSON" in p for p in found), found
    assert not any("no longer resolves" in p or "unknown id" in p for p in found), found
    assert not any("redirects to missing id" in p for p in found), found
    assert any("org:alpha-front: not checked" in p for p in found), found


def test_the_build_reports_every_problem_at_once(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    from kzref.sphinx.state import KzrefDataError

    data = _folder(tmp_path)
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-hardening-site", srcdir)
    with pytest.raises(KzrefDataError) as caught:
        make_app("html", srcdir=srcdir, confoverrides={"kzref_data_path": str(data)})
    message = str(caught.value)
    expected = [str(p) for p in problems(data, with_source=False)]
    assert f"{len(expected)} problem(s)" in message
    for problem in expected:
        assert problem in message


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("kzref_base_url", 42, "kzref_base_url must be a str, not 42 (int)"),
        ("kzref_pages_dir", ["kz"], "kzref_pages_dir must be a str, not ['kz'] (list)"),
    ],
)
def test_a_wrongly_typed_value_is_one_config_error(
    make_app: Any, rootdir: Path, tmp_path: Path, name: str, value: object, expected: str
) -> None:
    from sphinx.errors import ConfigError

    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-hardening-site", srcdir)
    with pytest.raises(ConfigError) as caught:
        make_app("html", srcdir=srcdir, confoverrides={name: value})
    assert str(caught.value) == expected


def test_the_build_checks_evidence_where_asked_and_the_article_is_found(
    make_app: Any, rootdir: Path, tmp_path: Path, sections: object
) -> None:
    """The fixture's excerpts are fictional: with kzref_check_evidence they are refused,
    each located, in the same report as every other problem."""
    from kzref.sphinx.state import KzrefDataError

    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-hardening-site", srcdir)
    overrides = {"kzref_data_path": str(FIXTURE), "kzref_check_evidence": True}
    with pytest.raises(KzrefDataError) as caught:
        make_app("html", srcdir=srcdir, confoverrides=overrides)
    message = str(caught.value)
    assert "records/mini.json: org:alpha-front, evidence[0]: unknown section 'Test'" in message
