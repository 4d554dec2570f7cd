"""``python -m kzref``: the same as the ``kzref`` command."""

from __future__ import annotations

from kzref.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
