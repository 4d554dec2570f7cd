"""kzref's own site (``docs/``), built and read in Chromium: errors, accessibility, screenshots.

Console errors and requests that leave the machine fail the test.  The
accessibility audit (axe-core, serious and critical violations) is reported,
not enforced, for pages whose markup comes from the Sphinx layer under
rewrite: each page's violations are written to
``_screenshots/docs-<page>-axe.json`` and printed.  To enforce it, call
:func:`pages.assert_accessible` on the page, as ``test_pictures_page.py`` does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .pages import ARTIFACTS, assert_clean, axe, screenshot, serve, summary, visit, write_report

if TYPE_CHECKING:
    from playwright.sync_api import Browser

DOCS = Path(__file__).parents[2] / "docs"
KEY_PAGES = (
    "index.html",
    "kz/index.html",
    "kz/timeline.html",
    "kz/graph.html",
    "kz/org/index.html",
    "kz/org/hizb-ut-tahrir.html",
    "kz/event/2004-spring-uzbekistan-suicide-bombings.html",
    "search.html",
)
ENFORCED: tuple[str, ...] = ()
"""Pages whose serious/critical axe violations fail the test; the lead adds pages here
as the Sphinx layer fixes them."""


@pytest.fixture(scope="module")
def docs_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``docs/`` built as ``nox -s docs`` builds it (furo), into a temporary folder.

    In its own process: the test run turns warnings into errors, the docs build
    has its own rules for them.
    """
    out = tmp_path_factory.mktemp("docs")
    source = out / "src"
    shutil.copytree(DOCS, source, ignore=shutil.ignore_patterns("_build"))
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(source), str(out / "html")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    yield out / "html"


@pytest.fixture(scope="module")
def docs_url(docs_site: Path) -> Iterator[str]:
    with serve(docs_site) as base:
        yield base


def _name(page: str) -> str:
    return "docs-" + page.removesuffix(".html").replace("/", "-")


@pytest.mark.parametrize("page", KEY_PAGES)
def test_key_page_has_no_errors(
    browser: Browser, docs_url: str, docs_site: Path, page: str
) -> None:
    if not (docs_site / page).exists():
        pytest.skip(f"{page} is not in this build")
    with visit(browser, docs_url + page) as seen:
        assert_clean(seen)
        screenshot(seen.page, _name(page))


@pytest.mark.parametrize("page", KEY_PAGES)
def test_key_page_accessibility(
    browser: Browser, docs_url: str, docs_site: Path, page: str
) -> None:
    if not (docs_site / page).exists():
        pytest.skip(f"{page} is not in this build")
    with visit(browser, docs_url + page) as seen:
        violations = axe(seen.page)
        write_report(_name(page), violations)
        if violations:
            print(f"\n{page}:\n{summary(violations)}")  # the report is the point
        if page in ENFORCED:
            assert not violations, summary(violations)


def test_accessibility_summary_is_written(browser: Browser, docs_url: str) -> None:
    """One file listing every key page's serious/critical rules, for the build artifacts."""
    found = {}
    for page in KEY_PAGES:
        report = ARTIFACTS / f"{_name(page)}-axe.json"
        if report.exists():
            found[page] = sorted({v["id"] for v in json.loads(report.read_text("utf-8"))})
    (ARTIFACTS / "docs-axe-summary.json").write_text(json.dumps(found, indent=2), "utf-8")
    assert found
