"""The collector trick kzref uses, as a stand-alone extension for the plain baseline.

``plain+freeze`` is the plain site with this extension: Python's cyclic
garbage collector is paused while Sphinx loads its pickled environment, and
what has loaded by ``builder-inited`` is moved out of its reach with
:func:`gc.freeze` — what :mod:`kzref.sphinx.collector` does, without importing
kzref.  It tells how much of kzref's incremental advantage over plain Sphinx
is this trick rather than its dependency tracking.
"""

from __future__ import annotations

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


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _pause, priority=100)
    app.connect("builder-inited", _freeze, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
