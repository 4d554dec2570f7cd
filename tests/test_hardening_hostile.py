"""Hostile text in the data is shown as text on every page, never interpreted.

``tests/fixtures/hostile-data`` puts HTML and JavaScript (``<script>``, ``onerror=``,
an attribute break-out ``" onmouseover="…``), reStructuredText (`` `x`_ ``,
``:kz:ref:``, ``|sub|``, ``**bold**``, ``.. raw::``) and MyST (``{kz:org}`…```,
``[click](javascript:…)``) into every text field of every kind of record; the
``test-hostile`` root shows them with every role and directive, in rST and MyST.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

from kzref.sphinx.directives.graph import dot_string
from kzref.sphinx.render import entity_type
from kzref.store import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = Path(__file__).parent / "fixtures" / "hostile-data"
DATA = load(HOSTILE)
SCRIPT = '<script>alert("kz-xss")</script>'
RST = "`evil`_ :kz:ref:`org:hostile-group` |sub| **bold** .. raw:: html"
MYST = "{kz:org}`hostile-group` [click](javascript:alert(1)) <img src=x onerror=alert(1)>"
ATTR = '" onmouseover="alert(1)'
KNOWN_ISSUE = "kz/org/hostile-old-name.rst"
"""The retired id's page: see test_a_retired_id_whose_successor_has_a_hostile_name."""

CONF = {"kzref_data_path": str(HOSTILE)}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
WATCHED = ("kz-card", "kz-table", "kz-timeline", "kz-graph-fallback", "kz-notes", "kz-evidence")


class Page(HTMLParser):
    """The visible text of a page, the text inside kzref's blocks, and anything active."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.blocks: dict[str, list[str]] = {name: [] for name in WATCHED}
        self.titles: list[str] = []
        self.active: list[str] = []
        self.hrefs: list[str] = []
        self._stack: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.active.append(f"<{tag} {name}=…>")
            if name in ("href", "src") and value.strip().lower().startswith("javascript:"):
                self.active.append(f"<{tag} {name}={value}>")
        if tag == "img":
            self.active.append("<img>")
        if tag == "a":
            self.hrefs.append(values.get("href", ""))
            if "title" in values:
                self.titles.append(values["title"])
        if tag not in VOID:
            self._stack.append((tag, set(values.get("class", "").split())))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        inside = [tag for tag, _ in self._stack]
        if "script" in inside and "kz-xss" in data:
            self.active.append(f"<script>{data}</script>")
        if "strong" in inside and "bold" in data:
            self.active.append(f"<strong>{data}</strong>")
        self.text.append(data)
        for _tag, classes in self._stack:
            for name in classes & set(WATCHED):
                self.blocks[name].append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def visible(page: Page, block: str | None = None) -> str:
    return "".join(page.blocks[block] if block else page.text)


def _warnings(app: SphinxTestApp) -> list[str]:
    return [line for line in app.warning.getvalue().splitlines() if line.strip()]


@pytest.mark.sphinx("html", testroot="hostile", confoverrides=CONF, freshenv=True)
def test_hostile_text_is_shown_as_text_on_every_page(app: SphinxTestApp) -> None:
    app.build()
    assert [w for w in _warnings(app) if KNOWN_ISSUE not in w] == []

    pages = sorted(Path(app.outdir).rglob("*.html"))
    assert len(pages) > 15
    for path in pages:
        assert parse(path).active == [], path  # nothing from the data became markup

    group = DATA.entities["org:hostile-group"]
    index = parse(Path(app.outdir) / "index.html")
    # tooltips: the link title is the id and type, never markup from the record
    for entity in (group, DATA.entities["event:2004-hostile-event"]):
        assert f"{entity.id} ({entity_type(entity)})" in index.titles
    # cards, tables, timelines, graph (fallback list) and notes: the text, verbatim
    assert group.name in visible(index, "kz-card")
    for field in (group.name, group.summary, *group.aliases):
        assert field in visible(index, "kz-table"), field
    event = DATA.entities["event:2004-hostile-event"]
    assert event.summary in visible(index, "kz-timeline")
    # dates are worded from their EDTF value ("spring 2004"); the record's own wording
    # of the date is in its JSON, never on the page as markup
    assert "spring 2004" in visible(index, "kz-timeline")
    assert group.name in visible(index, "kz-graph-fallback")
    assert DATA.entities["org:plain-group"].name in visible(index, "kz-graph-fallback")
    assert group.notes[0].text in visible(index, "kz-notes")

    page = parse(Path(app.outdir) / "kz" / "org" / "hostile-group.html")
    text = visible(page)
    for expected in (
        group.name,  # the page title, straight quotes and all
        group.summary,
        *group.aliases,
        group.evidence[0].quote,
        group.evidence[0].section,
        group.notes[0].text,
        "chief " + SCRIPT + " " + RST,  # a relation's title
        # (a designation's own wording of its date is in the record's JSON: pages word
        # dates from their EDTF value, "2005")
    ):
        assert expected in text, expected
    head = _read(app, "kz/org/hostile-group.html").partition("</head>")[0]  # not the SVG's
    [title] = re.findall(r"<title>(.*?)</title>", head)
    assert html.unescape(title).startswith(group.name + " \N{EM DASH}")

    event_page = visible(parse(Path(app.outdir) / "kz" / "event" / "2004-hostile-event.html"))
    for expected in (f"killed {SCRIPT}", f"three {RST}", f"said {SCRIPT} {MYST}", f"desc {SCRIPT}"):
        assert expected in event_page, expected
    accord = visible(parse(Path(app.outdir) / "kz" / "agreement" / "hostile-accord.html"))
    assert f"Commit {SCRIPT} {RST} {MYST}" in accord


def _read(app: SphinxTestApp, page: str) -> str:
    return (Path(app.outdir) / page).read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="hostile", confoverrides=CONF, freshenv=True)
def test_myst_pages_do_not_interpret_data_either(app: SphinxTestApp) -> None:
    app.build()
    myst = parse(Path(app.outdir) / "myst.html")
    person = DATA.entities["person:hostile-person"]
    assert person.summary in visible(myst, "kz-card")
    # `{kz:org}` inside the data made no link: the one link to the group is the page's own role
    links = [h for h in myst.hrefs if h.endswith("kz/org/hostile-group.html")]
    assert len(links) == 1
    assert DATA.entities["agreement:hostile-accord"].name in visible(myst, "kz-table")


@pytest.mark.sphinx("html", testroot="hostile", confoverrides=CONF, freshenv=True)
def test_inventory_and_json_keep_hostile_names_exactly(app: SphinxTestApp) -> None:
    app.build()
    with (Path(app.outdir) / "objects.inv").open("rb") as stream:
        inventory: dict[str, Any] = InventoryFile.load(
            stream, "https://x.example/", lambda *a: a[1] + a[0]
        )
    names = {
        entity_id: entry[3]
        for kind, entries in inventory.items()
        if kind.startswith("kz:")
        for entity_id, entry in entries.items()
    }
    assert names == {i: e.name for i, e in DATA.entities.items()}
    document = json.loads(_read(app, "kzref.json"))
    assert {e["id"]: e["summary"] for e in document["entities"]} == {
        i: e.summary for i, e in DATA.entities.items()
    }


_DOT_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _undot(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@pytest.mark.sphinx(
    "dummy",
    testroot="hostile",
    confoverrides={
        **CONF,
        "extensions": ["myst_parser", "sphinx.ext.graphviz", "kzref.sphinx"],
        "graphviz_dot": sys.executable,  # any program that exists: the dummy builder draws nothing
    },
    freshenv=True,
)
def test_graph_labels_are_quoted_dot_strings(app: SphinxTestApp) -> None:
    from sphinx.ext.graphviz import graphviz

    app.build()
    doctree = app.env.get_and_resolve_doctree("index", app.builder, tags=app.tags)
    [node] = doctree.findall(graphviz)  # the graph is rendered as the page is written
    lines = node["code"].splitlines()
    labels = []
    for line in lines[3:-1]:
        strings = [_undot(s) for s in _DOT_STRING.findall(line)]
        # every line is exactly its quoted strings plus DOT syntax: nothing broke out
        skeleton = _DOT_STRING.sub('""', line).strip()
        assert skeleton in ('"" [label=""];', '"" -> "" [label="", fontsize=8];'), line
        labels.append(strings[-1] if "->" not in line else strings[2])
    assert DATA.entities["org:hostile-group"].name in labels
    assert DATA.entities["org:plain-group"].name in labels
    assert dot_string('a\\N "b"\nc') == '"a\\\\N \\"b\\" c"'


@pytest.mark.sphinx("html", testroot="hostile", confoverrides=CONF, freshenv=True)
def test_a_retired_id_whose_successor_has_a_hostile_name(app: SphinxTestApp) -> None:
    app.build()
    assert _warnings(app) == []
    assert "hostile-group.html" in _read(app, "kz/org/hostile-old-name.html")


def test_names_with_block_markup_or_wide_characters_keep_their_title(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(HOSTILE, data)
    records = data / "records" / "hostile.json"
    document = json.loads(records.read_text(encoding="utf-8"))
    plain = next(e for e in document["entities"] if e["id"] == "org:plain-group")
    plain["name"] = "- 乌鲁木齐 Group"
    records.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-hostile", srcdir)
    app = make_app("html", srcdir=srcdir, confoverrides={"kzref_data_path": str(data)})
    app.build()
    assert [w for w in _warnings(app) if KNOWN_ISSUE not in w] == []
    assert "<h1>- 乌鲁木齐 Group" in _read(app, "kz/org/plain-group.html")
