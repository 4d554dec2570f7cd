"""kzref as a Sphinx extension: the ``kz`` domain, directives and generated pages.

``extensions = ["kzref.sphinx"]`` in ``conf.py``.  The only package of kzref
that imports Sphinx.  :func:`setup` is the one place that registers anything:
the domain, its roles and directives, nodes, transforms and event handlers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzref._version import __version__
from kzref.model.ids import KINDS
from kzref.sphinx import incremental, search
from kzref.sphinx.accessibility import setup_accessibility
from kzref.sphinx.collector import setup_collector
from kzref.sphinx.config import setup_config
from kzref.sphinx.directives.config_table import ConfigDirective
from kzref.sphinx.directives.entity import EntityDirective
from kzref.sphinx.directives.evidence_map import setup_evidence_map
from kzref.sphinx.directives.graph import GraphDirective
from kzref.sphinx.directives.notes import NotesDirective
from kzref.sphinx.directives.overview import DownloadsDirective, OverviewDirective, write_files
from kzref.sphinx.directives.page import PageDirective, kz_downloads, write_downloads
from kzref.sphinx.directives.table import TableDirective
from kzref.sphinx.directives.timeline import TimelineDirective
from kzref.sphinx.domain import KzDomain, cite_only_reference, missing_index
from kzref.sphinx.output import on_build_finished
from kzref.sphinx.roles import EntityRole
from kzref.sphinx.selection import setup_selections

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

ENV_VERSION = 6
"""Bump when the shape of the domain's environment data changes."""


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the domain, its roles and directives, configuration and build hooks."""
    setup_config(app)
    setup_collector(app)
    app.add_domain(KzDomain)
    for role in (*KINDS, "ref"):
        app.add_role_to_domain("kz", role, EntityRole())
    for name, directive in (
        ("page", PageDirective),
        ("entity", EntityDirective),
        ("table", TableDirective),
        ("timeline", TimelineDirective),
        ("graph", GraphDirective),
        ("notes", NotesDirective),
        ("config", ConfigDirective),
        ("overview", OverviewDirective),
        ("downloads", DownloadsDirective),
    ):
        app.add_directive_to_domain("kz", name, directive)
    setup_selections(app)
    setup_evidence_map(app)
    setup_accessibility(app)
    skip = (_skip, None)
    app.add_node(kz_downloads, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.connect("doctree-resolved", write_downloads)
    app.add_css_file("kzref.css")
    app.add_css_file("vendor/simple-datatables/simple-datatables.css")
    app.add_css_file("kz-pictures.css")
    app.add_js_file("vendor/simple-datatables/simple-datatables.js", loading_method="defer")
    app.add_js_file("kz-tables.js", loading_method="defer")
    app.add_js_file("kz-copy.js", loading_method="defer")
    app.connect("config-inited", _add_static_path)
    # after intersphinx has loaded its inventories (500), before the collector freezes (900)
    app.connect("builder-inited", incremental.on_builder_inited, priority=800)
    app.connect("doctree-read", incremental.on_doctree_read)
    app.connect("env-get-outdated", incremental.on_env_get_outdated)
    app.connect("env-get-updated", incremental.on_env_get_updated)
    app.connect("doctree-resolved", incremental.on_doctree_resolved)
    app.connect("doctree-resolved", search.share_stems)
    app.connect("html-page-context", search.on_html_page_context)
    app.connect("missing-reference", missing_index)
    app.connect("missing-reference", cite_only_reference, priority=400)  # before intersphinx
    app.connect("build-finished", on_build_finished)
    app.connect("build-finished", write_files)
    app.connect("build-finished", incremental.on_build_finished)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def _skip(translator: object, node: object) -> None:
    from docutils import nodes

    raise nodes.SkipNode


def _add_static_path(app: Sphinx, config: object) -> None:
    from pathlib import Path

    static = str(Path(__file__).parent / "static")
    if static not in app.config.html_static_path:
        app.config.html_static_path.append(static)
