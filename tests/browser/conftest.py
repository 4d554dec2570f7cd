"""Browser tests run only when asked: ``KZREF_BROWSER=1`` with Chromium and Playwright.

``nox -s browser`` sets the variable; the main suite skips this folder quickly.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .pages import CHROMIUM, chromium, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser

REASON = (
    "browser checks run in `nox -s browser` (KZREF_BROWSER=1) with Debian's chromium "
    "and the playwright package installed"
)


def browser_ready() -> bool:
    """Whether the browser tests can and should run here."""
    return bool(
        os.environ.get("KZREF_BROWSER")
        and CHROMIUM
        and importlib.util.find_spec("playwright") is not None
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip every test of this folder unless the browser tests were asked for."""
    if browser_ready():
        return
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.skip(reason=REASON))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session."""
    if not browser_ready():
        pytest.skip(REASON)
    with chromium() as running:
        yield running


DOCS = Path(__file__).parents[2] / "docs"


@pytest.fixture(scope="session")
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


@pytest.fixture(scope="session")
def docs_url(docs_site: Path) -> Iterator[str]:
    """The built docs, served on localhost."""
    with serve(docs_site) as base:
        yield base
