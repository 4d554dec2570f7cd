"""The relations graph: entities as linked, labelled markers; relations as styled arrows.

What is drawn:

- each entity a marker coloured **and** shaped by its kind, labelled with its name
  (12 px, wrapped to two lines, the full name in a tooltip), and a link to the
  URL the caller gives for its id;
- each relation an edge coloured by its family (ties, structure, positions,
  places, support and criticism, agreements and documents), with an arrowhead
  unless the relation reads the same both ways ("ties with"), solid where the
  article states it, dashed where someone claims, alleges, suspects, reports or
  charges it, dotted where it is denied or disputed;
- optionally, references inside records (an event's participants, its places)
  as thin grey edges labelled by role;
- never designations: a listing's approving court or ministry is not a tie of
  the listed organization, and drawn as one it made the court the hub of the
  graph.  Designations belong to the designation view.

:func:`relations_svg` draws a given list of nodes and edges; :func:`graph_data`
builds that list from a dataset (all of it, or the ids a caller selected), and
:func:`neighbourhood` the few entities around one entity for its own page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from kzref.display import CERTAINTY_WORDS, kind_label, link_label, relation_label
from kzref.pictures.layout import Box, layout
from kzref.pictures.svg import (
    FONT,
    KIND_STYLE,
    MUTED,
    TEXT,
    escape,
    number,
    shape,
    short_hash,
    text_width,
    url_for,
    wrap,
)

if TYPE_CHECKING:
    from kzref.store import Dataset

LABEL_SIZE: Final = 12.0
"""Node labels, in px: readable at 100 % zoom."""
EDGE_LABEL_SIZE: Final = 11.0
LABEL_WIDTH: Final = 150.0
"""Widest a node label may be before it wraps."""
MARK: Final = 8.0
"""Radius of a node's marker."""
LINE: Final = 14.0
"""Line height of a node label."""

EDGE_GROUPS: Final[dict[str, tuple[str, str]]] = {
    # family: (colour, legend) — all at least 4.5:1 against white
    "ties": ("#3b3b3b", "ties and affiliations"),
    "structure": ("#0b5394", "membership and structure"),
    "roles": ("#6a3d9a", "positions and roles"),
    "places": ("#1b6b35", "places"),
    "stance": ("#b2182b", "support and criticism"),
    "documents": ("#8c510a", "agreements and documents"),
    "reference": ("#6b6b6b", "named in a record"),
}
PREDICATE_GROUP: Final[dict[str, str]] = {
    "ties-with": "ties",
    "affiliated-with": "ties",
    "family-of": "ties",
    "member-of": "structure",
    "splinter-of": "structure",
    "part-of": "structure",
    "subordinate-to": "structure",
    "successor-of": "structure",
    "controls": "structure",
    "uses": "places",
    "holds-position": "roles",
    "leads": "roles",
    "spokesperson-for": "roles",
    "represents": "roles",
    "works-for": "roles",
    "aide-of": "roles",
    "banned-in": "places",
    "operates-in": "places",
    "based-in": "places",
    "located-in": "places",
    "born-in": "places",
    "citizen-of": "places",
    "resident-of": "places",
    "supports": "stance",
    "opposes": "stance",
    "criticizes": "stance",
    "party-to": "documents",
    "published-by": "documents",
    "refers-to": "documents",
}
SYMMETRIC: Final = frozenset({"ties-with", "affiliated-with", "family-of"})
"""Relations that read the same both ways: drawn without arrowheads."""

CERTAINTY_DASH: Final[dict[str, str | None]] = {
    "stated": None,
    "convicted": None,
    "reported": "7 4",
    "claimed": "7 4",
    "alleged": "7 4",
    "suspected": "7 4",
    "charged": "7 4",
    "denied": "2 3",
    "disputed": "2 3",
}
"""Line style by certainty: solid = stated as fact, dashed = someone's claim, dotted = denied."""
_DASH_LEGEND: Final = (
    (None, "stated as fact"),
    ("7 4", "claimed, alleged, suspected or reported"),
    ("2 3", "denied or disputed"),
)


@dataclass(frozen=True, slots=True)
class GraphNode:
    """One entity to draw."""

    id: str
    label: str
    kind: str
    description: str = ""
    """Read out with the node's name (its summary, say); optional."""


@dataclass(frozen=True, slots=True)
class GraphEdge:
    """One tie to draw, from ``source`` to ``target``."""

    source: str
    target: str
    predicate: str
    """A relation type (``ties-with``) or, for ``group="reference"``, the field path."""
    certainty: str = "stated"
    label: str = ""
    """The words shown on the edge; defaults to the relation's reading."""
    group: str = ""
    """The family the edge is coloured by; defaults from the predicate."""

    @property
    def family(self) -> str:
        """The colour family: given, else from the predicate, else ``reference``."""
        return self.group or PREDICATE_GROUP.get(self.predicate, "reference")

    @property
    def directed(self) -> bool:
        """Whether to draw an arrowhead."""
        return self.predicate not in SYMMETRIC

    @property
    def words(self) -> str:
        """The edge's label in words."""
        if self.label:
            return self.label
        return relation_label(self.predicate) if self.predicate in PREDICATE_GROUP else ""

    def key(self) -> tuple[str, str, str, str, str]:
        """Sort and de-duplication key."""
        return (self.source, self.target, self.predicate, self.words, self.certainty)


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The entities around one entity, and how many were left out to keep it small."""

    center: str
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    omitted: int = 0


# --------------------------------------------------------------------------- data


def _node(dataset: Dataset, entity_id: str) -> GraphNode:
    entity = dataset.entities[entity_id]
    return GraphNode(entity.id, entity.name, entity.kind, entity.summary)


def _relation_edges(dataset: Dataset, chosen: set[str] | None) -> list[GraphEdge]:
    edges = []
    for relation in dataset.relations:
        if chosen is not None and not {relation.subject, relation.object} <= chosen:
            continue
        words = relation.title or relation_label(relation.predicate)
        edges.append(
            GraphEdge(
                relation.subject,
                relation.object,
                relation.predicate,
                relation.certainty,
                words,
            )
        )
    return edges


def _reference_edges(dataset: Dataset, chosen: set[str] | None) -> list[GraphEdge]:
    from kzref.links import links

    index = links(dataset)
    edges = []
    for owner in sorted(chosen if chosen is not None else dataset.entities):
        for link in index.get(owner, ()):
            if link.via != "reference" or link.direction != "out":
                continue
            if chosen is not None and link.other not in chosen:
                continue
            edges.append(
                GraphEdge(
                    owner,
                    link.other,
                    link.relation,
                    link.certainty or "stated",
                    link_label(link),
                    "reference",
                )
            )
    return edges


def graph_data(
    dataset: Dataset,
    ids: Iterable[str] | None = None,
    *,
    references: bool = False,
    isolated: bool = True,
) -> tuple[list[GraphNode], list[GraphEdge]]:
    """Nodes and edges for *ids* (default: every entity) of *dataset*.

    Edges are the relation records between two chosen entities, and with
    *references* also the references inside their records (participants,
    places …).  Designations are never edges (see the module docstring).
    With ``isolated=False`` entities without any edge are left out (a page
    can list them instead of drawing a field of unconnected dots).
    """
    chosen = set(ids) if ids is not None else None
    wanted = sorted(chosen) if chosen is not None else sorted(dataset.entities)
    edges = _relation_edges(dataset, chosen)
    if references:
        edges += _reference_edges(dataset, chosen)
    tied = {edge.source for edge in edges} | {edge.target for edge in edges}
    nodes = [_node(dataset, i) for i in wanted if i in dataset.entities and (isolated or i in tied)]
    return nodes, _unique(edges)


def _unique(edges: Iterable[GraphEdge]) -> list[GraphEdge]:
    return sorted({edge.key(): edge for edge in edges}.values(), key=GraphEdge.key)


def neighbourhood(
    dataset: Dataset,
    center: str,
    depth: int = 1,
    *,
    references: bool = True,
    limit: int = 24,
) -> Neighbourhood:
    """The entities within *depth* (1 or 2) ties of *center*, for a small graph on its page.

    Relations come before references when the neighbourhood is cut to *limit*
    entities (nearest first, then by name); ``omitted`` says how many were cut,
    so that the page can say "and 12 more".
    """
    if depth not in (1, 2):
        raise ValueError(f"depth is 1 or 2, not {depth}")
    _all_nodes, every = graph_data(dataset, None, references=references)
    ties: dict[str, list[tuple[int, str]]] = {}
    for edge in every:
        rank = 0 if edge.family != "reference" else 1
        ties.setdefault(edge.source, []).append((rank, edge.target))
        ties.setdefault(edge.target, []).append((rank, edge.source))
    best: dict[str, tuple[int, int]] = {center: (0, 0)}
    frontier = [center]
    for distance in range(1, depth + 1):
        found: list[str] = []
        for node in frontier:
            for rank, other in ties.get(node, ()):
                key = (distance, rank)
                if other not in best or key < best[other]:
                    if other not in best:
                        found.append(other)
                    best[other] = key
        frontier = sorted(set(found))

    def order(entity_id: str) -> tuple[int, int, str, str]:
        distance, rank = best[entity_id]
        return (distance, rank, dataset.entities[entity_id].name.casefold(), entity_id)

    ranked = sorted(best, key=order)
    kept = set(ranked[: limit + 1])  # the centre and up to *limit* others
    nodes = [_node(dataset, i) for i in sorted(kept)]
    edges = [edge for edge in every if edge.source in kept and edge.target in kept]
    return Neighbourhood(center, tuple(nodes), tuple(edges), len(ranked) - len(kept))


# --------------------------------------------------------------------------- drawing


@dataclass(frozen=True, slots=True)
class _Drawn:
    node: GraphNode
    lines: tuple[str, ...]
    box: Box


def _measure(node: GraphNode) -> _Drawn:
    lines = tuple(wrap(node.label, LABEL_WIDTH, LABEL_SIZE))
    half = max(*(text_width(line, LABEL_SIZE) for line in lines), 2 * MARK) / 2 + 3
    box = Box(-half, -MARK - 3, half, MARK + 4 + LINE * len(lines))
    return _Drawn(node, lines, box)


def _legend_item(sample: str, sample_width: float, words: str) -> tuple[float, str]:
    """One legend entry drawn at the origin, and the room it takes."""
    span = sample_width + 6 + text_width(words, LABEL_SIZE) + 18
    text = f'<text x="{number(sample_width + 6)}" y="4">{escape(words)}</text>'
    return span, sample + text


def _legend(
    kinds: list[str], families: list[str], dashes: list[str | None], width: float, prefix: str
) -> tuple[list[str], float]:
    """The legend's SVG and its height, flowing items left to right in *width*."""
    kind_items = [
        _legend_item(
            shape(k, MARK, 0, MARK - 1, KIND_STYLE[k][0]), 2 * MARK, kind_label(k, plural=True)
        )
        for k in kinds
    ]
    family_items = []
    for family in families:
        colour, words = EDGE_GROUPS[family]
        arrow = "" if family == "ties" else f' marker-end="url(#{prefix}-arrow-{family})"'
        line = f'<line x1="0" y1="0" x2="26" y2="0" stroke="{colour}" stroke-width="2"{arrow}/>'
        family_items.append(_legend_item(line, 30, words))
    dash_items = []
    for dash in dashes:
        words = next(w for d, w in _DASH_LEGEND if d == dash)
        pattern = f' stroke-dasharray="{dash}"' if dash else ""
        line = f'<line x1="0" y1="0" x2="30" y2="0" stroke="{TEXT}" stroke-width="2"{pattern}/>'
        dash_items.append(_legend_item(line, 30, words))
    parts: list[str] = []
    y = 16.0
    for heading, entries in (
        ("Kinds", kind_items),
        ("Relations", family_items),
        ("Certainty", dash_items),
    ):
        if not entries:
            continue
        head = f"{heading}:"
        head_width = text_width(head, LABEL_SIZE) * 1.1 + 14
        parts.append(f'<text x="0" y="{number(y + 4)}" font-weight="600">{escape(head)}</text>')
        x = head_width
        for span, svg in entries:
            if x + span > width and x > head_width:
                y += 22
                x = head_width
            parts.append(f'<g transform="translate({number(x)} {number(y)})">{svg}</g>')
            x += span
        y += 24
    return parts, y


_Curve = tuple[float, float, float, float, float, float]


def _edge_path(
    start: tuple[float, float], end: tuple[float, float], bend: float
) -> tuple[str, _Curve]:
    """A straight or gently bent path between two marker rims, and its control points."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    trim = MARK + 3
    if length <= 2 * trim + 1:
        trim = 0.0
    sx, sy = x1 + ux * trim, y1 + uy * trim
    ex, ey = x2 - ux * (trim + 1), y2 - uy * (trim + 1)
    cx = (sx + ex) / 2 - uy * bend
    cy = (sy + ey) / 2 + ux * bend
    if bend == 0:
        return f"M{number(sx)},{number(sy)} L{number(ex)},{number(ey)}", (sx, sy, cx, cy, ex, ey)
    path = f"M{number(sx)},{number(sy)} Q{number(cx)},{number(cy)} {number(ex)},{number(ey)}"
    return path, (sx, sy, cx, cy, ex, ey)


def _point(curve: _Curve, t: float) -> tuple[float, float]:
    """The point at *t* (0…1) along a quadratic Bézier curve."""
    sx, sy, cx, cy, ex, ey = curve
    a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
    return (a * sx + b * cx + c * ex, a * sy + b * cy + c * ey)


def _free(rect: tuple[float, float, float, float], taken: list[tuple[float, ...]]) -> bool:
    left, top, right, bottom = rect
    return all(
        right <= other[0] or left >= other[2] or bottom <= other[1] or top >= other[3]
        for other in taken
    )


def _edge_label(
    words: str, curve: _Curve, taken: list[tuple[float, ...]]
) -> tuple[float, float] | None:
    """Where an edge's words fit without covering a node or another label, if anywhere.

    Tries the middle of the edge first, then points nearer either end; a label
    that fits nowhere is left out (the edge's tooltip still says it).
    """
    half = text_width(words, EDGE_LABEL_SIZE) / 2 + 2
    for t in (0.5, 0.4, 0.6, 0.3, 0.7):
        x, y = _point(curve, t)
        rect = (x - half, y - 7.5, x + half, y + 6.5)
        if _free(rect, taken):
            taken.append(rect)
            return x, y
    return None


def relations_svg(
    nodes: Iterable[GraphNode],
    edges: Iterable[GraphEdge],
    href: Callable[[str], str | None] | Mapping[str, str],
    *,
    title: str,
    description: str | None = None,
    edge_labels: bool | None = None,
    seed: int = 0,
    width: float = 720.0,
    id_prefix: str | None = None,
    center: str | None = None,
) -> str:
    """The graph of *nodes* and *edges* as a standalone ``<svg>`` element (a string).

    *href* maps an entity id to its URL (a mapping or a function); every node
    must have one.  Edges whose ends are not among *nodes* are left out, so a
    caller may filter nodes alone.  *edge_labels* prints each edge's words on
    it (default: only for graphs of 40 nodes or fewer); every edge also has a
    tooltip.  The picture is about *width* px wide (the default fits a
    documentation page's column at full size): components are packed in rows
    that wide, only a single component wider than that makes it wider.  A
    *center* id (a neighbourhood's) is laid out in the middle, its ties
    around it in a frame no wider than *width*.  The same arguments always
    give the same string.
    """
    url = url_for(href)
    drawn = [_measure(node) for node in sorted({n.id: n for n in nodes}.values(), key=_id)]
    index = {d.node.id: i for i, d in enumerate(drawn)}
    kept = _unique(e for e in edges if e.source in index and e.target in index)
    prefix = id_prefix or "kzg-" + short_hash(
        [d.node.id for d in drawn] + ["|".join(e.key()) for e in kept]
    )
    if edge_labels is None:
        edge_labels = len(drawn) <= 40

    margin = 12.0
    inner = width - 2 * margin
    positions = layout(
        [d.box for d in drawn],
        [(index[e.source], index[e.target]) for e in kept],
        seed=seed,
        width=inner,
        center=index.get(center) if center is not None else None,
    )
    content_width = max(
        [inner if len(drawn) > 6 else 0.0]
        + [positions[i][0] + d.box.right for i, d in enumerate(drawn)]
    )
    kinds = [k for k in KIND_STYLE if any(d.node.kind == k for d in drawn)]
    families = [f for f in EDGE_GROUPS if any(e.family == f for e in kept)]
    dash_values = {CERTAINTY_DASH.get(e.certainty) for e in kept}
    dashes = [d for d, _ in _DASH_LEGEND if d in dash_values]
    legend, legend_height = _legend(kinds, families, dashes, content_width, prefix)
    top = margin + legend_height + 8
    # the layout puts box tops at y ≥ 0: shift every centre down by the label box's top
    shift_y = top + MARK + 3
    shift_x = margin - min((positions[i][0] + d.box.left for i, d in enumerate(drawn)), default=0)
    centres = [(x + shift_x, y + shift_y) for x, y in positions]
    total_width = margin + max(
        [content_width] + [centres[i][0] + d.box.right - margin for i, d in enumerate(drawn)]
    )
    total_width += margin
    total_height = max([top] + [centres[i][1] + d.box.bottom for i, d in enumerate(drawn)])
    total_height += margin

    out: list[str] = []
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{prefix}" class="kz-graph-svg"'
        f' width="{number(total_width)}" height="{number(total_height)}"'
        f' viewBox="0 0 {number(total_width)} {number(total_height)}"'
        f' role="group" aria-labelledby="{prefix}-title" aria-describedby="{prefix}-desc"'
        f' font-family="{escape(FONT)}" font-size="{number(LABEL_SIZE)}" fill="{TEXT}">'
    )
    summary = description or (
        f"{len(drawn)} entities and {len(kept)} ties. "
        "Each entity is a link to its page; hover over a line for the tie it shows."
    )
    out.append(f'<title id="{prefix}-title">{escape(title)}</title>')
    out.append(f'<desc id="{prefix}-desc">{escape(summary)}</desc>')
    out.append(
        "<style>"
        f"#{prefix} a:hover text,#{prefix} a:focus text{{text-decoration:underline}}"
        f"#{prefix} a:focus{{outline:2px solid {TEXT};outline-offset:2px}}"
        f"#{prefix} a:hover .kz-mark,#{prefix} a:focus .kz-mark{{stroke-width:3}}"
        "</style>"
    )
    out.append("<defs>")
    for family in families:
        colour = EDGE_GROUPS[family][0]
        out.append(
            f'<marker id="{prefix}-arrow-{family}" viewBox="0 0 10 10" refX="9" refY="5"'
            ' markerWidth="7" markerHeight="7" markerUnits="strokeWidth"'
            ' orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    out.append(f'<g class="kz-legend" transform="translate({number(margin)} {number(margin)})">')
    out.extend(legend)
    out.append("</g>")

    out.extend(_edges_svg(kept, drawn, centres, prefix, edge_labels=edge_labels))
    out.extend(_nodes_svg(drawn, centres, url))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _edge_svg(edge: GraphEdge, path: str, names: Mapping[str, str], prefix: str) -> str:
    """One edge: its path styled by family and certainty, with a tooltip in words."""
    colour = EDGE_GROUPS[edge.family][0]
    thin = edge.family == "reference"
    dash = CERTAINTY_DASH.get(edge.certainty)
    attributes = f'stroke="{colour}" stroke-width="{1.2 if thin else 1.8}"'
    if dash:
        attributes += f' stroke-dasharray="{dash}"'
    if edge.directed:
        attributes += f' marker-end="url(#{prefix}-arrow-{edge.family})"'
    arrow = "→" if edge.directed else "—"
    certainty = CERTAINTY_WORDS.get(edge.certainty, edge.certainty)
    tip = f"{names[edge.source]} {arrow} {edge.words or edge.predicate} {arrow} "
    tip += f"{names[edge.target]} ({certainty})"
    return (
        f'<g class="kz-edge" data-predicate="{escape(edge.predicate)}">'
        f"<title>{escape(tip)}</title>"
        f'<path d="{path}" {attributes}/></g>'
    )


def _edges_svg(
    kept: list[GraphEdge],
    drawn: list[_Drawn],
    centres: list[tuple[float, float]],
    prefix: str,
    *,
    edge_labels: bool,
) -> list[str]:
    """The edges, parallel ones bent apart, then their labels where they fit."""
    index = {d.node.id: i for i, d in enumerate(drawn)}
    names = {d.node.id: d.node.label for d in drawn}
    out = ['<g class="kz-edges" fill="none">']
    pair_count: dict[tuple[str, str], int] = {}
    for edge in kept:
        pair = (min(edge.source, edge.target), max(edge.source, edge.target))
        pair_count[pair] = pair_count.get(pair, 0) + 1
    pair_seen: dict[tuple[str, str], int] = {}
    labels: list[str] = []
    taken: list[tuple[float, ...]] = [
        (x + d.box.left, y + d.box.top, x + d.box.right, y + d.box.bottom)
        for (x, y), d in zip(centres, drawn, strict=True)
    ]
    for edge in kept:
        pair = (min(edge.source, edge.target), max(edge.source, edge.target))
        nth = pair_seen.get(pair, 0)
        pair_seen[pair] = nth + 1
        bend = (nth - (pair_count[pair] - 1) / 2) * 26.0
        if edge.source > edge.target:
            bend = -bend  # the same side whichever way the edge runs
        start, end = centres[index[edge.source]], centres[index[edge.target]]
        path, curve = _edge_path(start, end, bend)
        out.append(_edge_svg(edge, path, names, prefix))
        mid = _edge_label(edge.words, curve, taken) if edge_labels and edge.words else None
        if mid is not None:
            labels.append(
                f'<text x="{number(mid[0])}" y="{number(mid[1] + 4)}" text-anchor="middle"'
                f' fill="{MUTED}">{escape(edge.words)}</text>'
            )
    out.append("</g>")
    if labels:
        out.append(
            f'<g class="kz-edge-labels" font-size="{number(EDGE_LABEL_SIZE)}" stroke="#fff"'
            ' stroke-width="3" paint-order="stroke" stroke-linejoin="round">'
        )
        out.extend(labels)
        out.append("</g>")
    return out


def _nodes_svg(
    drawn: list[_Drawn], centres: list[tuple[float, float]], url: Callable[[str], str | None]
) -> list[str]:
    """Each node a link: its marker, its wrapped label, its tooltip and accessible name."""
    if not drawn:
        return ['<g class="kz-nodes"><text x="12" y="40">Nothing to draw.</text></g>']
    out = ['<g class="kz-nodes" stroke-linejoin="round">']
    for d, (x, y) in zip(drawn, centres, strict=True):
        node = d.node
        target = url(node.id)
        if not target:
            raise ValueError(f"no URL for {node.id}: every node of the graph is a link")
        kind = kind_label(node.kind) if node.kind in KIND_STYLE else node.kind
        fill = KIND_STYLE.get(node.kind, ("#999999", "circle"))[0]
        tip = f"{node.label} ({kind})" + (f": {node.description}" if node.description else "")
        out.append(
            f'<a href="{escape(target)}" class="kz-node kz-{escape(node.kind)}"'
            f' aria-label="{escape(node.label)}, {escape(kind)}">'
            f"<title>{escape(tip)}</title>"
            # the whole label box is the link's target, not only the painted strokes
            f'<rect class="kz-hit" x="{number(x + d.box.left)}" y="{number(y + d.box.top)}"'
            f' width="{number(d.box.width)}" height="{number(d.box.height)}" fill="none"'
            ' pointer-events="all"/>' + shape(node.kind, x, y, MARK, fill)
        )
        for n, line in enumerate(d.lines):
            baseline = y + MARK + 4 + LINE * n + LABEL_SIZE - 1
            out.append(
                f'<text x="{number(x)}" y="{number(baseline)}" text-anchor="middle"'
                f' stroke="#fff" stroke-width="3" paint-order="stroke">{escape(line)}</text>'
            )
        out.append("</a>")
    out.append("</g>")
    return out


def _id(node: GraphNode) -> str:
    return node.id
