"""Citations: permalinks, the five styles, and faithful uncertain dates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kzref
from kzref.citation import STYLES, UnknownStyleError, bib_escape, csl_date, permalink, version_date
from kzref.errors import UnknownIdError
from kzref.metadata import DEFAULT_BASE_URL, SOURCE
from kzref.metadata import dataset_version as UNPATCHED_DATASET_VERSION
from kzref.model import FuzzyDate
from kzref.store import Dataset

MINI = Path(__file__).parent / "data" / "mini"
HUT = "org:hizb-ut-tahrir"
VERSION = "2031.02.03.4"


@pytest.fixture(autouse=True)
def stamped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give every test a known dataset version, whether or not VERSION.json exists."""
    monkeypatch.setattr("kzref.metadata.dataset_version", lambda: VERSION)
    monkeypatch.delenv("KZREF_BASE_URL", raising=False)


def test_permalink_layout() -> None:
    assert permalink(HUT) == f"{DEFAULT_BASE_URL}kz/org/hizb-ut-tahrir.html"
    assert (
        permalink("event:2004-x", "https://ex.org/docs")
        == "https://ex.org/docs/kz/event/2004-x.html"
    )


def test_permalink_base_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZREF_BASE_URL", "https://mirror.example/kz-docs/")
    assert permalink(HUT) == "https://mirror.example/kz-docs/kz/org/hizb-ut-tahrir.html"
    assert (
        permalink(HUT, "https://other.example/")
        == "https://other.example/kz/org/hizb-ut-tahrir.html"
    )


def test_permalink_rejects_malformed_id() -> None:
    with pytest.raises(ValueError, match="kind:slug"):
        permalink("Hizb ut-Tahrir")


def test_text_style(mini: Dataset) -> None:
    text = kzref.cite(HUT, "text", dataset=mini)
    assert "Hizb ut-Tahrir" in text
    assert permalink(HUT) in text
    assert f"dataset version {VERSION}" in text
    assert SOURCE.license in text and SOURCE.title in text


def test_bibtex(mini: Dataset) -> None:
    text = kzref.cite(HUT, "bibtex", dataset=mini)
    assert text.startswith("@misc{kzref-org-hizb-ut-tahrir,")
    assert "year         = {2031}" in text
    assert f"\\url{{{permalink(HUT)}}}" in text
    assert text.count("{") == text.count("}")


def test_bibtex_escapes_specials() -> None:
    assert bib_escape("50% & $5_x #1") == r"50\% \& \$5\_x \#1"


def test_biblatex_dataset_with_edtf_eventdate(mini: Dataset) -> None:
    text = kzref.cite("event:2004-spring-suicide-bombings", "biblatex", dataset=mini)
    assert text.startswith("@dataset{")
    assert "version         = {2031.02.03.4}" in text
    assert "date            = {2031-02-03}" in text
    assert "eventdate       = {2004-21}" in text  # spring 2004, not 1 March
    assert "2004-03-01" not in text


def test_csl_json(mini: Dataset) -> None:
    items = json.loads(kzref.cite("event:2004-northern-hut-arrests", "csl-json", dataset=mini))
    (item,) = items
    assert item["type"] == "dataset"
    assert item["id"] == "event:2004-northern-hut-arrests"
    assert item["version"] == VERSION
    assert item["issued"] == {"date-parts": [[2031, 2, 3]]}
    assert item["event-date"] == {"raw": "2004", "date-parts": [[2004]]}  # no invented day


@pytest.mark.parametrize(
    ("edtf", "text", "qualifier", "expected"),
    [
        ("2005-03-17", "17 March 2005", None, {"date-parts": [[2005, 3, 17]]}),
        ("2004-11", "November 2004", None, {"date-parts": [[2004, 11]]}),
        ("2004-21", "spring 2004", None, {"date-parts": [[2004]], "season": 1}),
        ("199X", "1990s", None, {"date-parts": [[1990], [1999]]}),
        (
            "2004-03-28/2004-04-01",
            "28 March-1 April 2004",
            None,
            {"date-parts": [[2004, 3, 28], [2004, 4, 1]]},
        ),
        ("2006-10-12?", "12 October 2006", None, {"date-parts": [[2006, 10, 12]], "circa": True}),
        ("2002", "mid-2002", "mid", {"date-parts": [[2002]], "circa": True, "literal": "mid-2002"}),
        ("2004/..", "since 2004", None, {"literal": "since 2004"}),
    ],
)
def test_csl_dates_say_no_more_than_the_data(
    edtf: str, text: str, qualifier: str | None, expected: dict[str, object]
) -> None:
    date = FuzzyDate.model_validate({"edtf": edtf, "text": text, "qualifier": qualifier})
    assert csl_date(date) == {"raw": edtf, **expected}


def test_ris(mini: Dataset) -> None:
    text = kzref.cite(HUT, "ris", dataset=mini)
    lines = text.splitlines()
    assert lines[0] == "TY  - DATA" and lines[-1] == "ER  - "
    assert f"UR  - {permalink(HUT)}" in lines
    assert "PY  - 2031" in lines and "ET  - 2031.02.03.4" in lines
    assert "KW  - banned" in lines
    assert all(re.match(r"^[A-Z][A-Z0-9]  - ", line) for line in lines)


@pytest.mark.parametrize("style", list(STYLES))
def test_every_style_names_id_version_and_licence(mini: Dataset, style: str) -> None:
    text = kzref.cite("event:2004-03-28-tashkent-bombings", style, dataset=mini)
    assert permalink("event:2004-03-28-tashkent-bombings") in text
    assert VERSION in text
    assert SOURCE.license in text
    assert text.endswith("\n")


def test_cite_follows_redirects_and_names(mini: Dataset) -> None:
    expected = kzref.cite(HUT, "ris", dataset=mini)
    assert kzref.cite("org:hizbut-tahrir", "ris", dataset=mini) == expected
    assert kzref.cite("HuT", "ris", dataset=mini) == expected


def test_cite_custom_base_url(mini: Dataset) -> None:
    assert "https://ex.org/kz/org/" in kzref.cite(HUT, dataset=mini, base_url="https://ex.org")


def test_unknown_style_and_id(mini: Dataset) -> None:
    with pytest.raises(UnknownStyleError, match="bibtex"):
        kzref.cite(HUT, "apa", dataset=mini)
    with pytest.raises(UnknownIdError, match="did you mean"):
        kzref.cite("org:hizb-ut-tahrr", dataset=mini)


def test_version_date() -> None:
    assert str(version_date("2025.11.25.3")) == "2025-11-25"
    assert version_date("unversioned") is None
    assert version_date("2025.13.40.0") is None


def test_unstamped_dataset_is_marked(monkeypatch: pytest.MonkeyPatch, mini: Dataset) -> None:
    def missing() -> dict[str, str]:
        raise FileNotFoundError("VERSION.json")

    monkeypatch.setattr("kzref.metadata.dataset_version_record", missing)
    monkeypatch.setattr("kzref.metadata.dataset_version", UNPATCHED_DATASET_VERSION)
    assert "dataset version unversioned" in kzref.cite(HUT, dataset=mini)
    assert "year" not in kzref.cite(HUT, "bibtex", dataset=mini)


def test_kzref_cite_stays_callable_after_submodule_import(mini: Dataset) -> None:
    import kzref.citation  # the module has its own name, so kzref.cite stays the function

    assert kzref.cite(HUT, "ris", dataset=mini).startswith("TY  - DATA")
