"""Print which sentences of the article no evidence excerpt touches.

``python -m kzref.maintain.coverage [FOLDER] [--section PREFIX]``; the library
side (:func:`kzref.coverage.uncovered`) is what the tests hold at 100 %.
"""

from __future__ import annotations

from kzref.coverage import report


def main(argv: list[str] | None = None) -> int:
    """Print the uncovered sentences, then the share covered."""
    return report(argv)


if __name__ == "__main__":
    raise SystemExit(main())
