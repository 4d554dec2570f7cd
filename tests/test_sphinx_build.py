"""Builds as a whole: minimal incremental rebuilds, and parallel output equal to serial."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"


def _project(rootdir: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(rootdir / "test-basic", target)
    return target


def _reread(make_app: Any, srcdir: Path) -> list[str]:
    app = make_app("html", srcdir=srcdir, freshenv=False)
    seen: list[str] = []
    app.connect("env-before-read-docs", lambda _app, _env, docnames: seen.extend(docnames))
    app.build()
    assert app.warning.getvalue() == ""
    app.cleanup()  # unregister nodes, so the next app in this test starts clean
    return sorted(seen)


def test_one_entity_edit_rereads_exactly_the_pages_that_show_it(
    make_app: Any, rootdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    monkeypatch.setenv("KZREF_TEST_DATA", str(data))
    srcdir = _project(rootdir, tmp_path, "site")
    first = _reread(make_app, srcdir)
    assert "kz/org/gamma-network" in first and "index" in first
    assert _reread(make_app, srcdir) == []  # nothing changed, nothing re-read
    page = srcdir / "kz" / "org" / "gamma-network.rst"
    stamp = page.stat().st_mtime_ns

    records = data / "records" / "mini.json"
    text = records.read_text(encoding="utf-8")
    edited = text.replace(
        "A fictional network said to have ties", "A fictional network alleged to have ties"
    )
    assert edited != text
    records.write_text(edited, encoding="utf-8")

    assert _reread(make_app, srcdir) == [
        "index",  # kz:entity card of the network
        "kz/event/2004-test-bombing",  # it disputes the claim
        "kz/event/undated-raid",  # it was the target
        "kz/graph",  # organization graph (any organization)
        "kz/org/alpha-front",  # the relation's other end
        "kz/org/gamma-network",  # its own page
        "kz/org/index",  # the organization table
        "kz/person/dana-example",  # she asserts the network's ties
    ]
    assert page.stat().st_mtime_ns == stamp  # the page file itself was not rewritten


def _build(make_app: Any, srcdir: Path, parallel: int) -> Path:
    app = make_app("html", srcdir=srcdir, parallel=parallel)
    app.build()
    assert app.warning.getvalue() == ""
    app.cleanup()
    return Path(app.outdir)


def test_parallel_build_equals_serial_build(make_app: Any, rootdir: Path, tmp_path: Path) -> None:
    serial = _build(make_app, _project(rootdir, tmp_path, "serial"), 1)
    parallel = _build(make_app, _project(rootdir, tmp_path, "parallel"), 2)
    pages = sorted(p.relative_to(serial) for p in serial.rglob("*.html"))
    assert pages == sorted(p.relative_to(parallel) for p in parallel.rglob("*.html"))
    for page in [*pages, Path("objects.inv"), Path("kzref.json")]:
        assert (serial / page).read_bytes() == (parallel / page).read_bytes(), page
    assert json.loads((serial / "kzref.json").read_text(encoding="utf-8"))["entities"]
