"""Minimal, correct incremental builds.

At the start of a build the records are loaded and hashed per entity.  Each
document notes which entities it shows (``*kind`` for a filtered directive).
Documents that show an entity whose hash changed — and only those — are
re-read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kzref.sphinx import pages
from kzref.sphinx.state import current, start_build

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def on_builder_inited(app: Sphinx) -> None:
    """Load the records and (re)generate the page files that changed."""
    data = start_build(app)
    if app.config.kzref_generate_pages:
        pages.generate(data.dataset, Path(app.srcdir) / app.config.kzref_pages_dir)


def changed_ids(old: dict[str, str], new: dict[str, str]) -> set[str]:
    """Ids added, removed or edited between two hash maps, with their kinds as ``*kind``."""
    changed = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
    return changed | {f"*{i.partition(':')[0]}" for i in changed}


def on_env_get_outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Documents to re-read because entities they show have changed."""
    domain_data = env.domaindata["kz"]
    new = current().hashes
    edited = changed_ids(domain_data.get("hashes", {}), new)
    domain_data["hashes"] = dict(new)
    if not edited:
        return []
    return sorted(
        docname
        for docname, shown in domain_data["shows"].items()
        if shown & edited and docname in env.found_docs and docname not in changed
    )
