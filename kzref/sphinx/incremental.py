"""Minimal, correct incremental builds, keyed on what was actually read.

Two records say what a document's output was made from, each a set of
dependency keys with one digest over their values (:mod:`kzref.sphinx.view`):

* **read**: what its directives and roles read while it was read (a
  ``kz:page``, a card, a role's name and target).  Kept in the environment,
  which Sphinx saves together with the doctrees it describes.  A document
  whose read record no longer matches the records is re-read.
* **written**: what its output read when it was last written — the read
  record's keys, plus what its selections and resolved references read.
  Kept beside the doctrees (``kzref-written-<builder>.pickle``), and updated
  only when a build finishes: an interrupted build leaves the previous record
  in place, so the next build re-writes whatever it had not finished.  A
  document whose written record no longer matches, or that has none, is
  re-written.

Neither record is a model of what renderers read: both are the reads
themselves.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import TYPE_CHECKING

from kzref.model.ids import KINDS
from kzref.sphinx.checks import check_build_data
from kzref.sphinx.domain import forget_index_targets
from kzref.sphinx.pages import MANIFEST, generate, remove_generated
from kzref.sphinx.state import OUTPUT_CONFIG, BuildData, build_data, keep, make_data
from kzref.sphinx.view import View, combined, is_current

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

Record = tuple[tuple[str, ...], str]
_WRITTEN = "kzref-written-{builder}.pickle"
_PAGES_DIR = "kzref-pages-dir.txt"


def _written_path(app: Sphinx) -> Path:
    return Path(app.doctreedir) / _WRITTEN.format(builder=app.builder.name)


def _load_written(app: Sphinx) -> dict[str, Record]:
    try:
        with _written_path(app).open("rb") as file:
            found = pickle.load(file)  # our own file, beside Sphinx's own pickles
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def start_build(app: Sphinx) -> BuildData:
    """Load and check the configured records; keep them on the environment for this build."""
    folder: str = app.config.kzref_data_path
    root = (Path(app.confdir) / folder).resolve() if folder else None
    dataset = check_build_data(root, app.config)
    config = {name: getattr(app.config, name, None) for name in OUTPUT_CONFIG}
    data = make_data(dataset, config)
    if not app.config.kzref_generate_pages:
        data.remote = remote_names(app.env)
    data.pages = app.env.domaindata["kz"]["objects"]  # the domain's own dict, as it fills
    keep(app.env, data)
    return data


def remote_names(env: BuildEnvironment) -> dict[str, str]:
    """Every kzref id the intersphinx inventories list, with its display name.

    Read once per build (the inventories are loaded at ``builder-inited``, before
    kzref's handler runs), and through the view, so a role whose name came from
    an inventory is read again when the inventory changes.
    """
    inventory = getattr(env, "intersphinx_inventory", None) or {}
    found: dict[str, str] = {}
    for kind in KINDS:
        for entity_id, item in sorted(inventory.get(f"kz:{kind}", {}).items()):
            name = getattr(item, "display_name", None)  # Sphinx >= 8.2: a named tuple
            found[entity_id] = str(name if name is not None else item[3])
    return found


def on_builder_inited(app: Sphinx) -> None:
    """Load and check the records and (re)generate the page files that changed.

    The cyclic garbage collector is paused meanwhile (see
    :mod:`kzref.sphinx.collector`).
    """
    data = start_build(app)
    folder = None
    if app.config.kzref_generate_pages:
        folder = Path(app.srcdir) / app.config.kzref_pages_dir
    _forget_old_folder(app, folder)
    if folder is not None:
        generate(data.dataset, folder)
    else:
        forget_index_targets(app.env)


def _forget_old_folder(app: Sphinx, folder: Path | None) -> None:
    """Remove the pages generated for an earlier configuration.

    After ``kzref_pages_dir`` changes, or ``kzref_generate_pages`` is turned
    off, the files generated before would otherwise stay in the source folder
    and be built as a second (or unwanted) set of entity pages.  The folder
    last generated into is noted beside the doctrees.
    """
    marker = Path(app.doctreedir) / _PAGES_DIR
    try:
        old: Path | None = Path(marker.read_text(encoding="utf-8"))
    except OSError:
        old = None
    if old is not None and old != folder and (old / MANIFEST).is_file():
        remove_generated(old)
    if folder is None:
        marker.unlink(missing_ok=True)
    elif old != folder:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(str(folder), encoding="utf-8")


def on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    """Keep what reading this document read."""
    env = app.env
    data = build_data(env)
    keys = data.reading.pop(env.docname, None)
    domain = env.domains["kz"]
    domain.note_read(env.docname, combined(data, keys) if keys else None)  # type: ignore[attr-defined]


def on_env_get_outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Documents to re-read: what they read when last read is not what the records say now."""
    data = build_data(env)
    reads: dict[str, Record] = env.domaindata["kz"]["reads"]
    return sorted(
        docname
        for docname, record in reads.items()
        if docname in env.found_docs and docname not in changed and not is_current(data, record)
    )


def on_env_get_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Documents to re-write: their output read something that has changed since."""
    data = build_data(env)
    written = _load_written(app)
    # every page, not only those that read records: each links the non-empty indices
    return sorted(d for d in env.found_docs if not is_current(data, written.get(d)))


def on_doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Note what this document's output read; kept once the build has finished."""
    data = build_data(app.env)
    keys = data.writing.pop(docname, set())
    View(data, keys).index_kinds()  # every page's navigation links the non-empty indices
    read = app.env.domaindata["kz"]["reads"].get(docname)
    if read is not None:
        keys.update(read[0])
    if keys:
        data.written[docname] = combined(data, keys)
    else:
        data.written[docname] = ((), "")


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    """Keep the written records of this build's output (only if the build succeeded)."""
    if exception is not None:
        return
    try:
        data = build_data(app.env)
    except RuntimeError:
        return
    if not data.written:
        return
    written = _load_written(app)
    for docname, record in data.written.items():
        if record[0]:
            written[docname] = record
        else:
            written.pop(docname, None)
    found = app.env.found_docs
    written = {doc: record for doc, record in sorted(written.items()) if doc in found}
    path = _written_path(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as file:
        pickle.dump(written, file, pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)  # never half a file, whenever the process stops
