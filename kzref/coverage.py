"""Which sentences of the source no evidence touches.

A sentence counts as covered when an evidence excerpt or an attributed quote
from its section overlaps it.  The sentences left uncovered are listed, with
the reason each carries no fact, in ``kzref/data/uncovered.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kzref import source
from kzref.model.evidence import Evidence, Quote
from kzref.model.ids import walk
from kzref.store import Dataset, build, bundled_root

UNCOVERED = "uncovered.json"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the source, located by section and character span."""

    section: str
    start: int
    end: int
    text: str


def all_sentences(sections: dict[str, source.Section]) -> list[Sentence]:
    """Every sentence of the article, in order, with its span in its section body."""
    found = []
    for path, section in sections.items():
        cursor = 0
        for text in source.sentences(section.body):
            start = section.body.index(text, cursor)
            cursor = start + len(text)
            found.append(Sentence(path, start, cursor, text))
    return found


def evidence_spans(
    dataset: Dataset, sections: dict[str, source.Section]
) -> dict[str, list[tuple[int, int]]]:
    """Character spans, per section, that some evidence or quote covers."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for _file, _label, record in dataset.records():
        for _field, value in walk(record):
            if isinstance(value, Evidence | Quote):
                text = value.quote if isinstance(value, Evidence) else value.text
                body = sections.get(value.section, source.Section("", 0, 0, "")).body
                start = body.find(text)
                while start != -1:
                    spans.setdefault(value.section, []).append((start, start + len(text)))
                    start = body.find(text, start + 1)
    return spans


def uncovered(dataset: Dataset, sections: dict[str, source.Section]) -> list[Sentence]:
    """The sentences no evidence excerpt or quote overlaps."""
    spans = evidence_spans(dataset, sections)
    return [
        s
        for s in all_sentences(sections)
        if not any(a < s.end and s.start < b for a, b in spans.get(s.section, []))
    ]


def explained() -> list[dict[str, str]]:
    """The committed list of uncovered sentences with the reason each carries no fact."""
    path = resources.files("kzref") / "data" / UNCOVERED
    if not path.is_file():
        return []
    data: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def report(argv: list[str] | None = None, prog: str = "python -m kzref.maintain.coverage") -> int:
    """Print the sentences no evidence touches, then the share covered (a command's body)."""
    import argparse

    parser = argparse.ArgumentParser(prog=prog)
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


def main(argv: list[str] | None = None) -> int:
    """Deprecated entry point: ``python -m kzref.maintain.coverage`` prints the report."""
    import warnings

    warnings.warn(
        "python -m kzref.coverage moved to python -m kzref.maintain.coverage",
        DeprecationWarning,
        stacklevel=2,
    )
    return report(argv, "python -m kzref.coverage")


if __name__ == "__main__":
    raise SystemExit(main())
