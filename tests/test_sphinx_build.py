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


def _rebuild(make_app: Any, srcdir: Path) -> tuple[list[str], list[str]]:
    """Build again: the documents re-read, and those written (re-read or not)."""
    app = make_app("html", srcdir=srcdir, freshenv=False)
    read: list[str] = []
    written: list[str] = []
    app.connect("env-before-read-docs", lambda _app, _env, docnames: read.extend(docnames))
    app.connect("html-page-context", lambda _app, name, *_: written.append(name))
    app.build()
    assert app.warning.getvalue() == ""
    app.cleanup()  # unregister nodes, so the next app in this test starts clean
    docs = {d for d in written if not d.startswith(("genindex", "search", "kz-"))}
    return sorted(read), sorted(docs)


def _edit(data: Path, old: str, new: str) -> None:
    records = data / "records" / "mini.json"
    text = records.read_text(encoding="utf-8")
    assert old in text
    records.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def site(make_app: Any, rootdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A built test-basic project reading a copy of the fixture records."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    monkeypatch.setenv("KZREF_TEST_DATA", str(data))
    srcdir = _project(rootdir, tmp_path, "site")
    first, _ = _rebuild(make_app, srcdir)
    assert "kz/org/gamma-network" in first and "index" in first
    assert _rebuild(make_app, srcdir) == ([], [])  # nothing changed, nothing done
    return srcdir


def _html(srcdir: Path, page: str) -> str:
    return (srcdir / "_build" / "html" / page).read_text(encoding="utf-8")


def test_a_summary_edit_rereads_only_what_shows_the_summary(make_app: Any, site: Path) -> None:
    page = site / "kz" / "org" / "gamma-network.rst"
    stamp = page.stat().st_mtime_ns
    _edit(site.parent / "data", "A fictional network said", "A fictional network alleged")

    read, written = _rebuild(make_app, site)
    assert read == [
        "index",  # kz:entity card of the network
        "kz/org/gamma-network",  # its own page
    ]
    # the table of organizations is rendered at write time: re-written, not re-read;
    # the graph shows no summaries and pages that only link to the network are left
    # alone; Sphinx re-writes kz/index, the toctree parent of the table
    assert written == sorted([*read, "kz/index", "kz/org/index"])
    assert "A fictional network alleged" in _html(site, "kz/org/gamma-network.html")
    assert "A fictional network alleged" in _html(site, "kz/org/index.html")
    assert page.stat().st_mtime_ns == stamp  # the page file itself was not rewritten


def test_a_rename_rewrites_every_page_that_names_it(make_app: Any, site: Path) -> None:
    _edit(site.parent / "data", '"name": "Gamma Network"', '"name": "Gamma Web"')

    read, written = _rebuild(make_app, site)
    # re-read: its own page, and the card of a user page (rendered while read);
    # the other pages that name it keep their headings and are re-written
    assert read == ["index", "kz/org/gamma-network"]
    assert set(written) >= {
        *read,
        "kz/event/2004-test-bombing",  # it disputes the claim
        "kz/event/undated-raid",  # it was the target
        "kz/org/alpha-front",  # the relation's other end
        "kz/person/dana-example",  # she asserts the network's ties
        "kz/graph",
        "kz/org/index",
    }
    for page in ("kz/org/alpha-front.html", "kz/event/undated-raid.html", "kz/org/index.html"):
        assert ">Gamma Web<" in _html(site, page) and "Gamma Network" not in _html(site, page)


def test_a_tie_recorded_elsewhere_reaches_both_pages(make_app: Any, site: Path) -> None:
    _edit(
        site.parent / "data",
        '[{"ref": "org:gamma-network", "role": "target"}]',
        '[{"ref": "org:gamma-network", "role": "suspect"}]',
    )

    read, written = _rebuild(make_app, site)
    # the record that changed is re-read; the network's page, which shows the raid
    # with the network's role in it, keeps its headings and is re-written
    assert read == ["kz/event/undated-raid"]
    # the selections that show the raid (the timelines, the event table) and the graph
    # of organizations, which draws the network's ties, and the page of Alpha Front,
    # whose "ties at a glance" draws the ties among its neighbours (the network's);
    # not the MyST table of 2004-2005 events, which the undated raid is not in
    assert written == sorted(
        [
            *read,
            "kz/org/gamma-network",
            "index",
            "kz/event/index",
            "kz/graph",
            "kz/index",
            "kz/org/alpha-front",
            "kz/timeline",
        ]
    )
    assert "suspect" in _html(site, "kz/org/gamma-network.html")


def test_selections_are_rendered_when_written(make_app: Any, site: Path) -> None:
    """The doctree keeps a placeholder; the page shows the rows of the records."""
    doctree = (site / "_build" / "doctrees" / "kz" / "org" / "index.doctree").read_bytes()
    assert b"pending_selection" in doctree and b"Gamma Network" not in doctree
    assert ">Gamma Network<" in _html(site, "kz/org/index.html")


def test_entity_pages_are_read_as_headings_and_drawn_when_written(site: Path) -> None:
    """The saved doctree of a page holds its headings, not its tables; the page has both."""
    import pickle

    from docutils import nodes

    path = site / "_build" / "doctrees" / "kz" / "org" / "alpha-front.doctree"
    doctree = pickle.loads(path.read_bytes())
    titles = [t.astext() for t in doctree.findall(nodes.title)]
    assert titles[0] == "Alpha Front" and {"Relations", "Cite this"} <= set(titles)
    assert not list(doctree.findall(nodes.table)) and "Gamma Network" not in doctree.astext()
    page = _html(site, "kz/org/alpha-front.html")
    assert 'id="kz-relations"' in page and ">Gamma Network<" in page


def test_search_index_is_the_same_with_stems_shared(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    """Stemming once per build rather than once per page changes nothing in the index."""
    from kzref.sphinx import search

    indices = []
    for shared in (True, False):
        srcdir = _project(rootdir, tmp_path, f"stems-{shared}")
        app = make_app("html", srcdir=srcdir)
        if not shared:
            app.disconnect(
                next(
                    listener.id
                    for listener in app.events.listeners["doctree-resolved"]
                    if listener.handler is search.share_stems
                )
            )
        app.build()
        stem = app.builder.indexer.lang.stem
        assert hasattr(stem, "cache_info") is shared
        if shared:
            assert stem.cache_info().hits > 0  # the same words, on other pages
        indices.append((Path(app.outdir) / "searchindex.js").read_bytes())
        app.cleanup()
    assert indices[0] == indices[1]


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
