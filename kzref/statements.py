"""The dataset as one long table: one row per fact, each anchored in the article.

Every row says which entity it is about (``entity_id``), what is said
(``property`` and ``value``, and the ``other_id`` entity where the fact ties two
together), who stands behind it (``certainty``, ``asserted_by``,
``disputed_by``) and where the article says it: ``section``, the verbatim
``quote``, and its character offsets ``start``/``end`` in the shipped article,
so that ``article[start:end] == quote`` for every row.

How the quote of a row is chosen:

- a fact with its own evidence (a participant, a relation, a designation, a
  data-quality note) gives one row per excerpt of that evidence;
- an attributed quotation is its own quote; a date or figure is quoted by its
  wording (``date.text``, ``figure.text``), found in the first of the record's
  evidence sections that holds it, else in the first section of the article that
  does;
- any other fact about an entity (its name, an alias, its type, a place) cites
  the first of the entity's excerpts whose text contains the fact's wording (the
  name, the alias, the other entity's name or an alias of it), else the entity's
  first excerpt; and every excerpt of the entity is also a row of its own
  (``property`` ``evidence``), so every excerpt of the dataset appears;
- where a quote occurs more than once in its section, the **first** occurrence
  is taken (see :func:`kzref.source.locate`).

Rows come in dataset order (entities by kind then id, then relations, then
designations), each record's facts in field order: the table is reproducible.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import astuple, dataclass, fields
from typing import TYPE_CHECKING

from kzref import source
from kzref.errors import DataError, Problem
from kzref.model.dates import FuzzyDate
from kzref.model.entities import Agreement, Document, EntityBase, Event
from kzref.model.evidence import Claim, Evidence

if TYPE_CHECKING:
    from pathlib import Path

    from kzref.formats.release import Release
    from kzref.model.records import Designation
    from kzref.store import Dataset

PROPERTIES = (
    "name",
    "alias",
    "type",
    "evidence",
    "note",
    "date",
    "place",
    "country",
    "citizenship",
    "birthplace",
    "located-in",
    "part-of",
    "event",
    "author",
    "recipient",
    "role",
    "figure",
    "quote",
    "commitment",
    "relation",
    "designation",
)
"""Every value the ``property`` column takes."""

_TYPE_FIELDS = ("org_type", "place_type", "event_type", "agreement_type", "document_type")
_SINGLE_REFS = {
    "country": "country",
    "birthplace": "birthplace",
    "located_in": "located-in",
    "part_of": "part-of",
    "event": "event",
}
_LIST_REFS = {
    "citizenship": "citizenship",
    "places": "place",
    "authors": "author",
    "recipients": "recipient",
}


@dataclass(frozen=True, slots=True)
class Statement:
    """One fact, anchored at its quote in the article."""

    statement_id: int
    entity_id: str
    property: str
    value: str
    other_id: str | None
    qualifier: str | None
    """More about the value: a relation's title, a figure's measure and unit, a role's wording."""
    date: str | None
    """The fact's own EDTF date, where the record dates it."""
    certainty: str | None
    """``None`` where the record carries no claim (a name, an alias)."""
    asserted_by: tuple[str, ...]
    disputed_by: tuple[str, ...]
    section: str
    quote: str
    start: int
    end: int

    def row(self) -> tuple[object, ...]:
        """The statement as a tuple, in :data:`COLUMNS` order."""
        return astuple(self)


COLUMNS = tuple(f.name for f in fields(Statement))


@dataclass(frozen=True, slots=True)
class _Fact:
    entity_id: str
    property: str
    value: str
    other_id: str | None = None
    qualifier: str | None = None
    date: str | None = None
    claim: Claim | None = None


class _Anchors:
    """Find quotes in the article: excerpts in their section, wordings near their record."""

    def __init__(self, article: str, spans: dict[str, tuple[int, int]]) -> None:
        self.article = article
        self.spans = spans
        self.problems: list[Problem] = []

    def excerpt(self, label: str, section: str, quote: str) -> tuple[str, str, int, int] | None:
        span = self.spans.get(section)
        found = source.locate(self.article, span, quote) if span is not None else None
        if found is None:
            where = "unknown section" if span is None else "not verbatim in section"
            self.problems.append(Problem("", label, "", f"{where} {section!r}: {quote!r}"))
            return None
        return section, quote, *found

    def wording(
        self, label: str, text: str, near: tuple[str, ...]
    ) -> tuple[str, str, int, int] | None:
        ordered = [s for s in dict.fromkeys(near) if s in self.spans]
        ordered += [s for s in self.spans if s not in ordered]
        for section in ordered:
            found = source.locate(self.article, self.spans[section], text)
            if found is not None:
                return section, text, *found
        self.problems.append(Problem("", label, "", f"wording not in the source: {text!r}"))
        return None


def _names(entity: EntityBase | None) -> tuple[str, ...]:
    return () if entity is None else (entity.name, *entity.aliases)


def _supporting(entity: EntityBase, wordings: tuple[str, ...]) -> Evidence:
    """The first excerpt of *entity* that contains one of *wordings*, else its first excerpt."""
    for item in entity.evidence:
        if any(word and word in item.quote for word in wordings):
            return item
    return entity.evidence[0]


def _date_text(date: FuzzyDate | None) -> str | None:
    return None if date is None else date.edtf


_Anchor = tuple[str, str] | str
"""Where a fact's quote is: (section, excerpt), or a wording to find near its record."""


def _at(item: Evidence) -> tuple[str, str]:
    return item.section, item.quote


def _entity_facts(entity: EntityBase, data: Dataset) -> Iterator[tuple[_Fact, _Anchor]]:
    """Every fact about one entity, with where its quote is."""
    claim = entity.claim if isinstance(entity, Event) else None
    first = _at(entity.evidence[0])
    yield _Fact(entity.id, "name", entity.name), _at(_supporting(entity, (entity.name,)))
    for alias in entity.aliases:
        yield _Fact(entity.id, "alias", alias), _at(_supporting(entity, (alias,)))
    for field in _TYPE_FIELDS:
        if (value := getattr(entity, field, None)) is not None:
            yield _Fact(entity.id, "type", value, claim=claim), first
    date = getattr(entity, "date", None)
    if isinstance(date, FuzzyDate):
        yield (
            _Fact(
                entity.id, "date", date.edtf, qualifier=date.qualifier, date=date.edtf, claim=claim
            ),
            date.text,
        )
    for field, prop in (*_SINGLE_REFS.items(), *_LIST_REFS.items()):
        value = getattr(entity, field, None)
        targets = value if isinstance(value, tuple) else (value,) if value is not None else ()
        for target in targets:
            excerpt = _supporting(entity, _names(data.entities.get(target)))
            yield _Fact(entity.id, prop, target, other_id=target, claim=claim), _at(excerpt)
    for text in getattr(entity, "commitments", ()):
        yield _Fact(entity.id, "commitment", text), first
    for item in entity.evidence:
        yield _Fact(entity.id, "evidence", entity.name), _at(item)
    for note in entity.notes:
        for item in note.evidence:
            yield _Fact(entity.id, "note", note.text), _at(item)
    yield from _event_facts(entity, data)


def _event_facts(entity: EntityBase, data: Dataset) -> Iterator[tuple[_Fact, _Anchor]]:
    """Roles, figures and quotations of an event, agreement or document."""
    people = entity.participants if isinstance(entity, Event) else ()
    people += entity.parties if isinstance(entity, Agreement) else ()
    for person in people:
        fact = _Fact(
            entity.id,
            "role",
            person.role,
            other_id=person.ref,
            qualifier=person.description,
            claim=person,
        )
        evidence = person.evidence or (_supporting(entity, _names(data.entities.get(person.ref))),)
        for item in evidence:
            yield fact, _at(item)
    if isinstance(entity, Event):
        for figure in entity.figures:
            number = _number(figure.value)
            if figure.upper is not None:
                number += f"-{_number(figure.upper)}"
            qualifier = f"{figure.measure} ({figure.unit}, {figure.approximation})"
            fact = _Fact(entity.id, "figure", number, qualifier=qualifier, claim=entity.claim)
            yield fact, figure.text
    if isinstance(entity, Event | Agreement | Document):
        for quote in entity.quotes:
            speaker = (quote.speaker,) if quote.speaker else ()
            claim = Claim(asserted_by=speaker)
            fact = _Fact(entity.id, "quote", quote.text, other_id=quote.speaker, claim=claim)
            yield fact, (quote.section, quote.text)


def _tie_facts(data: Dataset) -> Iterator[tuple[str, _Fact, _Anchor]]:
    """Relations and designations: one fact per excerpt of their evidence."""
    for index, relation in enumerate(data.relations, start=1):
        fact = _Fact(
            relation.subject,
            "relation",
            relation.predicate,
            other_id=relation.object,
            qualifier=relation.title,
            date=_date_text(relation.date),
            claim=relation,
        )
        for item in relation.evidence:
            yield f"relation {index}", fact, _at(item)
    for index, designation in enumerate(data.designations, start=1):
        fact = _Fact(
            designation.subject,
            "designation",
            designation.action,
            other_id=designation.authority,
            qualifier=_designation_detail(designation),
            date=_date_text(designation.date),
            claim=designation,
        )
        for item in designation.evidence:
            yield f"designation {index}", fact, _at(item)


def build(release: Release) -> list[Statement]:
    """Every statement of the release's dataset, anchored in its source article.

    Raises :class:`~kzref.errors.DataError` naming each record whose excerpt is not
    where it says (run ``kzref validate`` on such data first).
    """
    data = release.dataset
    anchors = _Anchors(release.article, release.spans)
    facts: list[tuple[str, _Fact, _Anchor, tuple[str, ...]]] = []
    for entity in data.entities.values():
        near = tuple(item.section for item in entity.evidence)
        facts += [(entity.id, fact, where, near) for fact, where in _entity_facts(entity, data)]
    facts += [(label, fact, where, ()) for label, fact, where in _tie_facts(data)]
    rows: list[Statement] = []
    for label, fact, where, near in facts:
        if isinstance(where, str):
            anchor = anchors.wording(label, where, near)
        else:
            anchor = anchors.excerpt(label, *where)
        if anchor is None:
            continue
        claim = fact.claim
        rows.append(
            Statement(
                statement_id=len(rows) + 1,
                entity_id=fact.entity_id,
                property=fact.property,
                value=fact.value,
                other_id=fact.other_id,
                qualifier=fact.qualifier,
                date=fact.date,
                certainty=None if claim is None else claim.certainty,
                asserted_by=() if claim is None else claim.asserted_by,
                disputed_by=() if claim is None else claim.disputed_by,
                section=anchor[0],
                quote=anchor[1],
                start=anchor[2],
                end=anchor[3],
            )
        )
    if anchors.problems:
        raise DataError(anchors.problems)
    return rows


def _designation_detail(designation: Designation) -> str | None:
    parts = [
        f"{name}: {value}"
        for name, value in (
            ("jurisdiction", designation.jurisdiction),
            ("list", designation.on_list),
            ("requested by", designation.requested_by),
            ("event", designation.event),
        )
        if value is not None
    ]
    return "; ".join(parts) or None


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def statements(
    dataset: Dataset | None = None, *, data: str | Path | None = None, base_url: str | None = None
) -> list[Statement]:
    """The statements table of the bundled data (or of *dataset* / the folder *data*)."""
    from kzref.formats.release import release

    return build(release(dataset, data=data, base_url=base_url))


__all__ = ["COLUMNS", "PROPERTIES", "Statement", "build", "statements"]
