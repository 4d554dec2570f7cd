"""The tricks kzref uses that any project could, as a stand-alone extension.

``plain+freeze`` is the plain site with this extension:

- Python's cyclic garbage collector is paused while Sphinx loads its pickled
  environment, and what has loaded by ``builder-inited`` is moved out of its
  reach with :func:`gc.freeze` — what :mod:`kzref.sphinx.collector` does;
- the search index stems each word once per build, not once per page — what
  :func:`kzref.sphinx.search.share_stems` does;

both without importing kzref.  It tells how much of kzref's advantage over
plain Sphinx is these tricks rather than its own work.
"""

from __future__ import annotations

import functools
import gc
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config


def _pause(app: Sphinx, config: Config) -> None:
    gc.disable()


def _freeze(app: Sphinx) -> None:
    gc.freeze()
    gc.enable()


def _share_stems(app: Sphinx, doctree: object, docname: str) -> None:
    language = getattr(getattr(app.builder, "indexer", None), "lang", None)
    stem = getattr(language, "stem", None)
    if stem is not None and not hasattr(stem, "cache_info"):
        language.stem = functools.lru_cache(maxsize=2**16)(stem)  # type: ignore[union-attr]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _pause, priority=100)
    app.connect("builder-inited", _freeze, priority=900)
    app.connect("doctree-resolved", _share_stems)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
