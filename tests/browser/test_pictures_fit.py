"""kzref's own pictures fit the page: read at desktop and phone width in Chromium.

At 1280 px every picture fits the content column at full size (no scrolling in
its box, labels at least 11 px); at 400 px the page never scrolls sideways and
nothing is cut off at the screen's edge (a picture or a wide table may scroll,
inside its own box), and the timeline's legend is all in view.
The widest real neighbourhoods are checked: the Government of Kazakhstan and
Nazarbayev have the most ties.  Uses the ``docs_site`` build of ``conftest.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .pages import assert_clean, screenshot, visit

if TYPE_CHECKING:
    from playwright.sync_api import Browser

PAGES = (
    "index.html",
    "kz/timeline.html",
    "kz/graph.html",
    "kz/org/government-of-kazakhstan.html",
    "kz/person/nursultan-nazarbayev.html",
    "kz/org/hizb-ut-tahrir.html",
)


OVERFLOWING = """() => {
    const article = document.querySelector('article[role=main], article, .body');
    const edge = document.documentElement.clientWidth + 1;  // the screen's right edge
    const boxed = el => {
        for (let p = el.parentElement; p && p !== article; p = p.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
        }
        return false;
    };
    return [...article.querySelectorAll('*')]
        .filter(el => el.getBoundingClientRect().right > edge && !boxed(el))
        .map(el => `${el.tagName} ${(el.textContent || '').trim().slice(0, 60)}`);
}"""
"""What reaches past the screen's edge without a scroll box of its own inside the page."""


def _name(page: str) -> str:
    return "fit-" + page.removesuffix(".html").replace("/", "-")


def _built(docs_site: Path, page: str) -> None:
    if not (docs_site / page).exists():
        pytest.skip(f"{page} is not in this build")


@pytest.mark.parametrize("page", PAGES)
def test_pictures_fit_the_column_at_full_size_on_a_desktop(
    browser: Browser, docs_url: str, docs_site: Path, page: str
) -> None:
    _built(docs_site, page)
    with visit(browser, docs_url + page, width=1280) as seen:
        boxes = seen.page.locator(".kz-picture")
        assert boxes.count() >= 1
        for box in boxes.all():
            fit = box.evaluate(
                """b => {
                    const svg = b.querySelector('svg'), r = svg.getBoundingClientRect();
                    const sizes = [...svg.querySelectorAll('text')]
                        .map(t => parseFloat(getComputedStyle(t).fontSize));
                    return {scroll: b.scrollWidth, client: b.clientWidth,
                            scale: r.width / svg.viewBox.baseVal.width,
                            smallest: Math.min(...sizes)};
                }"""
            )
            assert fit["scroll"] <= fit["client"], fit  # nothing hidden to the right
            assert abs(fit["scale"] - 1) < 0.01, fit  # drawn at its own size
            assert fit["smallest"] >= 11, fit  # labels readable at 100 % zoom
        assert_clean(seen)
        screenshot(seen.page, _name(page))


@pytest.mark.parametrize("page", (*PAGES, "evidence.html", "downloads.html", "kz/org/index.html"))
def test_no_page_scrolls_sideways_on_a_phone(
    browser: Browser, docs_url: str, docs_site: Path, page: str
) -> None:
    _built(docs_site, page)
    with visit(browser, docs_url + page, width=400) as seen:
        assert seen.page.evaluate("document.documentElement.scrollWidth") <= 400
        # nor is anything cut off at the column's edge, unless it scrolls in a box of
        # its own inside the page (a picture, a wide table): the theme's content
        # column scrolls, so the page-wide check alone misses a long unbroken line
        assert seen.page.evaluate(OVERFLOWING) == []
        for legend in seen.page.locator(".kz-picture svg.kz-timeline-svg .kz-legend").all():
            # the chart may scroll in its box; its legend is all in view at the start
            right = legend.evaluate(
                """g => g.getBoundingClientRect().right
                     - g.closest('.kz-picture').getBoundingClientRect().left"""
            )
            width = legend.evaluate("g => g.closest('.kz-picture').clientWidth")
            assert right <= width, (right, width)


def test_a_cut_neighbourhood_says_where_the_rest_is(browser: Browser, docs_url: str) -> None:
    with visit(browser, docs_url + "kz/org/government-of-kazakhstan.html") as seen:
        page = seen.page
        more = page.locator("#kz-neighbourhood .kz-more")
        assert more.count() == 1
        assert "of the" in more.inner_text() and "are drawn" in more.inner_text()
        targets = more.locator("a").evaluate_all("l => l.map(a => a.getAttribute('href'))")
        assert targets
        for target in targets:
            assert page.locator(target).count() == 1, target  # the section is on the page
