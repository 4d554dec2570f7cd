"""Bad references in documents: the build goes on with located warnings; ``-W`` fails it.

The warnings themselves (unknown id, wrong kind, malformed target, bad filters, a
``kz:entity`` of a redirected id …, each at its line with its subtype) are checked
in ``tests/test_sphinx_domain.py::test_bad_references_warn_with_location_and_subtype``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from kzref.sphinx.warnings import Subtype

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

DOCS = Path(__file__).parent.parent / "docs" / "reference" / "sphinx.md"
EXPECTED = {"unknown_id", "wrong_kind", "redirected_id", "bad_target", "bad_filter"}


def _subtypes(app: SphinxTestApp) -> set[str]:
    return set(re.findall(r"\[kzref\.(\w+)\]", app.warning.getvalue()))


@pytest.mark.sphinx("html", testroot="warnings", freshenv=True)
def test_without_w_the_build_goes_on(app: SphinxTestApp) -> None:
    app.build()
    assert app.statuscode == 0
    assert _subtypes(app) == EXPECTED
    page = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    assert "Malformed:" in page  # the page is written, past every bad reference
    assert "Not An Id!" in page  # a bad target is shown as its text


@pytest.mark.sphinx("html", testroot="warnings", warningiserror=True, freshenv=True)
def test_with_w_the_same_build_fails(app: SphinxTestApp) -> None:
    app.build()
    assert app.statuscode == 1  # what sphinx-build -W --keep-going exits with
    assert _subtypes(app) == EXPECTED  # every warning is still reported, not only the first


@pytest.mark.sphinx(
    "html",
    testroot="warnings",
    confoverrides={"suppress_warnings": [f"kzref.{s}" for s in sorted(EXPECTED)]},
    warningiserror=True,
    freshenv=True,
)
def test_with_w_and_every_subtype_silenced_the_build_passes(app: SphinxTestApp) -> None:
    app.build()
    assert app.statuscode == 0
    assert app.warning.getvalue() == ""


def test_every_subtype_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for subtype in Subtype:
        assert f"`kzref.{subtype.value}`" in text, subtype
