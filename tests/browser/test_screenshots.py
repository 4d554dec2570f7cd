"""Open built pages in headless Chromium, as a reader would, and check what they show.

Runs in ``nox -s browser`` (which sets ``KZREF_BROWSER=1``); needs Debian's
``chromium``.  Screenshots land in ``tests/browser/_screenshots/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from browser.pages import CHROMIUM, FLAGS

SHOTS = Path(__file__).parent / "_screenshots"

pytestmark = pytest.mark.skipif(
    not (os.environ.get("KZREF_BROWSER") and CHROMIUM),
    reason="browser checks run in `nox -s browser` (KZREF_BROWSER=1) with chromium installed",
)


def _chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def site(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = tmp_path_factory.mktemp("site") / "src"
    shutil.copytree(rootdir / "test-basic", srcdir)
    app = SphinxTestApp("html", srcdir=srcdir, confoverrides={"html_theme": "furo"})
    try:
        app.build()
    finally:
        app.cleanup()
    return Path(app.outdir)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "kz/org/alpha-front.html",
            [
                "Alpha Front",
                "Evidence",
                "Alpha Front was banned",
                "Cite this",
                "kzref-org-alpha-front",
                "Designations",
                "Test City bombing",
            ],
        ),
        ("kz/timeline.html", ["Timeline", "2004", "spring 2004", "Test City bombing", "Undated"]),
    ],
)
def test_page_renders_in_a_browser(
    site: Path, tmp_path: Path, page: str, expected: list[str]
) -> None:
    url = (site / page).as_uri()
    dom = _chromium(tmp_path, "--dump-dom", url)
    for text in expected:
        assert text in dom, text
    SHOTS.mkdir(exist_ok=True)
    shot = SHOTS / (page.replace("/", "-").removesuffix(".html") + ".png")
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", url)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank image
