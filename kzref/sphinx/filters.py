"""Directive options that select entities: typed, validated, never evaluated."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from kzref.model.entities import EntityBase
from kzref.model.ids import ID_RE, KINDS
from kzref.select import Selection, SelectionError, bound
from kzref.sphinx.deferred import pending_selection
from kzref.sphinx.digests import link_keys
from kzref.sphinx.state import current
from kzref.sphinx.warnings import Subtype, warn

if TYPE_CHECKING:
    from kzref.model.ids import Kind


def _words(argument: str | None) -> list[str]:
    return [w for w in (argument or "").replace(",", " ").split() if w]


class FilteredDirective(SphinxDirective):
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
    grain = ""
    """What of each candidate the output shows: ``""`` the whole record, ``"%"`` its shape
    (see :mod:`kzref.sphinx.digests`)."""

    def selection(self) -> Selection | None:
        """The selection the options describe, or None (after a warning) if they are bad."""
        kinds = tuple(_words(self.options.get("kind"))) or self.default_kinds
        involving, chosen = self._ids("involving"), self._ids("ids")
        if involving is None or chosen is None:
            return None
        try:
            start = bound(self.options["from"], upper=False) if "from" in self.options else None
            end = bound(self.options["to"], upper=True) if "to" in self.options else None
            return Selection(
                kinds=kinds,  # type: ignore[arg-type]  # Selection checks every kind
                tags=tuple(_words(self.options.get("tag"))),
                start=start,
                end=end,
                involving=involving,
                roles=tuple(_words(self.options.get("role"))),
                ids=chosen,
            )
        except SelectionError as error:
            warn("kzref: %s", Subtype.bad_filter, self.get_location(), error)
            return None

    def _ids(self, option: str) -> tuple[str, ...] | None:
        """The current ids an option names, or None (after a warning) if one is unknown."""
        data = current().dataset
        found = []
        for entity_id in _words(self.options.get(option)):
            self.named.add(entity_id)
            resolved = data.resolve(entity_id) if ID_RE.match(entity_id) else entity_id
            if resolved not in data.entities:
                warn(
                    "kzref: :%s: names unknown id %r",
                    Subtype.unknown_id,
                    self.get_location(),
                    option,
                    entity_id,
                )
                return None
            found.append(resolved)
        return tuple(found)

    @property
    def named(self) -> set[str]:
        """Every id the options name (found or not)."""
        return self.__dict__.setdefault("_named", set())  # type: ignore[no-any-return]

    @property
    def depends(self) -> set[str]:
        """Keys the rendered output depends on, beyond its links."""
        return self.__dict__.setdefault("_depends", set())  # type: ignore[no-any-return]

    def selected(self) -> list[EntityBase]:
        """The selected entities, from the records as they are now."""
        selection = self.selection()
        if selection is None:
            return []
        data = current()
        # any record of a selected kind may join, leave or change a row; ties to
        # ``involving`` ids may also be recorded on those ids' own records
        kinds = selection.kinds or KINDS
        self.depends.update({f"{self.grain}*{k}" for k in kinds})
        self.depends.update(f"{self.grain}{i}" for i in selection.involving)
        return list(selection.apply(data.dataset, data.links))

    def render(self) -> list[nodes.Node]:
        """The directive's output, from the records as they are now."""
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        """Check the options and note dependencies now; leave the rendering to write time.

        The output is rendered here too (and dropped): that is what gives
        warnings at the directive's line and tells which kinds its links show.
        """
        out = self.render()
        linked = {key.partition(":")[0][1:] for key in link_keys(out)}  # "~org:x" → "org"
        domain = self.env.domains["kz"]
        docname = self.env.docname
        # re-read if an id the options name comes or goes (to warn again, or stop)
        domain.note_shows(docname, {f"~{i}" for i in self.named})  # type: ignore[attr-defined]
        domain.note_renders(docname, self.depends | {f"~*{k}" for k in linked})  # type: ignore[attr-defined]
        source, line = self.get_source_info()
        node = pending_selection(
            directive=self.name.partition(":")[2] or self.name,
            arguments=list(self.arguments),
            options=dict(self.options),
            source=source,
            lineno=line or self.lineno,
        )
        self.set_source_info(node)
        return [node]
