"""``kz:page`` — the full page of one entity (used by the generated page files).

Name, aliases, summary and dates; every tie in both directions (the events an
organization took part in, the designations against it, the people tied to it);
figures, quotes, evidence with its section, data-quality notes, a "cite this"
block and the record's JSON.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from kzref.citation import STYLES, permalink
from kzref.links import Link
from kzref.model.entities import Agreement, Document, EntityBase, Event, Participant
from kzref.model.records import Designation, Relation
from kzref.select import date_of
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
from kzref.sphinx.state import build_data
from kzref.sphinx.view import View
from kzref.sphinx.warnings import Subtype, warn


def _section(name: str, title: str, *children: nodes.Node) -> nodes.section:
    section = nodes.section(ids=[f"kz-{name}"], names=[f"kz-{name}"])
    section += nodes.title(title, title)
    for child in children:
        section += child
    return section


def _claim(
    certainty: str, asserted: Sequence[str], disputed: Sequence[str], data: View
) -> list[nodes.Node | str]:
    cell: list[nodes.Node | str] = [certainty]
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
    date = date_of(entity)
    if date is not None:
        rows.append(("Date", [date_text(date)]))
    for label, field in ID_LIST_FIELDS:
        ids = getattr(entity, field, [])
        rows.append((label, joined(xref(i, data) for i in ids)))
    for label, field in ID_FIELDS:
        value = getattr(entity, field, None)
        rows.append((label, [xref(value, data)] if value else []))
    if isinstance(entity, Event) and entity.claim.certainty != "stated":
        c = entity.claim
        rows.append(("Status", _claim(c.certainty, c.asserted_by, c.disputed_by, data)))
    rows.append(("Tags", [", ".join(entity.tags)] if entity.tags else []))
    return field_list(rows)


def _participants(title: str, people: Sequence[Participant], data: View) -> nodes.section:
    rows: list[list[Cell]] = [
        [
            [xref(p.ref, data)],
            [p.role],
            _claim(p.certainty, p.asserted_by, p.disputed_by, data),
            [p.description or ""],
        ]
        for p in people
    ]
    return _section("participants", title, table(["Who", "Role", "Certainty", "Note"], rows))


def _figures(event: Event) -> nodes.section:
    rows: list[list[Cell]] = [[[f.measure], [f.text], [f.approximation]] for f in event.figures]
    return _section(
        "figures", "Figures", table(["Measure", "As the source says", "Approximation"], rows)
    )


def _quotes(entity: Event | Agreement | Document, data: View) -> nodes.section:
    section = _section("quotes", "Quotes")
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
        section += block
    return section


def _designations(found: list[Designation], data: View) -> nodes.section:
    rows: list[list[Cell]] = []
    for d in found:
        rows.append(
            [
                [d.action],
                [xref(d.authority, data)] if d.authority else [],
                [xref(d.requested_by, data)] if d.requested_by else [],
                [xref(d.jurisdiction, data)] if d.jurisdiction else [],
                [date_text(d.date)],
                [xref(d.on_list, data)] if d.on_list else [],
                _claim(d.certainty, d.asserted_by, d.disputed_by, data),
            ]
        )
    return _section(
        "designations",
        "Designations",
        table(["Action", "Authority", "Requested by", "Where", "Date", "List", "Certainty"], rows),
    )


def _relations(entity_id: str, found: list[Relation], data: View) -> nodes.section:
    rows: list[list[Cell]] = []
    for r in found:
        rows.append(
            [
                [xref(r.subject, data)] if r.subject != entity_id else [nodes.strong(text="this")],
                [r.predicate + (f" ({r.title})" if r.title else "")],
                [xref(r.object, data)] if r.object != entity_id else [nodes.strong(text="this")],
                [date_text(r.date)] if r.date else [],
                _claim(r.certainty, r.asserted_by, r.disputed_by, data),
            ]
        )
    return _section(
        "relations",
        "Relations",
        table(["Subject", "Relation", "Object", "When", "Certainty"], rows),
    )


def _involvement(entity_id: str, links: list[Link], data: View) -> nodes.section | None:
    """Events, agreements and documents that name this entity, in date order."""
    roles: dict[str, list[Link]] = {}
    for link in links:
        other = data.face(link.other)
        if (
            link.direction == "in"
            and other is not None
            and other.kind in ("event", "agreement", "document")
        ):
            roles.setdefault(other.id, []).append(link)
    if not roles:
        return None
    rows: list[list[Cell]] = []
    faces = [face for i in roles if (face := data.face(i)) is not None]
    for other in sorted(faces, key=chronological_key):
        hows = sorted({link.how for link in roles[other.id]})
        certainty = sorted({link.certainty or "stated" for link in roles[other.id]})
        date = other.date
        rows.append(
            [
                [date_text(date)] if date else [],
                [xref(other.id, data)],
                [", ".join(hows)],
                [", ".join(certainty)],
            ]
        )
    return _section("involvement", "Involved in", table(["Date", "What", "As", "Certainty"], rows))


def _mentions(links: list[Link], data: View) -> nodes.section | None:
    """Other entities that point here (places inside a country, members …)."""
    rows: list[list[Cell]] = []
    seen = set()
    for link in links:
        other = data.face(link.other)
        if other is None or other.kind in ("event", "agreement", "document"):
            continue
        if link.via != "reference":  # relations and designations have their own sections
            continue
        key = (link.other, link.how, link.direction)
        if key in seen:
            continue
        seen.add(key)
        arrow = "→" if link.direction == "out" else "←"
        rows.append([[xref(link.other, data)], [f"{arrow} {link.how}"]])
    if not rows:
        return None
    return _section("mentions", "Connected entities", table(["Entity", "How"], rows))


def _evidence(entity: EntityBase) -> nodes.section:
    from kzref.sphinx.directives.evidence_map import evidence_block  # owns the map's links

    section = _section("evidence", "Evidence")
    for item in entity.evidence:
        section += evidence_block(entity.id, item)  # linked to its highlight in the map
    return section


def _notes(entity: EntityBase) -> nodes.section:
    section = _section("notes", "Data-quality notes")
    for note in entity.notes:
        box = nodes.admonition(classes=["kz-note", "warning"])
        box += nodes.title("Data quality", "Data quality")
        box += paragraph(note.text)
        for item in note.evidence:
            block = nodes.block_quote()
            block += paragraph(item.quote)
            block += nodes.attribution(item.section, item.section)
            box += block
        section += box
    return section


def _cite(entity: EntityBase, data: View) -> nodes.section:
    base_url = data.config("kzref_base_url")
    version = data.version()
    link = permalink(entity.id, base_url)
    section = _section("cite", "Cite this")
    section += field_list(
        [
            ("Identifier", [nodes.literal(entity.id, entity.id)]),
            ("Permalink", [nodes.reference(link, link, refuri=link)]),
            ("Sphinx", [nodes.literal(f":kz:ref:`{entity.id}`", f":kz:ref:`{entity.id}`")]),
        ]
    )
    section += paragraph(STYLES["text"](entity, link, version))
    for style, language in (("bibtex", "bibtex"), ("ris", "text"), ("csl-json", "json")):
        text = STYLES[style](entity, link, version)
        section += nodes.rubric(style, style)
        # machine formats: shown, copied, but kept out of the search index
        classes = ["kz-citation", "no-search"]
        section += nodes.literal_block(text, text, language=language, classes=classes)
    return section


def page_nodes(entity: EntityBase, data: View) -> list[nodes.Node]:
    """Everything the page of *entity* shows, from the records *data* reads."""
    links = data.links(entity.id)
    out: list[nodes.Node] = [paragraph(entity.summary), _overview(entity, data)]
    if isinstance(entity, Event) and entity.participants:
        out.append(_participants("Participants", entity.participants, data))
    if isinstance(entity, Agreement):
        if entity.parties:
            out.append(_participants("Parties", entity.parties, data))
        if entity.commitments:
            items = nodes.bullet_list()
            for text in entity.commitments:
                items += nodes.list_item("", paragraph(text))
            out.append(_section("commitments", "Commitments", items))
    if isinstance(entity, Event) and entity.figures:
        out.append(_figures(entity))
    if isinstance(entity, Event | Agreement | Document) and entity.quotes:
        out.append(_quotes(entity, data))
    designations = data.designations(entity.id)
    if designations:
        out.append(_designations(designations, data))
    relations = data.relations(entity.id)
    if relations:
        out.append(_relations(entity.id, relations, data))
    for section in (_involvement(entity.id, links, data), _mentions(links, data)):
        if section is not None:
            out.append(section)
    out.append(_evidence(entity))
    if entity.notes:
        out.append(_notes(entity))
    out.append(_cite(entity, data))
    record = entity.model_dump_json(indent=2)
    out.append(
        _section(
            "json",
            "Record (JSON)",
            nodes.literal_block(record, record, language="json", classes=["kz-json", "no-search"]),
        )
    )
    return [verbatim(node) if isinstance(node, nodes.Element) else node for node in out]


class ReadingDirective(SphinxDirective):
    """A directive that renders while its document is read, through a recording view."""

    @property
    def view(self) -> View:
        """The records, read on behalf of the document being read."""
        data = build_data(self.env)
        return View(data, data.reading.setdefault(self.env.docname, set()))


class PageDirective(ReadingDirective):
    """Render the page of the entity named by id and register it as the entity's target.

    Rendered while the document is read, not when it is written: the page's
    sections belong in its table of contents, which Sphinx builds from what
    was read.
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
        domain = self.env.domains["kz"]
        domain.note_entity(entity.id, self.env.docname, "", self.get_location())  # type: ignore[attr-defined]
        return page_nodes(entity, view)
