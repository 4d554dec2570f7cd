"""The garbage collector during a build: paused while the environment loads, then frozen."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kzref.sphinx import collector


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    """Whatever a test does, the process's collector is as it was afterwards."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    collector._state.update(paused=False, froze=False)
    (gc.enable if enabled else gc.disable)()


APP: Any = None  # the hooks do not look at the application


def test_a_build_pauses_then_freezes_what_it_loaded() -> None:
    gc.enable()
    collector.pause(APP, APP)
    assert not gc.isenabled()  # while the environment and the records load
    loaded: list[list[int]] = [[] for _ in range(3)]  # lists: the collector tracks them
    collector.freeze(APP)
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(loaded)
    collector.pause(APP, APP)  # the next build hands the frozen objects back first
    assert gc.get_freeze_count() == 0
    collector.freeze(APP)


def test_a_collector_switched_off_stays_off() -> None:
    gc.disable()
    collector.pause(APP, APP)
    collector.freeze(APP)
    assert not gc.isenabled()
    collector.resume(APP, None)
    assert not gc.isenabled()


def test_objects_frozen_by_the_process_are_left_to_it() -> None:
    gc.freeze()
    theirs = gc.get_freeze_count()
    collector.pause(APP, APP)
    assert gc.get_freeze_count() == theirs  # not ours to unfreeze
    [object() for _ in range(3)]
    collector.freeze(APP)
    assert gc.get_freeze_count() == theirs  # nor to add to
    assert gc.isenabled()


def test_a_failed_build_collects_again() -> None:
    gc.enable()
    collector.pause(APP, APP)  # builder-inited never completed
    collector.resume(APP, RuntimeError("the build failed"))
    assert gc.isenabled()


def test_a_real_build_ends_collecting(make_app: Any, rootdir: Path, tmp_path: Path) -> None:
    gc.enable()
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-basic", srcdir)
    app = make_app("html", srcdir=srcdir)  # paused, loaded, frozen: all in Sphinx's __init__
    assert gc.isenabled()
    assert collector._state["froze"]
    app.build()
    app.cleanup()
    assert gc.isenabled()
    assert collector._state["froze"]


def test_what_the_interpreter_starts_with_frozen_does_not_turn_freezing_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gc.freeze()  # stands for the permanent generation CPython 3.12.0/3.12.1 start with
    monkeypatch.setattr(collector, "_INHERITED", gc.get_freeze_count())
    gc.enable()
    collector.pause(APP, APP)
    before = gc.get_freeze_count()
    loaded: list[list[int]] = [[] for _ in range(3)]  # lists: the collector tracks them
    collector.freeze(APP)
    assert collector._state["froze"]
    assert gc.get_freeze_count() >= before + len(loaded)
