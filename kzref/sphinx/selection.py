"""Selections as data: a directive parses its options once, a renderer draws them later.

A selection directive (``kz:table``, ``kz:timeline``, ``kz:graph``,
``kz:notes``) checks its options while the document is read — warning at its
line — and leaves a :class:`pending_selection` node holding a small, frozen,
picklable spec.  When the document is written, :class:`RenderSelections`
replaces each node by ``spec.render(view)``: one pure function of the spec
and the records, read through a recording :class:`~kzref.sphinx.view.View`.
What that view records is what the written page is keyed on (see
:mod:`kzref.sphinx.incremental`); an edit of the records therefore re-writes
the pages whose selections read it and re-reads none of them.

The pattern is sphinx-needs' (a ``Needtable`` node keeps its options and is
filled in at ``doctree-resolved``) and sphinxcontrib-bibtex's (a
``bibliography`` node is rendered by a post-transform from data the domain
holds).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, cast

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

from kzref.model.ids import ID_RE, KINDS
from kzref.select import Selection, SelectionError, bound
from kzref.sphinx.state import build_data
from kzref.sphinx.view import Shape, View
from kzref.sphinx.vocabulary import check_words
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from kzref.model.entities import EntityBase
    from kzref.model.ids import Kind
    from kzref.sphinx.state import BuildData


class pending_selection(nodes.General, nodes.Element):  # docutils node naming
    """A selection's spec (``node["spec"]``), rendered when the document is written."""


@dataclass(frozen=True, slots=True)
class SelectionSpec:
    """What every selection directive selects; ids as written (resolved when rendered)."""

    selection: Selection | None
    """None when the options were bad (warned about): the output says nothing matches."""
    classes: tuple[str, ...] = ()

    def render(self, view: View) -> list[nodes.Node]:
        """The output, from the records as *view* shows them."""
        raise NotImplementedError


def words(argument: str | None) -> list[str]:
    """The words of an option: separated by spaces or commas."""
    return [w for w in (argument or "").replace(",", " ").split() if w]


def select(selection: Selection | None, view: View) -> list[str]:
    """The ids *selection* selects, in dataset order (none if it names an unknown id).

    Candidates are the named ``:ids:`` or every member of the selected kinds;
    each candidate's shape (when a filter reads tags or dates) and its ties
    (when a filter reads ties) are read through *view*, so the output is keyed
    on exactly those; a renderer then reads what it shows of each selected
    entity.
    """
    if selection is None:
        return []
    resolved: dict[str, tuple[str, ...]] = {}
    for option in ("involving", "ids"):
        found = []
        for entity_id in getattr(selection, option):
            current = view.resolve(entity_id) if ID_RE.match(entity_id) else entity_id
            if view.face(current) is None:
                return []
            found.append(current)
        resolved[option] = tuple(found)
    chosen = dataclasses.replace(selection, **resolved)  # type: ignore[arg-type]
    if chosen.ids:
        candidates = view.kinds_in_order(set(chosen.ids))
    else:
        candidates = [i for kind in chosen.kinds or KINDS for i in view.members(kind)]
        if chosen.kinds:
            candidates = view.kinds_in_order(candidates)
    ties = bool(chosen.involving or chosen.roles)
    shapes = bool(chosen.tags or chosen.start or chosen.end)  # else the id tells the kind
    out = []
    for entity_id in candidates:
        shape = (
            view.shape(entity_id)
            if shapes
            else Shape(entity_id, entity_id.partition(":")[0], (), None)
        )
        if shape is not None and chosen.matches(
            cast("EntityBase", shape),  # the filters read only what a shape holds
            view.links(entity_id) if ties else [],
        ):
            out.append(entity_id)
    return out


def select_entities(selection: Selection | None, view: View) -> list[EntityBase]:
    """The whole records of the entities *selection* selects, in dataset order."""
    return [e for i in select(selection, view) if (e := view.entity(i)) is not None]


class SelectionDirective(SphinxDirective):
    """Base of directives that show a selection of entities."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "kind": directives.unchanged,
        "tag": directives.unchanged,
        "from": directives.unchanged,
        "to": directives.unchanged,
        "involving": directives.unchanged,
        "role": directives.unchanged,
        "ids": directives.unchanged,
        "class": directives.class_option,
    }
    default_kinds: tuple[Kind, ...] = ()

    @property
    def view(self) -> View:
        """The records, read on behalf of the document being read."""
        data = build_data(self.env)
        return View(data, data.reading.setdefault(self.env.docname, set()))

    def selection(self) -> Selection | None:
        """The selection the options describe, or None (after a warning) if they are bad.

        Ids are checked now (an unknown or retired id warns here, and the read
        is recorded, so the document is read again when the id comes or goes),
        and kept as written: the renderer resolves them with the redirects of
        the build that writes the page.
        """
        view, location = self.view, self.get_location()
        kinds = tuple(words(self.options.get("kind"))) or self.default_kinds
        check_words(view, "kind", kinds, location)
        check_words(view, "role", words(self.options.get("role")), location)
        check_words(view, "tag", words(self.options.get("tag")), location)
        involving, chosen = self._ids("involving"), self._ids("ids")
        if involving is None or chosen is None:
            return None
        try:
            start = bound(self.options["from"], upper=False) if "from" in self.options else None
            end = bound(self.options["to"], upper=True) if "to" in self.options else None
            return Selection(
                kinds=kinds,  # type: ignore[arg-type]  # Selection checks every kind
                tags=tuple(words(self.options.get("tag"))),
                start=start,
                end=end,
                involving=involving,
                roles=tuple(words(self.options.get("role"))),
                ids=chosen,
            )
        except SelectionError as error:
            warn("kzref: %s", Subtype.bad_filter, location, error)
            return None

    def _ids(self, option: str) -> tuple[str, ...] | None:
        """The ids an option names, or None (after a warning) if one is unknown."""
        view = self.view
        found = []
        for entity_id in words(self.options.get(option)):
            current = view.resolve(entity_id) if ID_RE.match(entity_id) else entity_id
            if view.face(current) is None:
                warn(
                    "kzref: :%s: names unknown id %r",
                    Subtype.unknown_id,
                    self.get_location(),
                    option,
                    entity_id,
                )
                return None
            if current != entity_id:
                warn(
                    "kzref: %s was retired; it now redirects to %s (cite the new id)",
                    Subtype.redirected_id,
                    self.get_location(),
                    entity_id,
                    current,
                )
            found.append(entity_id)
        return tuple(found)

    def spec(self, selection: Selection | None) -> SelectionSpec:
        """The directive's spec (subclasses add their options)."""
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        """Check the options now; leave a node whose spec is rendered when written."""
        node = pending_selection(spec=self.spec(self.selection()))
        self.set_source_info(node)
        return [node]


def drawn(tree: list[nodes.Node], view: View) -> list[nodes.Node]:
    """*tree* with each pending selection in it replaced by what it draws from *view*.

    What :class:`RenderSelections` does to a document, with one view for all:
    how a page made of parts (``kz:page``) is drawn whole outside a build.
    """
    out: list[nodes.Node] = []
    for node in tree:
        if isinstance(node, pending_selection):
            out += node["spec"].render(view)
            continue
        if isinstance(node, nodes.Element):
            for pending in list(node.findall(pending_selection)):
                pending.replace_self(pending["spec"].render(view))
        out.append(node)
    return out


class WritingView(View):
    """The view of a document being written: it also knows where each entity's page is.

    Pictures are raw SVG, not docutils references, so their links are made
    here: :meth:`href` is the URL of an entity's page relative to the page
    being written (read like a cross-reference: the face of the target).
    """

    __slots__ = ("app", "builder", "docname")

    def __init__(self, data: BuildData, keys: set[str], app: Sphinx, docname: str) -> None:
        super().__init__(data, keys)
        self.app = app
        self.builder: Builder = app.builder
        self.docname = docname

    def href(self, entity_id: str) -> str | None:
        """The URL of *entity_id*'s page from the page being written, or None if it has none."""
        self.face(entity_id)  # what a link to it shows, as the domain's resolver reads it
        found = self.page(entity_id)
        if found is None:
            return None
        docname, anchor = found
        uri = self.builder.get_relative_uri(self.docname, docname) if docname else ""
        return uri + f"#{anchor}" if anchor else uri or "#"


class RenderSelections(SphinxPostTransform):
    """Replace each pending selection by its output, before references are resolved."""

    default_priority = 5  # ReferencesResolver (10) then resolves the links inside

    def run(self, **kwargs: Any) -> None:
        data = build_data(self.env)
        keys = data.writing.setdefault(self.env.docname, set())
        # the application as Sphinx's own ReferencesResolver reaches it (``self.app``
        # is deprecated in Sphinx 9): sphinx/transforms/post_transforms/__init__.py
        app = self.env._app
        for node in list(self.document.findall(pending_selection)):
            view = WritingView(data, keys, app, self.env.docname)
            spec: SelectionSpec = node["spec"]
            node.replace_self(spec.render(view))
            for subtype, message in view.warnings:
                warn("kzref: %s", subtype, node, message)


def _skip(translator: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def setup_selections(app: Sphinx) -> None:
    """Register the node (skipped by any writer that meets one) and its post-transform."""
    skip = (_skip, None)
    app.add_node(pending_selection, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_post_transform(RenderSelections)
