"""The evidence map of kzref's own site (``docs/evidence.html``), read in Chromium.

The page carries each citing record once, in the note under its paragraph: a
marker links to its note and takes the note's words as its tooltip from the
page's script.  Without the script the highlights still show, every marker still
leads to its note, and every note still links to the records' pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .pages import assert_clean, axe, summary, visit

if TYPE_CHECKING:
    from playwright.sync_api import Browser

PAGE = "evidence.html"

BROKEN_MARKERS = """() => [...document.querySelectorAll(".kz-evidence-map a.kz-marker")]
    .filter(a => {
        const note = document.getElementById(decodeURIComponent(a.hash.slice(1)));
        return !note || (!a.classList.contains("kz-marker-uncited")
                         && !note.querySelector('a[href^="kz/"]'));
    }).map(a => a.hash)"""
"""Markers whose note is missing, or (for a citation marker) names no record page."""


def test_without_javascript_marks_show_and_lead_to_the_records(
    browser: Browser, docs_url: str, docs_site: Path
) -> None:
    with visit(browser, docs_url + PAGE, javascript=False) as seen:
        page = seen.page
        runs = page.locator(".kz-evidence-map .kz-cited")
        assert runs.count() > 1000
        tint = runs.first.evaluate("el => getComputedStyle(el).backgroundColor")
        assert tint not in ("rgba(0, 0, 0, 0)", "transparent")
        markers = page.locator(".kz-evidence-map a.kz-marker")
        assert markers.count() > 500
        assert markers.first.inner_text().replace("\n", " ") == "citations [1]"  # its name
        assert page.evaluate(BROKEN_MARKERS) == []
        notes = page.locator(".kz-map-notes ul").first
        assert notes.is_visible()  # unfolded: nothing hides them without the script
        assert page.locator(".kz-evidence-map a.kz-marker[title]").count() == 0


def test_with_javascript_a_marker_lends_its_note_as_tooltip(
    browser: Browser, docs_url: str, docs_site: Path
) -> None:
    with visit(browser, docs_url + PAGE) as seen:
        page = seen.page
        marker = page.locator(".kz-evidence-map a.kz-marker:not(.kz-marker-uncited)").first
        marker.hover()
        title = marker.get_attribute("title") or ""
        note = page.locator(f"[id='{marker.evaluate('a => a.hash.slice(1)')}']")
        ids = note.locator(".kz-id").all_inner_texts()
        assert title.startswith("Cited by: ") and ids
        assert all(entity_id in title for entity_id in ids)
        uncited = page.locator(".kz-evidence-map a.kz-marker-uncited")
        if uncited.count():
            uncited.first.focus()
            assert (uncited.first.get_attribute("title") or "").startswith("Not cited: ")
        assert page.locator(".kz-map-notes.kz-closed").count() > 10  # folded by the script
        assert_clean(seen)


def test_the_map_has_no_serious_accessibility_violation(
    browser: Browser, docs_url: str, docs_site: Path
) -> None:
    with visit(browser, docs_url + PAGE) as seen:
        violations = axe(seen.page)
        assert not violations, summary(violations)
