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
from kzref.sphinx.state import build_data
from kzref.sphinx.view import KIND_LABELS, View
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
        data = build_data(env)
        view = View(data, data.reading.setdefault(env.docname, set()))
        current_id = view.resolve(target)
        if current_id != target and view.face(current_id) is not None:
            warn(
                "kzref: %s was retired; it now redirects to %s (cite the new id)",
                Subtype.redirected_id,
                location,
                target,
                current_id,
            )
            target = current_id
        entity = view.face(target)  # read even when missing: the id may appear later
        if entity is None and role != "ref":
            slug = target.partition(":")[2]
            other = next(iter(view.with_slug(slug)), None)
            if other is not None:
                warn(
                    "kzref: %s is a %s, not an entity of kind %r (use :kz:%s: or :kz:ref:)",
                    Subtype.wrong_kind,
                    location,
                    other,
                    KIND_LABELS[other.partition(":")[0]].lower(),
                    role,
                    other.partition(":")[0],
                )
                return title, target
        cite_only = not env.config.kzref_generate_pages
        remote = view.remote_name(target) if entity is None and cite_only else None
        if remote is not None and not has_explicit_title and remote not in ("", "-"):
            title = remote  # the inventory's display name
        if entity is None:
            if remote is None:
                hints = view.suggestions(target)
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
        if entity is not None and not has_explicit_title:
            title = entity.name
        refnode["refexplicit"] = True
        refnode["support_smartquotes"] = False  # a name is shown exactly as recorded
        return title, target
