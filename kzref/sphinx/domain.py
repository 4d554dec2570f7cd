"""The ``kz`` domain: one object type per entity kind, roles, indices, resolution.

Environment data is small and picklable: for each entity the document and
anchor of its page, for each document the keys it shows, and their digests
at the last read (which decide what an incremental build re-reads).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.util.nodes import make_refnode

from kzref.model.ids import KINDS, kind_of
from kzref.model.kinds import KIND_INFO
from kzref.select import chronological, date_of
from kzref.sphinx.directives.config_table import ConfigDirective
from kzref.sphinx.directives.entity import EntityDirective
from kzref.sphinx.directives.graph import GraphDirective
from kzref.sphinx.directives.notes import NotesDirective
from kzref.sphinx.directives.page import PageDirective
from kzref.sphinx.directives.table import TableDirective
from kzref.sphinx.directives.timeline import TimelineDirective
from kzref.sphinx.render import KIND_LABELS, entity_type
from kzref.sphinx.roles import EntityRole
from kzref.sphinx.state import current

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

INDEX_TITLES: dict[str, str] = {kind: info.index_title for kind, info in KIND_INFO.items()}


class KindIndex(Index):
    """An index of one kind of entity; events are grouped by year, others by letter."""

    kind = "org"

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        objects = self.domain.data["objects"]
        data = current().dataset
        selected = [e for e in data.entities.values() if e.kind == self.kind and e.id in objects]
        if docnames is not None:
            wanted = set(docnames)
            selected = [e for e in selected if objects[e.id][0] in wanted]
        groups: dict[str, list[IndexEntry]] = {}
        ordered = (
            chronological(selected)
            if self.kind == "event"
            else sorted(selected, key=lambda e: e.name.casefold())
        )
        for entity in ordered:
            date = date_of(entity)
            if self.kind == "event":
                key = str(date.lower.year) if date and date.lower.year > 1 else "Undated"
            else:
                key = (entity.name[:1] or "?").upper()
            docname, anchor = objects[entity.id]
            extra = date.text if date else ""
            groups.setdefault(key, []).append(
                IndexEntry(entity.name, 0, docname, anchor, extra, entity.id, "")
            )
        return sorted(groups.items(), key=lambda item: item[0]) if self.kind != "event" else list(
            groups.items()
        ), False


def _index_class(kind: str) -> type[KindIndex]:
    return type(
        f"KindIndex_{kind}",
        (KindIndex,),
        {
            "name": kind,
            "localname": INDEX_TITLES[kind],
            "shortname": INDEX_TITLES[kind].lower(),
            "kind": kind,
        },
    )


class KzDomain(Domain):
    """Entities of kzref as Sphinx objects."""

    name = "kz"
    label = "kzref"
    object_types = {kind: ObjType(KIND_LABELS[kind].lower(), kind, "ref") for kind in KINDS}
    roles = {**{kind: EntityRole() for kind in KINDS}, "ref": EntityRole()}
    directives = {
        "page": PageDirective,
        "entity": EntityDirective,
        "table": TableDirective,
        "timeline": TimelineDirective,
        "graph": GraphDirective,
        "config": ConfigDirective,
        "notes": NotesDirective,
    }
    indices = [_index_class(kind) for kind in KINDS]
    initial_data = {"objects": {}, "pages": {}, "shows": {}, "renders": {}, "hashes": {}}
    data_version = 4

    def note_entity(self, entity_id: str, docname: str, anchor: str) -> None:
        """Record the page of an entity."""
        self.data["objects"][entity_id] = (docname, anchor)
        self.data["pages"].setdefault(docname, []).append(entity_id)

    def note_shows(self, docname: str, ids: Iterable[str]) -> None:
        """Record that *docname* shows these keys (see :mod:`kzref.sphinx.digests`)."""
        self.data["shows"].setdefault(docname, set()).update(ids)

    def note_renders(self, docname: str, keys: Iterable[str]) -> None:
        """Record that *docname* must be re-written (not re-read) when these keys change."""
        self.data["renders"].setdefault(docname, set()).update(keys)

    def clear_doc(self, docname: str) -> None:
        # through the page → ids index: scanning every object per page is quadratic
        for entity_id in self.data["pages"].pop(docname, ()):
            if self.data["objects"].get(entity_id, ("",))[0] == docname:
                del self.data["objects"][entity_id]
        self.data["shows"].pop(docname, None)
        self.data["renders"].pop(docname, None)

    def merge_domaindata(self, docnames: Iterable[str], otherdata: dict[str, Any]) -> None:
        wanted = set(docnames)
        for entity_id, (doc, anchor) in otherdata["objects"].items():
            if doc in wanted:
                self.note_entity(entity_id, doc, anchor)
        for key in ("shows", "renders"):
            for doc, keys in otherdata[key].items():
                if doc in wanted:
                    self.data[key].setdefault(doc, set()).update(keys)

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> nodes.reference | None:
        found = self.data["objects"].get(target)
        if found is None:
            return None  # left to intersphinx (cite-only projects) or reported as missing
        docname, anchor = found
        entity = current().dataset.entities.get(target)
        # the id and type, not the summary: a page that links here need not be
        # rebuilt when the summary is edited
        tooltip = f"{target} ({entity_type(entity)})" if entity else target
        return make_refnode(builder, fromdocname, docname, anchor, contnode, tooltip)

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        target = current().dataset.resolve(target.strip())
        ref = self.resolve_xref(env, fromdocname, builder, "ref", target, node, contnode)
        return [(f"kz:{kind_of(target)}", ref)] if ref is not None else []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        entities = current().dataset.entities
        for entity_id, (docname, anchor) in sorted(self.data["objects"].items()):
            entity = entities.get(entity_id)
            name = entity.name if entity else entity_id
            yield entity_id, name, kind_of(entity_id), docname, anchor, 1
