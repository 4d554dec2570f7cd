"""Dependencies cannot drift from rendering: for any edit of the records, a renderer
whose recorded reads still have the same digests renders exactly the same output.

This is the property the incremental build rests on (``kzref/sphinx/view.py``): a
page is re-read or re-written only when an answer it read has changed, so any
read that bypassed the view would show up here as equal digests with different
output.  Every renderer is run over every entity of the fixture, before and
after a random sequence of edits (hypothesis).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from docutils import nodes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzref.model.entities import EntityBase
from kzref.select import Selection
from kzref.sphinx.directives.entity import render_entity
from kzref.sphinx.directives.graph import GraphSpec
from kzref.sphinx.directives.notes import NotesSpec
from kzref.sphinx.directives.page import page_nodes
from kzref.sphinx.directives.table import COLUMN_NAMES, TableSpec
from kzref.sphinx.directives.timeline import TimelineSpec
from kzref.sphinx.selection import drawn
from kzref.sphinx.state import make_data
from kzref.sphinx.view import View, combined, is_current
from kzref.store import Dataset, load

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"
DATA = load(FIXTURE)
IDS = sorted(DATA.entities)
CONFIG = {"kzref_base_url": "https://example.org/kzref/", "graphviz_dot": None}

Renderer = Callable[[View], list[nodes.Node]]


def _page(entity_id: str) -> Renderer:
    def render(view: View) -> list[nodes.Node]:
        entity = view.entity(entity_id)
        return drawn(page_nodes(entity, view), view) if entity is not None else []

    return render


SELECTIONS = [
    Selection(),
    Selection(kinds=("event",)),
    Selection(kinds=("org",), tags=("banned",)),
    Selection(involving=("org:alpha-front",)),
    Selection(involving=("org:alpha-group",), roles=("perpetrator", "ties-with")),
    Selection(ids=("org:alpha-group", "place:testland")),
    Selection(kinds=("event",), start=dt.date(2005, 1, 1), end=dt.date(2006, 12, 31)),
]
RENDERERS: dict[str, Renderer] = {
    **{f"page {i}": _page(i) for i in IDS},
    **{f"card {i}": (lambda v, i=i: render_entity(i, v)) for i in IDS},  # type: ignore[misc]
    **{f"table {n}": TableSpec(s, (), COLUMN_NAMES, "name").render
       for n, s in enumerate(SELECTIONS)},
    **{f"timeline {n}": TimelineSpec(s).render for n, s in enumerate(SELECTIONS)},
    **{f"graph {n}": GraphSpec(s).render for n, s in enumerate(SELECTIONS)},
    **{f"notes {n}": NotesSpec(s).render for n, s in enumerate(SELECTIONS)},
}  # fmt: skip

TEXT = st.sampled_from(["Gamma Web", "A new summary.", "Testlandia", "x", "Alpha Front"])


@st.composite
def edits(draw: st.DrawFn) -> Dataset:
    """The fixture after a few random edits: fields, ties, relations, redirects."""
    entities = dict(DATA.entities)
    relations = list(DATA.relations)
    redirects = dict(DATA.redirects)
    for _ in range(draw(st.integers(1, 3))):
        what = draw(st.sampled_from(["field", "tag", "alias", "tie", "relation", "redirect"]))
        entity_id = draw(st.sampled_from(IDS))
        entity: EntityBase = entities[entity_id]
        if what == "field":
            name = draw(st.sampled_from(["name", "summary"]))
            entity = entity.model_copy(update={name: draw(TEXT)})
        elif what == "tag":
            entity = entity.model_copy(update={"tags": (*entity.tags, "edited")})
        elif what == "alias":
            entity = entity.model_copy(update={"aliases": (*entity.aliases, draw(TEXT))})
        elif what == "tie" and hasattr(entity, "places"):
            place = draw(st.sampled_from(["place:testland", "place:test-city"]))
            entity = entity.model_copy(update={"places": (place,)})
        elif what == "relation" and relations:
            index = draw(st.integers(0, len(relations) - 1))
            certainty = draw(st.sampled_from(["stated", "claimed", "alleged"]))
            change = draw(st.sampled_from(["certainty", "twin", "asserter"]))
            old = relations[index]
            if change == "certainty":
                relations[index] = old.model_copy(update={"certainty": certainty})
            elif change == "twin":  # collides with the first after de-duplication
                relations.append(old.model_copy(update={"disputed_by": ("org:beta-court",)}))
            else:
                relations[index] = old.model_copy(update={"asserted_by": ("org:beta-court",)})
        elif what == "redirect":
            redirects["org:alpha-group"] = draw(
                st.sampled_from(["org:beta-court", "org:gamma-network"])
            )
        entities[entity_id] = entity
    return Dataset(entities, tuple(relations), DATA.designations, redirects, DATA.ledger, {})


def _render(data: Dataset, renderer: Renderer) -> tuple[str, tuple[tuple[str, ...], str]]:
    view = View(make_data(data, CONFIG))
    out = "".join(node.pformat() for node in renderer(view))
    return out, combined(make_data(data, CONFIG), view.keys)


BEFORE = {name: _render(DATA, renderer) for name, renderer in RENDERERS.items()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(new=edits())
def test_equal_reads_mean_equal_output(new: Dataset) -> None:
    after = make_data(new, CONFIG)
    for name, renderer in RENDERERS.items():
        before, record = BEFORE[name]
        if is_current(after, record):
            now, _ = _render(new, renderer)
            assert now == before, f"{name}: its reads are unchanged, its output is not"


def test_the_property_can_fail() -> None:
    """A renderer that reads past the view is caught: the test above is not vacuous."""

    def sneaky(view: View) -> list[nodes.Node]:
        view.face("org:gamma-network")  # reads the face …
        summary = view.data.dataset.entities["org:gamma-network"].summary  # … and, unseen, more
        return [nodes.paragraph(text=summary)]

    new = Dataset(
        {
            **DATA.entities,
            "org:gamma-network": DATA.entities["org:gamma-network"].model_copy(
                update={"summary": "Changed without a trace."}
            ),
        },
        DATA.relations,
        DATA.designations,
        DATA.redirects,
        DATA.ledger,
        {},
    )
    before, record = _render(DATA, sneaky)
    assert is_current(make_data(new, CONFIG), record)
    assert _render(new, sneaky)[0] != before


def test_the_ties_a_view_hands_out_keep_every_field_of_a_link_but_its_record() -> None:
    import dataclasses

    from kzref.links import Link
    from kzref.sphinx.state import make_data
    from kzref.sphinx.view import View
    from kzref.store import dataset

    data = make_data(dataset())
    for entity_id in list(data.links)[:50]:
        for tie, link in zip(View(data).links(entity_id), data.links[entity_id], strict=True):
            assert tie == dataclasses.replace(link, record=None)
    assert [f.name for f in dataclasses.fields(Link)][-1] == "record"
