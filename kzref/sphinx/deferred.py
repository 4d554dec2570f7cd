"""Selections (tables, timelines, graphs, notes) are rendered when pages are written.

While a document is read, a selection directive checks its options (warning
at its line), works out what its output depends on, and leaves a
:class:`pending_selection` node in the doctree.  When the document is
written, :class:`RenderSelections` renders it from the records as they are
then.  An edit of the records therefore re-*writes* the pages whose
selections it touches but re-reads none of them, the way sphinx-needs renders
its tables; the doctrees stay small, too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.transforms.post_transforms import SphinxPostTransform

from kzref.sphinx.warnings import quiet

if TYPE_CHECKING:
    from docutils.parsers.rst.states import RSTState, RSTStateMachine
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from kzref.sphinx.filters import FilteredDirective


class pending_selection(nodes.General, nodes.Element):  # docutils node naming
    """A selection directive's name, arguments, options and place, to render later."""


_DIRECTIVES: dict[str, type[FilteredDirective]] = {}


def register(name: str, directive: type[FilteredDirective]) -> None:
    """Make *directive* (``kz:<name>``) renderable from a pending node."""
    _DIRECTIVES[name] = directive


class _Document:
    def __init__(self, env: BuildEnvironment) -> None:
        self.settings = type("Settings", (), {"env": env})()


class _State:
    def __init__(self, env: BuildEnvironment) -> None:
        self.document = _Document(env)


class _StateMachine:
    reporter = None  # warnings go through kzref's logger, which is quiet here

    def __init__(self, source: str, line: int) -> None:
        self.where = (source, line)

    def get_source_and_line(self, lineno: int | None = None) -> tuple[str, int]:
        return self.where


def render(node: pending_selection, env: BuildEnvironment) -> list[nodes.Node]:
    """The output of the directive *node* stands for, from the current records."""
    directive = _DIRECTIVES[node["directive"]](
        f"kz:{node['directive']}",
        list(node["arguments"]),
        dict(node["options"]),
        StringList(),
        node["lineno"],
        0,
        "",
        cast("RSTState", _State(env)),  # the directive reads only state.document.settings.env
        cast("RSTStateMachine", _StateMachine(node["source"], node["lineno"])),
    )
    with quiet():  # every warning was given when the document was read
        return directive.render()


class RenderSelections(SphinxPostTransform):
    """Replace each pending selection by its output, before references are resolved."""

    default_priority = 5  # ReferencesResolver (10) then resolves the links inside

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(pending_selection)):
            node.replace_self(render(node, self.env))


def _skip(translator: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def setup_deferred(app: Sphinx) -> None:
    """Register the node (skipped by any writer that meets one) and the post-transform."""
    skip = (_skip, None)
    app.add_node(pending_selection, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_post_transform(RenderSelections)
