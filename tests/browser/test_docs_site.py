"""kzref's own site (``docs/``), built and read in Chromium: errors, accessibility, screenshots.

Console errors and requests that leave the machine fail the test, and so does
any serious or critical axe-core violation on a key page; each page's
violations are also written to ``_screenshots/docs-<page>-axe.json``.  The
build is the ``docs_site`` fixture of ``conftest.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .pages import ARTIFACTS, assert_clean, axe, screenshot, summary, visit, write_report

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
    "downloads.html",
    "kz-event.html",
)
ENFORCED: tuple[str, ...] = KEY_PAGES
"""Pages whose serious/critical axe violations fail the test: every key page."""


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
