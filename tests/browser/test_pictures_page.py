"""A standalone page with the graph, the timeline and a sortable table, read in Chromium.

Needs no Sphinx: the page is written here from :mod:`kzref.pictures` and the
vendored table library, the way the Sphinx layer will put them on its pages.
Screenshots go to ``tests/browser/_artifacts/pictures-*.png``.
"""

from __future__ import annotations

import html
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import kzref
from kzref import store
from kzref.display import human_date, kind_label, label
from kzref.links import links
from kzref.pictures import graph_data, group_timeline, neighbourhood, relations_svg, timeline_svg

from .pages import (
    ARTIFACTS,
    assert_clean,
    axe,
    column,
    screenshot,
    serve,
    summary,
    visit,
    write_report,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser

STATIC = Path(kzref.__file__).parent / "sphinx" / "static"
PARTS = {
    "graph": "#graph",
    "neighbourhood": "#neighbourhood",
    "timeline": "#timeline",
    "table": "#organizations-table",
}
"""Each part of the page, shot on its own for reading at full size."""


def page_of(entity_id: str) -> str:
    kind, _, slug = entity_id.partition(":")
    return f"kz/{kind}/{slug}.html"


def _document(title: str, body: str) -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title>"
        '<link rel="stylesheet" href="/_static/vendor/simple-datatables/simple-datatables.css">'
        '<link rel="stylesheet" href="/_static/kz-pictures.css">'
        "<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60em;"
        "padding:0 1em;line-height:1.5;color:#1b1b1b}"
        "table{border-collapse:collapse}td,th{padding:.25em .5em;border-bottom:1px solid #ccc}"
        ".kz-mark-note{color:#4d4d4d}</style>"
        f"</head><body><main>{body}</main>"
        '<script src="/_static/vendor/simple-datatables/simple-datatables.js"></script>'
        '<script src="/_static/kz-tables.js"></script></body></html>\n'
    )


def build_site(root: Path) -> Path:
    """Write the page, a stub page per entity, and the static files under *root*."""
    data = store.dataset()
    shutil.copytree(STATIC, root / "_static")
    for entity in data.entities.values():
        path = root / page_of(entity.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            _document(entity.name, f"<h1>{html.escape(entity.name)}</h1>"), encoding="utf-8"
        )

    def href(entity_id: str) -> str:
        return "/" + page_of(entity_id)

    orgs = [e for e in data.entities.values() if e.kind == "org"]
    nodes, edges = graph_data(data, [o.id for o in orgs])
    graph = relations_svg(nodes, edges, href, title="Organizations and their ties")
    near = neighbourhood(data, "org:hizb-ut-tahrir", 1, limit=20)
    small = relations_svg(
        near.nodes, near.edges, href, title="Around Hizb ut-Tahrir", center=near.center
    )
    events = [e for e in data.entities.values() if e.kind == "event"]
    chart = timeline_svg(events, href, title="Events over time", year_links=True)
    chronology = []
    for group in group_timeline(events):
        chronology.append(f'<h3 id="{group.anchor}">{html.escape(group.label)}</h3><ul>')
        for item in group.items[:6] if group.label == "Undated" else group.items:
            note = (
                f' <span class="kz-mark-note">({html.escape(item.mark)})</span>'
                if item.mark
                else ""
            )
            chronology.append(
                f"<li>{html.escape(item.words)} — "
                f'<a href="{href(item.entity.id)}">{html.escape(item.entity.name)}</a>{note}</li>'
            )
        chronology.append("</ul>")
    index = links(data)
    rows = []
    for org in orgs:  # in id order, not by name: sorting is the library's job
        ties = len({link.other for link in index.get(org.id, ())})
        country = getattr(org, "country", None)
        where = data.entities[country].name if country else ""
        rows.append(
            f'<tr><td><a href="{href(org.id)}">{html.escape(org.name)}</a></td>'
            f"<td>{html.escape(label(org.org_type))}</td>"  # type: ignore[attr-defined]  # orgs have org_type
            f"<td>{html.escape(where)}</td><td>{ties}</td></tr>"
        )
    dated = [e for e in events if getattr(e, "date", None)]
    body = (
        "<h1>kzref pictures</h1>"
        f"<p>{len(orgs)} {kind_label('org', plural=True)}, {len(events)} events, "
        f"{len(dated)} of them dated; the first is {human_date(dated[0].date)}.</p>"  # type: ignore[attr-defined]  # events have a date
        '<h2>Ties among organizations</h2><div class="kz-picture" id="graph">'
        f"{graph}</div>"
        '<h2>Around Hizb ut-Tahrir</h2><div class="kz-picture" id="neighbourhood">'
        f"{small}</div>"
        f'<h2>Events over time</h2><div class="kz-picture" id="timeline">{chart}</div>'
        f"<h2>Chronology</h2>{''.join(chronology)}"
        '<section id="organizations-table"><h2 id="organizations">Organizations</h2>'
        '<table class="kz-sortable" id="orgs"><thead><tr><th>Name</th><th>Type</th>'
        "<th>Country</th><th>Ties</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )
    (root / "index.html").write_text(_document("kzref pictures", body), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = build_site(tmp_path_factory.mktemp("pictures"))
    with serve(root) as base:
        yield base


def test_page_is_clean_accessible_and_shot(browser: Browser, site: str) -> None:
    with visit(browser, site + "index.html") as seen:
        assert_clean(seen)
        violations = axe(seen.page)
        write_report("pictures", violations)
        assert not violations, summary(violations)
        for shot in screenshot(seen.page, "pictures"):
            assert shot.stat().st_size > 10_000
        for width in (1280, 400):
            seen.page.set_viewport_size({"width": width, "height": 900})
            for name, selector in PARTS.items():
                path = ARTIFACTS / f"pictures-{name}-{width}.png"
                seen.page.locator(selector).first.screenshot(path=str(path))


def test_graph_nodes_are_links(browser: Browser, site: str) -> None:
    orgs = sum(1 for e in store.dataset().entities.values() if e.kind == "org")
    with visit(browser, site + "index.html") as seen:
        page = seen.page
        graph = page.locator("svg.kz-graph-svg").first
        assert graph.locator("a.kz-node").count() == orgs
        assert graph.get_attribute("role") == "group"
        node = graph.locator('a.kz-node[aria-label="Hizb ut-Tahrir, organization"]')
        node.click()
        page.wait_for_url("**/kz/org/hizb-ut-tahrir.html")
        assert page.locator("h1").inner_text() == "Hizb ut-Tahrir"
        assert_clean(seen)


def test_timeline_marks_and_year_anchors(browser: Browser, site: str) -> None:
    events = [e for e in store.dataset().entities.values() if e.kind == "event"]
    dated = [e for e in events if getattr(e, "date", None) is not None]
    with visit(browser, site + "index.html") as seen:
        page = seen.page
        chart = page.locator("svg.kz-timeline-svg")
        assert chart.locator("a:not(.kz-year)").count() == len(dated)
        chart.locator('a.kz-year[href="#year-2004"]').click()
        assert page.evaluate("location.hash") == "#year-2004"
        top = page.evaluate("document.getElementById('year-2004').getBoundingClientRect().top")
        assert 0 <= top < 200  # the year's group is at the top of the window
        headings = page.locator("h3").all_inner_texts()
        assert headings[-1] == "Undated" and headings.count("Undated") == 1
        assert "until May 2004" in page.locator("#year-2004 + ul").inner_text()


def test_table_sorts_by_clicking_and_filters_by_typing(browser: Browser, site: str) -> None:
    with visit(browser, site + "index.html") as seen:
        page = seen.page
        table = "table.kz-sortable"
        before = column(page, table, 3)
        ties = page.locator(f"{table} th", has_text="Ties")
        ties.locator("button").click()
        assert ties.get_attribute("aria-sort") == "ascending"
        ascending = [int(n) for n in column(page, table, 3)]
        assert ascending == sorted(int(n) for n in before)
        ties.locator("button").click()
        assert ties.get_attribute("aria-sort") == "descending"
        assert [int(n) for n in column(page, table, 3)] == sorted(ascending, reverse=True)

        name = page.locator(f"{table} th", has_text="Name").locator("button")
        name.click()
        names = column(page, table, 0)
        collated = page.evaluate(
            """(names) => [...names].sort(new Intl.Collator("en",
                {numeric: true, sensitivity: "base", ignorePunctuation: true}).compare)""",
            names,
        )
        assert names == collated and names != before

        total = len(names)
        page.locator("input.datatable-input").fill("Hizb")
        filtered = column(page, table, 0)
        assert 0 < len(filtered) < total
        assert all("hizb" in row.casefold() for row in filtered)
        assert f"of {total} rows match" in page.locator(".kz-table-status").inner_text()
        page.locator("input.datatable-input").fill("")
        assert len(column(page, table, 0)) == total
        assert_clean(seen)


def test_table_is_complete_without_javascript(browser: Browser, site: str) -> None:
    orgs = sum(1 for e in store.dataset().entities.values() if e.kind == "org")
    with visit(browser, site + "index.html", javascript=False) as seen:
        page = seen.page
        assert page.locator("input.datatable-input").count() == 0
        assert page.locator("table.kz-sortable tbody tr").count() == orgs
        assert page.locator("svg.kz-graph-svg").first.locator("a.kz-node").count() == orgs


def test_narrow_screen_scrolls_the_picture_not_the_page(browser: Browser, site: str) -> None:
    with visit(browser, site + "index.html", width=400) as seen:
        page = seen.page
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        box = page.locator(".kz-picture").first
        assert box.evaluate("e => e.scrollWidth > e.clientWidth")  # the graph keeps its size
        size = page.evaluate(
            """() => Math.min(...Array.from(document.querySelectorAll('svg.kz-graph-svg text'))
                 .map(t => t.getBoundingClientRect().height))"""
        )
        assert size >= 11  # labels stay readable at 100 % zoom, even on a phone
