"""Edits that once left published pages stale, each built incrementally and compared,
byte for byte, with a clean build of the same state.

The general claim (any edit, any order, interrupted or not) is tested by the
differential test (``tests/test_sphinx_differential.py``); these are its named
regressions, and the cases issue 12 listed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"
PAGES = ("index.html", "kz/org/alpha-front.html", "kz/person/dana-example.html")


def _build(make_app: Any, srcdir: Path, *, fresh: bool = False) -> Path:
    app = make_app("html", srcdir=srcdir, freshenv=fresh)
    app.build()
    assert app.statuscode == 0
    app.cleanup()
    return Path(app.outdir)


@pytest.fixture
def site(make_app: Any, rootdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """test-stale, built once, reading a copy of the fixture records."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    monkeypatch.setenv("KZREF_TEST_DATA", str(data))
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-stale", srcdir)
    _build(make_app, srcdir)
    return srcdir


def _records(site: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = site.parent / "data" / "records" / "mini.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")


def _entity(document: dict[str, Any], entity_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in document["entities"] if e["id"] == entity_id)
    return found


def _same_as_clean(make_app: Any, site: Path, tmp_path: Path, pages: tuple[str, ...]) -> None:
    """Build incrementally, then from scratch in a copy: the pages must be equal."""
    incremental = _build(make_app, site)
    clean_src = tmp_path / "clean"
    shutil.copytree(site, clean_src, ignore=shutil.ignore_patterns("_build"))
    clean = _build(make_app, clean_src, fresh=True)
    for page in pages:
        assert (incremental / page).read_text("utf-8") == (clean / page).read_text("utf-8"), page


def test_a_place_tied_later_is_renamed_in_the_table(
    make_app: Any, site: Path, tmp_path: Path
) -> None:
    """Regression: an event gains ``places`` (a tie to a kind the table never showed); a
    later rename of that place must reach the table of events."""
    _records(site, lambda d: _entity(d, "event:2006-ban").update(places=["place:testland"]))
    _build(make_app, site)
    _records(site, lambda d: _entity(d, "place:testland").update(name="Testlandia"))
    _same_as_clean(make_app, site, tmp_path, PAGES)
    assert "Testlandia" in (site / "_build" / "html" / "index.html").read_text("utf-8")


def test_an_edit_of_a_colliding_relation_reaches_its_asserter(
    make_app: Any, site: Path, tmp_path: Path
) -> None:
    """Regression: two relations alike after de-duplication (direction, predicate, role,
    certainty); an edit of the second must reach its asserter's page."""

    def twin(document: dict[str, Any]) -> None:
        first = document["relations"][0]
        document["relations"].append({**first, "evidence": [dict(first["evidence"][0])]})

    _records(site, twin)
    _build(make_app, site)

    def reword(document: dict[str, Any]) -> None:
        document["relations"][-1]["asserted_by"] = []

    _records(site, reword)
    _same_as_clean(make_app, site, tmp_path, PAGES)


def test_a_base_url_change_reaches_every_permalink(
    make_app: Any, site: Path, tmp_path: Path
) -> None:
    """Regression: ``kzref_base_url`` is baked into pages when they are read."""
    conf = site / "conf.py"
    conf.write_text(
        conf.read_text("utf-8").replace("https://example.org/kzref/", "https://kz.example/"),
        "utf-8",
    )
    _same_as_clean(make_app, site, tmp_path, PAGES)
    page = (site / "_build" / "html" / "kz" / "org" / "alpha-front.html").read_text("utf-8")
    assert "https://kz.example/" in page and "https://example.org/kzref/" not in page


def test_a_redirect_target_change_reaches_roles_and_filters(
    make_app: Any, site: Path, tmp_path: Path
) -> None:
    """Regression: roles and ``:ids:`` naming a retired id follow its new target."""
    path = site.parent / "data" / "redirects.json"
    path.write_text(json.dumps({"org:alpha-group": "org:beta-court"}), encoding="utf-8")
    _same_as_clean(make_app, site, tmp_path, PAGES)
    index = (site / "_build" / "html" / "index.html").read_text("utf-8")
    assert index.count("Beta Court") >= 2  # the role and the table


def test_a_role_to_an_id_that_appears_later_is_linked(
    make_app: Any, site: Path, tmp_path: Path
) -> None:
    """Regression: a role to an id that does not exist yet links once the entity exists."""

    def add(document: dict[str, Any]) -> None:
        document["entities"].append(
            {**_entity(document, "org:beta-court"), "id": "org:delta-cell", "name": "Delta Cell"}
        )

    _records(site, add)
    ledger = site.parent / "data" / "ledger.txt"
    ledger.write_text(ledger.read_text("utf-8") + "org:delta-cell\n", "utf-8")
    _same_as_clean(make_app, site, tmp_path, PAGES)
    assert 'href="kz/org/delta-cell.html"' in (site / "_build" / "html" / "index.html").read_text(
        "utf-8"
    )


def test_an_interrupted_write_is_finished_by_the_next_build(
    make_app: Any, site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build stopped while writing records nothing as written: the next build re-writes
    what the stopped one had not (here: the table that shows a renamed place)."""
    from sphinx.builders.html import StandaloneHTMLBuilder

    _records(site, lambda d: _entity(d, "place:test-city").update(name="Test Town"))
    original = StandaloneHTMLBuilder.write_doc

    def stop(self: Any, docname: str, doctree: Any) -> None:
        if docname == "index":
            raise KeyboardInterrupt
        original(self, docname, doctree)

    monkeypatch.setattr(StandaloneHTMLBuilder, "write_doc", stop)
    app = make_app("html", srcdir=site, freshenv=False)
    with pytest.raises(KeyboardInterrupt):
        app.build()
    app.cleanup()
    monkeypatch.setattr(StandaloneHTMLBuilder, "write_doc", original)
    _same_as_clean(make_app, site, tmp_path, PAGES)
    assert "Test Town" in (site / "_build" / "html" / "index.html").read_text("utf-8")
