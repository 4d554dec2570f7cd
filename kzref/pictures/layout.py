"""A deterministic force-directed layout for labelled boxes, in plain Python.

Why this algorithm: kzref's graphs are small-world and sparse (a few hundred
nodes, most ties local, many separate components).  A layered (Sugiyama) layout
would read relations as a hierarchy, which most of them are not ("ties with",
"criticizes"); stress majorization needs all-pairs distances and does nothing
sensible across components.  So:

1. split the graph into connected components, each laid out on its own;
2. Fruchterman–Reingold on each component, started from a seeded pseudo-random
   placement (``random.Random(seed)``, never the global generator), with
   repulsion only between nodes in neighbouring cells of a grid, so one
   iteration costs O(nodes + edges) instead of O(nodes²);
3. remove overlaps between the nodes' label boxes: first by pushing overlapping
   pairs apart along their shallower axis, then by a final pass that settles
   each box, top to bottom, just below any box it still overlaps, which
   guarantees that no two boxes overlap;
4. pack the components into rows (largest first) of a target width.

One entity's neighbourhood is drawn differently (:func:`_frame`): the entity
in the middle, the others in the cells of a rectangular frame around it, in
rows and columns no wider than the page's column, so that its ties run
outwards like spokes and the picture fits a page at full size whatever the
number of ties (more of them make the frame taller, never wider).

Every loop runs over sorted, index-ordered data and every number is a float
computed the same way each time, so the same input gives the same coordinates.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

GAP = 6.0
"""Smallest space left between two node boxes, in px."""
EPSILON = 1e-6
"""Overlaps smaller than this are rounding errors, not overlaps."""


@dataclass(frozen=True, slots=True)
class Box:
    """A node's footprint: its marker and label, relative to the node's centre."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        """Width of the footprint."""
        return self.right - self.left

    @property
    def height(self) -> float:
        """Height of the footprint."""
        return self.bottom - self.top


def components(count: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components as sorted index lists, biggest first, then by first index."""
    neighbours: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen = [False] * count
    found: list[list[int]] = []
    for start in range(count):
        if seen[start]:
            continue
        seen[start] = True
        stack, members = [start], []
        while stack:
            node = stack.pop()
            members.append(node)
            for other in neighbours[node]:
                if not seen[other]:
                    seen[other] = True
                    stack.append(other)
        found.append(sorted(members))
    return sorted(found, key=lambda members: (-len(members), members[0]))


def _repulse(xs: list[float], ys: list[float], k: float) -> tuple[list[float], list[float]]:
    """Fruchterman–Reingold repulsion k²/d, only between nodes closer than 2k.

    Nodes are bucketed in a grid of 2k cells; a node is pushed only by the nodes
    of its own and the eight neighbouring cells.
    """
    n = len(xs)
    dx, dy = [0.0] * n, [0.0] * n
    cell = 2.0 * k
    grid: dict[tuple[int, int], list[int]] = {}
    for i in range(n):
        grid.setdefault((math.floor(xs[i] / cell), math.floor(ys[i] / cell)), []).append(i)
    for (gx, gy), inside in sorted(grid.items()):
        near = [
            j for ox in (-1, 0, 1) for oy in (-1, 0, 1) for j in grid.get((gx + ox, gy + oy), ())
        ]
        for i in inside:
            for j in near:
                if j <= i:
                    continue
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                dist2 = ddx * ddx + ddy * ddy
                if dist2 < 1e-9:  # the same point: nudge apart along a fixed direction
                    ddx, ddy, dist2 = 0.1 * (1 + i - j), 0.1, 0.01 * ((1 + i - j) ** 2 + 1)
                if dist2 > cell * cell:
                    continue
                push = k * k / dist2
                dx[i] += ddx * push
                dy[i] += ddy * push
                dx[j] -= ddx * push
                dy[j] -= ddy * push
    return dx, dy


def _force(
    members: list[int],
    edges: list[tuple[int, int]],
    spacing: float,
    rng: random.Random,
    iterations: int,
    start: dict[int, tuple[float, float]] | None = None,
) -> dict[int, tuple[float, float]]:
    """Fruchterman–Reingold with grid-limited repulsion, for one component.

    Starts from *start* when given (then moves less: the forces only refine
    it), else from a seeded random placement.
    """
    n = len(members)
    if n == 1:
        return {members[0]: (0.0, 0.0)}
    local = {node: i for i, node in enumerate(members)}
    pairs = [(local[a], local[b]) for a, b in edges]
    radius = spacing * math.sqrt(n)
    if start is None:
        xs = [rng.uniform(-radius, radius) for _ in range(n)]
        ys = [rng.uniform(-radius, radius) for _ in range(n)]
    else:
        xs = [start[node][0] for node in members]
        ys = [start[node][1] for node in members]
        radius = spacing  # the first moves are at most half a spacing
    k = spacing
    temperature = radius / 2.0
    for step in range(iterations):
        dx, dy = _repulse(xs, ys, k)
        for i, j in pairs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.sqrt(ddx * ddx + ddy * ddy) or 1e-3
            pull = dist / k
            dx[i] -= ddx * pull
            dy[i] -= ddy * pull
            dx[j] += ddx * pull
            dy[j] += ddy * pull
        # a weak pull to the centre keeps loosely tied parts of a component together
        for i in range(n):
            dx[i] -= xs[i] * 0.01
            dy[i] -= ys[i] * 0.01
        for i in range(n):
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > 0:
                move = min(length, temperature)
                xs[i] += dx[i] / length * move
                ys[i] += dy[i] / length * move
        temperature = max(radius / 2.0 * (1 - (step + 1) / iterations), 0.5)
    return {node: (xs[i], ys[i]) for node, i in local.items()}


def _frame(
    members: list[int],
    edges: list[tuple[int, int]],
    center: int,
    boxes: Sequence[Box],
    width: float,
) -> dict[int, tuple[float, float]]:
    """*center* in the middle, the other members on the cells of a frame around it.

    The frame has as many columns as fit in *width* (at least three, so that
    the centre has a column of its own) and as many rows as the members need.
    Members go round it clockwise from the top middle, nearest first, each
    followed by those tied to it, spread evenly over the cells so that a few
    ties still make a star.  Cells are as big as the biggest footprint, so no
    two boxes overlap and no ring grows wider than *width*.
    """
    neighbours: dict[int, list[int]] = {node: [] for node in members}
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    distance = {center: 0}
    frontier = [center]
    while frontier:
        found = sorted({o for node in frontier for o in neighbours[node] if o not in distance})
        for other in found:
            distance[other] = distance[frontier[0]] + 1
        frontier = found
    # round the frame nearest first, but each member followed by the members tied to
    # it (depth first, leaving out the centre): a tie between two of them then joins
    # neighbouring cells instead of cutting across the picture
    others: list[int] = []
    seen = {center}
    for seed in sorted(members, key=lambda n: (distance.get(n, len(members)), n)):
        stack = [seed]
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            others.append(node)
            stack.extend(sorted(neighbours[node], reverse=True))
    cell_w = max(boxes[i].width for i in members) + GAP
    cell_h = max(boxes[i].height for i in members) + GAP + 8
    columns = max(3, min(math.floor((width + GAP) / cell_w), math.isqrt(len(others)) + 2))
    rows = max(3, math.ceil((len(others) - 2 * columns) / 2) + 2)
    cells = [(c, 0) for c in range(columns)]
    cells += [(columns - 1, r) for r in range(1, rows - 1)]
    cells += [(c, rows - 1) for c in range(columns - 1, -1, -1)]
    cells += [(0, r) for r in range(rows - 2, 0, -1)]
    start = columns // 2  # the top middle
    cells = cells[start:] + cells[:start]
    positions = {center: ((columns - 1) * cell_w / 2, (rows - 1) * cell_h / 2)}
    for n, node in enumerate(others):
        column, row = cells[n * len(cells) // len(others)]
        positions[node] = (column * cell_w, row * cell_h)
    return positions


def _overlap(
    a: tuple[float, float], box_a: Box, b: tuple[float, float], box_b: Box
) -> tuple[float, float]:
    """How far boxes *a* and *b* (placed at their points) overlap along x and y (≤ 0: none)."""
    ox = min(a[0] + box_a.right, b[0] + box_b.right) - max(a[0] + box_a.left, b[0] + box_b.left)
    oy = min(a[1] + box_a.bottom, b[1] + box_b.bottom) - max(a[1] + box_a.top, b[1] + box_b.top)
    return ox + GAP, oy + GAP


def _spread(
    positions: dict[int, tuple[float, float]], boxes: Sequence[Box], rounds: int = 30
) -> None:
    """Push overlapping boxes apart along their shallower axis, for a few rounds."""
    order = sorted(positions)
    reach = max(max(boxes[i].width, boxes[i].height) for i in order) + GAP
    for _ in range(rounds):
        moved = False
        grid: dict[tuple[int, int], list[int]] = {}
        for i in order:
            x, y = positions[i]
            grid.setdefault((math.floor(x / reach), math.floor(y / reach)), []).append(i)
        for i in order:
            x, y = positions[i]
            gx, gy = math.floor(x / reach), math.floor(y / reach)
            for ox in (-1, 0, 1):
                for oy in (-1, 0, 1):
                    for j in grid.get((gx + ox, gy + oy), ()):
                        if j <= i:
                            continue
                        a, b = positions[i], positions[j]
                        over_x, over_y = _overlap(a, boxes[i], b, boxes[j])
                        if over_x <= 0 or over_y <= 0:
                            continue
                        moved = True
                        if over_x < over_y:
                            shift = over_x / 2 + 0.5
                            sign = 1.0 if a[0] >= b[0] else -1.0
                            positions[i] = (a[0] + sign * shift, a[1])
                            positions[j] = (b[0] - sign * shift, b[1])
                        else:
                            shift = over_y / 2 + 0.5
                            sign = 1.0 if a[1] >= b[1] else -1.0
                            positions[i] = (a[0], a[1] + sign * shift)
                            positions[j] = (b[0], b[1] - sign * shift)
        if not moved:
            return


def _settle(positions: dict[int, tuple[float, float]], boxes: Sequence[Box]) -> None:
    """Guarantee no overlap: place boxes top to bottom, each below any placed box it hits.

    A box only ever moves down, past one placed box at a time, so the loop ends;
    once placed, a box never moves again, so no two placed boxes overlap.  Placed
    boxes are indexed by the columns of a grid they span, so a box is only checked
    against boxes that share a column with it.
    """
    column = max(boxes[i].width for i in positions) + GAP

    def columns(i: int, x: float) -> range:
        return range(
            math.floor((x + boxes[i].left - GAP) / column),
            math.floor((x + boxes[i].right + GAP) / column) + 1,
        )

    placed: dict[int, list[int]] = {}
    for i in sorted(positions, key=lambda node: (positions[node][1], positions[node][0], node)):
        x, y = positions[i]
        box = boxes[i]
        # only boxes it overlaps sideways can be hit (x never changes): their top and
        # bottom edges, in index order (the first hit is the one it moves below) …
        near = [
            (positions[j][1] + boxes[j].top, positions[j][1] + boxes[j].bottom)
            for j in sorted({j for c in columns(i, x) for j in placed.get(c, ())})
            if _overlap((x, y), box, positions[j], boxes[j])[0] > EPSILON
        ]
        while True:
            top, bottom = y + box.top, y + box.bottom
            hit = next((b for t, b in near if min(bottom, b) - max(top, t) + GAP > EPSILON), None)
            if hit is None:
                break
            # a box placed just below *hit* may still "overlap" it by a rounding error: the
            # tolerance keeps that from being a hit again, and the loop from never ending
            y = max(y + EPSILON, hit - box.top + GAP)
            # … and a box it has moved below is never hit again (it only moves down)
            near = [(t, b) for t, b in near if b - y - box.top + GAP > EPSILON]
        positions[i] = (x, y)
        for c in columns(i, x):
            placed.setdefault(c, []).append(i)


def layout(
    boxes: Sequence[Box],
    edges: Sequence[tuple[int, int]],
    *,
    spacing: float = 120.0,
    seed: int = 0,
    width: float = 960.0,
    center: int | None = None,
) -> list[tuple[float, float]]:
    """Centres for nodes with footprints *boxes* tied by *edges* (index pairs).

    The result's boxes do not overlap and all lie at x ≥ 0, y ≥ 0; the rows of
    components are about *width* wide (wider if one component is).  With a
    *center*, its component is a frame around it (:func:`_frame`), no wider
    than *width* (or three columns): the picture of one entity's neighbourhood.
    """
    count = len(boxes)
    if count == 0:
        return []
    unique = sorted({(min(a, b), max(a, b)) for a, b in edges if a != b})
    parts = components(count, unique)
    by_part: dict[int, list[tuple[int, int]]] = {}
    part_of = {node: index for index, members in enumerate(parts) for node in members}
    for a, b in unique:
        by_part.setdefault(part_of[a], []).append((a, b))
    rng = random.Random(seed)
    placed: list[tuple[list[int], dict[int, tuple[float, float]]]] = []
    for index, members in enumerate(parts):
        big = len(members) > 150
        iterations = 80 if big else 250
        widest = sum(boxes[i].width for i in members) / len(members)
        distance = max(spacing, widest * (0.9 if big else 1.4))
        ties = by_part.get(index, [])
        start = None
        if center is not None and center in members:
            start = _frame(members, ties, center, boxes, width)
            iterations = 0  # the frame is the layout; overlap removal has nothing to do
        positions = _force(members, ties, distance, rng, iterations, start)
        _spread(positions, boxes, 12 if big else 40)
        _fit(positions, boxes, width)
        _settle(positions, boxes)
        placed.append((members, positions))
    return _pack(placed, boxes, count, width)


def _extent(positions: dict[int, tuple[float, float]], boxes: Sequence[Box]) -> tuple[float, ...]:
    """Left, top, right and bottom of the boxes at *positions*."""
    return (
        min(positions[i][0] + boxes[i].left for i in positions),
        min(positions[i][1] + boxes[i].top for i in positions),
        max(positions[i][0] + boxes[i].right for i in positions),
        max(positions[i][1] + boxes[i].bottom for i in positions),
    )


def _fit(positions: dict[int, tuple[float, float]], boxes: Sequence[Box], width: float) -> None:
    """Make a component wider than *width* fit it, trading width for height.

    Its x coordinates are drawn closer together.  That may make boxes overlap
    again; :func:`_settle`, run after, moves them apart downwards only, so the
    component stays within *width* (unless a single box is wider).
    """
    left, _, right, _ = _extent(positions, boxes)
    widest = max(boxes[i].width for i in positions)
    if right - left <= width or right - left <= widest:
        return
    factor = max(0.0, width - widest) / (right - left - widest)
    for i, (x, y) in sorted(positions.items()):
        positions[i] = (left + (x - left) * factor, y)


def _pack(
    placed: list[tuple[list[int], dict[int, tuple[float, float]]]],
    boxes: Sequence[Box],
    count: int,
    width: float,
) -> list[tuple[float, float]]:
    """Shelf packing: components left to right in rows, each row below the last."""
    result: list[tuple[float, float]] = [(0.0, 0.0)] * count
    extents = []
    for members, positions in placed:
        left = min(positions[i][0] + boxes[i].left for i in members)
        top = min(positions[i][1] + boxes[i].top for i in members)
        right = max(positions[i][0] + boxes[i].right for i in members)
        bottom = max(positions[i][1] + boxes[i].bottom for i in members)
        extents.append((left, top, right - left, bottom - top))
    row_width = max(width, *(extent[2] for extent in extents))
    x = y = row_height = 0.0
    margin = 3 * GAP
    for (members, positions), (left, top, w, h) in zip(placed, extents, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + margin, 0.0
        for i in members:
            px, py = positions[i]
            result[i] = (px - left + x, py - top + y)
        x += w + margin
        row_height = max(row_height, h)
    return result
