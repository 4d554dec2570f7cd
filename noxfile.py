"""The one task runner: tests, lint, typecheck, docs, bench, browser.

``nox`` alone runs tests, lint, typecheck and docs — what CI runs.  Every
session runs on the interpreter that runs nox (any supported CPython, 3.11 to
3.13); ``--force-python 3.13`` picks another one, as CI does to test the oldest
and the newest.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "docs"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (evidence tests skip without the source article)."""
    session.install("-e", ".", *_group("test"))
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Mypy --strict with the pydantic plugin."""
    session.install("-e", ".", *_group("typecheck"))
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the reference site into docs/_build/html, warnings as errors."""
    session.install("-e", ".", *_group("docs"))
    out = ROOT / "docs" / "_build" / "html"
    if "--fresh" in session.posargs:
        shutil.rmtree(out, ignore_errors=True)
    session.run("sphinx-build", "-nW", "--keep-going", "-j", "auto", "-b", "html", "docs", str(out))
    session.log(f"the site is in {out}/index.html")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against baselines measured in the same run (``-- --quick`` for small sizes)."""
    session.install("-e", ".", *_group("docs"), "sphinx-needs", "pycountry", "matplotlib")
    session.run("python", "-m", "benchmarks", *session.posargs, env={"PYTHONHASHSEED": "0"})


@nox.session
def browser(session: nox.Session) -> None:
    """Screenshot built pages in headless Chromium (needs Debian's chromium)."""
    if not shutil.which("chromium"):
        session.error("install Chromium first: apt-get install -y chromium")
    session.install("-e", ".", *_group("test"), *_group("docs"))
    session.run(
        "pytest",
        "tests/browser",
        "tests/test_sphinx_evidence_map.py",
        "-k",
        "browser",  # the tests/browser package, and the evidence map's checks in a browser
        *session.posargs,
        env={"KZREF_BROWSER": "1", **os.environ},
    )


@nox.session
def fuzz(session: nox.Session) -> None:
    """The differential test of incremental builds, on new seeds (``-- --seconds 1800``)."""
    session.install("-e", ".", *_group("test"))
    session.run(
        "python",
        "-m",
        "differential",
        *session.posargs,
        env={"PYTHONPATH": str(ROOT / "tests")},
    )
