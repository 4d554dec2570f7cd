"""``kz:graph`` — the ties among selected entities.

Drawn with ``sphinx.ext.graphviz`` where that extension is loaded and ``dot``
is installed; otherwise a readable list of ties, and a ``kzref.no_graphviz``
warning saying why.
"""

from __future__ import annotations

import shutil

from docutils import nodes

from kzref.sphinx.filters import FilteredDirective
from kzref.sphinx.render import paragraph, xref
from kzref.sphinx.state import current
from kzref.sphinx.warnings import Subtype, warn


def dot_string(text: str) -> str:
    """A DOT double-quoted string: markup in the data stays text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


class GraphDirective(FilteredDirective):
    """Relations among the selected entities (organizations by default)."""

    default_kinds = ("org",)
    grain = "%"  # ties and names only: a summary edit leaves the graph as it is

    def edges(self) -> list[tuple[str, str, str]]:
        """(from, label, to) for each tie between two selected entities."""
        data = current()
        chosen = {entity.id for entity in self.selected()}
        found = set()
        for entity_id in chosen:
            for link in data.links.get(entity_id, []):
                if link.direction == "out" and link.other in chosen:
                    found.add((entity_id, link.how, link.other))
        return sorted(found)

    def render(self) -> list[nodes.Node]:
        data = current().dataset
        edges = self.edges()
        if not edges:
            return [
                nodes.paragraph(text="No ties among the selected entities.", classes=["kz-empty"])
            ]
        dot = getattr(self.config, "graphviz_dot", None)
        if dot and shutil.which(dot):
            from sphinx.ext.graphviz import graphviz  # only when it is usable

            names = sorted({a for a, _, _ in edges} | {b for _, _, b in edges})
            self.depends.update({f"~*{n.partition(':')[0]}" for n in names})  # the labels
            lines = ["digraph kzref {", '  rankdir="LR";', "  node [shape=box, fontsize=10];"]
            lines += [
                f"  {dot_string(n)} [label={dot_string(data.entities[n].name)}];" for n in names
            ]
            lines += [
                f"  {dot_string(a)} -> {dot_string(b)} [label={dot_string(how)}, fontsize=8];"
                for a, how, b in edges
            ]
            lines.append("}")
            node = graphviz()
            node["code"] = "\n".join(lines)
            node["options"] = {"docname": self.env.docname}
            node["alt"] = f"Ties among {len(names)} entities"
            return [node]
        reason = (
            "sphinx.ext.graphviz is not in extensions"
            if dot is None
            else f"the Graphviz program {dot!r} is not installed"
        )
        warn(
            "kzref: %s; the graph is shown as a list",
            Subtype.no_graphviz,
            self.get_location(),
            reason,
        )
        items = nodes.bullet_list(classes=["kz-graph-fallback"])
        for a, how, b in edges:
            item = nodes.list_item()
            item += paragraph(xref(a, data), f" — {how} → ", xref(b, data))
            items += item
        return [items]
