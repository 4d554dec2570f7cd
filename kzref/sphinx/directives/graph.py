"""``kz:graph`` — the ties among selected entities.

Drawn with ``sphinx.ext.graphviz`` where that extension is loaded and ``dot``
is installed; otherwise a readable list of ties, and a ``kzref.no_graphviz``
warning saying why.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from docutils import nodes

from kzref.select import Selection
from kzref.sphinx.render import paragraph, xref
from kzref.sphinx.selection import SelectionDirective, SelectionSpec, select
from kzref.sphinx.view import View
from kzref.sphinx.warnings import Subtype


def dot_string(text: str) -> str:
    """A DOT double-quoted string: markup in the data stays text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


@dataclass(frozen=True, slots=True)
class GraphSpec(SelectionSpec):
    """A graph's selection, and the document it is drawn in (graphviz wants it)."""

    docname: str = ""

    def render(self, view: View) -> list[nodes.Node]:
        return render_graph(self, view)


def edges(spec: GraphSpec, view: View) -> list[tuple[str, str, str]]:
    """(from, label, to) for each tie between two selected entities."""
    chosen = set(select(spec.selection, view))
    found = set()
    for entity_id in chosen:
        for link in view.links(entity_id):
            if link.direction == "out" and link.other in chosen:
                found.add((entity_id, link.how, link.other))
    return sorted(found)


def render_graph(spec: GraphSpec, view: View) -> list[nodes.Node]:
    """The graph of *spec* (or its list of ties), from the records *view* reads."""
    found = edges(spec, view)
    if not found:
        return [nodes.paragraph(text="No ties among the selected entities.", classes=["kz-empty"])]
    dot = view.config("graphviz_dot")
    if dot and shutil.which(dot):
        from sphinx.ext.graphviz import graphviz  # only when it is usable

        names = sorted({a for a, _, _ in found} | {b for _, _, b in found})
        lines = ["digraph kzref {", '  rankdir="LR";', "  node [shape=box, fontsize=10];"]
        for n in names:
            face = view.face(n)
            lines.append(f"  {dot_string(n)} [label={dot_string(face.name if face else n)}];")
        lines += [
            f"  {dot_string(a)} -> {dot_string(b)} [label={dot_string(how)}, fontsize=8];"
            for a, how, b in found
        ]
        lines.append("}")
        node = graphviz()
        node["code"] = "\n".join(lines)
        node["options"] = {"docname": spec.docname}
        node["alt"] = f"Ties among {len(names)} entities"
        return [node]
    reason = (
        "sphinx.ext.graphviz is not in extensions"
        if dot is None
        else f"the Graphviz program {dot!r} is not installed"
    )
    view.warnings.append((Subtype.no_graphviz, f"{reason}; the graph is shown as a list"))
    items = nodes.bullet_list(classes=["kz-graph-fallback"])
    for a, how, b in found:
        item = nodes.list_item()
        item += paragraph(xref(a, view), f" — {how} → ", xref(b, view))
        items += item
    return [items]


class GraphDirective(SelectionDirective):
    """Relations among the selected entities (organizations by default)."""

    default_kinds = ("org",)

    def spec(self, selection: Selection | None) -> GraphSpec:
        return GraphSpec(selection, tuple(self.options.get("class", ())), self.env.docname)
