"""``kz:notes`` — every data-quality note of the selected entities, with its evidence."""

from __future__ import annotations

from docutils import nodes

from kzref.sphinx.filters import FilteredDirective
from kzref.sphinx.render import paragraph, xref
from kzref.sphinx.state import current


class NotesDirective(FilteredDirective):
    """List where the source is garbled or contradicts itself, entity by entity."""

    def render(self) -> list[nodes.Node]:
        data = current().dataset
        noted = [e for e in self.selected() if e.notes]
        if not noted:
            return [nodes.paragraph(text="No data-quality notes.", classes=["kz-empty"])]
        items = nodes.bullet_list(classes=["kz-notes"], support_smartquotes=False)
        for entity in sorted(noted, key=lambda e: (e.kind, e.name.casefold())):
            for note in entity.notes:
                item = nodes.list_item()
                item += paragraph(xref(entity.id, data), ": ", note.text)
                for evidence in note.evidence:
                    block = nodes.block_quote(classes=["kz-evidence"])
                    block += paragraph(evidence.quote)
                    block += nodes.attribution(evidence.section, evidence.section)
                    item += block
                items += item
        return [items]
