"""The ``kz`` domain: one object type per entity kind, indices, resolution.

Its roles and directives are registered by :func:`kzref.sphinx.setup`, not
here.  Environment data is small and picklable: for each entity the document,
anchor and line of its page; for each document the dependency keys its
reading recorded, with one digest over them (see :mod:`kzref.sphinx.view`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.domains import Domain, Index, IndexEntry, ObjType
from sphinx.util.nodes import make_refnode

from kzref.model.ids import KINDS, kind_of
from kzref.model.kinds import KIND_INFO
from kzref.sphinx.state import build_data
from kzref.sphinx.view import KIND_LABELS, TYPE_FIELDS, View
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from kzref.model.entities import EntityBase
    from kzref.store import Dataset

INDEX_TITLES: dict[str, str] = {kind: info.index_title for kind, info in KIND_INFO.items()}


class KindIndex(Index):
    """An index of one kind of entity; events are grouped by year, others by letter."""

    kind = "org"

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        objects = self.domain.data["objects"]
        data = build_data(self.domain.env).dataset
        selected = [e for e in data.entities.values() if e.kind == self.kind and e.id in objects]
        if docnames is not None:
            wanted = set(docnames)
            selected = [e for e in selected if objects[e.id][0] in wanted]
        if self.kind == "event":
            return self._chronology(selected, objects, data), False
        groups: dict[str, list[IndexEntry]] = {}
        for entity in sorted(selected, key=lambda e: (e.name.casefold(), e.id)):
            key = (entity.name[:1] or "?").upper()
            docname, anchor = objects[entity.id]
            groups.setdefault(key, []).append(
                # no qualifier: the theme prints it with a colon ("org:akromiya:"); the type
                # in words goes in the description column instead
                IndexEntry(entity.name, 0, docname, anchor, "", "", _type_words(entity))
            )
        return sorted(groups.items(), key=lambda item: item[0]), False

    @staticmethod
    def _chronology(
        selected: list[EntityBase], objects: dict[str, tuple[str, str]], data: Dataset
    ) -> list[tuple[str, list[IndexEntry]]]:
        """Events grouped as on the timeline, dates in words.

        By year, open ends under their known year, undated last by name; a
        sub-event by its parent's date.
        """
        from kzref.pictures import group_timeline
        from kzref.sphinx.render import placed

        out = []
        events = [placed(entity, data) for entity in selected]
        for group in group_timeline(events, anchor_prefix="year-"):
            entries = []
            for item in group.items:
                docname, anchor = objects[item.entity.id]
                extra = item.words if item.date is not None else ""
                words = _type_words(item.entity)
                entries.append(IndexEntry(item.entity.name, 0, docname, anchor, extra, "", words))
            out.append((group.label, entries))
        return out


def _type_words(entity: EntityBase) -> str:
    """The entity's type in words ("terrorist organization"), else its kind."""
    from kzref.display import kind_label, label

    for name in TYPE_FIELDS:
        value = getattr(entity, name, None)
        if value:
            return label(value)
    return kind_label(entity.kind)


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
    indices = [_index_class(kind) for kind in KINDS]
    initial_data = {"objects": {}, "pages": {}, "reads": {}}
    data_version = 6

    def note_entity(self, entity_id: str, docname: str, anchor: str, location: Any = None) -> None:
        """Record the page of an entity; a second page for it warns with both places."""
        found = self.data["objects"].get(entity_id)
        if found is not None and found[0] != docname:
            warn(
                "kzref: duplicate page of %s, also defined in %s",
                Subtype.duplicate,
                location or docname,
                entity_id,
                self.env.doc2path(found[0]),
            )
            # the generated page keeps the entity (its URL is the permalink); between
            # two pages of the same sort, the first by name: the same in any read order
            old, new = _generated(found[0], self.env), _generated(docname, self.env)
            if old > new or (old == new and found[0] < docname):
                return
        self.data["objects"][entity_id] = (docname, anchor)
        self.data["pages"].setdefault(docname, []).append(entity_id)

    def note_read(self, docname: str, record: tuple[tuple[str, ...], str] | None) -> None:
        """Record what reading *docname* read (keys and their digest), or that it read nothing."""
        if record is None:
            self.data["reads"].pop(docname, None)
        else:
            self.data["reads"][docname] = record

    def clear_doc(self, docname: str) -> None:
        # through the page → ids index: scanning every object per page is quadratic
        for entity_id in self.data["pages"].pop(docname, ()):
            if self.data["objects"].get(entity_id, ("",))[0] == docname:
                del self.data["objects"][entity_id]
        self.data["reads"].pop(docname, None)

    def merge_domaindata(self, docnames: Iterable[str], otherdata: dict[str, Any]) -> None:
        wanted = set(docnames)
        for entity_id, (doc, anchor) in otherdata["objects"].items():
            if doc in wanted:
                self.note_entity(entity_id, doc, anchor)
        for doc, value in otherdata["reads"].items():
            if doc in wanted:
                self.data["reads"][doc] = value

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
        data = build_data(env)
        # the id and type, not the summary: a page that links here need not be
        # rewritten when the summary is edited; read even when missing, so that
        # the page is rewritten with a link once the entity appears
        view = View(data, data.writing.setdefault(fromdocname, set()))
        face = view.face(target)
        found = view.page(target)  # read, so the link follows the entity's page
        if found is None:
            return None  # left to intersphinx (cite-only projects) or reported as missing
        docname, anchor = found
        tooltip = f"{target} ({face.type})" if face else target
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
        data = build_data(env)
        target = View(data, data.writing.setdefault(fromdocname, set())).resolve(target.strip())
        ref = self.resolve_xref(env, fromdocname, builder, "ref", target, node, contnode)
        return [(f"kz:{kind_of(target)}", ref)] if ref is not None else []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        entities = build_data(self.env).dataset.entities
        for entity_id, (docname, anchor) in sorted(self.data["objects"].items()):
            entity = entities.get(entity_id)
            name = entity.name if entity else entity_id
            # -1: in objects.inv, not in the search index, where Sphinx escapes object
            # names twice and lists each page twice (see kzref.sphinx.search)
            yield entity_id, name, kind_of(entity_id), docname, anchor, -1


def _generated(docname: str, env: BuildEnvironment) -> bool:
    """Whether *docname* is one of the pages kzref generates (not a user's page)."""
    folder = env.config.kzref_pages_dir.strip("/")
    return bool(env.config.kzref_generate_pages) and docname.startswith(f"{folder}/")


def forget_index_targets(env: BuildEnvironment) -> None:
    """In a project that only cites kzref, take the per-kind indices off ``:ref:``.

    Such a project has no entities of its own, so its per-kind index pages are
    never written; a ``:ref:`` to one is reported by :func:`missing_index`
    instead of linking to a page that does not exist.
    """
    std = env.domains.standard_domain
    for kind in INDEX_TITLES:
        std.labels.pop(f"kz-{kind}", None)
        std.anonlabels.pop(f"kz-{kind}", None)


def missing_index(
    app: Any, env: BuildEnvironment, node: pending_xref, contnode: Element
) -> Element | None:
    """Warn for a ``:ref:`` to a per-kind index in a project that does not generate them."""
    target = node.get("reftarget", "")
    if (
        node.get("refdomain") != "std"
        or node.get("reftype") != "ref"
        or env.config.kzref_generate_pages
        or target not in {f"kz-{kind}" for kind in INDEX_TITLES}
    ):
        return None
    warn(
        "kzref: :ref:`%s` is a per-kind index, which a project that only cites kzref "
        "(kzref_generate_pages = False) does not have; link to the published index "
        "through intersphinx (:external+<name>:ref:`%s`)",
        Subtype.bad_target,
        node,
        target,
        target,
    )
    return contnode


def cite_only_reference(
    app: Any, env: BuildEnvironment, node: pending_xref, contnode: Element
) -> Element | None:
    """In a project that only cites kzref, resolve through intersphinx with kzref's tooltip.

    The link and its target come from the inventory (the authority in that
    mode); the tooltip shows the id and type, as on the published site: the
    type from the installed records, or the kind where they lack the id.
    """
    if (
        node.get("refdomain") != "kz"
        or env.config.kzref_generate_pages
        or "sphinx.ext.intersphinx" not in app.extensions
    ):
        return None
    from sphinx.ext.intersphinx import missing_reference

    found = missing_reference(app, env, node, contnode)  # type: ignore[arg-type]  # the event's contnode is a TextElement
    if found is None:
        return None
    target = node["reftarget"]
    data = build_data(env)
    face = View(data, data.writing.setdefault(node.get("refdoc", ""), set())).face(target)
    kind = KIND_LABELS.get(target.partition(":")[0], "")
    found["reftitle"] = f"{target} ({face.type if face else kind})"
    return found
