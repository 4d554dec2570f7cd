"""``kz:entity`` — an inline card for one entity.

Rendered while the document is read (it is a few lines), through the
recording view: the card's reads key the document.
"""

from __future__ import annotations

from docutils import nodes

from kzref.model.ids import ID_RE
from kzref.sphinx.directives.page import ReadingDirective
from kzref.sphinx.render import card
from kzref.sphinx.view import View
from kzref.sphinx.warnings import Subtype, warn


def render_entity(entity_id: str, view: View) -> list[nodes.Node]:
    """The card of *entity_id* (a current id), or nothing if no entity has it."""
    entity = view.entity(entity_id)
    return [card(entity, view)] if entity is not None else []


class EntityDirective(ReadingDirective):
    """Show a card (name, type, date, summary) for the entity named by id."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        view = self.view
        target = self.arguments[0].strip()
        current_id = view.resolve(target) if ID_RE.match(target) else target
        if current_id != target and view.face(current_id) is not None:
            warn(
                "kzref: %s was retired; it now redirects to %s (cite the new id)",
                Subtype.redirected_id,
                self.get_location(),
                target,
                current_id,
            )
        out = render_entity(current_id, view)
        if not out:
            hints = view.suggestions(target)
            hint = f"; did you mean {', '.join(hints)}?" if hints else ""
            warn("kzref: unknown id %r%s", Subtype.unknown_id, self.get_location(), target, hint)
        return out
