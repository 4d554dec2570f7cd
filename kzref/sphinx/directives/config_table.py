"""``kz:config`` — the table of configuration values, from their one declaration."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from kzref.sphinx.config import OPTIONS
from kzref.sphinx.render import Cell, table


class ConfigDirective(SphinxDirective):
    """Document every ``kzref_*`` value: name, type, default, what it does."""

    def run(self) -> list[nodes.Node]:
        rows: list[list[Cell]] = [
            [
                [nodes.literal(o.name, o.name)],
                [" | ".join(t.__name__ for t in o.types)],
                [nodes.literal(repr(o.default), repr(o.default))],
                [REBUILD[o.rebuild]],
                [o.help],
            ]
            for o in OPTIONS
        ]
        header = ["Name", "Type", "Default", "When changed", "Meaning"]
        return [table(header, rows, classes=["kz-config"])]


REBUILD = {
    "env": "every page is read again",
    "html": "every page is written again",
    "": "nothing is rebuilt",
}
