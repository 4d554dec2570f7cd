"""SQLite: the related tables in one database file, written with the standard library.

Each table has its primary key and foreign keys as SQL constraints and an index
on every foreign-key column (the usual joins).  Dates and arrays are ``TEXT``:
ISO dates, and JSON arrays of ids that ``json_each`` opens.  Rows are inserted
in table order and the file is vacuumed, so two exports are byte-identical with
the same SQLite library.  ``PRAGMA foreign_key_check`` is run before the file
is handed back: a dangling reference is an error, not a silent row.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzref.formats.cells import decode_cell
from kzref.formats.tables import TABLE_BY_NAME, TABLES, Column, Table, build, records, reference

if TYPE_CHECKING:
    from kzref.formats.release import Release
    from kzref.formats.tables import Row
    from kzref.model.records import RecordFile

FILENAME = "kzref.sqlite"
_SQL_TYPES = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "date": "TEXT",
    "array": "TEXT",
}


def _q(name: str) -> str:
    """Quote an identifier (``end`` is an SQL keyword)."""
    return '"' + name.replace('"', '""') + '"'


def create_statements(table: Table) -> list[str]:
    """``CREATE TABLE`` (keys as constraints) and ``CREATE INDEX`` for each foreign key."""
    parts = [
        f"{_q(c.name)} {_SQL_TYPES[c.type]}" + (" NOT NULL" if c.required else "")
        for c in table.columns
    ]
    parts.append(f"PRIMARY KEY ({', '.join(map(_q, table.primary_key))})")
    indexes = []
    for column in table.columns:
        if column.references is None:
            continue
        target, target_column = reference(column)
        parts.append(
            f"FOREIGN KEY ({_q(column.name)}) REFERENCES {_q(target)} ({_q(target_column)})"
        )
        if column.name not in table.primary_key[:1]:
            index = f"{table.name}_{column.name}"
            indexes.append(f"CREATE INDEX {_q(index)} ON {_q(table.name)} ({_q(column.name)})")
    create = f"CREATE TABLE {_q(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"
    return [create, *indexes]


def _sql_value(value: Any, column: Column) -> Any:
    if value is None:
        return None
    if column.type == "array":
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))
    if column.type == "date":
        return value.isoformat()
    return value


def write(release: Release, path: Path) -> None:
    """Write the database to *path* (which must not exist)."""
    rows = build(release)
    connection = sqlite3.connect(path)
    try:
        for table in TABLES:
            for sql in create_statements(table):
                connection.execute(sql)
            marks = ", ".join("?" * len(table.columns))
            connection.executemany(
                f"INSERT INTO {_q(table.name)} VALUES ({marks})",
                (
                    tuple(_sql_value(v, c) for v, c in zip(row, table.columns, strict=True))
                    for row in rows[table.name]
                ),
            )
        connection.commit()
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise ValueError(f"foreign keys that do not hold: {dangling[:5]}")
        connection.execute("VACUUM")
    finally:
        connection.close()


def render(release: Release) -> dict[str, bytes]:
    """The database file, by name."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / FILENAME
        write(release, path)
        return {FILENAME: path.read_bytes()}


def read_tables(path: Path) -> dict[str, list[Row]]:
    """The typed rows of every table in a database written by :func:`write`."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {}
        for name, table in TABLE_BY_NAME.items():
            # rowid: the order rows were written in (entities by kind, then id)
            cursor = connection.execute(f"SELECT * FROM {_q(name)} ORDER BY rowid")
            tables[name] = [
                tuple(
                    decode_cell(v, c.type) if c.type in ("array", "date") else v
                    for v, c in zip(row, table.columns, strict=True)
                )
                for row in cursor
            ]
        return tables
    finally:
        connection.close()


def read(path: Path) -> RecordFile:
    """Load a database back into records (lossless)."""
    return records(read_tables(path))
