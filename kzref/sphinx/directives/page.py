"""``kz:page`` — the full page of one entity (used by the generated page files).

Name, aliases, summary and dates; every tie in both directions (the events an
organization took part in, the designations against it, the people tied to it);
figures, quotes, evidence with its section, data-quality notes, a "cite this"
block and the record's JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from kzref.citation import STYLES, permalink
from kzref.display import CERTAINTY_WORDS, label, link_label, relation_label, sentence
from kzref.links import Link
from kzref.model.dates import FuzzyDate
from kzref.model.entities import Agreement, Document, EntityBase, Event, Participant
from kzref.model.records import Designation, Relation
from kzref.sphinx.directives.graph import NeighbourhoodSpec, has_neighbourhood
from kzref.sphinx.pages import is_generated
from kzref.sphinx.render import (
    Cell,
    chronological_key,
    date_text,
    entity_type,
    field_list,
    joined,
    paragraph,
    table,
    verbatim,
    xref,
)
from kzref.sphinx.selection import SelectionSpec, pending_selection
from kzref.sphinx.state import build_data
from kzref.sphinx.view import ACCESSORS, View
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from kzref.sphinx.state import BuildData


def _section(name: str, title: str, *children: nodes.Node) -> nodes.section:
    section = nodes.section(ids=[f"kz-{name}"], names=[f"kz-{name}"])
    section += nodes.title(title, title)
    for child in children:
        section += child
    return section


def _claim(
    certainty: str, asserted: Sequence[str], disputed: Sequence[str], data: View
) -> list[nodes.Node | str]:
    cell: list[nodes.Node | str] = [CERTAINTY_WORDS.get(certainty, label(certainty))]
    if asserted:
        cell += [" by ", *joined(xref(i, data) for i in asserted)]
    if disputed:
        cell += ["; disputed by ", *joined(xref(i, data) for i in disputed)]
    return cell


ID_LIST_FIELDS = (
    ("Places", "places"),
    ("Citizenship", "citizenship"),
    ("Authors", "authors"),
    ("Recipients", "recipients"),
)
"""Overview rows that list entities: label, field (on the kinds that have it)."""
ID_FIELDS = (
    ("Country", "country"),
    ("Located in", "located_in"),
    ("Birthplace", "birthplace"),
    ("Part of", "part_of"),
    ("Event", "event"),
)
"""Overview rows that name one entity: label, field."""


def _overview(entity: EntityBase, data: View) -> nodes.field_list:
    rows: list[tuple[str, list[nodes.Node | str]]] = [
        ("Identifier", [nodes.literal(entity.id, entity.id)]),
        ("Type", [entity_type(entity)]),
        ("Also written", [", ".join(entity.aliases)] if entity.aliases else []),
    ]
    face = data.face(entity.id)  # its date: for an undated sub-event, its parent's (tracked)
    date = face.date if face is not None else None
    if date is not None:
        rows.append(("Date", [date_text(date)]))
    for heading, field in ID_LIST_FIELDS:
        ids = getattr(entity, field, [])
        rows.append((heading, joined(xref(i, data) for i in ids)))
    for heading, field in ID_FIELDS:
        value = getattr(entity, field, None)
        rows.append((heading, [xref(value, data)] if value else []))
    if isinstance(entity, Event) and entity.claim.certainty != "stated":
        c = entity.claim
        rows.append(("Status", _claim(c.certainty, c.asserted_by, c.disputed_by, data)))
    rows.append(("Tags", [", ".join(entity.tags)] if entity.tags else []))
    return field_list(rows)


def _participants(people: Sequence[Participant], data: View) -> list[nodes.Node]:
    rows: list[list[Cell]] = [
        [
            [xref(p.ref, data)],
            [label(p.role)],
            _claim(p.certainty, p.asserted_by, p.disputed_by, data),
            [p.description or ""],
        ]
        for p in people
    ]
    return [table(["Who", "Role", "Certainty", "Note"], rows)]


def _figures(event: Event) -> list[nodes.Node]:
    rows: list[list[Cell]] = [
        [[f.measure], [f.text], [label(f.approximation)]] for f in event.figures
    ]
    return [table(["What is counted", "As the source says", "Approximation"], rows)]


def _quotes(entity: Event | Agreement | Document, data: View) -> list[nodes.Node]:
    section: list[nodes.Node] = []
    for quote in entity.quotes:
        block = nodes.block_quote(classes=["kz-quote"])
        block += paragraph(quote.text)
        who: list[nodes.Node | str] = (
            [xref(quote.speaker, data)] if quote.speaker else ["unattributed"]
        )
        block += nodes.attribution(
            "",
            "",
            *[nodes.Text(x) if isinstance(x, str) else x for x in [*who, f" ({quote.section})"]],
        )
        section.append(block)
    return section


def _designations(found: list[Designation], data: View) -> list[nodes.Node]:
    rows: list[list[Cell]] = []
    for d in sorted(found, key=lambda d: (_date_key(d.date), d.action, d.authority or "")):
        rows.append(
            [
                [label(d.action)],
                [xref(d.authority, data)] if d.authority else [],
                [xref(d.requested_by, data)] if d.requested_by else [],
                [xref(d.jurisdiction, data)] if d.jurisdiction else [],
                [date_text(d.date)],
                [xref(d.on_list, data)] if d.on_list else [],
                _claim(d.certainty, d.asserted_by, d.disputed_by, data),
            ]
        )
    header = ["Action", "Authority", "Requested by", "Where", "Date", "List", "Certainty"]
    return [table(header, rows)]


def _relations(entity_id: str, found: list[Relation], data: View) -> list[nodes.Node]:
    """The entity's relations, one table per relation as read from this entity.

    Sorted by date, then by the other end's name; the same tie recorded twice
    (under two titles, say) is one row.  Relations this entity only asserts or
    disputes come last, as claims about others.
    """
    groups: dict[str, dict[tuple[str, ...], list[Relation]]] = {}
    for r in found:
        if entity_id in (r.subject, r.object):
            inverse = r.object == entity_id and r.subject != entity_id
            heading = sentence(relation_label(r.predicate, inverse=inverse))
            key: tuple[str, ...] = (r.subject if inverse else r.object,)
        else:
            heading = CLAIMS
            key = (r.subject, r.predicate, r.object)
        groups.setdefault(heading, {}).setdefault(key, []).append(r)
    section: list[nodes.Node] = []
    for heading in sorted(groups, key=lambda h: (h == CLAIMS, h.casefold())):
        rows = sorted(
            (_relation_row(key, same, data) for key, same in groups[heading].items()),
            key=lambda row: row[0],
        )
        header = ["Claim" if heading == CLAIMS else "With", "When", "Title", "How sure"]
        kept = [i for i in range(len(header)) if i in (0, 3) or any(r[1][i] for r in rows)]
        section.append(nodes.rubric(heading, heading, classes=["kz-relation"]))
        section.append(
            table(
                [header[i] for i in kept],
                [[cells[i] for i in kept] for _, cells in rows],
                classes=["kz-relations"],
            )
        )
    return section


CLAIMS = "Claims about others"


def _relation_row(
    key: tuple[str, ...], same: list[Relation], data: View
) -> tuple[tuple[object, ...], list[Cell]]:
    """One row for one tie (merged when recorded more than once), and its sort key."""
    first = min(same, key=lambda r: _date_key(r.date))
    face = data.face(key[0])
    who: Cell = [xref(key[0], data)]
    if len(key) == 3:
        who = [xref(key[0], data), f" {relation_label(key[1])} ", xref(key[2], data)]
    titles = sorted({r.title for r in same if r.title})
    # one tie recorded more than once: each certainty once, with everyone who says so
    by_certainty: dict[str, tuple[list[str], list[str]]] = {}
    for r in same:
        asserted, disputed = by_certainty.setdefault(r.certainty, ([], []))
        asserted += [i for i in r.asserted_by if i not in asserted]
        disputed += [i for i in r.disputed_by if i not in disputed]
    certainty: list[nodes.Node | str] = []
    for index, (words, (asserted, disputed)) in enumerate(by_certainty.items()):
        if index:
            certainty.append("; ")
        certainty += _claim(words, asserted, disputed, data)
    order = (_date_key(first.date), (face.name if face else key[0]).casefold())
    cells: list[Cell] = [
        who,
        [date_text(first.date)] if first.date else [],
        [", ".join(titles)] if titles else [],
        certainty,
    ]
    return order, cells


def _date_key(date: FuzzyDate | None) -> tuple[int, dt.date, dt.date]:
    """Dated first, by earliest then latest possible day; undated last."""
    if date is None:
        return (1, dt.date.max, dt.date.max)
    return (0, date.lower, date.upper)


def _involved(entity_id: str, data: View) -> dict[str, list[Link]]:
    """The events, agreements and documents that name this entity, with how they do."""
    roles: dict[str, list[Link]] = {}
    for link in data.links(entity_id):
        other = data.face(link.other)
        if (
            link.direction == "in"
            and other is not None
            and other.kind in ("event", "agreement", "document")
        ):
            roles.setdefault(other.id, []).append(link)
    return roles


def _involvement(roles: dict[str, list[Link]], data: View) -> list[nodes.Node]:
    """The events, agreements and documents naming this entity, in date order."""
    rows: list[list[Cell]] = []
    faces = [face for i in roles if (face := data.face(i)) is not None]
    for other in sorted(faces, key=chronological_key):
        hows = sorted({link_label(link) for link in roles[other.id]})
        certainty = sorted(
            {CERTAINTY_WORDS.get(link.certainty or "stated", "") for link in roles[other.id]}
        )
        date = other.date
        rows.append(
            [
                [date_text(date)] if date else [],
                [xref(other.id, data)],
                [", ".join(hows)],
                [", ".join(certainty)],
            ]
        )
    return [table(["When", "What", "As", "How sure"], rows)]


def _mentioned(entity_id: str, data: View) -> list[tuple[str, str]]:
    """Other entities that point here or that this one names (places in a country, members …)."""
    found: dict[tuple[str, str, str], tuple[str, str]] = {}
    for link in data.links(entity_id):
        other = data.face(link.other)
        if other is None or other.kind in ("event", "agreement", "document"):
            continue
        if link.via != "reference":  # relations and designations have their own sections
            continue
        words = link_label(link)
        how = f"named here: {words}" if link.direction == "out" else f"names this: {words}"
        found.setdefault((link.other, link.how, link.direction), (link.other, how))
    return list(found.values())


def _mentions(found: list[tuple[str, str]], data: View) -> list[nodes.Node]:
    rows: list[list[Cell]] = [[[xref(other, data)], [how]] for other, how in found]
    return [table(["Entity", "How"], rows)]


def _evidence(entity: EntityBase) -> list[nodes.Node]:
    from kzref.sphinx.directives.evidence_map import evidence_block  # owns the map's links

    # each excerpt linked to its highlight in the map
    return [evidence_block(entity.id, item) for item in entity.evidence]


def _notes(entity: EntityBase) -> list[nodes.Node]:
    from kzref.sphinx.directives.evidence_map import evidence_block  # owns the map's links

    section: list[nodes.Node] = []
    for note in entity.notes:
        box = nodes.admonition(classes=["kz-note", "warning"])
        box += nodes.title("Data quality", "Data quality")
        box += paragraph(note.text)
        for item in note.evidence:
            box += evidence_block(entity.id, item)  # each passage at its place in the article
        section.append(box)
    return section


DOWNLOADS = (
    # suffix, style (or "json", the record), what a reader sees
    (".bib", "bibtex", "BibTeX"),
    (".ris", "ris", "RIS"),
    (".csl.json", "csl-json", "CSL-JSON"),
    (".json", "json", "the record (JSON)"),
)
"""The files written next to an entity's page (see :func:`write_downloads`)."""


class kz_downloads(nodes.General, nodes.Element):  # docutils node naming
    """The files of ``node["entity"]`` (``node["files"]``, by suffix), written beside its page."""


def download_files(entity: EntityBase, link: str, version: str) -> dict[str, str]:
    """The citation files and the record of *entity*, by suffix."""
    return {
        suffix: entity.model_dump_json(indent=2) + "\n"
        if style == "json"
        else STYLES[style](entity, link, version)
        for suffix, style, _ in DOWNLOADS
    }


def _cite(entity: EntityBase, data: View, slug: str) -> list[nodes.Node]:
    """One citation shown (with a copy button), the others a click away, and the files."""
    import html

    base_url = data.config("kzref_base_url")
    version = data.version()
    link = permalink(entity.id, base_url)
    section: list[nodes.Node] = []
    section.append(
        field_list(
            [
                ("Identifier", [nodes.literal(entity.id, entity.id)]),
                ("Permalink", [nodes.reference(link, link, refuri=link)]),
                ("In Sphinx", [nodes.literal(f":kz:ref:`{entity.id}`", f":kz:ref:`{entity.id}`")]),
            ]
        )
    )
    text = paragraph(STYLES["text"](entity, link, version))
    text["classes"] += ["kz-citation", "kz-copyable"]
    section.append(text)
    files = download_files(entity, link, version)
    more = ['<details class="kz-cite-more"><summary>BibTeX, RIS and CSL-JSON</summary>']
    for suffix, style, words in DOWNLOADS[:3]:
        more.append(
            f'<p class="kz-cite-style">{words}</p><pre class="kz-citation kz-copyable"'
            f' tabindex="0" data-style="{style}">{html.escape(files[suffix])}</pre>'
        )
    more.append("</details>")
    # machine formats: a click away, copied whole, and kept out of the search index
    section.append(nodes.raw("", "".join(more), format="html", classes=["no-search"]))
    line = paragraph("Download: ")
    line["classes"].append("kz-downloads")
    for index, (suffix, _, words) in enumerate(DOWNLOADS):
        if index:
            line += nodes.Text(" · ")
        line += nodes.reference(words, words, refuri=slug + suffix, classes=["kz-download"])
    section.append(line)
    # made as the page is written, from what it read: the files change when the page does
    section.append(kz_downloads(entity=entity.id, files=files))
    return section


@dataclass(frozen=True, slots=True)
class PagePartSpec(SelectionSpec):
    """One part of an entity's page, drawn when the page is written.

    The page is read as a skeleton (title, summary, section headings): Sphinx's
    reading transforms and the saved doctree never carry the tables, and a
    section's contents follow the records without re-reading the page.
    """

    entity: str = ""
    part: str = ""
    slug: str = ""

    def render(self, view: View) -> list[nodes.Node]:
        entity = view.entity(self.entity)
        return [] if entity is None else PARTS[self.part](entity, view, self.slug)


def _participants_part(entity: EntityBase, data: View, slug: str) -> list[nodes.Node]:
    if isinstance(entity, Agreement):
        return _participants(entity.parties, data)
    return _participants(entity.participants if isinstance(entity, Event) else [], data)


def _commitments(entity: EntityBase, data: View, slug: str) -> list[nodes.Node]:
    items = nodes.bullet_list()
    for text in getattr(entity, "commitments", ()):
        items += nodes.list_item("", paragraph(text))
    return [items]


PARTS: dict[str, Callable[[EntityBase, View, str], list[nodes.Node]]] = {
    "overview": lambda entity, data, slug: [_overview(entity, data)],
    "neighbourhood": lambda entity, data, slug: NeighbourhoodSpec(None, (), entity.id).render(data),
    "participants": _participants_part,
    "commitments": _commitments,
    "figures": lambda entity, data, slug: _figures(entity) if isinstance(entity, Event) else [],
    "quotes": lambda entity, data, slug: (
        _quotes(entity, data) if isinstance(entity, Event | Agreement | Document) else []
    ),
    "designations": lambda entity, data, slug: _designations(data.designations(entity.id), data),
    "relations": lambda entity, data, slug: _relations(entity.id, data.relations(entity.id), data),
    "involvement": lambda entity, data, slug: _involvement(_involved(entity.id, data), data),
    "mentions": lambda entity, data, slug: _mentions(_mentioned(entity.id, data), data),
    "evidence": lambda entity, data, slug: _evidence(entity),
    "notes": lambda entity, data, slug: _notes(entity),
    "cite": _cite,
}
"""What each part of a page shows, from the entity and the records its view reads."""


def _part(entity_id: str, name: str, slug: str) -> pending_selection:
    return pending_selection(spec=PagePartSpec(None, (), entity=entity_id, part=name, slug=slug))


PARTS_KEY = "p"
"""The view accessor of :func:`sections`: a page is read again only when its headings change."""


def _sections(data: BuildData, entity_id: str) -> tuple[tuple[str, str], ...]:
    """The sections the page of *entity_id* has, as (part, heading), in page order.

    Answered from the records of the build, not through a recording view: the
    page is keyed on this answer alone, so an edit that changes what a section
    shows, not whether it is there, re-writes the page without re-reading it.
    """
    view = View(data)  # its reads are not the page's: the answer is
    entity = view.entity(entity_id)
    if entity is None:
        return ()
    found: list[tuple[str, str]] = []
    if entity.kind in ("org", "person") and has_neighbourhood(entity_id, view):
        found.append(("neighbourhood", "Ties at a glance"))
    if isinstance(entity, Event) and entity.participants:
        found.append(("participants", "Participants"))
    if isinstance(entity, Agreement):
        found += [("participants", "Parties")] if entity.parties else []
        found += [("commitments", "Commitments")] if entity.commitments else []
    if isinstance(entity, Event) and entity.figures:
        found.append(("figures", "Figures"))
    if isinstance(entity, Event | Agreement | Document) and entity.quotes:
        found.append(("quotes", "Quotes"))
    found += [("designations", "Designations")] if view.designations(entity_id) else []
    found += [("relations", "Relations")] if view.relations(entity_id) else []
    found += [("involvement", "Involved in")] if _involved(entity_id, view) else []
    found += [("mentions", "Connected entities")] if _mentioned(entity_id, view) else []
    found.append(("evidence", "Evidence"))
    found += [("notes", "Data-quality notes")] if entity.notes else []
    found.append(("cite", "Cite this"))
    return tuple(found)


ACCESSORS.setdefault(PARTS_KEY, _sections)


def sections(entity_id: str, view: View) -> tuple[tuple[str, str], ...]:
    """The sections of the page of *entity_id* (part, heading), the read recorded in *view*."""
    found: tuple[tuple[str, str], ...] = view.read(PARTS_KEY, entity_id)
    return found


def page_nodes(entity: EntityBase, data: View, slug: str = "") -> list[nodes.Node]:
    """The page of *entity* as read: its summary, and a heading for each section it has.

    What each section shows is drawn when the page is written (:class:`PagePartSpec`).
    """
    slug = slug or entity.slug
    out: list[nodes.Node] = [paragraph(entity.summary), _part(entity.id, "overview", slug)]
    for name, title in sections(entity.id, data):
        out.append(_section(name, title, _part(entity.id, name, slug)))
    return [
        _unsearched(verbatim(node)) if isinstance(node, nodes.Element) else node for node in out
    ]


UNSEARCHED = frozenset(
    f"kz-{name}"
    for name in (
        "neighbourhood",
        "designations",
        "relations",
        "involvement",
        "mentions",
        "evidence",
        "cite",
    )
)
"""Sections the search index skips: other entities' names, the article's words and
machine text.  Searching a name finds that entity's own page, not every page that
lists it in a table; the evidence map is where the article's words are found."""


def _unsearched(node: nodes.Element) -> nodes.Element:
    if isinstance(node, nodes.section) and node["ids"][0] in UNSEARCHED:
        node["classes"].append("no-search")
    return node


class ReadingDirective(SphinxDirective):
    """A directive that renders while its document is read, through a recording view."""

    @property
    def view(self) -> View:
        """The records, read on behalf of the document being read."""
        data = build_data(self.env)
        return View(data, data.reading.setdefault(self.env.docname, set()))


class PageDirective(ReadingDirective):
    """Lay out the page of the entity named by id and register it as the entity's target.

    The headings are made while the document is read (they belong in its table
    of contents, which Sphinx builds from what was read); what each section
    shows is drawn when the page is written (:class:`PagePartSpec`).
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        view = self.view
        entity_id = self.arguments[0].strip()
        entity = view.entity(entity_id)
        if entity is None:
            warn("kzref: unknown id %r", Subtype.unknown_id, self.get_location(), entity_id)
            return []
        if isinstance(self.state.parent, nodes.section):
            verbatim(self.state.parent)  # the page title is the entity's name: keep it as is
        if is_generated(self.state.document):
            # every node of a generated page is verbatim: spare SmartQuotes its walk
            self.state.document.settings.smart_quotes = False
        domain = self.env.domains["kz"]
        domain.note_entity(entity.id, self.env.docname, "", self.get_location())  # type: ignore[attr-defined]
        slug = self.env.docname.rpartition("/")[2]
        return page_nodes(entity, view, slug)


def write_downloads(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Write each entity's citation files and record beside its page, as the page is written.

    Files, not highlighted blocks on every page: a reader downloads or copies
    them, and the build no longer runs Pygments over four machine blocks a page.
    """
    import posixpath
    from pathlib import Path

    found = list(doctree.findall(kz_downloads))
    if not found:
        return
    builder = app.builder
    if builder.format == "html":
        folder = Path(app.outdir, posixpath.dirname(builder.get_target_uri(docname)))
        folder.mkdir(parents=True, exist_ok=True)
        slug = docname.rpartition("/")[2]
        for node in found:
            for suffix, text in node["files"].items():
                (folder / f"{slug}{suffix}").write_text(text, encoding="utf-8")
    for node in found:
        node.parent.remove(node)
