"""kzref as a Sphinx extension: the ``kz`` domain, directives and generated pages.

``extensions = ["kzref.sphinx"]`` in ``conf.py``.  The only package of kzref
that imports Sphinx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzref._version import __version__
from kzref.sphinx.collector import setup_collector
from kzref.sphinx.config import setup_config
from kzref.sphinx.deferred import register, setup_deferred
from kzref.sphinx.directives.graph import GraphDirective
from kzref.sphinx.directives.notes import NotesDirective
from kzref.sphinx.directives.table import TableDirective
from kzref.sphinx.directives.timeline import TimelineDirective
from kzref.sphinx.domain import KzDomain
from kzref.sphinx.incremental import (
    on_builder_inited,
    on_env_get_outdated,
    on_env_get_updated,
)
from kzref.sphinx.output import on_build_finished

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

ENV_VERSION = 5
"""Bump when the shape of the domain's environment data changes."""


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the domain, its directives, configuration and build hooks."""
    setup_config(app)
    setup_collector(app)
    app.add_domain(KzDomain)
    setup_deferred(app)
    for name, directive in (
        ("table", TableDirective),
        ("timeline", TimelineDirective),
        ("graph", GraphDirective),
        ("notes", NotesDirective),
    ):
        register(name, directive)
    app.add_css_file("kzref.css")
    app.connect("config-inited", _add_static_path)
    app.connect("builder-inited", on_builder_inited)
    app.connect("env-get-outdated", on_env_get_outdated)
    app.connect("env-get-updated", on_env_get_updated)
    app.connect("build-finished", on_build_finished)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def _add_static_path(app: Sphinx, config: object) -> None:
    from pathlib import Path

    static = str(Path(__file__).parent / "static")
    if static not in app.config.html_static_path:
        app.config.html_static_path.append(static)
