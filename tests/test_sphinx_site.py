"""The reader's site: pictures, timelines, tables, entity pages, search and indices.

One build of ``tests/roots/test-site`` (whose pages are the examples shown in
``docs/reference/sphinx.md``) over the test records; each test reads its output.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from docutils import nodes
from sphinx.testing.util import SphinxTestApp

from kzref.display import FIELD_LABELS
from kzref.store import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

DATA = load(Path(__file__).parent / "fixtures" / "sphinx-data")


@pytest.fixture(scope="module")
def site(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SphinxTestApp]:
    """``test-site`` built once, to HTML."""
    srcdir = tmp_path_factory.mktemp("site") / "src"
    shutil.copytree(rootdir / "test-site", srcdir)
    app = SphinxTestApp("html", srcdir=srcdir)
    try:
        app.build()
        yield app
    finally:
        app.cleanup()


def html(app: SphinxTestApp, page: str) -> str:
    return (Path(app.outdir) / page).read_text(encoding="utf-8")


def svgs(text: str, css: str) -> list[str]:
    return re.findall(rf'<svg [^>]*class="{css}".*?</svg>', text, flags=re.S)


def test_the_build_is_clean(site: SphinxTestApp) -> None:
    assert site.warning.getvalue() == ""


def test_graphs_are_svg_pictures_whose_nodes_link_to_pages(site: SphinxTestApp) -> None:
    page = html(site, "graph.html")
    drawn = svgs(page, "kz-graph-svg")
    assert len(drawn) == 3
    everything, wider, only_ties = drawn
    # every node a link to its page, relative to this page
    assert 'href="kz/org/alpha-front.html"' in everything
    assert 'href="kz/org/gamma-network.html"' in everything
    assert 'href="kz/org/beta-court.html"' not in everything  # no tie among orgs: left out
    # designations are never edges: the court only appears with :isolated:
    assert 'href="kz/org/beta-court.html"' in wider
    assert 'href="kz/person/dana-example.html"' in wider
    assert "ties with" in only_ties
    # unique element ids, and the ties in words for readers who cannot see the picture
    ids = re.findall(r'<svg [^>]*id="([^"]+)"', page)
    assert len(set(ids)) == 3
    assert page.count('class="kz-graph-fallback') == 3


def test_graph_options_filter_by_relation(site: SphinxTestApp) -> None:
    only_ties = svgs(html(site, "graph.html"), "kz-graph-svg")[2]
    assert "holds a position" not in only_ties
    assert 'href="kz/person/dana-example.html"' not in only_ties


def test_organization_and_person_pages_draw_their_neighbourhood(site: SphinxTestApp) -> None:
    page = html(site, "kz/org/alpha-front.html")
    [around] = svgs(page, "kz-graph-svg")
    assert "Around Alpha Front" in around
    assert 'href="../event/2004-test-bombing.html"' in around
    assert 'href="../../kz/org/alpha-front.html"' in around or 'href="#"' in around
    assert "Ties at a glance" in page
    assert not svgs(html(site, "kz/event/2006-ban.html"), "kz-graph-svg")  # events have none


def test_pictures_are_deterministic(site: SphinxTestApp, tmp_path: Path, rootdir: Path) -> None:
    shutil.copytree(rootdir / "test-site", tmp_path / "src")
    again = SphinxTestApp("html", srcdir=tmp_path / "src")
    try:
        again.build()
        for page in ("graph.html", "kz/org/alpha-front.html"):
            assert svgs(html(again, page), "kz-graph-svg") == svgs(html(site, page), "kz-graph-svg")
    finally:
        again.cleanup()


@pytest.mark.sphinx(
    "html", testroot="site", confoverrides={"extensions": ["kzref.sphinx"], "graphviz_dot": "x"}
)
def test_graphviz_is_an_option_that_warns_when_missing(app: SphinxTestApp) -> None:
    (Path(app.srcdir) / "graph.rst").write_text(
        "Graph\n=====\n\n.. kz:graph::\n   :renderer: graphviz\n", encoding="utf-8"
    )
    app.build()
    assert "kzref.no_graphviz" in app.warning.getvalue() or "Graphviz" in app.warning.getvalue()
    assert "kz-graph-fallback" in html(app, "graph.html")


def visible_text(page: str) -> str:
    """The text a reader sees in the page body (pictures and scripts left out)."""
    body = page[page.index('<div class="body"') :] if '<div class="body"' in page else page
    body = re.sub(r"<(svg|script|style)\b.*?</\1>", " ", body, flags=re.S)
    return html_unescape(re.sub(r"<[^>]+>", " ", body))


def html_unescape(text: str) -> str:
    import html as html_module

    return html_module.unescape(text)


def test_timeline_chart_first_then_years_then_undated_once(site: SphinxTestApp) -> None:
    page = html(site, "timeline.html")
    [chart] = svgs(page, "kz-timeline-svg")  # the second timeline has :chart: no
    assert page.index("kz-timeline-svg") < page.index('id="year-2004"')
    assert 'href="kz/event/2004-test-bombing.html"' in chart
    assert 'href="#year-2004"' in chart  # year labels jump to the text below
    first = visible_text(page).split("without the chart")[0]
    years = re.findall(r"^\s*(\d{4}|Undated)\s*$", first, flags=re.M)
    assert years == ["2004", "2005", "2006", "Undated"]
    assert first.count("Undated raid") == 1
    assert first.index("Undated raid") > first.index("Ban of Alpha Front")
    # the second timeline on the page has anchors of its own
    assert 'id="t1-year-2004"' in page


def test_dates_are_in_words_only(site: SphinxTestApp) -> None:
    for name in ("timeline.html", "kz-event.html", "kz/org/alpha-front.html"):
        text = visible_text(html(site, name))
        assert "EDTF" not in text, name
        assert not re.search(r"\b\d{4}-\d{2}(-\d{2})?\b", text), name
    assert "spring 2004" in visible_text(html(site, "timeline.html"))


def test_event_chronology_index_is_grouped_like_the_timeline(site: SphinxTestApp) -> None:
    page = html(site, "kz-event.html")
    caps = re.findall(r'<tr class="cap" id="cap-([^"]+)"', page)
    assert caps == ["2004", "2005", "2006", "Undated"]
    assert "Test City bombing</code></a> <em>(spring 2004)</em>" in page


def test_domain_indices_have_no_trailing_colon(site: SphinxTestApp) -> None:
    page = html(site, "kz-org.html")
    assert "org:alpha-front:" not in page
    assert "<strong>" + "org:" not in page
    assert "terrorist organization" in page


FIELD_NAMES = sorted({name for name in FIELD_LABELS if "_" in name or "." in name})
"""Model field names and reference paths a reader must never meet (``located_in`` …)."""


def test_no_model_field_name_is_visible_on_any_page(site: SphinxTestApp) -> None:
    assert {"participants.ref", "quotes.speaker", "located_in"} <= set(FIELD_NAMES)
    pages = sorted(Path(site.outdir).rglob("*.html"))
    assert len(pages) > 15
    for path in pages:
        text = visible_text(path.read_text(encoding="utf-8"))
        found = [name for name in FIELD_NAMES if re.search(rf"(?<![\w.]){re.escape(name)}\b", text)]
        assert not found, (path.name, found)


def test_relations_are_grouped_by_relation_without_a_subject_column(site: SphinxTestApp) -> None:
    page = html(site, "kz/org/alpha-front.html")
    relations = page[page.index('id="kz-relations"') : page.index('id="kz-involvement"')]
    assert "Ties with" in relations
    assert "Subject" not in relations and ">this<" not in relations
    assert "claimed by" in relations
    text = visible_text(page)
    assert "Organization · terrorist organization" in text
    assert "stated as fact" in text


def test_relation_tables_leave_out_columns_no_row_fills() -> None:
    """A table of ties none of which has a title or a date has no Title or When column."""
    from kzref.model.records import Relation
    from kzref.sphinx.directives.page import _relations
    from kzref.sphinx.state import make_data
    from kzref.sphinx.view import View

    untitled = [
        r
        for r in DATA.relations
        if "org:alpha-front" in (r.subject, r.object) and not r.title and not r.date
    ]
    assert untitled and all(isinstance(r, Relation) for r in untitled)
    shown = _relations("org:alpha-front", untitled, View(make_data(DATA)))
    headers = [
        entry.astext()
        for table in shown
        for entry in table.findall(nodes.entry)
        if entry.parent.parent.tagname == "thead"
    ]
    assert "Title" not in headers and "When" not in headers
    assert {"With", "How sure"} <= set(headers) or {"Claim", "How sure"} <= set(headers)


def test_cite_block_is_compact_with_files_beside_the_page(site: SphinxTestApp) -> None:
    page = html(site, "kz/org/alpha-front.html")
    cite = page[page.index('id="kz-cite"') :]
    assert cite.count("<details") == 1 and "@misc{" in cite  # the others a click away
    assert 'class="kz-citation kz-copyable"' in cite
    assert "highlight-json" not in page and "highlight-bibtex" not in page  # no Pygments blocks
    folder = Path(site.outdir) / "kz" / "org"
    for suffix in (".bib", ".ris", ".csl.json", ".json"):
        assert f'href="alpha-front{suffix}"' in cite
        assert (folder / f"alpha-front{suffix}").read_text(encoding="utf-8").strip()
    import json

    record = json.loads((folder / "alpha-front.json").read_text(encoding="utf-8"))
    assert record["id"] == "org:alpha-front"
    assert "kz-copy.js" in page


def _indexed_words(app: SphinxTestApp, docname: str) -> set[str]:
    """The stemmed words the search index lists for *docname*."""
    import json

    text = html(app, "searchindex.js")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    number = index["docnames"].index(docname)
    return {
        word
        for table in (index["terms"], index["titleterms"])
        for word, docs in table.items()
        if number in (docs if isinstance(docs, list) else [docs])
    }


def test_entity_pages_index_their_own_words_not_their_tables(site: SphinxTestApp) -> None:
    from sphinx.search.en import SearchEnglish

    stem = SearchEnglish({}).stem
    entity = DATA.entities["org:alpha-front"]
    words = _indexed_words(site, "kz/org/alpha-front")
    own = {stem(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", entity.summary)}
    assert own <= words  # the summary is found
    # the article's words in the evidence, machine text and section titles are not
    unsearched = ("bibtex", "permalink", "misc", "evidence", "relations", "glance", "designations")
    assert not {stem(w) for w in unsearched} & words


def test_landing_page_overview_chart_and_dataset_jsonld(site: SphinxTestApp) -> None:
    import json

    page = html(site, "landing.html")
    text = visible_text(page)
    assert "3 organizations" in text and "4 events" in text
    assert (
        "The dated events run from spring 2004 to 2006; the article gives no date for 1 more."
        in text
    )
    assert "Most connected organizations" in text
    assert len(svgs(page, "kz-timeline-svg")) == 1 and 'id="year-2004"' not in page  # chart only
    [raw] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, flags=re.S)
    node = json.loads(raw)
    assert node["@type"] == "Dataset"
    names = {d["name"] for d in node["distribution"]}
    assert names == {"kzref.json", "kzref.jsonl", "kzref-csv.zip", "kzref.schema.json"}


def test_downloads_are_written_with_their_sizes_and_hashes(site: SphinxTestApp) -> None:
    import hashlib
    import json

    page = html(site, "landing.html")
    folder = Path(site.outdir) / "data"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        content = (folder / entry["name"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        assert f'href="data/{entry["name"]}"' in page
        assert entry["sha256"] in page
    assert "CC-BY-SA-4.0" in page


TIES_IN_WORDS = """
from kzref.sphinx.directives.graph import Tie, tie_list
from kzref.sphinx.state import make_data
from kzref.sphinx.view import View
from kzref.store import load
ties = [
    Tie("org:alpha-front", "org:gamma-network", "ties-with", certainty, "ties with", False)
    for certainty in ("claimed", "stated", "alleged", "reported", "suspected")
]
print(tie_list(ties, View(make_data(load(%r))), []).astext())
"""


def test_ties_alike_but_for_certainty_list_in_one_order_whatever_the_hash_seed() -> None:
    """Ties are gathered in sets: their order must not follow string hashing (regression:
    a page's "ties in words" changed order from one build to the next)."""
    import os
    import subprocess
    import sys

    script = TIES_IN_WORDS % str(Path(__file__).parent / "fixtures" / "sphinx-data")
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1, outputs
    [text] = outputs
    assert text.index("(alleged)") < text.index("(claimed)") < text.index("(suspected)")
