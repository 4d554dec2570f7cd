"""Write the codebook page (``docs/reference/codebook.md``) of a source checkout.

``python -m kzref.maintain.codebook`` after a data edit; a test fails while the
committed page differs from :func:`kzref.codebook.render`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kzref.codebook import PAGE, write_page


def repo_root() -> Path:
    """The source checkout that holds ``docs/`` (the package's parent folder)."""
    return Path(__file__).resolve().parent.parent.parent


def main(argv: Iterable[str] | None = None) -> int:
    """Write the codebook page into the docs of the source checkout (when it changed)."""
    if write_page(repo_root()):
        print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
