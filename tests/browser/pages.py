"""Page-level helpers for the browser tests: serve, open, watch, act, screenshot, audit.

Headless Debian Chromium (``/usr/bin/chromium``) driven over the DevTools
protocol by Playwright; Playwright's own browser download is never used.  Every
page is served from a temporary localhost ``http.server`` (file:// URLs hide
real-world failures such as blocked scripts), every request leaving localhost
is blocked and recorded, and console errors and uncaught exceptions are
collected.  :func:`axe` runs the vendored axe-core in the page.

Used by the tests in this folder; the lead's Sphinx tests can import it too
(``from tests.browser.pages import visit, axe, assert_accessible``).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request

HERE = Path(__file__).parent
AXE = HERE / "vendor" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("KZREF_BROWSER_ARTIFACTS", HERE / "_screenshots"))
"""Screenshots and accessibility reports land here (CI keeps the folder)."""
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
"""Every browser test's Chromium flags: no sandbox in containers, no network chatter."""
WIDTHS = (1280, 400)
"""Desktop and a narrow phone."""
SERIOUS = ("serious", "critical")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # the stdlib's name
        """Keep the test output clean."""


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve *root* on a free localhost port for the duration; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, under Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if CHROMIUM is None:
        raise RuntimeError("install Chromium first: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """One open page and what went wrong on it."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    """Requests to anywhere but localhost: blocked, and a failure of the page."""
    failed: list[str] = field(default_factory=list)
    """Local requests that failed or answered 4xx/5xx."""

    @property
    def problems(self) -> list[str]:
        """Everything a reader could notice: console errors, exceptions, broken requests."""
        return [
            *(f"console: {m}" for m in self.console_errors),
            *(f"exception: {m}" for m in self.page_errors),
            *(f"network (blocked): {m}" for m in self.blocked),
            *(f"request failed: {m}" for m in self.failed),
        ]


@contextlib.contextmanager
def visit(
    browser: Browser, url: str, *, width: int = 1280, javascript: bool = True
) -> Iterator[Visit]:
    """Open *url* at *width* px in a fresh context and watch it until the block ends."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    seen = Visit(page)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            seen.console_errors.append(message.text)

    def on_response(response: Any) -> None:
        if response.status >= 400:
            seen.failed.append(f"{response.status} {response.url}")

    def on_failed(request: Request) -> None:
        if urlparse(request.url).hostname in ("127.0.0.1", "localhost"):
            seen.failed.append(f"{request.failure} {request.url}")

    def route(route: Any) -> None:
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            seen.blocked.append(route.request.url)
            route.abort()

    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.page_errors.append(str(error)))
    page.on("response", on_response)
    page.on("requestfailed", on_failed)
    context.route("**/*", route)
    try:
        page.goto(url, wait_until="load")
        yield seen
    finally:
        context.close()


def screenshot(page: Page, name: str, widths: tuple[int, ...] = WIDTHS) -> list[Path]:
    """Full-page PNGs of *page* at each width, as ``<ARTIFACTS>/<name>-<width>.png``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    shots = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        path = ARTIFACTS / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        shots.append(path)
    if original is not None:
        page.set_viewport_size(original)
    return shots


def axe(
    page: Page, *, impacts: tuple[str, ...] = SERIOUS, exclude: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """Run axe-core in *page*; the violations of the given *impacts*, each with its nodes.

    *exclude* lists CSS selectors axe should not look at (e.g. a theme's widgets
    one cannot change).  Nothing is fetched: axe comes from ``vendor/axe-core``.
    """
    if not page.evaluate("() => Boolean(window.axe)"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    context: Any = {"exclude": [[selector] for selector in exclude]} if exclude else "document"
    result = page.evaluate(
        """async (context) => {
            const target = context === "document" ? document : context;
            const r = await window.axe.run(target, {resultTypes: ["violations"]});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 300)})),
            }));
        }""",
        context,
    )
    return [v for v in result if v["impact"] in impacts]


def write_report(name: str, violations: list[dict[str, Any]]) -> Path:
    """Keep an accessibility report as ``<ARTIFACTS>/<name>-axe.json``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}-axe.json"
    path.write_text(json.dumps(violations, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def summary(violations: list[dict[str, Any]]) -> str:
    """One line per violation: rule, impact, how many elements, one example."""
    return "\n".join(
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}"
        f" — e.g. {v['nodes'][0]['target']}"
        for v in violations
    )


def assert_accessible(page: Page, *, exclude: tuple[str, ...] = ()) -> None:
    """Fail unless axe finds no serious or critical violation on *page*.

    The check the lead turns on for kzref's own pages once they are fixed;
    ``exclude`` takes selectors of theme parts kzref does not control.
    """
    violations = axe(page, exclude=exclude)
    assert not violations, summary(violations)


def assert_clean(seen: Visit) -> None:
    """Fail if the page logged console errors, threw, or tried to leave localhost."""
    assert not seen.problems, "\n".join(seen.problems)


def column(page: Page, table: str, index: int) -> list[str]:
    """The visible text of column *index* (0-based) of the first table matching *table*."""
    texts: list[str] = page.eval_on_selector(
        table,
        """(t, i) => Array.from(t.tBodies[0].rows)
            .filter(r => r.offsetParent !== null && r.cells.length > i)
            .map(r => r.cells[i].innerText.trim())""",
        index,
    )
    return texts
