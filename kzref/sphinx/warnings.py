"""Warning subtypes, so users can silence one kind by name.

``suppress_warnings = ["kzref.unknown_id"]`` silences unknown ids only.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

if TYPE_CHECKING:
    from docutils.nodes import Node

logger = logging.getLogger("kzref")


class Subtype(StrEnum):
    """Every kind of warning the extension emits."""

    unknown_id = "unknown_id"
    """A role, directive or filter names an id no entity has."""
    wrong_kind = "wrong_kind"
    """A kind-specific role (``:kz:org:``) names an entity of another kind."""
    redirected_id = "redirected_id"
    """A retired id was used; it resolves to its successor, but cite the new id."""
    bad_target = "bad_target"
    """A role target that is not an id or slug at all; a ``:ref:`` to a per-kind index
    in a project that only cites kzref."""
    bad_filter = "bad_filter"
    """A directive option that cannot be understood (an impossible date range …)."""
    duplicate = "duplicate"
    """Two pages define one entity (a ``kz:page`` beside the generated one)."""
    no_graphviz = "no_graphviz"
    """``dot`` is not installed; graphs fall back to a list."""


def warn(
    message: str,
    subtype: Subtype,
    location: Node | str | tuple[str, int | None] | None,
    *args: Any,
) -> None:
    """Log a warning typed ``kzref.<subtype>`` at *location*."""
    logger.warning(message, *args, type="kzref", subtype=subtype.value, location=location)
