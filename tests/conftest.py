"""Shared fixtures: the source article (skipped, or failed in CI, when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kzref import source, store
from kzref.store import Dataset

pytest_plugins = ("sphinx.testing.fixtures",)

REQUIRE_SOURCE = "KZREF_REQUIRE_SOURCE"


@pytest.fixture(scope="session")
def sections() -> dict[str, source.Section]:
    """The article's sections; tests that need them skip visibly without the text.

    ``.ci/run`` sets ``KZREF_REQUIRE_SOURCE=1`` so that CI fails instead of skipping.
    """
    try:
        return source.sections()
    except source.SourceNotFoundError as error:
        if os.environ.get(REQUIRE_SOURCE):
            pytest.fail(f"{REQUIRE_SOURCE} is set but {error}")
        pytest.skip(f"evidence not checked: {error}")


FIXTURES = Path(__file__).parent / "fixtures"
os.environ.setdefault("KZREF_TEST_DATA", str(FIXTURES / "sphinx-data"))


@pytest.fixture(scope="session")
def mini() -> Dataset:
    """A small, hand-made data folder (``tests/data/mini``) for exact-result tests."""
    return store.load(Path(__file__).parent / "data" / "mini")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``@pytest.mark.sphinx(testroot=...)`` finds its ``test-<name>`` projects."""
    return Path(__file__).parent / "roots"
