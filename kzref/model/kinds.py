"""Each fact about a kind of entity, in one table.

Labels, page titles, the typed-constants module, the schema.org type and the
CSV table file of each kind are read from here by citations, exports, code
generation and the Sphinx pages, so that they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from kzref.model.ids import KINDS, Kind


@dataclass(frozen=True, slots=True)
class KindInfo:
    """How kzref names and files one kind of entity."""

    kind: Kind
    label: str
    """Singular, lower case, for prose and citations: ``organization``."""
    title: str
    """Plural, for headings: ``Organizations``."""
    index_title: str
    """Title of the kind's index in the docs: ``Index of organizations``."""
    module: str
    """Module of the typed constants: ``kzref.organizations``."""
    model: str
    """Name of the pydantic model: ``Organization``."""
    ld_type: str
    """schema.org type in JSON-LD exports (a document of type ``law`` is ``Legislation`` too)."""

    @property
    def table_file(self) -> str:
        """The kind's table in the CSV export: ``orgs.csv``."""
        return f"{self.kind}s.csv"


KIND_INFO: dict[Kind, KindInfo] = {
    info.kind: info
    for info in (
        KindInfo("org", "organization", "Organizations", "Index of organizations",
                 "organizations", "Organization", "Organization"),
        KindInfo("person", "person", "People", "Index of people",
                 "persons", "Person", "Person"),
        KindInfo("place", "place", "Places", "Index of places",
                 "places", "Place", "Place"),
        KindInfo("event", "event", "Events", "Chronology of events",
                 "events", "Event", "Event"),
        KindInfo("agreement", "agreement", "Agreements", "Index of agreements",
                 "agreements", "Agreement", "Legislation"),
        KindInfo("document", "document", "Documents", "Index of documents",
                 "documents", "Document", "CreativeWork"),
    )
}  # fmt: skip
assert tuple(KIND_INFO) == KINDS, "one row per kind, in the kinds' order"

__all__ = ["KIND_INFO", "KindInfo"]
