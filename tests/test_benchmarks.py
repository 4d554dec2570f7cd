"""The benchmark generator and harness still run.

No timing is asserted: benchmarks are not tests.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.generate import generate
from benchmarks.harness import _env, _estimate, main, markdown
from kzref.store import load
from kzref.validate import check_ledger, check_references


def test_generated_data_loads_through_the_public_path(tmp_path: Path) -> None:
    folder = generate(tmp_path / "data", 40)
    data = load(folder)
    assert len(data.entities) == 40
    kinds = Counter(e.kind for e in data.entities.values())
    assert kinds["event"] > kinds["org"] > 0
    assert data.relations
    assert data.redirects
    assert not list(check_references(data))
    assert not list(check_ledger(data))
    again = generate(tmp_path / "again", 40)
    first, second = sorted((folder / "records").iterdir()), sorted((again / "records").iterdir())
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_harness_runs_in_tiny_mode(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["--tiny", "--sizes", "12", "--out", str(out)]) == 0
    results = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    assert set(results) >= {"import", "data", "builds", "incremental", "ratios", "meta"}
    assert {"kzref", "plain"} <= set(results["builds"]["12"])
    assert results["incremental"]["kzref"]["reread"] >= 1
    table = (out / "bench.md").read_text(encoding="utf-8")
    assert "| Target |" in table
    assert "Incremental" in table


def test_a_size_that_would_overrun_the_budget_is_skipped_and_reported() -> None:
    builds = {"400": {v: {"cpu": 40.0} for v in ("kzref", "plain")}}  # 0.1 s per entity
    # 10,000 entities x 0.2 s, on two cores, with 10 % slack: 1,100 s
    assert _estimate(builds, 10000, ["kzref", "plain"], 1, 2) == pytest.approx(1100)
    assert _estimate({}, 400, ["kzref"], 1, 2) is None
    results = {
        "meta": {"command": "python -m benchmarks", "mode": "full", "when": "today", "cpus": 2,
                 "python": "3", "sphinx": "9", "sphinx_needs": "9", "total_s": 60.0},
        "ratios": {}, "import": {}, "data": {}, "builds": {}, "incremental": {},
        "skipped": {"10000": "estimated 19 min"},
    }  # fmt: skip
    assert "| 10000 | – | 0 | not run: estimated 19 min |" in markdown(results)


def test_measured_processes_load_bytecode_outside_the_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As after ``pip install``: modules come from bytecode, kept in a temporary cache."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = _env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    cache = Path(env["PYTHONPYCACHEPREFIX"])
    assert cache.is_dir() and not cache.is_relative_to(Path(__file__).parents[1])
    assert _env()["PYTHONPYCACHEPREFIX"] == str(cache)  # one cache for the whole run
