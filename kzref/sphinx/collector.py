"""Keep Python's cyclic garbage collector off the long-lived data of a build.

An incremental build starts by unpickling the whole environment, and kzref
then loads its records: hundreds of thousands of objects that live until the
build ends.  Each full collection walks all of them again; with 4,000
entities, the collections during the build and the one when the process exits
cost more than the re-reading and re-writing the build was for.

So the collector is paused from ``config-inited`` (just before Sphinx loads
the environment) to the end of ``builder-inited``, and what is loaded by then
is moved out of its reach with :func:`gc.freeze`.  Objects made later
(doctrees, output) are collected as usual.  The frozen objects are handed back
with :func:`gc.unfreeze` when the next build in the same process starts, so a
process that runs many builds (a test suite) holds at most one build's worth;
``sphinx-build`` simply exits without walking them.  A fresh build freezes
little: its environment is still empty at ``builder-inited``.  A collector
that was switched off before the build is left off, and so is a process
that froze objects itself before the build; one that freezes objects after a
build sees them handed back by the next build.

CPython 3.12.0 and 3.12.1 start with objects already in the permanent
generation (``gc.get_freeze_count()`` is 375 in a bare 3.12.1).  What the
generation holds when this module is imported counts as the interpreter's, not
the process's: kzref freezes on top of it, and may hand it back with its own
(harmless: unfreezing only lets the collector see those objects again).  The
one case this misreads is a process that froze objects before it imported the
extension: kzref then treats them as inherited and hands them back too.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

_state = {"paused": False, "froze": False}
_INHERITED = gc.get_freeze_count()  # what the interpreter started with (see above)


def pause(app: Sphinx, config: Config) -> None:
    """Before the environment loads: hand back the last build's objects, stop collecting."""
    if _state["froze"]:
        gc.unfreeze()
        _state["froze"] = False
    if gc.isenabled():
        gc.disable()
        _state["paused"] = True


def freeze(app: Sphinx) -> None:
    """After the environment and the records have loaded: exempt them, collect again.

    A process that froze objects itself (a pre-forking server, say) manages
    the permanent generation; it is left to do so.
    """
    if gc.get_freeze_count() <= _INHERITED:
        gc.freeze()
        _state["froze"] = True
    resume(app, None)


def resume(app: Sphinx, exception: Exception | None) -> None:
    """Collect again if this build paused collecting (and has not resumed it yet)."""
    if _state["paused"]:
        _state["paused"] = False
        gc.enable()


def setup_collector(app: Sphinx) -> None:
    """Pause early at config-inited, freeze late at builder-inited (after the records)."""
    app.connect("config-inited", pause, priority=100)
    app.connect("builder-inited", freeze, priority=900)
    app.connect("build-finished", resume)  # in case builder-inited never completed
