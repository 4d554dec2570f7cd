"""Docutils nodes for entities: links, dates, cards and tables.

Every string from the data goes into a text node, so markup in a record
(HTML, reStructuredText, MyST) is always shown as text, never interpreted.  The
nodes are also marked ``support_smartquotes=False``: Sphinx's SmartQuotes would
otherwise turn the straight quotes, ``--`` and ``...`` of a verbatim excerpt into
typographic ones, silently changing what the source says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from docutils import nodes
from sphinx import addnodes

from kzref.model.dates import FuzzyDate
from kzref.model.entities import EntityBase
from kzref.select import date_of
from kzref.sphinx.view import KIND_LABELS, Face, View, entity_type
from kzref.store import Dataset


def xref(entity_id: str, view: View, title: str | None = None) -> nodes.Node:
    """A cross-reference to an entity, resolved by the ``kz`` domain or intersphinx."""
    face = view.face(entity_id) if title is None else None
    text = title or (face.name if face else entity_id)
    node = addnodes.pending_xref(
        "",
        refdomain="kz",
        reftype="ref",
        reftarget=entity_id,
        refexplicit=True,
        refwarn=False,
    )
    node += nodes.inline(text, text, classes=["kz-ref", f"kz-{entity_id.partition(':')[0]}"])
    return node


def chronological_key(face: Face) -> tuple[int, dt.date, dt.date, str]:
    """The order of :func:`kzref.select.chronological`, from what a link shows."""
    if face.date is None:
        return (1, dt.date.max, dt.date.max, face.id)
    return (0, face.date.lower, face.date.upper, face.id)


def date_text(date: FuzzyDate | None) -> nodes.Node:
    """A date in words ("spring 2004", "after 2001"), marked when it is not an exact day.

    Never an ISO day or an EDTF code: those are in the record's JSON and the
    downloads.  A sub-event's date borrowed from its parent says so.
    """
    from kzref.display import human_date
    from kzref.select import ParentDate

    if date is None:
        return nodes.inline("undated", "undated", classes=["kz-undated"])
    words = human_date(date)
    if isinstance(date, ParentDate):
        words += " (the date of the event it is part of)"
    classes = ["kz-date"] + ([] if date.is_exact else ["kz-uncertain"])
    return nodes.inline(words, words, classes=classes)


def placed(entity: EntityBase, dataset: Dataset) -> EntityBase:
    """*entity*, or for an undated sub-event a copy dated by its parent (a ``ParentDate``).

    What timelines group and chart: a sub-event without a date of its own is
    shown where the event it is part of is, marked as such.
    """
    if getattr(entity, "date", None) is not None or not getattr(entity, "part_of", None):
        return entity
    date = date_of(entity, dataset)
    return entity if date is None else entity.model_copy(update={"date": date})


def verbatim(node: nodes.Element) -> nodes.Element:
    """Mark *node* so that SmartQuotes leaves the text inside it exactly as it is."""
    node["support_smartquotes"] = False
    return node


def paragraph(*parts: nodes.Node | str) -> nodes.paragraph:
    """A paragraph from nodes and plain strings, its text kept verbatim."""
    para = nodes.paragraph(support_smartquotes=False)
    for part in parts:
        para += nodes.Text(part) if isinstance(part, str) else part
    return para


Cell = Sequence[nodes.Node | str]
"""The content of one table cell or field: nodes and plain strings."""


def joined(items: Iterable[nodes.Node | str], separator: str = ", ") -> list[nodes.Node | str]:
    """Nodes separated by *separator*."""
    out: list[nodes.Node | str] = []
    for index, item in enumerate(items):
        if index:
            out.append(nodes.Text(separator))
        out.append(nodes.Text(item) if isinstance(item, str) else item)
    return out


def field_list(rows: Sequence[tuple[str, Sequence[nodes.Node | str]]]) -> nodes.field_list:
    """A field list of label → content rows; empty rows are left out."""
    fields = nodes.field_list(classes=["kz-fields"])
    for label, content in rows:
        if not content:
            continue
        field = nodes.field()
        field += nodes.field_name(label, label)
        body = nodes.field_body()
        body += paragraph(*content)
        field += body
        fields += field
    return fields


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    classes: Sequence[str] = (),
) -> nodes.table:
    """A simple table; each cell is a sequence of nodes or strings.

    Built leaves first: docutils looks up the document of a node's parent
    each time a child is added, walking up the tree, so appending thousands
    of rows to an already attached body cost more than making them.
    """
    head = nodes.thead("", _row([[h] for h in header]))
    body = nodes.tbody("", *(_row(row) for row in rows))
    specs = [nodes.colspec(colwidth=1) for _ in header]
    group = nodes.tgroup("", *specs, head, body, cols=len(header))
    return nodes.table("", group, classes=["kz-table", *classes], support_smartquotes=False)


def _row(cells: Sequence[Sequence[nodes.Node | str]]) -> nodes.row:
    return nodes.row("", *(nodes.entry("", paragraph(*cell)) for cell in cells))


def card(entity: EntityBase, view: View) -> nodes.container:
    """An inline card: the linked name, the type, the date and the summary."""
    box = nodes.container(classes=["kz-card", f"kz-card-{entity.kind}"], support_smartquotes=False)
    title = paragraph(xref(entity.id, view), " ")
    title += nodes.literal(entity.id, entity.id, classes=["kz-id"])
    box += title
    meta = [entity_type(entity)]
    face = view.face(entity.id)  # its date: for an undated sub-event, its parent's (tracked)
    date = face.date if face is not None else None
    line = paragraph(*joined(meta))
    if date is not None:
        line += nodes.Text(" · ")
        line += date_text(date)
    box += line
    box += paragraph(entity.summary)
    return box


__all__ = [
    "KIND_LABELS",
    "card",
    "chronological_key",
    "date_text",
    "entity_type",
    "paragraph",
    "table",
    "xref",
]
