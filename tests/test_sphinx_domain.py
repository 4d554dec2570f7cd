"""The kz domain: roles in reStructuredText and MyST, warnings, objects.inv, cite-only mode."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

from kzref.store import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

DATA = load(Path(__file__).parent / "fixtures" / "sphinx-data")


def _html(app: SphinxTestApp, page: str) -> str:
    return (app.outdir / page).read_text(encoding="utf-8")


def _inventory(path: Path) -> dict[str, Any]:
    with path.open("rb") as stream:
        return InventoryFile.load(stream, "https://kzref.example.org/", lambda *a: a[1] + a[0])


@pytest.mark.sphinx("html", testroot="basic")
def test_roles_resolve_in_rst_and_myst(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    index = _html(app, "index.html")
    tooltip = "org:alpha-front (Organization · terrorist organization)"
    assert f'href="kz/org/alpha-front.html" title="{tooltip}"' in index
    assert ">Alpha Front<" in index  # the entity's name, not the raw id
    assert ">the prosecutor<" in index  # an explicit title wins
    assert 'href="kz/org/beta-court.html"' in index  # :any:
    myst = _html(app, "myst.html")
    assert 'href="kz/org/alpha-front.html"' in myst
    assert 'href="kz/agreement/test-accord.html"' in myst and ">Test Accord<" in myst


@pytest.mark.sphinx("html", testroot="basic")
def test_every_entity_has_a_page_and_an_inventory_entry(app: SphinxTestApp) -> None:
    app.build()
    inventory = _inventory(app.outdir / "objects.inv")
    listed = {
        name
        for objtype, entries in inventory.items()
        if objtype.startswith("kz:")
        for name in entries
    }
    assert listed == set(DATA.entities)
    for entity_id in DATA.entities:
        kind, _, slug = entity_id.partition(":")
        page = _html(app, f"kz/{kind}/{slug}.html")
        assert DATA.entities[entity_id].name in page
    assert (app.outdir / "kz-org.html").is_file()  # a domain index per kind
    assert "Chronology of events" in _html(app, "kz-event.html")


@pytest.mark.sphinx("html", testroot="basic")
def test_entity_page_shows_ties_both_ways(app: SphinxTestApp) -> None:
    app.build()
    page = _html(app, "kz/org/alpha-front.html")
    for expected in (
        "Designations",
        "Beta Court",
        "List of banned groups",  # designation
        "Ties with",
        "Gamma Network",  # an incoming relation
        "Test City bombing",
        "perpetrator",
        "claimed",  # an event it took part in
        "Evidence",
        "Alpha Front was banned",
        "Cite this",
        "https://example.org/kzref/kz/org/alpha-front.html",
        "kzref-org-alpha-front",
        "the record (JSON)",  # a download beside the page
    ):
        assert expected in page, expected


@pytest.mark.sphinx("html", testroot="basic")
def test_retired_id_keeps_a_page_at_its_old_url(app: SphinxTestApp) -> None:
    app.build()
    old = _html(app, "kz/org/alpha-group.html")
    assert "retired" in old and 'href="alpha-front.html"' in old


@pytest.mark.sphinx("html", testroot="basic")
def test_kzref_json_is_written(app: SphinxTestApp) -> None:
    app.build()
    import json

    document = json.loads(_html(app, "kzref.json"))
    assert {e["id"] for e in document["entities"]} == set(DATA.entities)


@pytest.mark.sphinx("html", testroot="warnings")
def test_bad_references_warn_with_location_and_subtype(app: SphinxTestApp) -> None:
    app.build()
    warnings = app.warning.getvalue()
    expected = [  # (line, message pattern, subtype)
        (4, r"unknown id 'org:alpha-frnt'; did you mean org:alpha-front\?", "unknown_id"),
        (6, r"person:dana-example is a person, not an entity of kind 'org'", "wrong_kind"),
        (8, r"org:alpha-group was retired; it now redirects to org:alpha-front", "redirected_id"),
        (10, r"'Not An Id!' is not an entity id", "bad_target"),
        (12, r"the range starts \(2006-01-01\) after it ends \(2004-12-31\)", "bad_filter"),
        (16, r":involving: names unknown id 'org:nobody'", "unknown_id"),
        (19, r"org:alpha-group was retired", "redirected_id"),
        (21, r"unknown kind 'planet'", "bad_filter"),
    ]
    for line, message, subtype in expected:
        pattern = rf"index.rst:{line}: WARNING: kzref: {message}.*\[kzref\.{subtype}\]"
        assert re.search(pattern, warnings), pattern


@pytest.mark.sphinx(
    "html", testroot="warnings", confoverrides={"suppress_warnings": ["kzref.unknown_id"]}
)
def test_a_subtype_can_be_silenced_by_name(app: SphinxTestApp) -> None:
    app.build()
    warnings = app.warning.getvalue()
    assert "unknown id" not in warnings
    assert "kzref.wrong_kind" in warnings


def test_cite_only_project_links_to_the_published_site(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    published = make_app("html", srcdir=_copy(rootdir / "test-basic", tmp_path / "kzref"))
    published.build()
    published.cleanup()
    inventory = tmp_path / "objects.inv"
    shutil.copy(published.outdir / "objects.inv", inventory)

    base = "https://kzref.example.org/en/latest/"
    citing = make_app(
        "html",
        srcdir=_copy(rootdir / "test-cite-only", tmp_path / "citing"),
        confoverrides={"intersphinx_mapping": {"kzref": (base, str(inventory))}},
    )
    citing.build()
    page = _html(citing, "index.html")
    for target in ("kz/org/alpha-front.html", "kz/event/2006-ban.html", "kz/org/beta-court.html"):
        assert f'href="{base}{target}"' in page, target
    assert not (citing.outdir / "kz").exists()  # no local copies of the pages
    assert "unknown id 'org:no-such-group'" in citing.warning.getvalue()


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target
