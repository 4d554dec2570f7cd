"""``kzref validate FOLDER`` and the build check a folder's evidence against its own source.

A folder whose ``source.json`` names a text of its own is checked against that text,
not the article kzref ships; a folder without one is checked against the shipped
article, and the check says so; a declared text that is missing or is not the one
fingerprinted is one "not checked" problem, never a flood.  The folders are tiny and
made here: one place whose excerpt sits in a section that both articles have, but
with different words.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzref import source
from kzref.cli import main
from kzref.validate import evidence_source, problems

OWN_WORDS = "a sentence that only this folder's article holds"


def _shipped_excerpt(sections: dict[str, source.Section]) -> tuple[str, str]:
    """A section of the shipped article and a short excerpt of it."""
    for path, section in sections.items():
        line = next((x.strip() for x in section.body.splitlines() if len(x.strip()) > 60), "")
        if path != source.TITLE and line:
            return path, line[:40]
    raise AssertionError("the shipped article has no section with a long line")


def _folder(
    tmp_path: Path, section: str, excerpt: str, *, text: str | None, file: str = "article.txt"
) -> Path:
    """A data folder of one place citing *excerpt* in *section*; with *text*, its own source."""
    data = tmp_path / "data"
    (data / "records").mkdir(parents=True)
    place = {
        "kind": "place",
        "id": "place:somewhere",
        "name": "Somewhere",
        "summary": "A place made up for this test.",
        "evidence": [{"section": section, "quote": excerpt}],
        "place_type": "country",
    }
    document = {"entities": [place], "relations": [], "designations": []}
    (data / "records" / "one.json").write_text(json.dumps(document), encoding="utf-8")
    (data / "ledger.txt").write_text("place:somewhere\n", encoding="utf-8")
    (data / "redirects.json").write_text("{}", encoding="utf-8")
    if text is not None:
        (data / file).write_text(text, encoding="utf-8")
        declared = {
            "title": "A test article",
            "publisher": "kzref tests",
            "license": "CC0-1.0",
            "license_url": "https://creativecommons.org/publicdomain/zero/1.0/",
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "file": "article.txt",
        }
        (data / source.SOURCE_FILE).write_text(json.dumps(declared), encoding="utf-8")
    return data


def _article(section: str, body: str) -> str:
    """An article whose section *section* (its last heading) holds *body*."""
    headings = section.split(source.SEPARATOR)
    lines = ["= A test article =", "", "Its lead."]
    for level, heading in enumerate(headings, start=2):
        lines += ["", f"{'=' * level} {heading} {'=' * level}", f"Text under {heading}."]
    return "\n".join([*lines, body, ""])


@pytest.fixture
def shipped(sections: dict[str, source.Section]) -> tuple[str, str]:
    return _shipped_excerpt(sections)


def test_an_excerpt_only_in_the_folders_own_text_passes(
    tmp_path: Path, shipped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    section, _ = shipped
    data = _folder(tmp_path, section, OWN_WORDS, text=_article(section, OWN_WORDS + "."))
    assert problems(data) == []
    assert main(["validate", str(data)]) == 0
    err = capsys.readouterr().err
    assert "evidence checked against the folder's own source 'A test article' (article.txt)" in err


def test_an_excerpt_only_in_kzrefs_article_fails_where_the_folder_has_its_own(
    tmp_path: Path, shipped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    section, excerpt = shipped
    data = _folder(tmp_path, section, excerpt, text=_article(section, OWN_WORDS + "."))
    found = [str(p) for p in problems(data)]
    assert found == [
        f"records/one.json: place:somewhere, evidence[0]: not verbatim in section "
        f"{section!r}: {excerpt!r}"
    ]
    assert main(["validate", str(data), "--json"]) == 1
    [reported] = json.loads(capsys.readouterr().out)
    assert reported["record"] == "place:somewhere"
    assert reported["field"] == "evidence[0]"


def test_a_folder_without_source_json_is_checked_against_the_shipped_article(
    tmp_path: Path, shipped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    section, excerpt = shipped
    data = _folder(tmp_path, section, excerpt, text=None)
    assert problems(data) == []
    assert main(["validate", str(data)]) == 0
    err = capsys.readouterr().err
    assert f"evidence checked against kzref's article {source.TITLE!r}" in err
    assert "as the folder has no source.json" in err
    own = _folder(tmp_path / "own", section, OWN_WORDS, text=None)
    assert [p.field for p in problems(own)] == ["evidence[0]"]


@pytest.mark.parametrize(
    ("damage", "field", "why"),
    [
        ("missing", "file", "the source text 'article.txt' it names is not in the folder"),
        ("edited", "sha256", "'article.txt' is not the text this sha256 fingerprints"),
        ("not json", "", "source.json cannot be read"),
    ],
)
def test_a_declared_source_that_cannot_be_read_is_one_problem(
    tmp_path: Path, damage: str, field: str, why: str
) -> None:
    # three excerpts, none of them in any text: a flood if each were checked
    data = _folder(tmp_path, "Nowhere", OWN_WORDS, text=_article("Nowhere", "Other words."))
    path = data / "records" / "one.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["entities"][0]["evidence"] += [
        {"section": "Nowhere", "quote": "second unknown excerpt"},
        {"section": "Elsewhere", "quote": "third unknown excerpt"},
    ]
    path.write_text(json.dumps(document), encoding="utf-8")
    if damage == "missing":
        (data / "article.txt").unlink()
    elif damage == "edited":
        (data / "article.txt").write_text("Changed.", encoding="utf-8")
    else:
        (data / source.SOURCE_FILE).write_text("{ not JSON", encoding="utf-8")
    [problem] = problems(data)
    assert (problem.file, problem.record, problem.field) == (source.SOURCE_FILE, "", field)
    assert problem.message.startswith(f"evidence not checked: {why}")
    assert problems(data, with_source=False) == []  # everything else is fine


WORDS = st.text(alphabet="abcdefgh ", min_size=3, max_size=12).filter(lambda w: w.strip() == w)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.text(alphabet="abcdefgh .", max_size=60), excerpt=WORDS)
def test_an_excerpt_passes_exactly_when_the_folders_section_holds_it(
    tmp_path_factory: pytest.TempPathFactory, body: str, excerpt: str
) -> None:
    """Whatever the folder's text, its own section decides: no fall-back to the shipped one."""
    section = "Own section"
    data = _folder(tmp_path_factory.mktemp("p"), section, excerpt, text=_article(section, body))
    sections = evidence_source(data).sections
    assert sections is not None
    held = excerpt in sections[section].body
    assert (problems(data, with_source=True) == []) == held


def _site(rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-hardening-site", srcdir)
    return srcdir


def test_the_build_checks_the_folders_own_source(
    make_app: Any, rootdir: Path, tmp_path: Path, shipped: tuple[str, str]
) -> None:
    """The build runs the same check: the folder's own text passes, kzref's words fail."""
    from kzref.sphinx.state import KzrefDataError

    section, excerpt = shipped
    srcdir = _site(rootdir, tmp_path)
    own = _folder(tmp_path / "own", section, OWN_WORDS, text=_article(section, OWN_WORDS))
    overrides = {"kzref_data_path": str(own), "kzref_check_evidence": True}
    app = make_app("html", srcdir=srcdir, confoverrides=overrides)
    assert "evidence checked against the folder's own source 'A test article'" in (
        app.status.getvalue()
    )
    foreign = _folder(tmp_path / "foreign", section, excerpt, text=_article(section, OWN_WORDS))
    overrides = {"kzref_data_path": str(foreign), "kzref_check_evidence": True}
    with pytest.raises(KzrefDataError) as caught:
        make_app("html", srcdir=_site(rootdir, tmp_path / "2"), confoverrides=overrides)
    for problem in problems(foreign):
        assert str(problem) in str(caught.value)
    assert "1 problem(s)" in str(caught.value)


def test_the_build_reports_a_missing_declared_source_once(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    from kzref.sphinx.state import KzrefDataError

    data = _folder(tmp_path, "Nowhere", OWN_WORDS, text=_article("Nowhere", "Other words."))
    (data / "article.txt").unlink()
    overrides = {"kzref_data_path": str(data), "kzref_check_evidence": True}
    with pytest.raises(KzrefDataError) as caught:
        make_app("html", srcdir=_site(rootdir, tmp_path), confoverrides=overrides)
    message = str(caught.value)
    assert "1 problem(s)" in message
    assert "source.json: file: evidence not checked: the source text 'article.txt'" in message
