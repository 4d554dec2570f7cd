"""A tiny Sphinx extension loaded by every benchmark site: it records how many
documents each build reads, so incremental builds can be compared by what they re-read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

READ_FILE = "bench-read.txt"


def _note_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    (Path(app.doctreedir) / READ_FILE).write_text(f"{len(docnames)}\n", encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("env-before-read-docs", _note_read)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
