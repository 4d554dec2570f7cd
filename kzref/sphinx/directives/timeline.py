"""``kz:timeline`` — selected events in date order, grouped by year.

Uncertain dates are shown as the source words them, with their bounds; an event
known only to a year is listed under that year, never as 1 January.
"""

from __future__ import annotations

from dataclasses import dataclass

from docutils import nodes

from kzref.select import Selection, chronological, date_of
from kzref.sphinx.render import date_text, paragraph, xref
from kzref.sphinx.selection import SelectionDirective, SelectionSpec, select_entities
from kzref.sphinx.view import View


@dataclass(frozen=True, slots=True)
class TimelineSpec(SelectionSpec):
    """A timeline's selection."""

    def render(self, view: View) -> list[nodes.Node]:
        return render_timeline(self, view)


def render_timeline(spec: TimelineSpec, view: View) -> list[nodes.Node]:
    """The chronology of *spec*, from the records *view* reads."""
    entities = chronological(select_entities(spec.selection, view))
    if not entities:
        return [nodes.paragraph(text="No event matches.", classes=["kz-empty"])]
    box = nodes.container(classes=["kz-timeline"])
    year_list: nodes.bullet_list | None = None
    year = None
    for entity in entities:
        date = date_of(entity)
        label = (
            "Undated"
            if date is None or date.lower.year <= 1
            else (
                str(date.lower.year)
                if date.lower.year == date.upper.year
                else f"{date.lower.year}–{date.upper.year}"
            )
        )
        if label != year:
            year = label
            box += nodes.rubric(label, label, classes=["kz-year"])
            year_list = nodes.bullet_list(classes=["kz-events"])
            box += year_list
        item = nodes.list_item()
        item += paragraph(date_text(date), " — ", xref(entity.id, view), ": ", entity.summary)
        assert year_list is not None
        year_list += item
    return [box]


class TimelineDirective(SelectionDirective):
    """A chronology of events (or any dated entities with ``:kind:``)."""

    default_kinds = ("event",)

    def spec(self, selection: Selection | None) -> TimelineSpec:
        return TimelineSpec(selection, tuple(self.options.get("class", ())))
