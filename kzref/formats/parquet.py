"""Parquet: one file per table, typed (dates as ``date32``, id lists as ``list<string>``).

Needs the optional extra ``kzref[parquet]`` (pyarrow); without it the export
says which extra to install.  DuckDB, pandas and polars read the files as they
are.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzref.errors import MissingDependencyError
from kzref.formats.tables import TABLE_BY_NAME, TABLES, Table, build, records

if TYPE_CHECKING:
    from kzref.formats.release import Release
    from kzref.formats.tables import Row
    from kzref.model.records import RecordFile

EXTRA = "parquet"


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet
    except ImportError:
        raise MissingDependencyError(
            f"the parquet export needs pyarrow: pip install 'kzref[{EXTRA}]'"
        ) from None
    return pa


def _schema(pa: Any, table: Table) -> Any:
    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "date": pa.date32(),
        "array": pa.list_(pa.string()),
    }
    return pa.schema(
        [
            pa.field(
                c.name,
                types[c.type],
                nullable=not c.required,
                metadata={"description": c.description},
            )
            for c in table.columns
        ],
        metadata={"description": table.description, "primary_key": ",".join(table.primary_key)},
    )


def render(release: Release) -> dict[str, bytes]:
    """One Parquet file per table, by name."""
    pa = _pyarrow()
    rows = build(release)
    files = {}
    for table in TABLES:
        schema = _schema(pa, table)
        columns = list(zip(*rows[table.name], strict=True)) or [()] * len(table.columns)
        arrays = [
            pa.array([list(v) if c.type == "array" else v for v in values], type=field.type)
            for values, c, field in zip(columns, table.columns, schema, strict=True)
        ]
        buffer = io.BytesIO()
        pa.parquet.write_table(pa.Table.from_arrays(arrays, schema=schema), buffer)
        files[f"{table.name}.parquet"] = buffer.getvalue()
    return files


def read_tables(folder: Path) -> dict[str, list[Row]]:
    """The typed rows of every table in a folder of Parquet files."""
    pa = _pyarrow()
    tables = {}
    for name, table in TABLE_BY_NAME.items():
        path = folder / f"{name}.parquet"
        if path.is_file():
            data = pa.parquet.read_table(path).to_pylist()
            tables[name] = [
                tuple(
                    tuple(row[c.name] or ()) if c.type == "array" else row[c.name]
                    for c in table.columns
                )
                for row in data
            ]
    return tables


def read(folder: Path) -> RecordFile:
    """Load a folder of Parquet files back into records (lossless)."""
    return records(read_tables(folder))
