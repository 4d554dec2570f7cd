"""``kz:entity`` — an inline card for one entity."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from kzref.model.ids import ID_RE
from kzref.registry import suggest_in
from kzref.sphinx.digests import link_keys
from kzref.sphinx.render import card
from kzref.sphinx.state import current
from kzref.sphinx.warnings import Subtype, warn


class EntityDirective(SphinxDirective):
    """Show a card (name, type, date, summary) for the entity named by id."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        data = current().dataset
        target = self.arguments[0].strip()
        current_id = data.resolve(target) if ID_RE.match(target) else target
        if current_id != target and current_id in data.entities:
            warn(
                "kzref: %s was retired; it now redirects to %s (cite the new id)",
                Subtype.redirected_id,
                self.get_location(),
                target,
                current_id,
            )
        entity = data.entities.get(current_id)
        if entity is None:
            hints = suggest_in(data, target)
            hint = f"; did you mean {', '.join(hints)}?" if hints else ""
            warn("kzref: unknown id %r%s", Subtype.unknown_id, self.get_location(), target, hint)
            return []
        out: list[nodes.Node] = [card(entity, data)]
        shown = {entity.id} | link_keys(out)
        self.env.domains["kz"].note_shows(self.env.docname, shown)  # type: ignore[attr-defined]
        return out
