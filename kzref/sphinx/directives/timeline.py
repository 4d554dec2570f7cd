"""``kz:timeline`` — selected events in date order, grouped by year.

Uncertain dates are shown as the source words them, with their bounds; an event
known only to a year is listed under that year, never as 1 January.
"""

from __future__ import annotations

from docutils import nodes

from kzref.select import chronological, date_of
from kzref.sphinx.filters import FilteredDirective
from kzref.sphinx.render import date_text, paragraph, xref
from kzref.sphinx.state import current


class TimelineDirective(FilteredDirective):
    """A chronology of events (or any dated entities with ``:kind:``)."""

    default_kinds = ("event",)

    def render(self) -> list[nodes.Node]:
        data = current().dataset
        entities = chronological(self.selected())
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
            item += paragraph(date_text(date), " — ", xref(entity.id, data), ": ", entity.summary)
            assert year_list is not None
            year_list += item
        return [box]
