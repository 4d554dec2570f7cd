"""The Parquet export: typed tables that DuckDB reads back, lossless and reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest

import kzref
from kzref import store
from kzref.exports import read, render_files
from kzref.formats.tables import TABLES

pytest.importorskip("pyarrow")
duckdb = pytest.importorskip("duckdb")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("parquet")
    kzref.export("parquet", target, force=True)
    return target


def test_duckdb_reads_every_table_back(folder: Path) -> None:
    data = store.dataset()
    connection = duckdb.connect()

    def query(sql: str) -> list[tuple[object, ...]]:
        rows: list[tuple[object, ...]] = connection.execute(sql).fetchall()
        return rows

    for table in TABLES:
        described = query(f"DESCRIBE SELECT * FROM read_parquet('{folder / table.name}.parquet')")
        assert tuple(row[0] for row in described) == table.names
    assert query(f"SELECT count(*) FROM '{folder}/entities.parquet'") == [(len(data.entities),)]
    types = {row[0]: row[1] for row in query(f"DESCRIBE SELECT * FROM '{folder}/events.parquet'")}
    assert types["date_earliest"] == "DATE" and types["asserted_by"] == "VARCHAR[]"
    joined = query(
        f"""
        SELECT count(*) FROM '{folder}/participants.parquet' p
        JOIN '{folder}/entities.parquet' e ON e.id = p.ref
        """
    )
    people = sum(
        len(getattr(e, "participants", ())) + len(getattr(e, "parties", ()))
        for e in data.entities.values()
    )
    assert joined == [(people,)]


def test_parquet_is_lossless_and_reproducible(folder: Path) -> None:
    loaded = read(folder)
    data = store.dataset()
    assert list(loaded.entities) == list(data.entities.values())
    assert tuple(loaded.relations) == data.relations
    assert tuple(loaded.designations) == data.designations
    assert render_files("parquet") == {p.name: p.read_bytes() for p in folder.iterdir()}


def test_the_how_to_duckdb_query_gives_the_results_it_shows(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import re

    howto = Path(__file__).parents[1] / "docs" / "howto" / "open-data.md"
    pattern = r"<!-- duckdb -->\n```sql\n(.*?)```\n\n```text\n(.*?)```"
    queries = re.findall(pattern, howto.read_text(encoding="utf-8"), re.S)
    (tmp_path / "kzref-parquet").symlink_to(folder)
    monkeypatch.chdir(tmp_path)  # the how-to names the folder relative to where you are
    assert queries
    connection = duckdb.connect()
    for sql, shown in queries:
        rows = connection.execute(sql).fetchall()
        assert [" | ".join(map(str, row)) for row in rows] == shown.splitlines(), sql
