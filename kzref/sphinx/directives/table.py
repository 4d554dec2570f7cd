"""``kz:table`` — a sortable table of selected entities, columns chosen by option."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kzref.model.entities import EntityBase
from kzref.select import Selection, chronological, date_of
from kzref.sphinx.render import date_text, joined, table, type_words, xref
from kzref.sphinx.selection import SelectionDirective, SelectionSpec, select_entities
from kzref.sphinx.view import View
from kzref.sphinx.warnings import Subtype, warn

Cell = Sequence[nodes.Node | str]


def _columns(view: View) -> dict[str, tuple[str, Callable[[EntityBase], Cell]]]:
    def places(entity: EntityBase) -> Cell:
        return joined(xref(i, view) for i in getattr(entity, "places", []))

    return {
        "name": ("Name", lambda e: [xref(e.id, view)]),
        "id": ("Id", lambda e: [nodes.literal(e.id, e.id)]),
        "kind": ("Kind", lambda e: [e.kind]),
        "type": ("Type", lambda e: [type_words(e)]),
        "date": ("Date", lambda e: [date_text(date_of(e))] if date_of(e) else []),
        "summary": ("Summary", lambda e: [e.summary]),
        "aliases": ("Aliases", lambda e: [", ".join(e.aliases)]),
        "places": ("Places", places),
        "tags": ("Tags", lambda e: [", ".join(e.tags)]),
    }


COLUMN_NAMES = ("name", "id", "kind", "type", "date", "summary", "aliases", "places", "tags")


@dataclass(frozen=True, slots=True)
class TableSpec(SelectionSpec):
    """A table's selection, its columns (known ones only) and its order."""

    columns: tuple[str, ...] = ("name", "type", "date", "summary")
    sort: str = "date"

    def render(self, view: View) -> list[nodes.Node]:
        return render_table(self, view)


def render_table(spec: TableSpec, view: View) -> list[nodes.Node]:
    """The table of *spec*, from the records *view* reads."""
    entities = select_entities(spec.selection, view)
    if spec.sort == "date":
        entities = chronological(entities)
    elif spec.sort == "name":
        entities = sorted(entities, key=lambda e: (e.name.casefold(), e.id))
    if not entities:
        return [nodes.paragraph(text="No entity matches.", classes=["kz-empty"])]
    columns = _columns(view)
    header = [columns[c][0] for c in spec.columns]
    rows = [[columns[c][1](entity) for c in spec.columns] for entity in entities]
    return [table(header, rows, classes=["kz-sortable", *spec.classes])]


class TableDirective(SelectionDirective):
    """Entities as a table; ``:columns:`` picks and orders the columns."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **SelectionDirective.option_spec,
        "columns": directives.unchanged,
        "sort": lambda arg: directives.choice(arg, ("name", "date", "id")),
    }

    def spec(self, selection: Selection | None) -> TableSpec:
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
        order = self.options.get("sort", "date" if "date" in wanted else "name")
        classes = tuple(self.options.get("class", ()))
        return TableSpec(selection, classes, tuple(wanted), order)
