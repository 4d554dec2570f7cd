"""``kz:timeline`` — a chart of the selected events over time, then the events by year.

The chart is :func:`kzref.pictures.timeline_svg` (drawn when the page is
written, every mark a link to its event); its year labels jump to the year
groups of the text below it.  The text is grouped by
:func:`kzref.pictures.group_timeline`: an open-ended date goes under the year
it is known by and says so ("after 2001", "until May 2004"), a decade has its
own group, undated events come last, once, by name.  Dates are in words only.
A sub-event without a date of its own is placed by the event it is part of,
and marked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kzref.select import ParentDate, Selection
from kzref.sphinx.render import paragraph, placed, verbatim, xref
from kzref.sphinx.selection import (
    SelectionDirective,
    SelectionSpec,
    WritingView,
    select_entities,
)
from kzref.sphinx.view import View

if TYPE_CHECKING:
    from kzref.model.entities import EntityBase
    from kzref.pictures import TimelineItem


@dataclass(frozen=True, slots=True)
class TimelineSpec(SelectionSpec):
    """A timeline's selection; whether to draw the chart; which timeline of its page."""

    chart: str = "yes"
    """``yes`` (the chart, then the text), ``no`` (the text) or ``only`` (the chart)."""
    number: int = 0

    @property
    def anchor_prefix(self) -> str:
        """Year anchors, unique on the page ("year-2004", then "t1-year-2004" …)."""
        return "year-" if self.number == 0 else f"t{self.number}-year-"

    def render(self, view: View) -> list[nodes.Node]:
        return render_timeline(self, view)


def dated(entities: list[EntityBase], view: View) -> list[EntityBase]:
    """*entities*, each undated sub-event given its parent's date (read through *view*)."""
    for entity in entities:
        parent = getattr(entity, "part_of", None)
        if parent and getattr(entity, "date", None) is None:
            view.face(parent)  # the parent's date is what places it
    return [placed(entity, view.data.dataset) for entity in entities]


def render_timeline(spec: TimelineSpec, view: View) -> list[nodes.Node]:
    """The chart and the chronology of *spec*, from the records *view* reads."""
    from kzref.pictures import group_timeline, timeline_svg

    entities = dated(select_entities(spec.selection, view), view)
    if not entities:
        return [nodes.paragraph(text="No event matches.", classes=["kz-empty"])]
    out: list[nodes.Node] = []
    groups = group_timeline(entities, anchor_prefix=spec.anchor_prefix)
    any_dated = any(g.label != "Undated" for g in groups)
    if spec.chart != "no" and any_dated and isinstance(view, WritingView):
        linked = [e for e in entities if view.href(e.id) is not None]
        svg = timeline_svg(
            linked,
            view.href,
            title="Events over time",
            year_links=spec.chart != "only",
            anchor_prefix=spec.anchor_prefix,
            id_prefix=f"kzt-{spec.number}",
        )
        out.append(nodes.raw("", f'<div class="kz-picture kz-chart">{svg}</div>', format="html"))
    if spec.chart == "only" and out:
        return out
    box = nodes.container(classes=["kz-timeline", *spec.classes])
    if len(groups) > 1:  # year anchors to jump to
        jump = paragraph("Jump to: ")
        jump["classes"].append("kz-years")
        for index, group in enumerate(groups):
            if index:
                jump += nodes.Text(" · ")
            jump += nodes.reference(group.label, group.label, refid=group.anchor)
        box += jump
    for group in groups:
        box += nodes.rubric(group.label, group.label, ids=[group.anchor], classes=["kz-year"])
        items = nodes.bullet_list(classes=["kz-events"])
        for item in group.items:
            when = item.words  # "after 2001", "spring 2004": the group's year says the rest
            if isinstance(item.date, ParentDate):
                when = f"{when} (the date of the event it is part of)"
            parts: list[nodes.Node | str] = []
            if item.date is not None:
                parts += [nodes.inline(when, when, classes=_date_classes(item)), " — "]
            parts += [xref(item.entity.id, view), ": ", item.entity.summary]
            items += nodes.list_item("", paragraph(*parts))
        box += items
    out.append(verbatim(box))
    return out


def _date_classes(item: TimelineItem) -> list[str]:
    exact = item.date is not None and item.date.is_exact and item.mark is None
    return ["kz-date"] + ([] if exact else ["kz-uncertain"])


class TimelineDirective(SelectionDirective):
    """A chronology of events (or any dated entities with ``:kind:``)."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        **SelectionDirective.option_spec,
        "chart": lambda arg: directives.choice(arg, ("yes", "no", "only")),
    }
    default_kinds = ("event",)

    def spec(self, selection: Selection | None) -> TimelineSpec:
        return TimelineSpec(
            selection,
            tuple(self.options.get("class", ())),
            self.options.get("chart", "yes"),
            self.env.new_serialno("kz-timeline"),
        )
