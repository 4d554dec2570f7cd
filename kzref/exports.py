"""Export the whole dataset, losslessly and byte-for-byte reproducibly.

Formats:

``json``
    One document: ``$schema``, ``metadata``, then ``entities``, ``relations`` and
    ``designations`` with every field of every record.
``jsonl``
    One record per line; entity lines carry their ``kind``, relation and
    designation lines carry ``"kind": "relation"`` / ``"designation"``.
``csv``
    A folder with one table per kind plus ``relations.csv`` and
    ``designations.csv``.  Nested single values are flattened into dotted columns
    (``date.edtf``, ``date.text``, ``claim.certainty``); list fields
    (``aliases``, ``participants``, ``evidence`` …) are one cell holding JSON; an
    empty cell is a missing value or an empty list.
``jsonld``
    schema.org JSON-LD (``Organization``, ``Person``, ``Place``, ``Event``,
    ``Legislation``, ``CreativeWork``); every node's ``@id`` is a permalink, or
    a fragment of one for nested values; fields without a schema.org term use the
    ``kzref:`` vocabulary.
``schema``
    The JSON Schema of the ``json`` document (and so of every model).

Output depends only on the data, the versions and the base URL: two exports
are byte-identical.  :func:`read` loads ``json``, ``jsonl`` and ``csv`` exports back.
"""

from __future__ import annotations

import base64
import csv
import functools
import io
import json
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from kzref import metadata, store
from kzref._version import __version__
from kzref.citation import DATASET_TITLE, dataset_version, permalink, resolve_base_url
from kzref.errors import DataError, Problem
from kzref.errors import OutputError as OutputError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
from kzref.errors import UnknownFormatError as UnknownFormatError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
from kzref.model.dates import FuzzyDate
from kzref.model.entities import MODEL_BY_KIND, Entity, EntityBase
from kzref.model.evidence import Frozen
from kzref.model.ids import ID_RE
from kzref.model.kinds import KIND_INFO
from kzref.model.records import Designation, RecordFile, Relation
from kzref.store import Dataset

FORMATS = ("json", "jsonl", "csv", "jsonld", "schema")
SCHEMA_PATH = "kz/kzref.schema.json"
"""Where the JSON Schema is published, relative to the docs base URL (exports' ``$schema``)."""
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ORG = "https://schema.org/"
LD_TYPES: dict[str, str] = {kind: info.ld_type for kind, info in KIND_INFO.items()}
"""schema.org type of each kind; a document of type ``law`` is ``Legislation`` too."""
TABLE_FILES: dict[str, str] = {
    **{kind: info.table_file for kind, info in KIND_INFO.items()},
    "relation": "relations.csv",
    "designation": "designations.csv",
}


class SourceRecord(Frozen):
    """The source article as recorded in an export."""

    title: str
    publisher: str
    license: str
    license_url: str
    sha256: str


class ExportMetadata(Frozen):
    """What an export is: which dataset, which version, built on which base URL."""

    title: str
    kzref_version: str
    dataset_version: str
    base_url: str
    source: SourceRecord


class ExportDocument(RecordFile):
    """The ``json`` export: a record file with a schema reference and metadata."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_url: str = Field(alias="$schema")
    metadata: ExportMetadata


def _metadata(base: str) -> ExportMetadata:
    source = metadata.SOURCE
    return ExportMetadata(
        title=DATASET_TITLE,
        kzref_version=__version__,
        dataset_version=dataset_version(),
        base_url=base,
        source=SourceRecord(
            title=source.title,
            publisher=source.publisher,
            license=source.license,
            license_url=source.license_url,
            sha256=source.sha256,
        ),
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


@functools.cache
def _lists() -> TypeAdapter[tuple[Any, ...]]:
    return TypeAdapter(tuple[Entity | Relation | Designation, ...])


def _json(data: Dataset, base: str) -> str:
    """The same text as ``json.dumps(document, indent=2)``, serialized by pydantic's core.

    Four times faster, which a documentation build (writing ``kzref.json``
    after every edit) notices.
    """
    parts = {
        "$schema": json.dumps(base + SCHEMA_PATH, ensure_ascii=False),
        "metadata": _metadata(base).model_dump_json(indent=2),
    }
    for name, records in (
        ("entities", tuple(data.entities.values())),
        ("relations", data.relations),
        ("designations", data.designations),
    ):
        parts[name] = _lists().dump_json(records, indent=2).decode() if records else "[]"
    body = ",\n".join(f'  "{key}": ' + text.replace("\n", "\n  ") for key, text in parts.items())
    return "{\n" + body + "\n}\n"


def _jsonl(data: Dataset, _base: str) -> str:
    lines = [_line(e.model_dump(mode="json")) for e in data.entities.values()]
    lines += [_line({"kind": "relation", **r.model_dump(mode="json")}) for r in data.relations]
    lines += [
        _line({"kind": "designation", **d.model_dump(mode="json")}) for d in data.designations
    ]
    return "".join(lines)


def schema_document(base_url: str | None = None) -> dict[str, Any]:
    """Return the JSON Schema of the ``json`` export, which includes every model."""
    base = resolve_base_url(base_url)
    schema = ExportDocument.model_json_schema(by_alias=True)
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": base + SCHEMA_PATH, **schema}


def _schema(_data: Dataset, base: str) -> str:
    return _dumps(schema_document(base))


# --- CSV -------------------------------------------------------------------------------


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """Return the model a field holds directly (``FuzzyDate | None`` → FuzzyDate), if any."""
    options = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    models = [o for o in options if isinstance(o, type) and issubclass(o, BaseModel)]
    return models[0] if len(models) == 1 and len(options) - len(models) <= 1 else None


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _specs(model: type[BaseModel], prefix: str = "") -> list[tuple[str, bool]]:
    """(column, holds a list) for every field of *model*, nested models flattened."""
    specs: list[tuple[str, bool]] = []
    for name, info in model.model_fields.items():
        nested = _nested_model(info.annotation)
        if nested is not None:
            specs += _specs(nested, f"{prefix}{name}.")
        else:
            specs.append((prefix + name, typing.get_origin(info.annotation) in (list, tuple)))
    return specs


def columns(model: type[BaseModel]) -> list[str]:
    """List the CSV columns of a model: its fields in order, nested models as dotted columns."""
    return [name for name, _ in _specs(model)]


def flatten(record: BaseModel, header: list[str], *, encode: bool = True) -> list[Any]:
    """One row of *record* for *header*; with *encode*, every cell is text (lists as JSON)."""
    dumped = record.model_dump(mode="json")
    row: list[Any] = []
    for column in header:
        value: Any = dumped
        for part in column.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if encode:
            if value is None or value in ([], ()):
                value = ""
            elif isinstance(value, list | tuple):
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            elif isinstance(value, float) and value.is_integer():
                value = str(int(value))
            else:
                value = str(value)
        row.append(value)
    return row


def table_records(table: str, data: Dataset) -> list[BaseModel]:
    """Return the records of one table: a kind's entities, or the relations or designations."""
    if table == "relation":
        return list(data.relations)
    if table == "designation":
        return list(data.designations)
    return [e for e in data.entities.values() if e.kind == table]


def table_model(table: str) -> type[BaseModel]:
    extra: dict[str, type[BaseModel]] = {"relation": Relation, "designation": Designation}
    return extra.get(table) or MODEL_BY_KIND[table]


def _csv_tables(data: Dataset) -> dict[str, str]:
    tables = {}
    for table, filename in TABLE_FILES.items():
        header = columns(table_model(table))
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for record in table_records(table, data):
            writer.writerow(flatten(record, header))
        tables[filename] = buffer.getvalue()
    return tables


def _unflatten(model: type[BaseModel], row: dict[str, str]) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for column, is_list in _specs(model):
        text = row.get(column, "")
        if text == "":
            continue
        *parents, leaf = column.split(".")
        here = raw
        for parent in parents:
            here = here.setdefault(parent, {})
        here[leaf] = json.loads(text) if is_list else text
    return raw


def read_csv(folder: Path) -> RecordFile:
    """Load a ``csv`` export back into models."""
    raw: dict[str, list[dict[str, Any]]] = {"entities": [], "relations": [], "designations": []}
    for table, filename in TABLE_FILES.items():
        path = folder / filename
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        key = {"relation": "relations", "designation": "designations"}.get(table, "entities")
        raw[key] += [_unflatten(table_model(table), row) for row in rows]
    return RecordFile.model_validate(raw)


# --- JSON-LD ---------------------------------------------------------------------------


def _source_iri() -> str:
    """Name the source by its content hash (an RFC 6920 ``ni:`` URI): it has no revision id."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(metadata.SOURCE.sha256)).decode()
    return f"ni:///sha-256;{digest.rstrip('=')}"


def _ld_value(value: Any, node_id: str, base: str) -> Any:
    """Convert a value to JSON-LD: ids become links, models become nodes with fragment ``@id``s."""
    if isinstance(value, BaseModel):
        node: dict[str, Any] = {"@id": node_id, "@type": f"kzref:{type(value).__name__}"}
        for field in type(value).model_fields:
            item = getattr(value, field)
            if item is not None and item not in ([], ()):
                node[f"kzref:{field}"] = _ld_value(item, f"{node_id}-{field}", base)
        if isinstance(value, FuzzyDate):
            node["kzref:earliest"] = value.lower.isoformat()
            node["kzref:latest"] = value.upper.isoformat()
        return node
    if isinstance(value, list | tuple):
        return [_ld_value(item, f"{node_id}-{index}", base) for index, item in enumerate(value)]
    if isinstance(value, str) and ID_RE.match(value):
        return {"@id": permalink(value, base)}
    return value


_SCHEMA_FIELDS = {
    "name": "name",
    "aliases": "alternateName",
    "summary": "description",
    "tags": "keywords",
    "places": "location",
    "located_in": "containedInPlace",
    "authors": "author",
    "recipients": "recipient",
    "birthplace": "birthPlace",
    "citizenship": "nationality",
    "part_of": "superEvent",
}


def _iso_date(date: FuzzyDate) -> str | None:
    """Return the date as ISO 8601 if it is a plain, certain year, month or day; else None."""
    plain = date.precision in ("year", "month", "day") and date.edtf[-1].isdigit()
    return date.edtf if plain and date.qualifier is None else None


def _ld_entity(entity: EntityBase, base: str) -> dict[str, Any]:
    url = permalink(entity.id, base)
    kind = entity.kind
    ld_type = LD_TYPES[kind]
    if kind == "document" and getattr(entity, "document_type", None) == "law":
        ld_type = "Legislation"
    node: dict[str, Any] = {
        "@id": url,
        "@type": ld_type,
        "identifier": entity.id,
        "url": url,
        "isPartOf": {"@id": base},
    }
    for field in type(entity).model_fields:
        value = getattr(entity, field)
        if field in ("id", "kind") or value is None or value == []:
            continue
        term = _SCHEMA_FIELDS.get(field, f"kzref:{field}")
        node[term] = _ld_value(value, f"{url}#{field}", base)
    date = getattr(entity, "date", None)
    if isinstance(date, FuzzyDate):
        iso = _iso_date(date)
        date_term = "startDate" if kind == "event" else "dateCreated"
        if iso is not None:
            node[date_term] = iso
        else:
            node["temporalCoverage"] = f"{date.lower.isoformat()}/{date.upper.isoformat()}"
    return node


def _fragment_ids(prefix: str, records: list[str]) -> list[str]:
    """Make node ids unique by numbering only the ones that repeat."""
    seen: dict[str, int] = {}
    out = []
    for key in records:
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{prefix}{key}" if seen[key] == 1 else f"{prefix}{key}-{seen[key]}")
    return out


def _jsonld(data: Dataset, base: str) -> str:
    source = metadata.SOURCE
    graph: list[dict[str, Any]] = [
        {
            "@id": base,
            "@type": "Dataset",
            "name": DATASET_TITLE,
            "version": dataset_version(),
            "license": source.license_url,
            "isBasedOn": {
                "@id": _source_iri(),
                "@type": "Article",
                "name": source.title,
                "publisher": source.publisher,
                "license": source.license_url,
                "sha256": source.sha256,
            },
        }
    ]
    graph += [_ld_entity(entity, base) for entity in data.entities.values()]
    relation_ids = _fragment_ids(
        "",
        [
            f"{permalink(r.subject, base)}#relation-{r.predicate}-{r.object.replace(':', '-')}"
            for r in data.relations
        ],
    )
    for node_id, relation in zip(relation_ids, data.relations, strict=True):
        graph.append(_ld_value(relation, node_id, base))
    designation_ids = _fragment_ids(
        "", [f"{permalink(d.subject, base)}#designation-{d.action}" for d in data.designations]
    )
    for node_id, designation in zip(designation_ids, data.designations, strict=True):
        graph.append(_ld_value(designation, node_id, base))
    document = {
        "@context": {"@vocab": SCHEMA_ORG, "kzref": f"{base}kz/vocab#"},
        "@graph": graph,
    }
    return _dumps(document)


# --- entry points ----------------------------------------------------------------------

_WRITERS = {"json": _json, "jsonl": _jsonl, "jsonld": _jsonld, "schema": _schema}


def render(
    format: str, *, dataset: Dataset | None = None, base_url: str | None = None
) -> dict[str, str]:
    """Render an export as file name → text (one file, or one per table for ``csv``)."""
    if format not in FORMATS:
        raise UnknownFormatError(format, FORMATS)
    data = dataset if dataset is not None else store.dataset()
    base = resolve_base_url(base_url)
    if format == "csv":
        return _csv_tables(data)
    suffix = {"schema": "schema.json"}.get(format, format)
    return {f"kzref.{suffix}": _WRITERS[format](data, base)}


def export(
    format: str,
    path: str | Path | None = None,
    *,
    dataset: Dataset | None = None,
    base_url: str | None = None,
) -> str | None:
    """Write the dataset in *format* to *path*; without a path, return the text.

    ``csv`` writes a folder (created if missing) and needs a path.  Raises
    :class:`UnknownFormatError` or :class:`OutputError` (e.g. an unwritable path).
    """
    files = render(format, dataset=dataset, base_url=base_url)
    if path is None:
        if format == "csv":
            raise OutputError("the csv export is a folder of tables: give a folder path")
        return next(iter(files.values()))
    target = Path(path)
    try:
        if format == "csv":
            if target.exists() and not target.is_dir():
                raise OutputError(f"{target} is a file; the csv export needs a folder")
            target.mkdir(parents=True, exist_ok=True)
            for name, text in files.items():
                (target / name).write_bytes(text.encode("utf-8"))
        else:
            if target.is_dir():
                raise OutputError(f"{target} is a folder; give a file name")
            target.write_bytes(next(iter(files.values())).encode("utf-8"))
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from error
    return None


def read(path: str | Path) -> RecordFile:
    """Load a ``json``, ``jsonl`` or ``csv`` export back into models (by extension or folder).

    A malformed export raises :class:`~kzref.errors.DataError` naming the file.
    """
    source = Path(path)
    try:
        return _read(source)
    except ValidationError as error:
        located = [(".".join(map(str, e["loc"])), e["msg"]) for e in error.errors()]
        raise DataError([Problem(str(source), "", field, msg) for field, msg in located]) from None
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        # json.JSONDecodeError and UnicodeDecodeError are ValueErrors; the others come
        # from a JSON value of the wrong shape (a list where an object belongs …)
        raise DataError([Problem(str(source), "", "", f"not a kzref export: {error}")]) from None


def _read(source: Path) -> RecordFile:
    if source.is_dir():
        return read_csv(source)
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".jsonl":
        raw: dict[str, list[Any]] = {"entities": [], "relations": [], "designations": []}
        for line in text.splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            kind = item.get("kind")
            if kind in ("relation", "designation"):
                del item["kind"]
                raw[f"{kind}s"].append(item)
            else:
                raw["entities"].append(item)
        return RecordFile.model_validate(raw)
    document = ExportDocument.model_validate_json(text)
    return RecordFile(
        entities=document.entities,
        relations=document.relations,
        designations=document.designations,
    )
