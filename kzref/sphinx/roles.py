"""Roles ``:kz:org:`slug```, …, and ``:kz:ref:`kind:slug``` that cite an entity.

The target is checked against the records while the document is read, so an
unknown id, a wrong kind or a retired id is reported at its line even in a
project that only cites kzref through intersphinx.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.roles import XRefRole

from kzref.model.ids import ID_RE, SLUG_PATTERN
from kzref.registry import suggest_in
from kzref.sphinx.render import KIND_LABELS
from kzref.sphinx.state import current
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.environment import BuildEnvironment

_SLUG = re.compile(rf"^{SLUG_PATTERN}$")


class EntityRole(XRefRole):
    """Cross-reference an entity; shows its name unless a title is given."""

    innernodeclass = nodes.inline  # a name, not code

    def process_link(
        self,
        env: BuildEnvironment,
        refnode: Element,
        has_explicit_title: bool,
        title: str,
        target: str,
    ) -> tuple[str, str]:
        """Normalize the target to a current full id and check it."""
        role = self.name.partition(":")[2] or self.name
        target = target.strip()
        location = (env.docname, self.lineno)
        if role != "ref" and _SLUG.match(target):
            target = f"{role}:{target}"
        if not ID_RE.match(target):
            warn(
                "kzref: %r is not an entity id (expected kind:slug)",
                Subtype.bad_target,
                location,
                target,
            )
            return title, target
        data = current().dataset
        current_id = data.resolve(target)
        if current_id != target and current_id in data.entities:
            warn(
                "kzref: %s was retired; it now redirects to %s (cite the new id)",
                Subtype.redirected_id,
                location,
                target,
                current_id,
            )
            target = current_id
        entity = data.entities.get(target)
        if entity is None and role != "ref":
            slug = target.partition(":")[2]
            other = next((e for e in data.entities.values() if e.slug == slug), None)
            if other is not None:
                warn(
                    "kzref: %s is a %s, not an entity of kind %r (use :kz:%s: or :kz:ref:)",
                    Subtype.wrong_kind,
                    location,
                    other.id,
                    KIND_LABELS[other.kind].lower(),
                    role,
                    other.kind,
                )
                return title, target
        if entity is None:
            hints = suggest_in(data, target)
            hint = f"; did you mean {', '.join(hints)}?" if hints else ""
            warn("kzref: unknown id %r%s", Subtype.unknown_id, location, target, hint)
        elif role not in ("ref", entity.kind):
            warn(
                "kzref: %s is a %s, not an entity of kind %r (use :kz:%s: or :kz:ref:)",
                Subtype.wrong_kind,
                location,
                target,
                KIND_LABELS[entity.kind].lower(),
                role,
                entity.kind,
            )
        if entity is not None:
            env.domaindata["kz"]["shows"].setdefault(env.docname, set()).add(f"~{target}")
            if not has_explicit_title:
                title = entity.name
        refnode["refexplicit"] = True
        refnode["support_smartquotes"] = False  # a name is shown exactly as recorded
        return title, target
