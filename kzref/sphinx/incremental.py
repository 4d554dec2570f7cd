"""Minimal, correct incremental builds.

At the start of a build the records are loaded and digested (see
:mod:`kzref.sphinx.digests`).  Each document notes the keys it shows: an
entity's page its ``@id``, a link only the ``~id`` of its target, a filtered
directive ``*kind``.  Documents that show a changed key — and only those — are
re-read; pages whose selections changed (see :mod:`kzref.sphinx.deferred`)
are re-written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kzref.sphinx import digests, pages
from kzref.sphinx.state import current, start_build

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def on_builder_inited(app: Sphinx) -> None:
    """Load the records and (re)generate the page files that changed.

    The cyclic garbage collector is paused meanwhile (see
    :mod:`kzref.sphinx.collector`).
    """
    data = start_build(app)
    if app.config.kzref_generate_pages:
        pages.generate(data.dataset, Path(app.srcdir) / app.config.kzref_pages_dir)


def on_env_get_outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Documents to re-read because something they show has changed."""
    domain_data = env.domaindata["kz"]
    new = current().hashes
    reread = digests.changed(domain_data.get("hashes", {}), new)
    domain_data["hashes"] = dict(new)
    _changed[:] = [reread]
    if not reread:
        return []
    return sorted(
        docname
        for docname, shown in domain_data["shows"].items()
        if not shown.isdisjoint(reread) and docname in env.found_docs and docname not in changed
    )


_changed: list[set[str]] = [set()]
"""The keys the running build found changed (set while reading, used before writing)."""


def on_env_get_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Documents to re-write, not re-read: selections whose entities changed."""
    changed = _changed[0]
    if not changed:
        return []
    return sorted(
        docname
        for docname, keys in env.domaindata["kz"]["renders"].items()
        if not keys.isdisjoint(changed) and docname in env.found_docs
    )
