"""The dataset as related tables: the shape the data package, SQLite and Parquet share.

One table per kind (``organizations`` … ``documents``) with typed columns, an
``entities`` table every reference can point to, and one table per list the
records hold (aliases, links to places and actors, participants and their roles,
figures, quotations, commitments, notes, evidence), plus ``relations``,
``designations`` and the long ``statements`` table.  Keys are declared once,
here, and every writer states them in its own terms (frictionless
``primaryKey``/``foreignKeys``, SQL constraints).

Cells are typed Python values: ``str``, ``int``, ``float``, ``datetime.date``,
``None`` for a missing value, and ``tuple[str, ...]`` for an ``array`` column
(a list of ids).  :func:`records` rebuilds the records from the tables, which is
how every tabular format is read back.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from kzref.model.dates import FuzzyDate
from kzref.model.entities import Agreement, Document, EntityBase, Event
from kzref.model.evidence import Evidence

if TYPE_CHECKING:
    from kzref.formats.release import Release
    from kzref.model.records import RecordFile

ColumnType = Literal["string", "integer", "number", "date", "array"]
Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Column:
    """One typed column; *references* names the ``table.column`` it is a foreign key to."""

    name: str
    type: ColumnType
    description: str
    required: bool = False
    references: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A table's name, meaning, columns and primary key."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(column.name for column in self.columns)


def _id(description: str = "The entity's permanent id (kind:slug).") -> Column:
    return Column("id", "string", description, required=True, references="entities.id")


def _ref(name: str, table: str, description: str, *, required: bool = False) -> Column:
    return Column(name, "string", description, required=required, references=f"{table}.id")


def _text(name: str, description: str, *, required: bool = False) -> Column:
    return Column(name, "string", description, required=required)


def _seq(description: str = "Position in the record's list, from 0.") -> Column:
    return Column("seq", "integer", description, required=True)


_NAME = _text("name", "The fullest name the article uses.", required=True)
_DATE = (
    _text("date_edtf", "The date in EDTF, exactly as precise as the article."),
    _text("date_text", "The article's wording of the date, verbatim."),
    _text("date_qualifier", "early, mid or late, where EDTF has no code for it."),
    Column("date_earliest", "date", "The first day the date can mean."),
    Column("date_latest", "date", "The last day the date can mean."),
)
_CLAIM = (
    _text("certainty", "stated, reported, claimed, alleged, suspected, charged, …", required=True),
    Column("asserted_by", "array", "Ids of who asserts it."),
    Column("disputed_by", "array", "Ids of who disputes it."),
)
_SPAN = (
    Column("start", "integer", "Offset of the quote in the article (Unicode code points)."),
    Column("end", "integer", "Offset just after the quote: article[start:end] == quote."),
)

TABLES: tuple[Table, ...] = (
    Table(
        "entities",
        "Every entity, whatever its kind: the target of every reference.",
        (
            Column("id", "string", "Permanent id (kind:slug).", required=True),
            _text("kind", "org, person, place, event, agreement or document.", required=True),
            _NAME,
            _text("summary", "One or two sentences in kzref's own words.", required=True),
            Column("tags", "array", "Lowercase words for filtering."),
        ),
        ("id",),
    ),
    Table(
        "organizations",
        "Groups, bodies, governments, agencies, outlets, companies and coalitions.",
        (
            _id(),
            _NAME,
            _text("org_type", "Type from kzref's vocabulary.", required=True),
            _ref("country", "places", "Where it belongs, when the article says."),
        ),
        ("id",),
    ),
    Table(
        "persons",
        "Named persons.",
        (_id(), _NAME, _ref("birthplace", "places", "Birthplace, where stated.")),
        ("id",),
    ),
    Table(
        "places",
        "Countries, regions, cities and sites.",
        (
            _id(),
            _NAME,
            _text("place_type", "Type from kzref's vocabulary.", required=True),
            _ref("located_in", "places", "The place it lies in, where stated."),
        ),
        ("id",),
    ),
    Table(
        "events",
        "Things that happened; whether the event itself is a fact or a claim is its certainty.",
        (
            _id(),
            _NAME,
            _text("event_type", "Type from kzref's vocabulary.", required=True),
            *_DATE,
            _ref("part_of", "events", "The larger event it belongs to."),
            *_CLAIM,
        ),
        ("id",),
    ),
    Table(
        "agreements",
        "Declarations, conventions, programmes, plans and resolutions.",
        (
            _id(),
            _NAME,
            _text("agreement_type", "Type from kzref's vocabulary.", required=True),
            *_DATE,
            _ref("event", "events", "The meeting where it was made."),
        ),
        ("id",),
    ),
    Table(
        "documents",
        "Lists, letters, reports, statements, books and indexes the article names.",
        (
            _id(),
            _NAME,
            _text("document_type", "Type from kzref's vocabulary.", required=True),
            *_DATE,
            _ref("event", "events", "The event that produced or concerned it."),
        ),
        ("id",),
    ),
    Table(
        "aliases",
        "Every other name or spelling the article uses for an entity.",
        (
            _ref("entity_id", "entities", "The entity.", required=True),
            _seq(),
            _text("alias", "The name as the article writes it.", required=True),
        ),
        ("entity_id", "seq"),
    ),
    Table(
        "links",
        "Lists of ids an entity holds: citizenship, places, authors, recipients.",
        (
            _ref("entity_id", "entities", "The entity holding the list.", required=True),
            _text("field", "citizenship, places, authors or recipients.", required=True),
            _seq(),
            _ref("ref", "entities", "The entity listed.", required=True),
        ),
        ("entity_id", "field", "seq"),
    ),
    Table(
        "participants",
        "Who takes part in an event (participants) or agreement (parties), in which role.",
        (
            _ref("entity_id", "entities", "The event or agreement.", required=True),
            _text("field", "participants or parties.", required=True),
            _seq(),
            _ref("ref", "entities", "The participant.", required=True),
            _text("role", "Role from kzref's vocabulary.", required=True),
            *_CLAIM,
            _text("description", "What the article says of them in this role, in our words."),
        ),
        ("entity_id", "field", "seq"),
    ),
    Table(
        "figures",
        "Numbers the article gives for an event, with their hedge.",
        (
            _ref("event_id", "events", "The event.", required=True),
            _seq(),
            _text("measure", "What is counted.", required=True),
            Column("value", "number", "The number (the lower end of a range).", required=True),
            Column("upper", "number", "The upper end of a range."),
            _text("unit", "people, leaflets, years, USD, …", required=True),
            _text("approximation", "exact, about, more-than, range, …", required=True),
            _text("text", "The article's wording of the number, verbatim.", required=True),
        ),
        ("event_id", "seq"),
    ),
    Table(
        "quotes",
        "Words the article attributes to someone, verbatim.",
        (
            _ref("entity_id", "entities", "The record quoting them.", required=True),
            _seq(),
            _ref("speaker", "entities", "Who said or wrote it; empty where unnamed."),
            _text("section", "Heading path of the section.", required=True),
            _text("text", "The words, verbatim.", required=True),
            *_SPAN,
        ),
        ("entity_id", "seq"),
    ),
    Table(
        "commitments",
        "What the parties to an agreement commit to, in kzref's words.",
        (
            _ref("agreement_id", "agreements", "The agreement.", required=True),
            _seq(),
            _text("text", "The commitment.", required=True),
        ),
        ("agreement_id", "seq"),
    ),
    Table(
        "notes",
        "Data-quality notes: where the article is garbled or contradicts itself.",
        (
            _ref("entity_id", "entities", "The entity.", required=True),
            _seq(),
            _text("text", "What is wrong, in kzref's words.", required=True),
        ),
        ("entity_id", "seq"),
    ),
    Table(
        "relations",
        "Typed ties between two entities, with who asserts them.",
        (
            Column("relation_id", "integer", "Position in the dataset, from 1.", required=True),
            _ref("subject", "entities", "The entity the tie goes from.", required=True),
            _text("predicate", "Relation type from kzref's vocabulary.", required=True),
            _ref("object", "entities", "The entity the tie goes to.", required=True),
            _text("title", "For holds-position: the title, as the article gives it."),
            *_DATE,
            *_CLAIM,
        ),
        ("relation_id",),
    ),
    Table(
        "designations",
        "Listings of an organization as banned or terrorist, one per authority and act.",
        (
            Column("designation_id", "integer", "Position in the dataset, from 1.", required=True),
            _ref("subject", "organizations", "The organization listed.", required=True),
            _text("action", "requested, added, approved, banned or declined.", required=True),
            _ref("authority", "entities", "Who lists it."),
            _ref("requested_by", "entities", "Who asked for the listing."),
            _ref("jurisdiction", "places", "Where the listing applies."),
            *_DATE,
            _ref("on_list", "documents", "The list it is put on."),
            _ref("event", "events", "The event of the listing."),
            *_CLAIM,
        ),
        ("designation_id",),
    ),
    Table(
        "evidence",
        "Every evidence excerpt of every record, at its offsets in the article.",
        (
            Column("evidence_id", "integer", "Position in the dataset, from 1.", required=True),
            _ref("entity_id", "entities", "The entity, for an entity's own evidence."),
            Column(
                "relation_id", "integer", "The relation it supports.", references="relations.id"
            ),
            Column(
                "designation_id",
                "integer",
                "The designation it supports.",
                references="designations.id",
            ),
            _text("path", "Where in the record: evidence[0], participants[2].evidence[0], …"),
            _text("section", "Heading path of the section.", required=True),
            _text("quote", "The excerpt, verbatim.", required=True),
            *_SPAN,
        ),
        ("evidence_id",),
    ),
    Table(
        "statements",
        "One row per fact, anchored at its quote (see kzref.statements).",
        (
            Column("statement_id", "integer", "Position in the table, from 1.", required=True),
            _ref("entity_id", "entities", "The entity the fact is about.", required=True),
            _text("property", "name, alias, type, role, relation, designation, …", required=True),
            _text("value", "What is said.", required=True),
            _ref("other_id", "entities", "The other entity, where the fact ties two."),
            _text("qualifier", "More about the value (a title, a figure's measure and unit)."),
            _text("date", "The fact's own EDTF date, where recorded."),
            _text("certainty", "Empty where the record carries no claim."),
            Column("asserted_by", "array", "Ids of who asserts it."),
            Column("disputed_by", "array", "Ids of who disputes it."),
            _text("section", "Heading path of the section.", required=True),
            _text("quote", "The verbatim words that carry the fact.", required=True),
            Column("start", "integer", "Offset of the quote in the article.", required=True),
            Column("end", "integer", "article[start:end] == quote.", required=True),
        ),
        ("statement_id",),
    ),
)
"""Every table, in an order where each refers only to tables before it (or itself)."""

TABLE_BY_NAME = {table.name: table for table in TABLES}
KIND_TABLES = {
    "org": "organizations",
    "person": "persons",
    "place": "places",
    "event": "events",
    "agreement": "agreements",
    "document": "documents",
}
_TYPE_FIELD = {
    "org": "org_type",
    "place": "place_type",
    "event": "event_type",
    "agreement": "agreement_type",
    "document": "document_type",
}
_LINK_FIELDS = ("citizenship", "places", "authors", "recipients")


def reference(column: Column) -> tuple[str, str]:
    """The (table, column) a foreign key points to; ``x.id`` means the table's primary key."""
    assert column.references is not None
    table, _, name = column.references.partition(".")
    return table, TABLE_BY_NAME[table].primary_key[0] if name == "id" else name


def _date(date: FuzzyDate | None) -> Row:
    if date is None:
        return (None,) * 5
    return date.edtf, date.text, date.qualifier, date.lower, date.upper


def _claim(claim: Any) -> Row:
    return claim.certainty, tuple(claim.asserted_by), tuple(claim.disputed_by)


class _Builder:
    def __init__(self, release: Release) -> None:
        self.release = release
        self.rows: dict[str, list[Row]] = {table.name: [] for table in TABLES}

    def span(self, section: str, quote: str) -> Row:
        from kzref import source

        span = self.release.spans.get(section)
        found = source.locate(self.release.article, span, quote) if span else None
        return found if found is not None else (None, None)

    def evidence(self, items: tuple[Evidence, ...], path: str, owner: tuple[Any, Any, Any]) -> None:
        rows = self.rows["evidence"]
        for index, item in enumerate(items):
            span = self.span(item.section, item.quote)
            rows.append(
                (len(rows) + 1, *owner, f"{path}[{index}]", item.section, item.quote, *span)
            )

    def entity(self, entity: EntityBase) -> None:
        rows, eid = self.rows, entity.id
        rows["entities"].append((eid, entity.kind, entity.name, entity.summary, entity.tags))
        rows["aliases"] += [(eid, n, alias) for n, alias in enumerate(entity.aliases)]
        rows["notes"] += [(eid, n, note.text) for n, note in enumerate(entity.notes)]
        owner = (eid, None, None)
        self.evidence(entity.evidence, "evidence", owner)
        for n, note in enumerate(entity.notes):
            self.evidence(note.evidence, f"notes[{n}].evidence", owner)
        for field in _LINK_FIELDS:
            refs = getattr(entity, field, ())
            rows["links"] += [(eid, field, n, ref) for n, ref in enumerate(refs)]
        rows[KIND_TABLES[entity.kind]].append(self.kind_row(entity))
        for field in ("participants", "parties"):
            for n, person in enumerate(getattr(entity, field, ())):
                rows["participants"].append(
                    (eid, field, n, person.ref, person.role, *_claim(person), person.description)
                )
                self.evidence(person.evidence, f"{field}[{n}].evidence", owner)
        for n, figure in enumerate(getattr(entity, "figures", ())):
            rows["figures"].append(
                (
                    eid,
                    n,
                    figure.measure,
                    figure.value,
                    figure.upper,
                    figure.unit,
                    figure.approximation,
                    figure.text,
                )
            )
        for n, quote in enumerate(getattr(entity, "quotes", ())):
            span = self.span(quote.section, quote.text)
            rows["quotes"].append((eid, n, quote.speaker, quote.section, quote.text, *span))
        rows["commitments"] += [
            (eid, n, t) for n, t in enumerate(getattr(entity, "commitments", ()))
        ]

    @staticmethod
    def kind_row(entity: EntityBase) -> Row:
        head: Row = (entity.id, entity.name)
        if entity.kind != "person":
            head += (getattr(entity, _TYPE_FIELD[entity.kind]),)
        if entity.kind == "org":
            return (*head, getattr(entity, "country", None))
        if entity.kind == "person":
            return (*head, getattr(entity, "birthplace", None))
        if entity.kind == "place":
            return (*head, getattr(entity, "located_in", None))
        date = _date(getattr(entity, "date", None))
        if isinstance(entity, Event):
            return (*head, *date, entity.part_of, *_claim(entity.claim))
        assert isinstance(entity, Agreement | Document)
        return (*head, *date, entity.event)


def build(release: Release) -> dict[str, list[Row]]:
    """Every table's rows, in :data:`TABLES` order, from the release's dataset."""
    from kzref.statements import build as build_statements

    builder = _Builder(release)
    data = release.dataset
    for entity in data.entities.values():
        builder.entity(entity)
    rows = builder.rows
    for index, relation in enumerate(data.relations, start=1):
        rows["relations"].append(
            (
                index,
                relation.subject,
                relation.predicate,
                relation.object,
                relation.title,
                *_date(relation.date),
                *_claim(relation),
            )
        )
        builder.evidence(relation.evidence, "evidence", (None, index, None))
    for index, item in enumerate(data.designations, start=1):
        rows["designations"].append(
            (
                index,
                item.subject,
                item.action,
                item.authority,
                item.requested_by,
                item.jurisdiction,
                *_date(item.date),
                item.on_list,
                item.event,
                *_claim(item),
            )
        )
        builder.evidence(item.evidence, "evidence", (None, None, index))
    rows["statements"] = [s.row() for s in build_statements(release)]
    return rows


# --- reading back ----------------------------------------------------------------------

_PATH = re.compile(r"^(?:(?P<field>\w+)\[(?P<index>\d+)\]\.)?evidence\[(?P<seq>\d+)\]$")


def _dicts(tables: dict[str, list[Row]], name: str) -> list[dict[str, Any]]:
    names = TABLE_BY_NAME[name].names
    return [dict(zip(names, row, strict=True)) for row in tables.get(name, [])]


def _date_value(row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("date_edtf") is None:
        return None
    date = {"edtf": row["date_edtf"], "text": row["date_text"]}
    return (
        date if row.get("date_qualifier") is None else {**date, "qualifier": row["date_qualifier"]}
    )


def _claim_value(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "certainty": row["certainty"],
        "asserted_by": list(row.get("asserted_by") or ()),
        "disputed_by": list(row.get("disputed_by") or ()),
    }


def _evidence(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"section": row["section"], "quote": row["quote"]} for row in rows]


def _grouped(rows: list[dict[str, Any]], *keys: str) -> dict[Any, list[dict[str, Any]]]:
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[key] for key in keys)].append(row)
    for group in groups.values():
        group.sort(key=lambda row: row.get("seq", 0))
    return groups


def _drop_none(raw: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in raw.items() if value is not None}


def records(tables: dict[str, list[Row]]) -> RecordFile:
    """Rebuild the records from tables written by :func:`build` (or read back from a file)."""
    from kzref.model.records import RecordFile

    kind_rows = {row["id"]: row for name in KIND_TABLES.values() for row in _dicts(tables, name)}
    aliases = _grouped(_dicts(tables, "aliases"), "entity_id")
    notes = _grouped(_dicts(tables, "notes"), "entity_id")
    links = _grouped(_dicts(tables, "links"), "entity_id", "field")
    people = _grouped(_dicts(tables, "participants"), "entity_id", "field")
    figures = _grouped(_dicts(tables, "figures"), "event_id")
    quotes = _grouped(_dicts(tables, "quotes"), "entity_id")
    commitments = _grouped(_dicts(tables, "commitments"), "agreement_id")
    evidence: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in _dicts(tables, "evidence"):
        match = _PATH.match(row["path"] or "")
        assert match is not None, row
        owner = (row["entity_id"], row["relation_id"], row["designation_id"])
        evidence[(*owner, match["field"], match["index"] and int(match["index"]))].append(row)

    def own(eid: Any, field: str | None = None, index: int | None = None) -> list[dict[str, str]]:
        return _evidence(evidence.get((eid, None, None, field, index), []))

    entities = []
    for row in _dicts(tables, "entities"):
        eid, kind = row["id"], row["kind"]
        detail = {k: v for k, v in kind_rows[eid].items() if k not in ("id", "name")}
        raw: dict[str, Any] = {
            "kind": kind,
            "id": eid,
            "name": row["name"],
            "aliases": [a["alias"] for a in aliases.get((eid,), [])],
            "summary": row["summary"],
            "evidence": own(eid),
            "notes": [
                {"text": n["text"], "evidence": own(eid, "notes", n["seq"])}
                for n in notes.get((eid,), [])
            ],
            "tags": list(row["tags"] or ()),
        }
        if kind in _TYPE_FIELD:
            raw[_TYPE_FIELD[kind]] = detail[_TYPE_FIELD[kind]]
        for field in ("country", "birthplace", "located_in", "part_of", "event"):
            if field in detail:
                raw[field] = detail[field]
        if "date_edtf" in detail:
            raw["date"] = _date_value(detail)
        if kind == "event":
            raw["claim"] = _claim_value(detail)
        for (_, field), items in ((k, v) for k, v in links.items() if k[0] == eid):
            raw[field] = [item["ref"] for item in items]
        for (_, field), items in ((k, v) for k, v in people.items() if k[0] == eid):
            raw[field] = [
                _drop_none(
                    {
                        "ref": p["ref"],
                        "role": p["role"],
                        **_claim_value(p),
                        "description": p["description"],
                        "evidence": own(eid, field, p["seq"]),
                    }
                )
                for p in items
            ]
        if kind == "event":
            raw["figures"] = [
                _drop_none(
                    {
                        k: f[k]
                        for k in ("measure", "value", "upper", "unit", "approximation", "text")
                    }
                )
                for f in figures.get((eid,), [])
            ]
        if kind in ("event", "agreement", "document"):
            raw["quotes"] = [
                {"speaker": q["speaker"], "section": q["section"], "text": q["text"]}
                for q in quotes.get((eid,), [])
            ]
        if kind == "agreement":
            raw["commitments"] = [c["text"] for c in commitments.get((eid,), [])]
        entities.append(_drop_none(raw))
    relations = [
        _drop_none(
            {
                "subject": r["subject"],
                "predicate": r["predicate"],
                "object": r["object"],
                "title": r["title"],
                "date": _date_value(r),
                **_claim_value(r),
                "evidence": _evidence(evidence.get((None, r["relation_id"], None, None, None), [])),
            }
        )
        for r in sorted(_dicts(tables, "relations"), key=lambda r: r["relation_id"])
    ]
    designations = [
        _drop_none(
            {
                **{
                    k: d[k]
                    for k in ("subject", "action", "authority", "requested_by", "jurisdiction")
                },
                "date": _date_value(d),
                "on_list": d["on_list"],
                "event": d["event"],
                **_claim_value(d),
                "evidence": _evidence(
                    evidence.get((None, None, d["designation_id"], None, None), [])
                ),
            }
        )
        for d in sorted(_dicts(tables, "designations"), key=lambda d: d["designation_id"])
    ]
    return RecordFile.model_validate(
        {"entities": entities, "relations": relations, "designations": designations}
    )
