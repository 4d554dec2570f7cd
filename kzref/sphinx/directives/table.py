"""``kz:table`` — a sortable table of selected entities, columns chosen by option."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kzref.model.entities import EntityBase
from kzref.select import Selection
from kzref.sphinx.render import chronological_key, date_text, joined, table, xref
from kzref.sphinx.selection import SelectionDirective, SelectionSpec, select
from kzref.sphinx.view import KIND_LABELS, Face, View
from kzref.sphinx.warnings import Subtype, warn

Cell = Sequence[nodes.Node | str]


def _columns(view: View) -> dict[str, tuple[str, Callable[[Face], Cell]]]:
    """Each column's title and cell, reading only what the cell shows (through *view*)."""

    def record(face: Face) -> EntityBase:
        entity = view.entity(face.id)
        assert entity is not None  # a selected id is a current entity
        return entity

    def places(face: Face) -> Cell:
        return joined(xref(i, view) for i in getattr(record(face), "places", []))

    def tags(face: Face) -> Cell:
        shape = view.shape(face.id)
        return [", ".join(shape.tags)] if shape else []

    return {
        "name": ("Name", lambda f: [xref(f.id, view)]),
        "id": ("Id", lambda f: [nodes.literal(f.id, f.id)]),
        "kind": ("Kind", lambda f: [KIND_LABELS[f.kind]]),
        "type": ("Type", lambda f: [f.type]),
        "date": ("Date", lambda f: [date_text(f.date)] if f.date else []),
        "summary": ("Summary", lambda f: [record(f).summary]),
        "aliases": ("Aliases", lambda f: [", ".join(record(f).aliases)]),
        "places": ("Places", places),
        "tags": ("Tags", tags),
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
    faces = [face for i in select(spec.selection, view) if (face := view.face(i)) is not None]
    if spec.sort == "date":
        faces = sorted(faces, key=chronological_key)
    elif spec.sort == "name":
        faces = sorted(faces, key=lambda f: (f.name.casefold(), f.id))
    if not faces:
        return [nodes.paragraph(text="No entity matches.", classes=["kz-empty"])]
    columns = _columns(view)
    header = [columns[c][0] for c in spec.columns]
    rows = [[columns[c][1](face) for c in spec.columns] for face in faces]
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
