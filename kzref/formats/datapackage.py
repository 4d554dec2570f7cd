"""Frictionless Data Package v2: ``datapackage.json`` and one CSV per table.

Each resource declares its typed fields, ``primaryKey`` and ``foreignKeys``
(from :mod:`kzref.formats.tables`), its size and SHA-256; the package declares
its licences (data CC BY-SA 4.0, the code that wrote it MIT), its source (the
article, by title, publisher, licence and fingerprint) and the dataset version.
The ``frictionless`` package validates it in the test suite.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzref.formats.cells import decode_cell, encode_cell
from kzref.formats.tables import TABLE_BY_NAME, TABLES, Table, build, records, reference

if TYPE_CHECKING:
    from kzref.formats.release import Release
    from kzref.formats.tables import Row
    from kzref.model.records import RecordFile

DESCRIPTOR = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
MIT_URL = "https://opensource.org/license/mit"


def csv_text(table: Table, rows: list[Row]) -> str:
    r"""A table as CSV: a header, then one line per row, ``\\n`` line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.names)
    for row in rows:
        writer.writerow(
            encode_cell(value, column.type)
            for value, column in zip(row, table.columns, strict=True)
        )
    return buffer.getvalue()


def _schema(table: Table) -> dict[str, Any]:
    fields = []
    for column in table.columns:
        field: dict[str, Any] = {
            "name": column.name,
            "type": column.type,
            "description": column.description,
        }
        if column.required or column.name in table.primary_key:
            field["constraints"] = {"required": True}
        fields.append(field)
    foreign_keys = []
    for column in table.columns:
        if column.references is None:
            continue
        target, target_column = reference(column)
        ref: dict[str, Any] = {"fields": [target_column]}
        if target != table.name:  # v2: no resource means this one
            ref = {"resource": target, **ref}
        foreign_keys.append({"fields": [column.name], "reference": ref})
    schema: dict[str, Any] = {
        "$schema": TABLE_PROFILE,
        "fields": fields,
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def descriptor(release: Release, files: dict[str, bytes]) -> dict[str, Any]:
    """The ``datapackage.json`` of a release whose CSV files are *files*."""
    from kzref.citation import AUTHORS, DATASET_TITLE

    found = release.source
    resources = []
    for table in TABLES:
        path = f"{table.name}.csv"
        data = files[path]
        resources.append(
            {
                "name": table.name,
                "type": "table",
                "path": path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "bytes": len(data),
                "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
                "schema": _schema(table),
            }
        )
    return {
        "$schema": PROFILE,
        "name": "kzref",
        "id": release.base_url,
        "title": DATASET_TITLE,
        "description": (
            "Organizations, people, places, events, agreements and documents of the article "
            f"\u201c{found.title}\u201d as related tables, every fact with its verbatim "
            "evidence and its character offsets in the article."
        ),
        "version": release.version,
        "homepage": release.base_url,
        "keywords": ["kazakhstan", "terrorism", "counter-terrorism", "dataset"],
        "contributors": [{"title": author, "roles": ["creator"]} for author in AUTHORS],
        "licenses": [
            {
                "name": "CC-BY-SA-4.0",
                "path": found.license_url or None,
                "title": f"The data, derived from the source article ({found.license})",
            },
            {"name": "MIT", "path": MIT_URL, "title": "The kzref code that wrote this package"},
        ],
        "sources": [
            {
                "title": found.title,
                "path": release.source_urn,
                "description": (
                    f"Article published by {found.publisher} under {found.license}; "
                    f"its text has SHA-256 {found.sha256} (offsets count code points in it)."
                ),
            }
        ],
        "resources": resources,
    }


def render(release: Release) -> dict[str, bytes]:
    """The package: a CSV per table and the descriptor, by file name."""
    rows = build(release)
    files = {
        f"{table.name}.csv": csv_text(table, rows[table.name]).encode("utf-8") for table in TABLES
    }
    text = json.dumps(descriptor(release, files), ensure_ascii=False, indent=2) + "\n"
    return {DESCRIPTOR: text.encode("utf-8"), **files}


def read_tables(folder: Path) -> dict[str, list[Row]]:
    """The typed rows of every table in a package folder."""
    tables: dict[str, list[Row]] = {}
    for name, table in TABLE_BY_NAME.items():
        path = folder / f"{name}.csv"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            if tuple(header) != table.names:
                raise ValueError(f"{path}: columns {header} are not {list(table.names)}")
            tables[name] = [
                tuple(
                    decode_cell(cell, c.type) for cell, c in zip(line, table.columns, strict=True)
                )
                for line in reader
            ]
    return tables


def read(folder: Path) -> RecordFile:
    """Load a package folder back into records (lossless)."""
    return records(read_tables(folder))
