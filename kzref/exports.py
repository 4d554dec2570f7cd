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

The open-data formats live in :mod:`kzref.formats`, one module each, and are
dispatched from here; they share related tables (one per kind, plus lists,
evidence and the statements table of :mod:`kzref.statements`):

``datapackage``
    A Frictionless Data Package v2 folder: ``datapackage.json`` and a CSV per table.
``sqlite``
    One SQLite database with primary and foreign keys and indexes.
``parquet``
    A folder with one Parquet file per table (extra ``kzref[parquet]``).
``annotations``
    W3C Web Annotations (JSON-LD), one per evidence excerpt, anchored in the article.
``ftm``
    FollowTheMoney entities as JSON lines.

Output depends only on the data, its version and source, and the base URL: two
exports are byte-identical.  :func:`read` loads ``json``, ``jsonl``, ``csv``,
``datapackage``, ``sqlite`` and ``parquet`` exports back.  :func:`publish` writes
every format as one downloadable file each, with a manifest of sizes and SHA-256.
"""

from __future__ import annotations

import base64
import csv
import functools
import io
import json
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from kzref._version import __version__
from kzref.errors import DataError, Problem
from kzref.errors import NotEmptyError as NotEmptyError  # noqa: PLC0414  # re-exported (PEP 484 idiom)
from kzref.errors import OutputError as OutputError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
from kzref.errors import UnknownFormatError as UnknownFormatError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)
from kzref.metadata import DATASET_TITLE, permalink, resolve_base_url
from kzref.model.dates import FuzzyDate
from kzref.model.entities import MODEL_BY_KIND, Entity, EntityBase
from kzref.model.evidence import Frozen
from kzref.model.ids import ID_RE
from kzref.model.kinds import KIND_INFO
from kzref.model.records import Designation, RecordFile, Relation
from kzref.store import Dataset

if TYPE_CHECKING:
    from kzref.formats.release import Release


@dataclass(frozen=True, slots=True)
class Format:
    """What one export format is: its layout, file name, media type and whether it reads back."""

    name: str
    folder: bool
    """Written as a folder of files (a zip archive when published)."""
    filename: str
    """The file (or published archive) name."""
    mediatype: str
    description: str
    lossless: bool
    binary: bool = False
    extra: str | None = None
    """The optional dependency group it needs, if any."""


FORMAT_TABLE: tuple[Format, ...] = (
    Format("json", False, "kzref.json", "application/json", "every record, one document", True),
    Format("jsonl", False, "kzref.jsonl", "application/jsonl", "one record per line", True),
    Format("csv", True, "kzref-csv.zip", "text/csv", "one table per kind", True),
    Format("jsonld", False, "kzref.jsonld", "application/ld+json", "schema.org JSON-LD", False),
    Format("schema", False, "kzref.schema.json", "application/schema+json", "JSON Schema", False),
    Format(
        "datapackage",
        True,
        "kzref-datapackage.zip",
        "application/zip",
        "Frictionless Data Package v2: related CSV tables with keys",
        True,
    ),
    Format(
        "sqlite",
        False,
        "kzref.sqlite",
        "application/vnd.sqlite3",
        "SQLite database with keys and indexes",
        True,
        binary=True,
    ),
    Format(
        "parquet",
        True,
        "kzref-parquet.zip",
        "application/vnd.apache.parquet",
        "one Parquet file per table",
        True,
        binary=True,
        extra="parquet",
    ),
    Format(
        "annotations",
        False,
        "kzref-annotations.jsonld",
        "application/ld+json",
        "W3C Web Annotations anchoring every excerpt in the article",
        False,
    ),
    Format(
        "ftm",
        False,
        "kzref.ftm.json",
        "application/json",
        "FollowTheMoney entities, one per line",
        False,
    ),
)
"""Every export format, in the order they are listed."""
FORMAT_BY_NAME = {f.name: f for f in FORMAT_TABLE}
FORMATS = tuple(FORMAT_BY_NAME)
OPEN_DATA_FORMATS = ("datapackage", "sqlite", "parquet", "annotations", "ftm")
"""The formats written by a module of :mod:`kzref.formats`."""
MANIFEST = "manifest.json"
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


def _metadata(release: Release) -> ExportMetadata:
    source = release.source
    return ExportMetadata(
        title=DATASET_TITLE,
        kzref_version=__version__,
        dataset_version=release.version,
        base_url=release.base_url,
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


def _json(release: Release) -> str:
    """The same text as ``json.dumps(document, indent=2)``, serialized by pydantic's core.

    Four times faster, which a documentation build (writing ``kzref.json``
    after every edit) notices.
    """
    data, base = release.dataset, release.base_url
    parts = {
        "$schema": json.dumps(base + SCHEMA_PATH, ensure_ascii=False),
        "metadata": _metadata(release).model_dump_json(indent=2),
    }
    for name, records in (
        ("entities", tuple(data.entities.values())),
        ("relations", data.relations),
        ("designations", data.designations),
    ):
        parts[name] = _lists().dump_json(records, indent=2).decode() if records else "[]"
    body = ",\n".join(f'  "{key}": ' + text.replace("\n", "\n  ") for key, text in parts.items())
    return "{\n" + body + "\n}\n"


def _jsonl(release: Release) -> str:
    data = release.dataset
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


def _schema(release: Release) -> str:
    return _dumps(schema_document(release.base_url))


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


def _source_iri(sha256: str) -> str:
    """Name the source by its content hash (an RFC 6920 ``ni:`` URI): it has no revision id."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256)).decode()
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


def _jsonld(release: Release) -> str:
    data, base, source = release.dataset, release.base_url, release.source
    graph: list[dict[str, Any]] = [
        {
            "@id": base,
            "@type": "Dataset",
            "name": DATASET_TITLE,
            "version": release.version,
            "license": source.license_url,
            "isBasedOn": {
                "@id": _source_iri(source.sha256),
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


def _format(name: str) -> Format:
    found = FORMAT_BY_NAME.get(name)
    if found is None:
        raise UnknownFormatError(name, FORMATS)
    return found


def make_release(
    dataset: Dataset | None = None, *, data: str | Path | None = None, base_url: str | None = None
) -> Release:
    """What an export describes: the dataset (of *data*, a folder, if given), version, source."""
    from kzref.formats.release import release

    return release(dataset, data=data, base_url=base_url)


def render_files(
    format: str,
    *,
    dataset: Dataset | None = None,
    data: str | Path | None = None,
    base_url: str | None = None,
    release: Release | None = None,
) -> dict[str, bytes]:
    """Render an export as relative file name → bytes (one file, or a folder's files).

    *data* names a data folder: its records, its ``VERSION.json`` and its
    ``source.json`` are exported, not the bundled ones.
    """
    spec = _format(format)
    if release is None:
        release = make_release(dataset, data=data, base_url=base_url)
    if format == "csv":
        return {name: text.encode("utf-8") for name, text in _csv_tables(release.dataset).items()}
    if format in _WRITERS:
        return {spec.filename: _WRITERS[format](release).encode("utf-8")}
    import importlib

    module = importlib.import_module(f"kzref.formats.{format}")
    files: dict[str, bytes] = module.render(release)
    return files


def render(
    format: str,
    *,
    dataset: Dataset | None = None,
    data: str | Path | None = None,
    base_url: str | None = None,
) -> dict[str, str]:
    """Render a text export as file name → text; binary formats need :func:`render_files`."""
    if _format(format).binary:
        raise OutputError(f"the {format} export is binary: use render_files() or give a path")
    files = render_files(format, dataset=dataset, data=data, base_url=base_url)
    return {name: content.decode("utf-8") for name, content in files.items()}


def export(
    format: str,
    path: str | Path | None = None,
    *,
    dataset: Dataset | None = None,
    data: str | Path | None = None,
    base_url: str | None = None,
    force: bool = False,
) -> str | None:
    """Write the dataset in *format* to *path*; without a path, return the text.

    Folder formats (``csv``, ``datapackage``, ``parquet``) write a folder, created
    if missing, and refuse one that holds files unless *force* (then kzref's files
    are written over, others are left alone).  *data* exports that data folder with
    its own version and source.  Raises :class:`UnknownFormatError` (naming the
    formats), :class:`OutputError`, or :class:`~kzref.errors.MissingDependencyError`
    (naming the extra to install).
    """
    spec = _format(format)
    if path is None:
        if spec.folder:
            raise OutputError(f"the {format} export is a folder of files: give a folder path")
        if spec.binary:
            raise OutputError(f"the {format} export is a binary file: give a file path")
    target = Path(path) if path is not None else None
    if target is not None:
        _check_target(spec, target, force=force)
    files = render_files(format, dataset=dataset, data=data, base_url=base_url)
    if target is None:
        return next(iter(files.values())).decode("utf-8")
    try:
        if spec.folder:
            target.mkdir(parents=True, exist_ok=True)
            for name, content in files.items():
                (target / name).write_bytes(content)
        else:
            target.write_bytes(next(iter(files.values())))
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from error
    return None


def _check_target(spec: Format, target: Path, *, force: bool) -> None:
    if spec.folder:
        if target.exists() and not target.is_dir():
            raise OutputError(f"{target} is a file; the {spec.name} export needs a folder")
        if target.is_dir() and any(target.iterdir()) and not force:
            raise NotEmptyError(
                f"{target} is not empty; choose an empty folder or pass --force "
                "(force=True) to write over kzref's files in it"
            )
    elif target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name")


# --- publishing ------------------------------------------------------------------------

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""Timestamp of every member of a published archive: the earliest zip allows, so
archives are byte-identical."""


def archive(files: dict[str, bytes], folder: str) -> bytes:
    """A zip of *files* under *folder*/, byte-reproducible (fixed times, sorted names)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zipped.writestr(info, files[name])
    return buffer.getvalue()


def downloads(
    *,
    dataset: Dataset | None = None,
    data: str | Path | None = None,
    base_url: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    skip_missing: bool = True,
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """Every format as one downloadable file (folders zipped), and their manifest.

    The manifest is what a Downloads page and the landing page's ``schema.org``
    ``distribution`` need: per file its name, format, media type, size, SHA-256,
    description and whether it reads back losslessly; with the dataset version,
    licences and source.  With *skip_missing*, a format whose optional dependency
    is missing is left out (and listed under ``"skipped"``) instead of failing.
    """
    import hashlib

    from kzref.errors import MissingDependencyError
    from kzref.formats.datapackage import MIT_URL

    release = make_release(dataset, data=data, base_url=base_url)
    published: dict[str, bytes] = {}
    entries = []
    skipped = []
    for name in formats:
        spec = _format(name)
        try:
            files = render_files(name, release=release)
        except MissingDependencyError as error:
            if not skip_missing:
                raise
            skipped.append({"format": name, "reason": str(error)})
            continue
        content = (
            archive(files, spec.filename.removesuffix(".zip"))
            if spec.folder
            else next(iter(files.values()))
        )
        published[spec.filename] = content
        entries.append(
            {
                "name": spec.filename,
                "format": name,
                "mediatype": "application/zip" if spec.folder else spec.mediatype,
                "description": spec.description,
                "bytes": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "lossless": spec.lossless,
                "files": sorted(files) if spec.folder else None,
            }
        )
    from kzref.citation import AUTHORS

    source = release.source
    manifest = {
        "title": DATASET_TITLE,
        "authors": list(AUTHORS),
        "citation": (
            f"{', '.join(AUTHORS)}. {DATASET_TITLE}, dataset version {release.version}. "
            f"{release.base_url}. Derived from \u201c{source.title}\u201d ({source.publisher}, "
            f"{source.license}; text sha256 {source.sha256})."
        ),
        "temporal_coverage": temporal_coverage(release.dataset),
        "version": release.version,
        "kzref_version": __version__,
        "base_url": release.base_url,
        "licenses": {
            "data": {"name": "CC-BY-SA-4.0", "url": source.license_url},
            "code": {"name": "MIT", "url": MIT_URL},
        },
        "source": {
            "title": source.title,
            "publisher": source.publisher,
            "license": source.license,
            "license_url": source.license_url,
            "sha256": source.sha256,
        },
        "files": entries,
        "skipped": skipped,
    }
    return published, manifest


def temporal_coverage(data: Dataset) -> str | None:
    """The span the dataset's dates can cover, ``earliest/latest`` (ISO), open ends left out.

    Built from every date's first and last possible day, so it claims no more
    precision than the data: a record dated "the 1990s" widens it to 1990-01-01.
    """
    import datetime as dt

    from kzref.model.ids import walk

    lowers, uppers = [], []
    for _file, _label, record in data.records():
        for _path, value in walk(record):
            if isinstance(value, FuzzyDate):
                if value.lower != dt.date.min:
                    lowers.append(value.lower)
                if value.upper != dt.date.max:
                    uppers.append(value.upper)
    if not lowers or not uppers:
        return None
    return f"{min(lowers).isoformat()}/{max(uppers).isoformat()}"


def schema_org_dataset(manifest: dict[str, Any], download_url: str) -> dict[str, Any]:
    """The landing page's ``schema.org/Dataset`` JSON-LD for a :func:`downloads` manifest.

    *download_url* is where the published files are (each file's ``contentUrl`` is
    that URL and its name).  ``distribution`` has one ``DataDownload`` per file, with
    its format, size and SHA-256.
    """
    source = manifest["source"]
    base = manifest["base_url"]
    prefix = download_url if download_url.endswith("/") else download_url + "/"
    node: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "Dataset",
        "@id": base,
        "url": base,
        "name": manifest["title"],
        "description": (
            f"Organizations, people, places, events, agreements and documents of the article "
            f"\u201c{source['title']}\u201d, every fact with a verbatim excerpt of it as evidence."
        ),
        "version": manifest["version"],
        "license": manifest["licenses"]["data"]["url"],
        "creator": [{"@type": "Organization", "name": name} for name in manifest["authors"]],
        "isBasedOn": {
            "@type": "Article",
            "@id": f"urn:sha256:{source['sha256']}",
            "name": source["title"],
            "publisher": {"@type": "Organization", "name": source["publisher"]},
            "license": source["license_url"],
        },
        "citation": manifest["citation"],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": entry["name"],
                "description": entry["description"],
                "encodingFormat": entry["mediatype"],
                "contentUrl": prefix + entry["name"],
                "contentSize": f"{entry['bytes']} B",
                "sha256": entry["sha256"],
            }
            for entry in manifest["files"]
        ],
    }
    if manifest.get("temporal_coverage"):
        node["temporalCoverage"] = manifest["temporal_coverage"]
    return node


def publish(
    folder: str | Path,
    *,
    dataset: Dataset | None = None,
    data: str | Path | None = None,
    base_url: str | None = None,
    formats: tuple[str, ...] = FORMATS,
) -> dict[str, Any]:
    """Write every format as one file each into *folder*, plus ``manifest.json``; return it."""
    target = Path(folder)
    files, manifest = downloads(dataset=dataset, data=data, base_url=base_url, formats=formats)
    target.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (target / name).write_bytes(content)
    (target / MANIFEST).write_text(_dumps(manifest), encoding="utf-8")
    return manifest


def read(path: str | Path) -> RecordFile:
    """Load an export back into models (the lossless formats).

    ``json``, ``jsonl`` and ``sqlite`` go by extension; a folder is read as a
    ``datapackage`` (it has ``datapackage.json``), ``parquet`` (``*.parquet``) or ``csv``.

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
        if (source / "datapackage.json").is_file():
            from kzref.formats import datapackage

            return datapackage.read(source)
        if any(source.glob("*.parquet")):
            from kzref.formats import parquet

            return parquet.read(source)
        return read_csv(source)
    if source.suffix in (".sqlite", ".db", ".sqlite3"):
        from kzref.formats import sqlite

        return sqlite.read(source)
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
