"""``kz:evidence-map`` in built sites: escaping, links both ways, overlaps, stability, edits.

Most tests build a project made here from ``tests/fixtures/hostile-data`` — every
text field of every kind carries HTML, JavaScript, rST and MyST — with an article
written from the records' own excerpts (so each lands where its record says) and
its own ``source.json`` and ``uncovered.json``: the directive used as another
project with its own data folder would use it.  ``tests/roots/test-evidence-map``
builds the example of the Sphinx reference page on the bundled data.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from browser.pages import CHROMIUM
from browser.pages import FLAGS as CHROMIUM_FLAGS
from differential.harness import Tree, build, differences
from sphinx.testing.util import SphinxTestApp
from test_hardening_hostile import SCRIPT, parse, visible

from kzref import evidence_map
from kzref.model.entities import Event
from kzref.model.evidence import Evidence, Quote
from kzref.model.ids import walk
from kzref.store import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = Path(__file__).parent / "fixtures" / "hostile-data"
ROOT = Path(__file__).parent / "roots" / "test-evidence-map"
DOCS_PAGE = Path(__file__).parents[1] / "docs" / "reference" / "sphinx.md"
TITLE = "Hostile article"
LEAD = "This lead is cited by nobody."
UNCITED = "Nothing on this line is cited by any record."
REASON = 'Reason <script>alert("kz-xss")</script> & **bold** {kz:org}`hostile-group`'
OVERLAP_OWNER = "place:hostile-land"

CONF = """\
extensions = ["kzref.sphinx"]
kzref_data_path = "data"
kzref_base_url = "https://example.org/kzref/"
exclude_patterns = ["_build"]
suppress_warnings = ["kzref.no_graphviz"]
"""
INDEX = """\
Evidence
========

.. kz:evidence-map::

.. toctree::

   section
   kz/index
"""
SECTION = """\
One section
===========

.. kz:evidence-map::
   :section: {section}
   :no-summary:
"""


def _wordings() -> dict[str, list[str]]:
    """Every excerpt, quotation, date and figure wording of the records, by section."""
    data = load(HOSTILE)
    found: dict[str, list[str]] = {}
    for _file, _label, record in data.records():
        for _path, value in walk(record):
            if isinstance(value, Evidence):
                found.setdefault(value.section, []).append(value.quote)
            elif isinstance(value, Quote):
                found.setdefault(value.section, []).append(value.text)
        evidence = getattr(record, "evidence", ())
        if evidence and hasattr(record, "kind"):
            home = found.setdefault(evidence[0].section, [])
            date = getattr(record, "date", None)
            if date is not None:
                home.append(date.text)
            if isinstance(record, Event):
                home += [figure.text for figure in record.figures]
    return found


def data_files(edit: str | None = None) -> dict[str, str]:
    """The hostile data folder with an article of its own (files under ``data/``).

    The article holds each section's wordings one after the other, a quote that
    straddles two of them (given to :data:`OVERLAP_OWNER` as evidence, so two
    excerpts overlap), and a last line no record cites.  *edit* replaces the
    straddling quote (an edit of one record's excerpt).
    """
    document = json.loads((HOSTILE / "records" / "hostile.json").read_text(encoding="utf-8"))
    sections = _wordings()
    lines = [f"= {TITLE} =", "", LEAD, ""]
    overlap = ""
    for section, texts in sections.items():
        body = ""
        for text in texts:
            if text not in body:
                body += (". " if body else "") + text
        if not overlap:  # across the first two wordings of the first section
            boundary = len(texts[0])
            overlap = body[boundary - 6 : boundary + 8]
        lines += [f"== {section} ==", body, UNCITED, ""]
    owner = next(e for e in document["entities"] if e["id"] == OVERLAP_OWNER)
    section = next(iter(sections))
    owner["evidence"].append({"section": section, "quote": edit or overlap})
    article = "\n".join(lines)
    files = {
        f"data/records/{name}": json.dumps(document, ensure_ascii=False, indent=1)
        for name in ("hostile.json",)
    }
    files["data/ledger.txt"] = (HOSTILE / "ledger.txt").read_text(encoding="utf-8")
    files["data/redirects.json"] = (HOSTILE / "redirects.json").read_text(encoding="utf-8")
    files["data/article.txt"] = article
    files["data/source.json"] = json.dumps(
        {
            "title": TITLE,
            "publisher": "kzref tests",
            "license": "CC0-1.0",
            "license_url": "https://creativecommons.org/publicdomain/zero/1.0/",
            "sha256": hashlib.sha256(article.encode()).hexdigest(),
            "file": "article.txt",
        }
    )
    files["data/uncovered.json"] = json.dumps(
        [{"section": s, "sentence": UNCITED, "reason": REASON} for s in sections]
    )
    return files


def project(edit: str | None = None) -> dict[str, str]:
    section = next(iter(_wordings()))
    return {
        "conf.py": CONF,
        "index.rst": INDEX,
        "section.rst": SECTION.format(section=section),
        **data_files(edit),
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One clean build of the hostile project; its HTML output folder."""
    root = tmp_path_factory.mktemp("evidence")
    Tree(root).write(project())
    output = build(root)
    assert output.error is None, output.warnings
    assert output.warnings.strip() == "", output.warnings
    return root / "_build" / "html"


def _the_map(root: Path) -> evidence_map.EvidenceMap:
    return evidence_map.evidence_map(data=root.parent.parent / "data")


def _ids(text: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', text))


def test_hostile_text_is_shown_as_text(built: Path) -> None:
    page = parse(built / "index.html")
    assert page.active == []
    shown = visible(page)
    assert SCRIPT in shown and REASON in shown
    names = [e["name"] for e in json.loads(project()["data/records/hostile.json"])["entities"]]
    assert all(name in shown for name in names)  # each record is named in a note, as text
    # the notes are the page's only copy of those words: no marker repeats them as a title
    assert not [t for t in page.titles if t.startswith(("Cited by", "Not cited"))]
    raw = (built / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "<img" not in raw and "<b>section" not in raw


def test_every_excerpt_is_highlighted_with_its_anchors(built: Path) -> None:
    text = (built / "index.html").read_text(encoding="utf-8")
    ids = _ids(text)
    the_map = _the_map(built)
    for excerpt in the_map.excerpts:
        runs = re.findall(
            rf'<span class="kz-cited[^"]*\bkz-{excerpt.key}\b[^"]*">([^<]*)</span>', text
        )
        assert html.unescape("".join(runs)) == excerpt.quote
        for citation in excerpt.citations:
            assert citation.anchor in ids


def test_overlapping_excerpts_both_work(built: Path) -> None:
    the_map = _the_map(built)
    pairs = [
        (a, b)
        for a in the_map.excerpts
        for b in the_map.excerpts
        if a.start < b.start < a.end < b.end
    ]
    assert pairs, "the project's article has overlapping excerpts"
    text = (built / "index.html").read_text(encoding="utf-8")
    for a, b in pairs:
        shared = re.findall(rf'class="kz-cited[^"]*\bkz-{a.key}\b[^"]*\bkz-{b.key}\b', text)
        shared += re.findall(rf'class="kz-cited[^"]*\bkz-{b.key}\b[^"]*\bkz-{a.key}\b', text)
        assert shared, (a.quote, b.quote)


def test_entity_pages_and_the_map_link_both_ways(built: Path) -> None:
    the_map = _the_map(built)
    map_ids = _ids((built / "index.html").read_text(encoding="utf-8"))
    data = load(built.parent.parent / "data")
    checked = 0
    for entity in data.entities.values():
        page = built / "kz" / entity.kind / f"{entity.slug}.html"
        text = page.read_text(encoding="utf-8")
        for item in entity.evidence:
            name = evidence_map.target(entity.id, item.section, item.quote)
            anchor = the_map.targets()[name]
            assert f'href="../../index.html#{anchor}"' in text
            assert anchor in map_ids
            assert name in _ids(text)
            checked += 1
    back = re.findall(
        r'href="kz/(\w+)/([\w-]+)\.html#(kz-evidence-[0-9a-f]+)"',
        (built / "index.html").read_text(encoding="utf-8"),
    )
    assert back
    for kind, slug, name in back:
        assert name in _ids((built / "kz" / kind / f"{slug}.html").read_text(encoding="utf-8"))
    assert checked >= len(data.entities)


def test_uncited_sentences_carry_their_reason(built: Path) -> None:
    text = (built / "index.html").read_text(encoding="utf-8")
    assert f'<span class="kz-uncited">{html.escape(UNCITED, quote=False)}</span>' in text
    shown = visible(parse(built / "index.html"))
    assert REASON in shown
    assert "the data folder gives no reason" in shown  # the lead: no entry in uncovered.json


def test_section_option_shows_one_section(built: Path) -> None:
    text = (built / "section.html").read_text(encoding="utf-8")
    assert "kz-map-summary" not in text
    assert LEAD not in text
    assert html.escape(UNCITED, quote=False) in text


def test_anchors_are_the_same_in_two_builds_and_with_two_processes(tmp_path: Path) -> None:
    outputs = []
    for name, jobs in (("one", 1), ("two", 1), ("parallel", 2)):
        root = tmp_path / name
        Tree(root).write(project())
        outputs.append(build(root, jobs=jobs))
    first, second, parallel = outputs
    assert differences(second, first) == []
    assert differences(parallel, first) == []
    anchors = {i for i in _ids(first.files["index.html"].decode()) if i.startswith("ev-")}
    the_map = evidence_map.evidence_map(data=tmp_path / "one" / "data")
    assert anchors == {c.anchor for e in the_map.excerpts for c in e.citations}


def test_editing_one_excerpt_rewrites_the_map_as_a_clean_build_would(tmp_path: Path) -> None:
    tree = Tree(tmp_path / "incremental")
    tree.write(project())
    assert build(tree.root).error is None
    first = evidence_map.evidence_map(data=tree.root / "data")
    edited = next(e for e in first.excerpts if len(e.quote) > 12).quote[2:10]
    tree.write(project(edit=edited))
    incremental = build(tree.root)
    clean_root = tmp_path / "clean"
    Tree(clean_root).write(project(edit=edited))
    clean = build(clean_root)
    assert "index" in incremental.written
    assert differences(incremental, clean) == []
    after = evidence_map.evidence_map(data=clean_root / "data")
    assert after != first


def test_an_edit_the_map_does_not_show_leaves_it_unwritten(tmp_path: Path) -> None:
    tree = Tree(tmp_path / "incremental")
    tree.write(project())
    assert build(tree.root).error is None
    files = project()
    records = "data/records/hostile.json"
    document = json.loads(files[records])
    document["entities"][0]["summary"] = "A new summary, which no excerpt quotes."
    files[records] = json.dumps(document, ensure_ascii=False, indent=1)
    tree.write(files)
    incremental = build(tree.root)
    Tree(tmp_path / "clean").write(files)
    assert differences(incremental, build(tmp_path / "clean")) == []
    assert "index" not in incremental.written and "section" not in incremental.written
    assert incremental.written  # the entity's own page is


def test_adding_and_removing_the_map_relinks_the_entity_pages(tmp_path: Path) -> None:
    tree = Tree(tmp_path / "incremental")
    without = {**project(), "index.rst": INDEX.replace(".. kz:evidence-map::\n", "")}
    for step, files in enumerate((without, project(), without)):
        tree.write(files)
        incremental = build(tree.root)
        clean_root = tmp_path / f"clean-{step}"
        Tree(clean_root).write(files)
        assert differences(incremental, build(clean_root)) == [], step
        page = (tree.root / "_build/html/kz/place/hostile-land.html").read_text(encoding="utf-8")
        assert ('href="../../index.html#ev-' in page) == (files is not without)


def test_an_unknown_section_warns_with_a_suggestion(tmp_path: Path) -> None:
    files = project()
    section = next(iter(_wordings()))
    files["section.rst"] = SECTION.format(section=section[:-2])
    Tree(tmp_path).write(files)
    output = build(tmp_path)
    assert ":section:" in output.warnings and "did you mean" in output.warnings
    assert "[kzref.bad_filter]" in output.warnings


def test_a_data_folder_whose_article_is_missing_warns_once_and_builds(tmp_path: Path) -> None:
    files = project()
    del files["data/article.txt"]
    Tree(tmp_path).write(files)
    output = build(tmp_path)
    assert output.error is None
    warnings = [w for w in output.warnings.splitlines() if "kzref" in w]
    assert len(warnings) == 2, warnings  # one per map (index, section)
    assert all("no evidence map" in w and "article.txt" in w for w in warnings)
    page = output.files["index.html"].decode()
    assert "no evidence map" in page and "kz-cited" not in page
    entity = output.files["kz/place/hostile-land.html"].decode()
    assert "index.html#ev-" not in entity  # excerpts stay plain text


@pytest.mark.sphinx("html", testroot="evidence-map", freshenv=True)
def test_the_reference_page_example_builds(app: SphinxTestApp, sections: Any) -> None:
    example = (ROOT / "index.md").read_text(encoding="utf-8")
    snippet = example.split("<!-- example -->")[1].strip()
    assert snippet in DOCS_PAGE.read_text(encoding="utf-8")
    app.build()
    assert app.warning.getvalue().strip() == ""
    text = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    the_map = evidence_map.evidence_map()
    [hamas] = the_map.within("Banned terrorist organizations > Hamas")
    assert f"{hamas.share:.1%}".replace("%", "\u00a0%") in text
    assert all(
        f"kz-{e.key}" in text for e in the_map.excerpts if hamas.start <= e.start < hamas.end
    )


# In a browser (``nox -s browser`` sets KZREF_BROWSER=1; needs Debian's chromium).

BROWSER = pytest.mark.skipif(
    not (os.environ.get("KZREF_BROWSER") and CHROMIUM),
    reason="browser checks run in `nox -s browser` (KZREF_BROWSER=1) with chromium installed",
)
SHOTS = Path(__file__).parent / "browser" / "_screenshots"
FLAGS = [*CHROMIUM_FLAGS, "--virtual-time-budget=3000"]
SAMPLE = 50


def _dom(url: str, profile: Path) -> str:
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


def _outlined(dom: str) -> str:
    """The text the page's script outlined (the excerpt the address names)."""
    runs = re.findall(r'<span class="kz-cited[^"]*\bkz-current\b[^"]*">([^<]*)</span>', dom)
    return html.unescape("".join(runs))


@pytest.fixture(scope="module")
def whole_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled article's complete map (no entity pages: quick), built in furo."""
    root = tmp_path_factory.mktemp("whole")
    (root / "conf.py").write_text((ROOT / "conf.py").read_text() + 'html_theme = "furo"\n')
    (root / "index.md").write_text("# Evidence map\n\n```{kz:evidence-map}\n```\n")
    output = build(root)
    assert output.error is None and output.warnings.strip() == "", output.warnings
    return root / "_build" / "html"


@BROWSER
def test_in_a_browser_a_sample_of_anchors_outline_exactly_their_excerpt(
    whole_map: Path, tmp_path: Path, sections: Any
) -> None:
    the_map = evidence_map.evidence_map()
    step = max(len(the_map.excerpts) // SAMPLE, 1)
    sample = the_map.excerpts[::step][:SAMPLE]
    assert len(sample) == min(SAMPLE, len(the_map.excerpts))
    for excerpt in sample:
        citation = excerpt.citations[-1]  # not only the first anchor of a place
        dom = _dom(f"{(whole_map / 'index.html').as_uri()}#{citation.anchor}", tmp_path)
        assert _outlined(dom) == excerpt.quote.replace("\n", ""), citation.anchor
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 400):
        shot = SHOTS / f"evidence-map-{width}.png"
        url = (whole_map / "index.html").as_uri()
        assert CHROMIUM is not None
        command = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path}", f"--screenshot={shot}"]
        subprocess.run([*command, f"--window-size={width},2000", url], timeout=120, check=True)
        assert shot.stat().st_size > 10_000


@BROWSER
def test_in_a_browser_links_go_from_entity_page_to_highlight_and_back(
    built: Path, tmp_path: Path
) -> None:
    data = load(built.parent.parent / "data")
    entity = data.entities[OVERLAP_OWNER]
    page = built / "kz" / entity.kind / f"{entity.slug}.html"
    dom = _dom(page.as_uri(), tmp_path)
    links = re.findall(r'href="\.\./\.\./index\.html#(ev-[^"]+)"', dom)
    assert len(links) == len(entity.evidence)
    for anchor, item in zip(links, entity.evidence, strict=True):
        there = _dom(f"{(built / 'index.html').as_uri()}#{anchor}", tmp_path)
        assert _outlined(there) == item.quote
        name = evidence_map.target(entity.id, item.section, item.quote)
        assert f'href="kz/{entity.kind}/{entity.slug}.html#{name}"' in there
        assert f'id="{name}"' in dom
