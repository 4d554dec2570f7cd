"""``kz:notes`` — every data-quality note of the selected entities, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from docutils import nodes

from kzref.select import Selection
from kzref.sphinx.render import paragraph, xref
from kzref.sphinx.selection import SelectionDirective, SelectionSpec, select_entities
from kzref.sphinx.view import View


@dataclass(frozen=True, slots=True)
class NotesSpec(SelectionSpec):
    """A notes list's selection."""

    def render(self, view: View) -> list[nodes.Node]:
        return render_notes(self, view)


def render_notes(spec: NotesSpec, view: View) -> list[nodes.Node]:
    """The notes of the entities *spec* selects, from the records *view* reads."""
    noted = [e for e in select_entities(spec.selection, view) if e.notes]
    if not noted:
        return [nodes.paragraph(text="No data-quality notes.", classes=["kz-empty"])]
    items = nodes.bullet_list(classes=["kz-notes"], support_smartquotes=False)
    for entity in sorted(noted, key=lambda e: (e.kind, e.name.casefold())):
        for note in entity.notes:
            item = nodes.list_item()
            item += paragraph(xref(entity.id, view), ": ", note.text)
            for evidence in note.evidence:
                block = nodes.block_quote(classes=["kz-evidence"])
                block += paragraph(evidence.quote)
                block += nodes.attribution(evidence.section, evidence.section)
                item += block
            items += item
    return [items]


class NotesDirective(SelectionDirective):
    """List where the source is garbled or contradicts itself, entity by entity."""

    def spec(self, selection: Selection | None) -> NotesSpec:
        return NotesSpec(selection, tuple(self.options.get("class", ())))
