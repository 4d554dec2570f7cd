"""The SQLite export: keys that hold, indexes for the joins, lossless, reproducible."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import kzref
from kzref import store
from kzref.exports import read, render_files
from kzref.formats.tables import TABLES

MINI = Path(__file__).parent / "data" / "mini"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("sqlite") / "kzref.sqlite"
    kzref.export("sqlite", path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


def test_foreign_keys_hold_and_are_declared(database: sqlite3.Connection) -> None:
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in TABLES:
        declared = {
            (row[3], row[2]) for row in database.execute(f'PRAGMA foreign_key_list("{table.name}")')
        }
        expected = {(c.name, c.references.partition(".")[0]) for c in table.columns if c.references}
        assert declared == expected, table.name
        primary = [
            row[1]
            for row in sorted(
                database.execute(f'PRAGMA table_info("{table.name}")'), key=lambda r: r[5]
            )
            if row[5]
        ]
        assert primary == list(table.primary_key)


def test_every_foreign_key_column_is_indexed(database: sqlite3.Connection) -> None:
    for table in TABLES:
        indexed = {
            info[2]
            for (_, name, *_rest) in database.execute(f'PRAGMA index_list("{table.name}")')
            for info in database.execute(f'PRAGMA index_info("{name}")')
        }
        for column in table.columns:
            if column.references:
                assert column.name in indexed, (table.name, column.name)


def test_a_dangling_reference_is_refused(database: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        database.execute("INSERT INTO aliases VALUES ('org:no-such-thing', 0, 'x')")
    database.rollback()


def test_the_rows_are_the_dataset(database: sqlite3.Connection) -> None:
    data = store.dataset()
    count = database.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert count == len(data.entities)
    kinds = dict(database.execute("SELECT kind, count(*) FROM entities GROUP BY kind").fetchall())
    assert kinds["org"] == database.execute("SELECT count(*) FROM organizations").fetchone()[0]
    # json_each opens the id arrays
    claimed = database.execute(
        "SELECT count(*) FROM relations, json_each(relations.asserted_by)"
    ).fetchone()[0]
    assert claimed == sum(len(r.asserted_by) for r in data.relations)


def test_sqlite_is_lossless_and_reproducible(tmp_path: Path) -> None:
    first = render_files("sqlite", data=MINI)
    assert render_files("sqlite", data=MINI) == first
    path = tmp_path / "mini.sqlite"
    path.write_bytes(first["kzref.sqlite"])
    loaded = read(path)
    data = store.load(MINI)
    assert list(loaded.entities) == list(data.entities.values())
    assert tuple(loaded.relations) == data.relations
    assert tuple(loaded.designations) == data.designations


HOWTO = Path(__file__).parents[1] / "docs" / "howto" / "open-data.md"


def doc_queries(engine: str) -> list[tuple[str, list[str]]]:
    """The ``sql`` blocks marked ``<!-- engine -->`` in the how-to, with the output shown."""
    import re

    text = HOWTO.read_text(encoding="utf-8")
    pattern = rf"<!-- {engine} -->\n```sql\n(.*?)```\n\n```text\n(.*?)```"
    return [(sql, shown.splitlines()) for sql, shown in re.findall(pattern, text, re.S)]


def cells(row: tuple[object, ...]) -> str:
    return " | ".join("" if value is None else str(value) for value in row)


def test_the_how_to_queries_give_the_results_it_shows(database: sqlite3.Connection) -> None:
    queries = doc_queries("sqlite")
    assert len(queries) >= 3
    for sql, shown in queries:
        assert [cells(row) for row in database.execute(sql)] == shown, sql
