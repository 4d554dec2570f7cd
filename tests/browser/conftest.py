"""Browser tests run only when asked: ``KZREF_BROWSER=1`` with Chromium and Playwright.

``nox -s browser`` sets the variable; the main suite skips this folder quickly.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .pages import CHROMIUM, chromium

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
