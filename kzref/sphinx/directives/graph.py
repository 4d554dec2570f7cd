"""``kz:graph`` — the ties among selected entities, drawn as an SVG picture.

The picture is :func:`kzref.pictures.relations_svg`: pure Python, no system
binary, the same bytes for the same data, every entity a link to its page.
It is drawn when the page is written (links are relative to that page), from
what a :class:`~kzref.sphinx.selection.WritingView` reads: the selected
entities' faces and ties, so a page is re-written exactly when one of those
changes.  Below the picture the same ties are listed in words, for readers
who cannot see it and for builders other than HTML.

``:renderer: graphviz`` draws it with ``sphinx.ext.graphviz`` instead, where
that extension is loaded and ``dot`` is installed (else the list, and a
``kzref.no_graphviz`` warning saying why).

The same module draws the small neighbourhood graph of an organization's or a
person's page (:class:`NeighbourhoodSpec`, drawn by ``kz:page``'s "neighbourhood" part).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kzref.display import kind_label, link_label, relation_label
from kzref.links import Link
from kzref.select import Selection
from kzref.sphinx.render import paragraph, xref
from kzref.sphinx.selection import (
    SelectionDirective,
    SelectionSpec,
    WritingView,
    select,
    words,
)
from kzref.sphinx.view import View
from kzref.sphinx.vocabulary import check_words
from kzref.sphinx.warnings import Subtype

RENDERERS = ("svg", "graphviz")
NEIGHBOURHOOD_LIMIT = 24
"""Most entities drawn around one entity on its page (the rest are counted)."""


def dot_string(text: str) -> str:
    """A DOT double-quoted string: markup in the data stays text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


@dataclass(frozen=True, slots=True)
class Tie:
    """One tie to draw and to list: from, to, relation, certainty, words."""

    source: str
    target: str
    predicate: str
    certainty: str
    words: str
    reference: bool


def _tie(owner: str, link: Link) -> Tie:
    """The tie *link* shows, seen from *owner*, drawn from the record that names the other."""
    ends = (owner, link.other) if link.direction == "out" else (link.other, owner)
    certainty = link.certainty or "stated"
    if link.via == "relation":
        words = relation_label(link.relation)
        if link.role:  # a relation's role is its holder's title ("Kazakh President")
            words += f" ({link.role})"
        return Tie(*ends, link.relation, certainty, words, False)
    return Tie(*ends, link.relation, certainty, link_label(link), True)


def _by_ends(t: Tie) -> tuple[str | bool, ...]:
    """A total order of ties: ends, relation, words, then certainty and kind.

    Ties are gathered in sets; two alike but for certainty must not fall in hash order.
    """
    return (t.source, t.target, t.predicate, t.words, t.certainty, t.reference)


def ties_of(
    entity_id: str, view: View, *, references: bool, predicates: tuple[str, ...] = ()
) -> list[Tie]:
    """The ties of *entity_id* a graph may draw: relations (and references), never designations."""
    found = []
    for link in view.links(entity_id):
        if link.via == "designation" or (link.via == "reference" and not references):
            continue
        if link.via == "relation" and "." in link.relation:
            continue  # an asserter or disputer of a relation: not a tie between its ends
        if predicates and link.relation not in predicates:
            continue
        found.append(_tie(entity_id, link))
    return found


def _svg(
    ids: Iterable[str],
    ties: Iterable[Tie],
    view: WritingView,
    *,
    title: str,
    prefix: str,
    center: str | None = None,
) -> str:
    from kzref.pictures import GraphEdge, GraphNode, relations_svg

    drawn = []
    for entity_id in sorted(set(ids)):
        face = view.face(entity_id)
        if face is not None and view.href(entity_id) is not None:
            drawn.append(GraphNode(face.id, face.name, face.kind, face.type))
    edges = [
        GraphEdge(
            t.source,
            t.target,
            t.predicate,
            t.certainty,
            t.words,
            "reference" if t.reference else "",
        )
        for t in ties
    ]
    return relations_svg(drawn, edges, view.href, title=title, id_prefix=prefix, center=center)


def tie_list(ties: Iterable[Tie], view: View, classes: list[str]) -> nodes.bullet_list:
    """The ties in words: "A — member of → B (claimed)"."""
    items = nodes.bullet_list(classes=classes)
    for t in sorted(set(ties), key=lambda t: (t.source, t.predicate, *_by_ends(t)[1:])):
        certainty = "" if t.certainty == "stated" else f" ({t.certainty})"
        items += nodes.list_item(
            "", paragraph(xref(t.source, view), f" — {t.words} → ", xref(t.target, view), certainty)
        )
    return items


def _picture(svg: str, ties: list[Tie], view: View, summary: str) -> list[nodes.Node]:
    """The SVG for HTML, then the ties in words (folded away on HTML, plain elsewhere)."""
    figure = nodes.raw("", f'<div class="kz-picture kz-graph">{svg}</div>', format="html")
    listing = nodes.container(classes=["kz-tie-list"])
    listing += nodes.raw("", f"<details><summary>{summary}</summary>", format="html")
    listing += tie_list(ties, view, ["kz-graph-fallback"])
    listing += nodes.raw("", "</details>", format="html")
    return [figure, listing]


@dataclass(frozen=True, slots=True)
class GraphSpec(SelectionSpec):
    """A graph's selection, which ties it draws, and how."""

    docname: str = ""
    relations: tuple[str, ...] = ()
    """Only these relation types (predicates or reference fields); all when empty."""
    references: bool = False
    """Also draw references inside records (an event's participants, places …)."""
    isolated: bool = False
    """Also draw selected entities that have no tie among the selection."""
    renderer: str = "svg"
    number: int = 0
    """Which graph of its page it is (unique element ids)."""

    def render(self, view: View) -> list[nodes.Node]:
        return render_graph(self, view)


def graph_ties(spec: GraphSpec, view: View) -> tuple[list[str], list[Tie]]:
    """The selected ids and the ties between two of them."""
    chosen = select(spec.selection, view)
    inside = set(chosen)
    found = {
        tie
        for entity_id in chosen
        for tie in ties_of(entity_id, view, references=spec.references, predicates=spec.relations)
        if tie.source in inside and tie.target in inside
    }
    return chosen, sorted(found, key=_by_ends)


def render_graph(spec: GraphSpec, view: View) -> list[nodes.Node]:
    """The graph of *spec* (and its ties in words), from the records *view* reads."""
    chosen, ties = graph_ties(spec, view)
    if not ties and not (spec.isolated and chosen):
        return [nodes.paragraph(text="No ties among the selected entities.", classes=["kz-empty"])]
    tied = {t.source for t in ties} | {t.target for t in ties}
    ids = chosen if spec.isolated else [i for i in chosen if i in tied]
    if spec.renderer == "graphviz":
        return _graphviz(spec, ids, ties, view)
    if not isinstance(view, WritingView):  # drawn only when a page is written
        return [tie_list(ties, view, ["kz-graph-fallback"])]
    kinds = sorted({i.partition(":")[0] for i in ids})
    title = "Ties among " + ", ".join(kind_label(k, plural=True) for k in kinds)
    svg = _svg(ids, ties, view, title=title, prefix=f"kzg-{spec.number}")
    return _picture(svg, ties, view, f"The {len(ties)} ties in words")


def _graphviz(spec: GraphSpec, ids: list[str], ties: list[Tie], view: View) -> list[nodes.Node]:
    dot = view.config("graphviz_dot")
    if dot and shutil.which(dot):
        from sphinx.ext.graphviz import graphviz  # only when it is usable

        lines = ["digraph kzref {", '  rankdir="LR";', "  node [shape=box, fontsize=10];"]
        for n in ids:
            face = view.face(n)
            lines.append(f"  {dot_string(n)} [label={dot_string(face.name if face else n)}];")
        lines += [
            f"  {dot_string(t.source)} -> {dot_string(t.target)}"
            f" [label={dot_string(t.words)}, fontsize=8];"
            for t in ties
        ]
        lines.append("}")
        node = graphviz()
        node["code"] = "\n".join(lines)
        node["options"] = {"docname": spec.docname}
        node["alt"] = f"Ties among {len(ids)} entities"
        return [node]
    reason = (
        "sphinx.ext.graphviz is not in extensions"
        if dot is None
        else f"the Graphviz program {dot!r} is not installed"
    )
    view.warnings.append((Subtype.no_graphviz, f"{reason}; the graph is shown as a list"))
    return [tie_list(ties, view, ["kz-graph-fallback"])]


class GraphDirective(SelectionDirective):
    """Relations among the selected entities (organizations by default)."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **SelectionDirective.option_spec,
        "relation": directives.unchanged,
        "references": directives.flag,
        "isolated": directives.flag,
        "renderer": lambda arg: directives.choice(arg, RENDERERS),
    }
    default_kinds = ("org",)

    def spec(self, selection: Selection | None) -> GraphSpec:
        relations = tuple(words(self.options.get("relation")))
        check_words(self.view, "relation", relations, self.get_location())
        number = self.env.new_serialno("kz-graph")
        return GraphSpec(
            selection,
            tuple(self.options.get("class", ())),
            self.env.docname,
            relations,
            "references" in self.options,
            "isolated" in self.options,
            self.options.get("renderer", "svg"),
            number,
        )


@dataclass(frozen=True, slots=True)
class NeighbourhoodSpec(SelectionSpec):
    """The entities tied to one entity, drawn on its page."""

    center: str = ""
    limit: int = NEIGHBOURHOOD_LIMIT

    def render(self, view: View) -> list[nodes.Node]:
        return render_neighbourhood(self, view)


def render_neighbourhood(spec: NeighbourhoodSpec, view: View) -> list[nodes.Node]:
    """The center, its nearest ties (relations first, then by name) and the ties among them."""
    center = view.face(spec.center)
    if center is None or not isinstance(view, WritingView):
        return []
    own = ties_of(spec.center, view, references=True)
    rank: dict[str, tuple[int, str, str]] = {}
    listed: dict[str, str] = {}  # other → the section of the page that lists it
    for t in own:
        other = t.target if t.source == spec.center else t.source
        face = view.face(other)
        if face is None or other == spec.center:
            continue
        key = (1 if t.reference else 0, face.name.casefold(), other)
        if key <= rank.get(other, key):
            rank[other] = key
            listed[other] = _section_of(t, spec.center, face.kind)
    if not rank:
        return []
    ordered = sorted(rank, key=rank.__getitem__)
    kept = {spec.center, *ordered[: spec.limit]}
    ties = {t for t in own if t.source in kept and t.target in kept}
    for other in sorted(kept - {spec.center}):
        ties.update(
            t
            for t in ties_of(other, view, references=True)
            if t.source in kept and t.target in kept
        )
    ordered_ties = sorted(ties, key=_by_ends)
    svg = _svg(
        kept,
        ordered_ties,
        view,
        title=f"Around {center.name}",
        prefix="kzn",
        center=spec.center,
    )
    out: list[nodes.Node] = []
    left_out = ordered[spec.limit :]
    if left_out:
        out.append(_more(len(ordered) - len(left_out), left_out, listed))
    return out + _picture(svg, ordered_ties, view, f"The {len(ordered_ties)} ties in words")


SECTIONS = (
    ("kz-relations", "Relations"),
    ("kz-involvement", "Involved in"),
    ("kz-mentions", "Connected entities"),
)
"""The sections of an entity's page that list what its small graph leaves out."""


def _section_of(tie: Tie, center: str, kind: str) -> str:
    """Which section of *center*'s page lists the other end of *tie* (see ``page.py``)."""
    if not tie.reference:
        return "kz-relations"
    if kind in ("event", "agreement", "document"):
        return "kz-involvement" if tie.target == center else ""
    return "kz-mentions"


def _more(drawn: int, left_out: list[str], listed: dict[str, str]) -> nodes.paragraph:
    """The line saying how many ties are drawn and where the page lists the others."""
    total = drawn + len(left_out)
    text = paragraph(
        f"{drawn} of the {total} entities tied to it are drawn, those of relation records"
        f" first; the other {len(left_out)} are "
    )
    text["classes"].append("kz-more")
    sections = {listed[i] for i in left_out}
    where = [(anchor, title) for anchor, title in SECTIONS if anchor in sections]
    if not where:
        text += nodes.Text("not drawn.")
        return text
    text += nodes.Text("not drawn; see " if "" in sections else "listed below under ")
    for index, (anchor, title) in enumerate(where):
        if index:
            text += nodes.Text(" and " if index == len(where) - 1 else ", ")
        text += nodes.reference(title, title, refuri=f"#{anchor}")
    text += nodes.Text(".")
    return text


def has_neighbourhood(entity_id: str, view: View) -> bool:
    """Whether the entity has a tie a graph draws (designations are not drawn)."""
    return any(t.source != t.target for t in ties_of(entity_id, view, references=True))
