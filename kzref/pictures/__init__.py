"""Pictures of the data as plain SVG strings: a relations graph and a timeline.

Pure Python on purpose: no Sphinx, no Graphviz, no JavaScript, nothing but the
standard library and kzref's models.  The same data always gives the same bytes,
so a picture can be cached, diffed and tested like any other output.

- :func:`relations_svg` draws entities and the relations between them, laid out by
  :mod:`kzref.pictures.layout`; :func:`graph_data` and :func:`neighbourhood` pick
  what to draw from a dataset.
- :func:`timeline_svg` draws dated records over the years; :func:`group_timeline`
  groups them for the text chronology that goes with it.

The callers choose what to show (filters by kind, relation, involvement) and pass
a way to turn an id into a URL; these modules only draw.
"""

from __future__ import annotations

from kzref.pictures.graph import (
    GraphEdge,
    GraphNode,
    Neighbourhood,
    graph_data,
    neighbourhood,
    relations_svg,
)
from kzref.pictures.timeline import (
    TimelineGroup,
    TimelineItem,
    group_timeline,
    timeline_svg,
)

__all__ = [
    "GraphEdge",
    "GraphNode",
    "Neighbourhood",
    "TimelineGroup",
    "TimelineItem",
    "graph_data",
    "group_timeline",
    "neighbourhood",
    "relations_svg",
    "timeline_svg",
]
