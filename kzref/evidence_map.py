"""The article with its evidence laid over it: what each stretch of text is cited by.

The source article is cut into its sections, each section into paragraphs (its
lines), and each paragraph into *runs*: stretches of text inside which the set
of citing excerpts does not change.  Runs are split at every boundary of every
excerpt, so excerpts that overlap — the name of an organization inside a longer
excerpt another record quotes — are both kept, and a run lists every excerpt
covering it.

What counts as cited is exactly the statements table (:mod:`kzref.statements`):
every evidence excerpt, attributed quotation, date and figure wording of the
dataset, at the offsets that table gives (``article[start:end] == quote``;
offsets are never computed a second way here).  A sentence (split as
:mod:`kzref.coverage` splits them) that no excerpt touches is *uncited*, with
the reason the data folder's ``uncovered.json`` gives for it, if any.

Each citing record gets a stable anchor per excerpt, made of the record's id
and the excerpt's offsets (``ev-org-hizb-ut-tahrir-2051-2116``), so a link to
it survives any rebuild and any edit elsewhere in the data.

This module is pure library: no Sphinx.  ``kz:evidence-map``
(:mod:`kzref.sphinx.directives.evidence_map`) renders it.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kzref import source
from kzref.statements import PROPERTIES, Statement

if TYPE_CHECKING:
    from kzref.formats.release import Release
    from kzref.store import Dataset

TIE_PROPERTIES = ("relation", "designation")
"""Facts that are records of their own (a relation, a designation), not of the entity."""


@dataclass(frozen=True, slots=True)
class Citation:
    """One record quoting one excerpt, and which of its facts rest on it."""

    record: str
    """The record: an entity id, or ``relation <subject> <predicate> <object>``,
    ``designation <subject> <action>`` for the records that tie entities."""
    entity_id: str
    """The entity whose page shows the fact (a tie's subject)."""
    other_id: str | None
    """The other entity a tie names (its object, the designating authority)."""
    properties: tuple[str, ...]
    """The facts, in :data:`kzref.statements.PROPERTIES` order: ``evidence``, ``name`` …"""
    anchor: str
    """This record's anchor at this excerpt: stable across builds and edits elsewhere."""


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One distinct stretch of the article some record quotes, with every record quoting it."""

    start: int
    end: int
    section: str
    quote: str
    citations: tuple[Citation, ...]
    """Sorted by record."""

    @property
    def key(self) -> str:
        """The excerpt's own name in a page: ``x<start>-<end>``."""
        return f"x{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a paragraph inside which the citing excerpts do not change."""

    start: int
    end: int
    text: str
    excerpts: tuple[int, ...]
    """Indexes (into :attr:`EvidenceMap.excerpts`) of the excerpts covering the run."""
    opens: tuple[int, ...]
    """Excerpts that begin at this run (their anchors go here)."""
    closes: tuple[int, ...]
    """Excerpts that end with this run in this paragraph (or run on past its end)."""
    uncited: int | None
    """Index into the section's :attr:`SectionMap.uncited` if the run is in an uncited sentence."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (a line of the article), as runs."""

    start: int
    end: int
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        """The paragraph's text, exactly as the article has it."""
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Uncited:
    """A sentence no record cites, and why (``None``: the data folder gives no reason)."""

    start: int
    end: int
    text: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class SectionMap:
    """One section of the article: its paragraphs, and how much of it is cited."""

    path: str
    level: int
    """1 for the lead, 2 for ``==`` headings, 3 for ``===`` …"""
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]
    uncited: tuple[Uncited, ...]
    characters: int
    """Characters of text (paragraphs, without line breaks)."""
    cited: int
    """Of those, how many at least one excerpt covers."""
    records: tuple[str, ...]
    """Every record citing some of the section, sorted."""
    excerpts: int
    """How many distinct excerpts lie in the section."""

    @property
    def title(self) -> str:
        """The section's own heading (the last part of its path)."""
        return self.path.rpartition(source.SEPARATOR)[2]

    @property
    def share(self) -> float:
        """The share of the section's characters that some excerpt covers."""
        return self.cited / self.characters if self.characters else 1.0


@dataclass(frozen=True, slots=True)
class EvidenceMap:
    """The whole article, section by section, with every excerpt of the dataset placed."""

    title: str
    sha256: str
    sections: tuple[SectionMap, ...]
    excerpts: tuple[Excerpt, ...]
    """Sorted by start, then end."""

    def section(self, path: str) -> SectionMap | None:
        """The section with heading path *path*, or None."""
        return next((s for s in self.sections if s.path == path), None)

    def within(self, path: str) -> tuple[SectionMap, ...]:
        """The section *path* and its subsections, in article order."""
        prefix = path + source.SEPARATOR
        return tuple(s for s in self.sections if s.path == path or s.path.startswith(prefix))

    def targets(self) -> dict[str, str]:
        """For each entity's evidence excerpt, its :func:`target` → the anchor of its highlight."""
        found: dict[str, str] = {}
        for excerpt in self.excerpts:
            for citation in excerpt.citations:
                if "evidence" in citation.properties and citation.record == citation.entity_id:
                    key = target(citation.entity_id, excerpt.section, excerpt.quote)
                    found.setdefault(key, citation.anchor)
        return found

    @property
    def characters(self) -> int:
        """Characters of text in the whole article."""
        return sum(s.characters for s in self.sections)

    @property
    def cited(self) -> int:
        """Characters some excerpt covers, in the whole article."""
        return sum(s.cited for s in self.sections)


def slug(text: str) -> str:
    """Lowercase ASCII letters and digits joined by ``-``: safe in an HTML id and a URL."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def anchor(record: str, start: int, end: int) -> str:
    """The anchor of *record*'s excerpt at ``start``–``end``: ``ev-<record>-<start>-<end>``.

    Made from the record's id and the excerpt's offsets only, never from the
    order records are read in, so it is the same in every build.
    """
    return f"ev-{slug(record)}-{start}-{end}"


def target(entity_id: str, section: str, quote: str) -> str:
    """The name an entity page's excerpt links to, known without the article.

    An entity page knows the excerpt's section and words but not its offsets;
    the map knows both and registers this name for the excerpt's anchor.
    """
    digest = hashlib.blake2b(
        "\0".join((entity_id, section, quote)).encode(), digest_size=10
    ).hexdigest()
    return f"kz-evidence-{digest}"


def record_of(statement: Statement) -> str:
    """The record a statement's fact belongs to (see :attr:`Citation.record`)."""
    if statement.property == "relation":
        return f"relation {statement.entity_id} {statement.value} {statement.other_id}"
    if statement.property == "designation":
        return f"designation {statement.entity_id} {statement.value}"
    return statement.entity_id


def reasons(root: Path | None) -> dict[tuple[str, str], str]:
    """The reasons a data folder gives for its uncited sentences: (section, sentence) → reason.

    Read from ``uncovered.json`` in the folder (the bundled one if *root* is None);
    a folder without one gives no reasons.
    """
    from kzref.coverage import UNCOVERED
    from kzref.store import bundled_root

    path = (root or bundled_root()) / UNCOVERED
    if not path.is_file():
        return {}
    entries = json.loads(path.read_text(encoding="utf-8"))
    return {
        (str(e["section"]), str(e["sentence"])): str(e["reason"])
        for e in entries
        if isinstance(e, dict) and {"section", "sentence", "reason"} <= e.keys()
    }


_ORDER = {name: index for index, name in enumerate(PROPERTIES)}


def excerpts_of(rows: Iterable[Statement]) -> tuple[Excerpt, ...]:
    """The distinct excerpts of *rows*, each with the records citing it, by start then end."""
    grouped: dict[tuple[int, int], dict[str, list[Statement]]] = {}
    where: dict[tuple[int, int], Statement] = {}
    for row in rows:
        key = (row.start, row.end)
        where.setdefault(key, row)
        grouped.setdefault(key, {}).setdefault(record_of(row), []).append(row)
    found = []
    for (start, end), records in sorted(grouped.items()):
        citations = tuple(
            Citation(
                record=record,
                entity_id=facts[0].entity_id,
                other_id=facts[0].other_id if facts[0].property in TIE_PROPERTIES else None,
                properties=tuple(
                    sorted({f.property for f in facts}, key=lambda p: _ORDER.get(p, len(_ORDER)))
                ),
                anchor=anchor(record, start, end),
            )
            for record, facts in sorted(records.items())
        )
        first = where[(start, end)]
        found.append(Excerpt(start, end, first.section, first.quote, citations))
    return tuple(found)


def _level(path: str) -> int:
    return 1 if path == source.TITLE else path.count(source.SEPARATOR) + 2


def _paragraph_spans(article: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines between *start* and *end*, as spans (line breaks left out)."""
    spans = []
    offset = start
    for line in article[start:end].split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _runs(
    span: tuple[int, int],
    article: str,
    excerpts: tuple[Excerpt, ...],
    nearby: list[int],
    uncited: tuple[Uncited, ...],
) -> tuple[Run, ...]:
    """Cut one paragraph at every excerpt and uncited-sentence boundary inside it."""
    start, end = span
    inside = [i for i in nearby if excerpts[i].start < end and start < excerpts[i].end]
    sentences = [(k, u) for k, u in enumerate(uncited) if u.start < end and start < u.end]
    cuts = {start, end}
    for i in inside:
        cuts.update(p for p in (excerpts[i].start, excerpts[i].end) if start < p < end)
    for _k, u in sentences:
        cuts.update(p for p in (u.start, u.end) if start < p < end)
    points = sorted(cuts)
    runs = []
    for a, b in itertools.pairwise(points):
        covering = tuple(i for i in inside if excerpts[i].start < b and a < excerpts[i].end)
        opens = tuple(
            i for i in covering if excerpts[i].start == a or (a == start and excerpts[i].start < a)
        )
        closes = tuple(
            i for i in covering if excerpts[i].end == b or (b == end and excerpts[i].end > b)
        )
        sentence = next((k for k, u in sentences if u.start < b and a < u.end), None)
        runs.append(Run(a, b, article[a:b], covering, opens, closes, sentence))
    return tuple(runs)


def build(release: Release, rows: list[Statement], why: dict[tuple[str, str], str]) -> EvidenceMap:
    """The evidence map of *release*'s article, from its statements and the reasons given.

    *rows* are :func:`kzref.statements.build`'s statements of the same release;
    *why* maps (section, sentence) to the reason it carries no fact.
    """
    from kzref.coverage import all_sentences

    article = release.article
    excerpts = excerpts_of(rows)
    starts = [e.start for e in excerpts]
    longest = max((e.end - e.start for e in excerpts), default=0)
    sections = []
    for path, (start, end) in release.spans.items():
        body = source.Section(path, _level(path), 0, article[start:end])
        uncited = []
        for sentence in all_sentences({path: body}):
            a, b = start + sentence.start, start + sentence.end
            low = bisect.bisect_left(starts, a - longest)
            if not any(
                e.start < b and a < e.end for e in excerpts[low : bisect.bisect_left(starts, b)]
            ):
                uncited.append(Uncited(a, b, sentence.text, why.get((path, sentence.text))))
        lo = bisect.bisect_left(starts, start - longest)
        nearby = list(range(lo, bisect.bisect_left(starts, end)))
        paragraphs = tuple(
            Paragraph(*span, _runs(span, article, excerpts, nearby, tuple(uncited)))
            for span in _paragraph_spans(article, start, end)
        )
        runs = [run for p in paragraphs for run in p.runs]
        inside = {i for run in runs for i in run.excerpts}
        sections.append(
            SectionMap(
                path=path,
                level=_level(path),
                start=start,
                end=end,
                paragraphs=paragraphs,
                uncited=tuple(uncited),
                characters=sum(run.end - run.start for run in runs),
                cited=sum(run.end - run.start for run in runs if run.excerpts),
                records=tuple(sorted({c.record for i in inside for c in excerpts[i].citations})),
                excerpts=len(inside),
            )
        )
    return EvidenceMap(release.source.title, release.source.sha256, tuple(sections), excerpts)


def evidence_map(dataset: Dataset | None = None, *, data: str | Path | None = None) -> EvidenceMap:
    """The evidence map of the bundled data (or of *dataset*, read from the folder *data*).

    Raises :class:`~kzref.errors.DataError` if an excerpt is not where its record says
    (``kzref validate`` reports the same), and
    :class:`~kzref.errors.SourceNotFoundError` if the folder's article is missing.
    """
    from kzref import statements, store
    from kzref.formats.release import Release

    root = Path(data) if data is not None else None
    if dataset is None:
        dataset = store.load(root) if root is not None else store.dataset()
    release = Release(dataset, "", source.folder_source(root), "")
    return build(release, statements.build(release), reasons(root))


__all__ = [
    "Citation",
    "EvidenceMap",
    "Excerpt",
    "Paragraph",
    "Run",
    "SectionMap",
    "Uncited",
    "anchor",
    "build",
    "evidence_map",
    "reasons",
    "target",
]
