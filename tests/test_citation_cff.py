"""CITATION.cff is generated from kzref's own metadata and stays in sync with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzref._version import __version__
from kzref.citation import dataset_version
from kzref.maintain import citation_cff
from kzref.metadata import SOURCE

ROOT = Path(__file__).parent.parent
yaml = pytest.importorskip("yaml")


def test_committed_file_is_current() -> None:
    committed = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert committed == citation_cff.render(), (
        "CITATION.cff is out of date: run python -m kzref.maintain.citation_cff"
    )
    assert yaml.safe_load(committed)["version"] == dataset_version()


def test_content_comes_from_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kzref.metadata.dataset_version", lambda: "2031.02.03.4")
    cff = yaml.safe_load(citation_cff.render())
    assert cff["cff-version"] == "1.2.0"
    assert cff["type"] == "dataset"
    assert cff["version"] == "2031.02.03.4"
    assert str(cff["date-released"]) == "2031-02-03"
    assert cff["license"] == "CC-BY-SA-4.0"
    assert cff["authors"] and all("name" in a for a in cff["authors"])
    article, software = cff["references"]
    assert article["title"] == SOURCE.title
    assert article["publisher"]["name"] == SOURCE.publisher
    assert article["license"] == "CC-BY-SA-4.0"
    assert SOURCE.sha256 in article["notes"]
    assert software == {**software, "type": "software", "title": "kzref", "version": __version__}
    assert SOURCE.license in cff["message"]


def test_explicit_version_and_spdx() -> None:
    assert 'version: "1.0"' in citation_cff.render("1.0")
    assert "date-released" not in citation_cff.render("1.0")
    assert citation_cff.spdx("CC BY-SA 4.0") == "CC-BY-SA-4.0"


def test_check_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(citation_cff, "repository_root", lambda: tmp_path)
    assert citation_cff.main(["--check"]) == 1  # no file yet
    assert citation_cff.main([]) == 0
    assert (tmp_path / "CITATION.cff").read_text(encoding="utf-8") == citation_cff.render()
    assert citation_cff.main(["--check"]) == 0
