"""The reader's site in Chromium: pictures, timelines, tables, search, labels, accessibility.

Two builds: the small ``tests/roots/test-site`` project (the examples of
``docs/reference/sphinx.md``) with furo, and kzref's own ``docs/`` (the
``docs_site`` fixture).  Each check is what a reader does: follow a node of
the graph, jump to a year, sort and filter a table by clicking and typing,
search for an entity by name or alias.  Screenshots at 1280 and 400 px go to
``_screenshots/site-*.png``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kzref.display import FIELD_LABELS

from .pages import (
    assert_accessible,
    assert_clean,
    column,
    screenshot,
    serve,
    visit,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOTS = Path(__file__).parents[1] / "roots"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "sphinx-data"
FIELD_NAMES = sorted({name for name in FIELD_LABELS if "_" in name or "." in name})
"""Model field names and reference paths (``participants.ref``, ``located_in`` …)."""
READER_PAGES = (
    "index.html",
    "downloads.html",
    "kz/timeline.html",
    "kz/graph.html",
    "kz/org/index.html",
    "kz/org/hizb-ut-tahrir.html",
    "kz/person/rashid-tusupbekov.html",
    "kz/event/2004-tashkent-bombings.html",
    "kz-event.html",
    "kz-org.html",
)


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``test-site`` built with furo over the test records, served on localhost."""
    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp("small") / "src"
    shutil.copytree(ROOTS / "test-site", srcdir)
    os.environ.setdefault("KZREF_TEST_DATA", str(FIXTURE))
    app = SphinxTestApp("html", srcdir=srcdir, confoverrides={"html_theme": "furo"})
    try:
        app.build()
        assert app.warning.getvalue() == ""
    finally:
        app.cleanup()
    with serve(Path(app.outdir)) as base:
        yield base


def visible_text(page: Page, *, citation: bool = True) -> str:
    """What a reader can see of the page's article (not the pictures' own labels).

    Without *citation*, less the "Cite this" section: the citation text names a
    record's date exactly, with its EDTF value, for the reader's bibliography.
    """
    text: str = page.evaluate(
        """(citation) => {
            const main = document.querySelector("article") || document.body;
            const cite = citation ? [] : Array.from(main.querySelectorAll("#kz-cite"));
            cite.forEach(e => { e.style.display = "none"; });
            const text = main.innerText;
            cite.forEach(e => { e.style.display = ""; });
            return text;
        }""",
        citation,
    )
    return text


# --------------------------------------------------------------------------- small project


def test_graph_is_an_svg_whose_nodes_are_links(browser: Browser, small_site: str) -> None:
    with visit(browser, small_site + "graph.html") as seen:
        page = seen.page
        graphs = page.locator("svg.kz-graph-svg")
        assert graphs.count() == 3
        node = graphs.first.locator("a.kz-node", has_text="Alpha Front")
        assert node.get_attribute("href") == "kz/org/alpha-front.html"
        node.click()
        page.wait_for_url("**/kz/org/alpha-front.html")
        around = page.locator("#kz-neighbourhood svg.kz-graph-svg")
        assert around.locator("a.kz-node").count() >= 4
        assert_clean(seen)
        assert_accessible(page)
        screenshot(page, "site-small-entity")


def test_timeline_chart_then_groups(browser: Browser, small_site: str) -> None:
    with visit(browser, small_site + "timeline.html") as seen:
        page = seen.page
        chart = page.locator("svg.kz-timeline-svg")
        assert chart.count() == 1
        assert chart.locator("a[href='kz/event/2004-test-bombing.html']").count() == 1
        first = page.locator(".kz-timeline").first
        years = first.locator("p.rubric, .rubric").all_inner_texts()
        assert years == ["2004", "2005", "2006", "Undated"]
        chart.locator("a[href='#year-2005']").click()
        page.wait_for_url("**#year-2005")
        top = page.evaluate("document.getElementById('year-2005').getBoundingClientRect().top")
        assert 0 <= top < page.viewport_size["height"] if page.viewport_size else True
        assert_clean(seen)
        assert_accessible(page)
        screenshot(page, "site-small-timeline")


def test_table_sorts_by_clicking_and_filters_by_typing(browser: Browser, small_site: str) -> None:
    with visit(browser, small_site + "tables.html") as seen:
        page = seen.page
        table = "table.kz-sortable"
        before = column(page, table, 0)
        header = page.locator(f"{table} th", has_text="Name")
        header.locator("button").click()
        assert header.get_attribute("aria-sort") == "ascending"
        assert column(page, table, 0) == sorted(before, key=str.casefold)
        header.locator("button").click()
        assert column(page, table, 0) == sorted(before, key=str.casefold, reverse=True)
        page.locator("input.datatable-input").fill("Gamma")
        assert column(page, table, 0) == ["Gamma Network"]
        page.locator("input.datatable-input").fill("")
        assert len(column(page, table, 0)) == len(before)
        assert_clean(seen)
        assert_accessible(page)
    with visit(browser, small_site + "tables.html", javascript=False) as seen:
        assert seen.page.locator("input.datatable-input").count() == 0
        assert seen.page.locator(f"{table} tbody tr").count() == len(before)


def test_copy_button_copies_the_citation(browser: Browser, small_site: str) -> None:
    with visit(browser, small_site + "kz/org/alpha-front.html") as seen:
        page = seen.page
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        button = page.locator("#kz-cite button.kz-copy").first
        assert button.get_attribute("aria-label") == "Copy the citation"
        button.click()
        page.wait_for_function("document.querySelector('.kz-copy-status').textContent !== ''")
        assert page.locator(".kz-copy-status").first.inner_text() == "Copied"
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("\u201cAlpha Front\u201d")
        page.locator("summary", has_text="BibTeX").click()
        assert page.locator("pre.kz-citation[data-style='bibtex']").is_visible()
        assert_clean(seen)


# --------------------------------------------------------------------------- kzref's docs


def _search(browser: Browser, docs_url: str, query: str) -> list[tuple[str, str]]:
    """(link, text) of each search result, in order."""
    with visit(browser, docs_url + f"search.html?q={query}") as seen:
        page = seen.page
        page.wait_for_selector("#search-results ul.search li", timeout=20_000)
        page.wait_for_function(
            "document.querySelector('#search-results p.search-summary')"
            " && !document.querySelector('#search-results p.search-summary')"
            ".textContent.includes('Preparing')",
            timeout=20_000,
        )
        links = page.locator("#search-results ul.search li > a")
        found = [
            (links.nth(i).get_attribute("href") or "", links.nth(i).inner_text())
            for i in range(links.count())
        ]
        assert_clean(seen)
        return found


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ("Tahrir", "kz/org/hizb-ut-tahrir.html"),
        ("Hizb ut-Tahrir", "kz/org/hizb-ut-tahrir.html"),
        ("HuT", "kz/org/hizb-ut-tahrir.html"),
        ("Akromiya", "kz/org/akromiya.html"),
    ],
)
def test_search_ranks_the_entity_first(
    browser: Browser, docs_url: str, query: str, page: str
) -> None:
    results = _search(browser, docs_url, query)
    assert results, query
    assert results[0][0].split("#")[0].endswith(page), results[:3]
    assert len({link for link, _ in results}) == len(results)  # no page twice


def test_search_shows_apostrophes_as_apostrophes(browser: Browser, docs_url: str) -> None:
    results = _search(browser, docs_url, "Prosecutor-General")
    texts = [text for _, text in results]
    assert "Prosecutor-General's Office" in texts[:3], texts[:5]
    assert not any("&#" in t or "&amp;" in t for t in texts)


@pytest.mark.parametrize("name", READER_PAGES)
def test_reader_pages_are_clean_labelled_and_accessible(
    browser: Browser, docs_url: str, docs_site: Path, name: str
) -> None:
    assert (docs_site / name).exists(), name
    with visit(browser, docs_url + name) as seen:
        page = seen.page
        text = visible_text(page)
        found = [f for f in FIELD_NAMES if re.search(rf"(?<![\w.]){re.escape(f)}\b", text)]
        assert not found, found
        assert "EDTF" not in visible_text(page, citation=False)
        assert_clean(seen)
        assert_accessible(page)
        screenshot(page, "site-" + name.removesuffix(".html").replace("/", "-"))


def test_docs_graph_and_timeline(browser: Browser, docs_url: str) -> None:
    with visit(browser, docs_url + "kz/graph.html") as seen:
        graph = seen.page.locator("svg.kz-graph-svg")
        assert graph.count() == 1
        hrefs = graph.locator("a.kz-node").evaluate_all("l => l.map(a => a.getAttribute('href'))")
        assert len(hrefs) > 10 and all(h.startswith("org/") for h in hrefs)
        assert graph.locator("a.kz-node", has_text="Supreme Court").count() == 0  # no listing edges
    with visit(browser, docs_url + "kz/timeline.html") as seen:
        page = seen.page
        assert page.locator("svg.kz-timeline-svg").count() == 1
        groups = page.locator(".kz-timeline .rubric").all_inner_texts()
        assert groups[-1] == "Undated" and groups.count("Undated") == 1
        years = [g for g in groups if g.isdigit()]
        assert years == sorted(years) and len(set(years)) == len(years)
        assert not any("9999" in g for g in groups)


def test_landing_page_has_the_data_at_a_glance(browser: Browser, docs_url: str) -> None:
    with visit(browser, docs_url + "index.html") as seen:
        page = seen.page
        text = visible_text(page)
        assert re.search(r"\d+ organizations", text)
        assert "The dated events run from the 1990s" in text
        assert "Most connected organizations" in text
        assert page.locator("svg.kz-timeline-svg").count() == 1
        start_here = page.locator("#start-here a[href='evidence.html']")
        assert start_here.count() >= 1  # "Start here" leads to the evidence map
        data = page.locator("script[type='application/ld+json']").inner_text()
        assert '"@type": "Dataset"' in data
    with visit(browser, docs_url + "downloads.html") as seen:
        links = seen.page.locator("a.kz-download")
        assert links.count() >= 5
        href = links.first.get_attribute("href") or ""
        response = seen.page.request.get(docs_url + href)
        assert response.ok


def test_domain_index_names_are_in_the_body_font(browser: Browser, docs_url: str) -> None:
    with visit(browser, docs_url + "kz-org.html") as seen:
        page = seen.page
        body = page.evaluate("getComputedStyle(document.body).fontFamily")
        name = page.locator("table code.xref").first
        assert name.evaluate("e => getComputedStyle(e).fontFamily") == body
        assert not re.search(r"\w:\s*$", page.locator("table tr").nth(3).inner_text())


def test_downloads_table_fits_a_phone(browser: Browser, docs_url: str) -> None:
    with visit(browser, docs_url + "downloads.html", width=400) as seen:
        page = seen.page
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        screenshot(page, "site-downloads-table", widths=(400,))
