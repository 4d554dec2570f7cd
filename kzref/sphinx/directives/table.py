"""``kz:table`` — a sortable table of selected entities, columns chosen by option."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kzref.model.entities import EntityBase
from kzref.select import chronological, date_of
from kzref.sphinx.filters import FilteredDirective
from kzref.sphinx.render import date_text, entity_type, joined, table, xref
from kzref.sphinx.state import current
from kzref.sphinx.warnings import Subtype, warn

Cell = Sequence[nodes.Node | str]


def _columns() -> dict[str, tuple[str, Callable[[EntityBase], Cell]]]:
    data = current().dataset

    def places(entity: EntityBase) -> Cell:
        ids = list(getattr(entity, "places", []))
        return joined(xref(i, data) for i in ids)

    return {
        "name": ("Name", lambda e: [xref(e.id, data)]),
        "id": ("Id", lambda e: [nodes.literal(e.id, e.id)]),
        "kind": ("Kind", lambda e: [e.kind]),
        "type": ("Type", lambda e: [entity_type(e)]),
        "date": ("Date", lambda e: [date_text(date_of(e))] if date_of(e) else []),
        "summary": ("Summary", lambda e: [e.summary]),
        "aliases": ("Aliases", lambda e: [", ".join(e.aliases)]),
        "places": ("Places", places),
        "tags": ("Tags", lambda e: [", ".join(e.tags)]),
    }


COLUMN_NAMES = ("name", "id", "kind", "type", "date", "summary", "aliases", "places", "tags")


class TableDirective(FilteredDirective):
    """Entities as a table; ``:columns:`` picks and orders the columns."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **FilteredDirective.option_spec,
        "columns": directives.unchanged,
        "sort": lambda arg: directives.choice(arg, ("name", "date", "id")),
    }

    def render(self) -> list[nodes.Node]:
        wanted = [
            c.strip() for c in self.options.get("columns", "name,type,date,summary").split(",")
        ]
        unknown = [c for c in wanted if c not in COLUMN_NAMES]
        if unknown:
            warn(
                "kzref: unknown column(s) %s; columns are %s",
                Subtype.bad_filter,
                self.get_location(),
                ", ".join(unknown),
                ", ".join(COLUMN_NAMES),
            )
            wanted = [c for c in wanted if c in COLUMN_NAMES]
        entities = self.selected()
        order = self.options.get("sort", "date" if "date" in wanted else "name")
        if order == "date":
            entities = chronological(entities)
        elif order == "name":
            entities = sorted(entities, key=lambda e: (e.name.casefold(), e.id))
        columns = _columns()
        header = [columns[c][0] for c in wanted]
        rows = [[columns[c][1](entity) for c in wanted] for entity in entities]
        if not rows:
            return [nodes.paragraph(text="No entity matches.", classes=["kz-empty"])]
        return [table(header, rows, classes=["kz-sortable", *self.options.get("class", [])])]
