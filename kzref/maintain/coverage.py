"""Print which sentences of the article no evidence excerpt touches.

``python -m kzref.maintain.coverage [FOLDER] [--section PREFIX]``; the library
side (:func:`kzref.coverage.uncovered`) is what the tests hold at 100 %.
"""

from __future__ import annotations

from pathlib import Path

from kzref import source
from kzref.coverage import all_sentences, uncovered
from kzref.store import build, bundled_root


def main(argv: list[str] | None = None) -> int:
    """Print the uncovered sentences, then the share covered."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kzref.maintain.coverage")
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--section", default="", help="only sections whose path starts with this")
    args = parser.parse_args(argv)
    dataset, _problems = build(args.folder if args.folder else bundled_root())
    sections = {p: s for p, s in source.sections().items() if p.startswith(args.section)}
    total = all_sentences(sections)
    missing = uncovered(dataset, sections)
    for sentence in missing:
        print(f"[{sentence.section}] {sentence.text}")
    covered = len(total) - len(missing)
    share = covered / len(total) if total else 1.0
    print(f"coverage: {covered}/{len(total)} sentences ({share:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
