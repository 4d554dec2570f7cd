"""``kz:evidence-map`` — the article, with every excerpt the data cites highlighted in place.

The directive checks its options while the page is read and leaves a
:class:`~kzref.sphinx.selection.pending_selection` node holding an
:class:`EvidenceMapSpec`; :func:`render_evidence_map` draws it when the page is
written, from :mod:`kzref.evidence_map` as the recording
:class:`~kzref.sphinx.view.View` reads it.  Two accessors are added to the
view's table, so what a page is keyed on stays exactly what it read:

=========  ====================================================  ====================
accessor   returns                                               read by
=========  ====================================================  ====================
``§``      the evidence map of a data folder (offsets, records,  the map, its options
           reasons: not names, which are read as faces)
``¶``      where an entity page's excerpt links to (the page     an entity page's
           and anchor of its highlight), or nothing              evidence excerpts
=========  ====================================================  ====================

Links go both ways.  Each excerpt on an entity page links to its highlight on
the page holding the complete map (a map without ``:section:``; of two, the
first by document name): the excerpt's target name is derived from the entity
id, section and words (:func:`kzref.evidence_map.target`), the highlight's
anchor from the entity id and the offsets (:func:`kzref.evidence_map.anchor`).
Each record listed under a paragraph of the map links back to the excerpt on
its entity page (or to the part of the page showing the fact).
"""

from __future__ import annotations

import difflib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.environment.collectors import EnvironmentCollector
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_refnode

from kzref.evidence_map import (
    Citation,
    EvidenceMap,
    Excerpt,
    Paragraph,
    SectionMap,
    slug,
    target,
)
from kzref.sphinx.render import Cell, paragraph, table, verbatim
from kzref.sphinx.selection import SelectionSpec, pending_selection
from kzref.sphinx.state import build_data
from kzref.sphinx.view import ACCESSORS, View
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from kzref.model.evidence import Evidence
    from kzref.sphinx.state import BuildData
    from kzref.store import Dataset

MAP = "§"
"""Accessor: the evidence map of a data folder (argument: the folder, ``""`` if bundled)."""
TARGET = "¶"
"""Accessor: where an excerpt's target name resolves to (argument: the name)."""
LINK = "kz-evidence"
"""``reftype`` of an entity page's link to its excerpt's highlight."""
BACK = "kz-evidence-back"
"""``reftype`` of a map's link back to an entity page (``kz_anchor``: where on it)."""
SHORT = 90
"""Excerpts longer than this are cut in the lists under paragraphs (the text shows them whole)."""

_FRAGMENTS = {
    "relation": "kz-relations",
    "designation": "kz-designations",
    "note": "kz-notes",
    "quote": "kz-quotes",
    "figure": "kz-figures",
    "role": "kz-participants",
}
"""Where on an entity page a fact other than an evidence excerpt is shown."""


@dataclass(slots=True)
class _Memo:
    """What one build knows about evidence maps (owned by the build's dataset)."""

    maps: dict[str, EvidenceMap | str] = field(default_factory=dict)
    targets: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Every registered target name → (document, anchor), filled once reading is done."""
    root: str = ""
    """The data folder of this build (as :func:`kzref.sphinx.state.start_build` finds it)."""


def _memo(dataset: Dataset) -> _Memo:
    return _Memo()


def _map(data: BuildData, root: str) -> EvidenceMap | str:
    """The evidence map of the data folder *root*, or why there is none (memoized per build)."""
    memo = data.dataset.index(_memo)
    found = memo.maps.get(root)
    if found is None:
        from kzref import evidence_map, statements
        from kzref.errors import DataError, SourceNotFoundError
        from kzref.formats.release import Release
        from kzref.source import folder_source

        folder = Path(root) if root else None
        try:
            release = Release(data.dataset, "", folder_source(folder), "")
            rows = statements.build(release)
            found = evidence_map.build(release, rows, evidence_map.reasons(folder))
        except (DataError, SourceNotFoundError, ValueError) as error:
            found = f"no evidence map: {error}"
        memo.maps[root] = found
    return found


def _target(data: BuildData, name: str) -> tuple[str, str] | None:
    return data.dataset.index(_memo).targets.get(name)


def read_map(view: View, root: str) -> EvidenceMap | str:
    """The evidence map of *root* (or why there is none), the read recorded in *view*."""
    found: EvidenceMap | str = view.read(MAP, root)
    return found


def read_target(view: View, name: str) -> tuple[str, str] | None:
    """Where the excerpt target *name* is highlighted (document, anchor), the read recorded."""
    found: tuple[str, str] | None = view.read(TARGET, name)
    return found


@dataclass(frozen=True, slots=True)
class EvidenceMapSpec(SelectionSpec):
    """A map's options: whose article, which section, and what to show."""

    root: str = ""
    """The data folder (absolute), ``""`` for the bundled data."""
    section: str = ""
    """A heading path: that section and its subsections only; ``""``: the whole article."""
    summary: bool = True
    """Show the coverage table."""
    text: bool = True
    """Show the text."""

    def render(self, view: View) -> list[nodes.Node]:
        return render_evidence_map(self, view)


def render_evidence_map(spec: EvidenceMapSpec, view: View) -> list[nodes.Node]:
    """The map *spec* asks for, from the records *view* reads."""
    found = read_map(view, spec.root)
    if isinstance(found, str):
        return [nodes.paragraph(text=found, classes=["kz-empty"])]
    sections = found.within(spec.section) if spec.section else found.sections
    if not sections:
        text = f"The article has no section {spec.section!r}."
        return [nodes.paragraph(text=text, classes=["kz-empty"])]
    box = nodes.container(classes=["kz-evidence-map", *spec.classes], support_smartquotes=False)
    if spec.summary:
        box += _summary(sections, found)
    if spec.text:
        top = min(s.level for s in sections)
        stack: list[tuple[int, nodes.Element]] = [(top - 1, box)]
        for section in sections:
            while stack[-1][0] >= max(section.level, top):
                stack.pop()
            node = _section(section, found, view)
            stack[-1][1].append(node)
            stack.append((max(section.level, top), node))
    return [verbatim(box)]


def _percent(share: float) -> str:
    return f"{share:.1%}".replace("%", "\u00a0%")  # never wrapped apart


def _section_id(path: str) -> str:
    return f"kz-map-{slug(path) or 'section'}"


def _heading(section: SectionMap) -> str:
    return "Lead" if section.level == 1 else section.title


def _summary(sections: tuple[SectionMap, ...], found: EvidenceMap) -> nodes.Element:
    """Per section: the share of its characters cited, and by how many records."""
    rows: list[list[Cell]] = []
    top = min(s.level for s in sections) if sections else 1
    top = 2 if top == 1 else top  # the lead sits level with the top sections
    for s in sections:
        link = nodes.reference("", "", refuri="#" + _section_id(s.path), internal=True)
        link += nodes.Text(_heading(s))
        indent = "\u2003" * max(s.level - top, 0)  # em spaces: the heading's depth
        rows.append(
            [
                [indent, link],
                [_percent(s.share) if s.characters else "—"],
                [f"{s.characters:,}"],
                [str(len(s.records))],
                [str(s.excerpts)],
                [str(len(s.uncited))],
            ]
        )
    cited = sum(s.cited for s in sections)
    characters = sum(s.characters for s in sections)
    records = len({r for s in sections for r in s.records})
    excerpts = len({i for s in sections for i in _excerpt_ids(s)})
    uncited = sum(len(s.uncited) for s in sections)
    caption = paragraph(
        f"{_percent(cited / characters if characters else 1.0)} of {characters:,} characters "
        f"cited by {records} records, in {excerpts} distinct excerpts; "
        + (f"{uncited} sentence(s) no record cites." if uncited else "every sentence is cited.")
    )
    caption["classes"] = ["kz-map-total"]
    grid = table(
        ["Section", "Cited", "Characters", "Records", "Excerpts", "Not cited"],
        rows,
        classes=["kz-map-summary"],
    )
    return nodes.container("", caption, grid, classes=["kz-map-coverage"])


def _excerpt_ids(section: SectionMap) -> set[int]:
    return {i for p in section.paragraphs for run in p.runs for i in run.excerpts}


def _section(section: SectionMap, found: EvidenceMap, view: View) -> nodes.section:
    node = nodes.section(ids=[_section_id(section.path)], classes=["kz-map-section"])
    node += nodes.title(_heading(section), _heading(section))
    if section.characters:
        words = (
            f"Cited: {_percent(section.share)} of {section.characters:,} characters, "
            f"by {len(section.records)} record(s) in {section.excerpts} excerpt(s)"
        )
        if section.uncited:
            words += f"; {len(section.uncited)} sentence(s) not cited"
        note = paragraph(words + ".")
        note["classes"] = ["kz-map-stats"]
        node += note
    for para in section.paragraphs:
        node += _paragraph(section, para, found, view)
    return node


def _name(entity_id: str, view: View) -> str:
    face = view.face(entity_id)
    return face.name if face else entity_id


def _tie(citation: Citation, view: View) -> tuple[str, str]:
    """A relation or designation in words: its kind, and what it says of the other entity."""
    kind, _subject, word, *_ = citation.record.split(" ", 3)
    if citation.other_id is None:
        return kind, word
    other = _name(citation.other_id, view)
    return kind, f"{word} {'by ' if kind == 'designation' else ''}{other}"


def _paragraph(
    section: SectionMap, para: Paragraph, found: EvidenceMap, view: View
) -> list[nodes.Node]:
    """A paragraph with its highlights and markers, then the list the markers point to."""
    text = nodes.paragraph(classes=["kz-map-text"], support_smartquotes=False)
    notes = nodes.bullet_list(classes=["kz-map-cites"])
    for run in para.runs:
        for i in run.opens:
            if found.excerpts[i].start == run.start:  # not where it runs on from a paragraph
                ids = [c.anchor for c in found.excerpts[i].citations]
                text += nodes.inline("", "", ids=ids)  # styled by its ids (ev-…)
        if run.excerpts:
            depth = min(len(run.excerpts), 3)
            classes = ["kz-cited", *([f"kz-d{depth}"] if depth > 1 else [])]
            classes += [f"kz-{found.excerpts[i].key}" for i in run.excerpts]
            text += nodes.inline(run.text, run.text, classes=classes)
        elif run.uncited is not None:
            text += nodes.inline(run.text, run.text, classes=["kz-uncited"])
        else:
            text += nodes.Text(run.text)
        if run.closes:
            excerpts = [found.excerpts[i] for i in run.closes]
            item_id = f"kz-c-{run.end}"
            text += _marker(f"#{item_id}", str(len(notes) + 1))
            notes += _cites_item(item_id, len(notes) + 1, excerpts, view)
        if run.uncited is not None:
            sentence = section.uncited[run.uncited]
            if sentence.end == run.end or (run.end == para.end and sentence.end > para.end):
                item_id = f"kz-u-{sentence.start}"
                text += _marker(f"#{item_id}", "not cited", uncited=True)
                notes += _uncited_item(item_id, sentence.text, sentence.reason)
    out: list[nodes.Node] = [text]
    if len(notes):
        box = nodes.container(classes=["kz-map-notes"])
        box += notes
        out.append(box)
    return out


def _marker(href: str, label: str, *, uncited: bool = False) -> nodes.Element:
    """A small link after a highlight, to the note under the paragraph that lists its records.

    Its text says what it is.  It carries no ``title``: the note it links to holds
    the same words, and the page's script lends them to the marker as its tooltip
    (a copy per marker was a tenth of the page).
    """
    classes = ["kz-marker", "kz-marker-uncited"] if uncited else ["kz-marker"]
    link = nodes.reference("", "", refuri=href, internal=True, classes=classes)
    if not uncited:
        link += nodes.inline("citations ", "citations ", classes=["kz-sr"])
    link += nodes.Text(f"[{label}]")
    return link


def _short(quote: str) -> str:
    return quote if len(quote) <= SHORT else quote[: SHORT - 1].rstrip() + "…"


def _cites_item(item_id: str, number: int, excerpts: list[Excerpt], view: View) -> nodes.list_item:
    item = nodes.list_item(ids=[item_id])
    for excerpt in excerpts:
        line = paragraph(f"[{number}] ")
        jump = nodes.reference("", "", refuri="#" + excerpt.citations[0].anchor, internal=True)
        jump += nodes.Text(f"“{_short(excerpt.quote)}”")
        line += jump
        line += nodes.Text(" — ")
        for k, citation in enumerate(excerpt.citations):
            if k:
                line += nodes.Text("; ")
            line.extend(_record(citation, excerpt, view))
        item += line
    return item


def _record(citation: Citation, excerpt: Excerpt, view: View) -> list[nodes.Node]:
    """One citing record: its name linking back to where its page shows the fact, its id."""
    name = _name(citation.entity_id, view)
    if citation.record == citation.entity_id and "evidence" in citation.properties:
        fragment = target(citation.entity_id, excerpt.section, excerpt.quote)
    else:
        fragment = _FRAGMENTS.get(citation.properties[0], "")
    if citation.record != citation.entity_id:
        kind, says = _tie(citation, view)
        facts = f" ({kind}: {says})"
    else:
        facts = f" ({', '.join(citation.properties)})"
    return [
        back_link(citation.entity_id, fragment, name),
        nodes.Text(" "),
        nodes.inline(citation.entity_id, citation.entity_id, classes=["kz-id"]),
        nodes.Text(facts),
    ]


def _uncited_item(item_id: str, sentence: str, reason: str | None) -> nodes.list_item:
    item = nodes.list_item(ids=[item_id], classes=["kz-map-uncited"])
    words = reason or "no record cites it, and the data folder gives no reason (uncovered.json)"
    item += paragraph(f"[not cited] “{_short(sentence)}” — {words}")
    return item


def back_link(entity_id: str, fragment: str, text: str) -> addnodes.pending_xref:
    """A link to *entity_id*'s page, at *fragment* (resolved when the page is written)."""
    node = addnodes.pending_xref(
        "",
        refdomain="",
        reftype=BACK,
        reftarget=entity_id,
        refexplicit=True,
        refwarn=False,
        kz_fragment=fragment,
    )
    node += nodes.Text(text)  # the name alone: a wrapper per record adds bytes, not meaning
    return node


def evidence_block(entity_id: str, item: Evidence) -> nodes.block_quote:
    """An entity page's excerpt, its section linking to the excerpt's highlight in the map.

    The block carries the excerpt's target name as its id, so the map links back
    to exactly this excerpt.  Without a complete map in the project the section
    stays plain text.
    """
    name = target(entity_id, item.section, item.quote)
    block = nodes.block_quote(classes=["kz-evidence"], ids=[name])
    block += paragraph(item.quote)
    link = addnodes.pending_xref(
        "", refdomain="", reftype=LINK, reftarget=name, refexplicit=True, refwarn=False
    )
    link += nodes.inline(item.section, item.section, classes=["kz-evidence-section"])
    block += nodes.attribution("", "", link)
    return block


def _note_root(app: Sphinx) -> None:
    """Keep this build's data folder where the directive finds it (after the records load)."""
    folder: str = app.config.kzref_data_path
    root = str((Path(app.confdir) / folder).resolve()) if folder else ""
    build_data(app.env).dataset.index(_memo).root = root


class EvidenceMapDirective(SphinxDirective):
    """Show the article with the excerpts the data cites highlighted, section by section."""

    option_spec = {
        "section": directives.unchanged_required,
        "summary-only": directives.flag,
        "no-summary": directives.flag,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        data = build_data(self.env)
        view = View(data, data.reading.setdefault(self.env.docname, set()))
        root = data.dataset.index(_memo).root
        found = read_map(view, root)
        section = " ".join(self.options.get("section", "").split())
        if isinstance(found, str):
            warn("kzref: %s", Subtype.bad_filter, self.get_location(), found)
        elif section and found.section(section) is None:
            paths = [s.path for s in found.sections]
            close = difflib.get_close_matches(section, paths, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            warn(
                "kzref: :section: %r is not a heading path of the article%s",
                Subtype.bad_filter,
                self.get_location(),
                section,
                hint,
            )
        elif not section:
            _targets(self.env)[self.env.docname] = found.targets()
        spec = EvidenceMapSpec(
            None,
            tuple(self.options.get("class", ())),
            root=root,
            section=section,
            summary="no-summary" not in self.options,
            text="summary-only" not in self.options,
        )
        node = pending_selection(spec=spec)
        self.set_source_info(node)
        return [node]


_ENV_ATTRIBUTE = "kzref_evidence_targets"


def _targets(env: BuildEnvironment) -> dict[str, dict[str, str]]:
    """Per document holding a complete map: target name → anchor (saved with the environment)."""
    found: dict[str, dict[str, str]] | None = getattr(env, _ENV_ATTRIBUTE, None)
    if found is None:
        found = {}
        setattr(env, _ENV_ATTRIBUTE, found)
    return found


class EvidenceTargets(EnvironmentCollector):
    """Forget a document's targets when it is re-read; bring them back from parallel readers."""

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        _targets(env).pop(docname, None)

    def merge_other(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        docnames: AbstractSet[str],
        other: BuildEnvironment,
    ) -> None:
        mine, theirs = _targets(env), _targets(other)
        for docname in docnames:
            if docname in theirs:
                mine[docname] = theirs[docname]

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        """Nothing to collect: the directive notes its targets as it runs."""


def _publish_targets(app: Sphinx, env: BuildEnvironment) -> None:
    """Once every page is read: each target name → the first document (by name) holding it."""
    table = build_data(env).dataset.index(_memo).targets
    table.clear()
    for docname, names in sorted(_targets(env).items(), reverse=True):
        if docname in env.found_docs:
            for name, anchor in names.items():
                table[name] = (docname, anchor)


def _resolve(
    app: Sphinx, env: BuildEnvironment, node: addnodes.pending_xref, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve the links between entity pages and the map; unresolved ones stay plain text."""
    kind = node.get("reftype")
    if kind not in (LINK, BACK) or node.get("refdomain"):
        return None
    fromdoc: str = node["refdoc"]
    data = build_data(env)
    view = View(data, data.writing.setdefault(fromdoc, set()))
    found: tuple[str, str] | None
    if kind == LINK:
        found = read_target(view, node["reftarget"])
        title = "Where the article says it (the evidence map)"
    else:
        view.face(node["reftarget"])  # the page appears or goes with the entity
        page = view.page(node["reftarget"])
        found = (page[0], node.get("kz_fragment", "")) if page else None
        title = None  # the id is shown beside the link; a tooltip repeating it is bytes only
    if found is None:
        return contnode
    return make_refnode(app.builder, fromdoc, found[0], found[1], contnode, title)


def setup_evidence_map(app: Sphinx) -> None:
    """Register the directive, its view accessors, link resolution and assets."""
    ACCESSORS.setdefault(MAP, _map)
    ACCESSORS.setdefault(TARGET, _target)
    app.add_directive_to_domain("kz", "evidence-map", EvidenceMapDirective)
    app.add_env_collector(EvidenceTargets)
    app.connect("builder-inited", _note_root, priority=850)  # after the records load (800)
    app.connect("env-updated", _publish_targets)
    app.connect("missing-reference", _resolve, priority=400)
    app.add_css_file("kzref-evidence.css")
    app.add_js_file("kzref-evidence.js", defer="defer")


__all__ = [
    "EvidenceMapDirective",
    "EvidenceMapSpec",
    "back_link",
    "evidence_block",
    "render_evidence_map",
    "setup_evidence_map",
]
