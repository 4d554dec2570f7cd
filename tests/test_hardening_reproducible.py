"""Reproducible output: two clean builds, and two exports, are byte-identical.

Each build or export runs in its own Python process with a different
``PYTHONHASHSEED``, so an order that depends on set or dict hashing would show.
The site is ``tests/roots/test-hardening-site`` over ``tests/fixtures/bad/base`` —
real records of the article (organizations, people, places, dated and undated
events, a redirect) — because building the full ``docs/`` twice takes minutes;
the second build runs with ``-j 2``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kzref.exports import FORMAT_TABLE, TABLE_FILES

ROOTS = Path(__file__).parent / "roots"
DATA = Path(__file__).parent / "fixtures" / "bad" / "base"
STAMPED = {".buildinfo", ".doctrees"}
"""What Sphinx itself writes per build: its pickled environment and the config stamp."""


def _run(argv: list[str], seed: int, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    result = subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, env=env, cwd=cwd, check=False
    )
    assert result.returncode == 0, result.stderr
    return result


def _clean_build(tmp_path: Path, name: str, seed: int, jobs: int) -> Path:
    srcdir = tmp_path / name
    shutil.copytree(ROOTS / "test-hardening-site", srcdir)
    outdir = tmp_path / f"{name}-html"
    result = _run(
        [
            "-m",
            "sphinx",
            "-b",
            "html",
            "-j",
            str(jobs),
            "-W",
            "--keep-going",
            "-D",
            f"kzref_data_path={DATA}",
            str(srcdir),
            str(outdir),
        ],
        seed,
    )
    assert "WARNING" not in result.stderr
    return outdir


def _files(outdir: Path) -> dict[str, bytes]:
    return {
        path.relative_to(outdir).as_posix(): path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file() and path.relative_to(outdir).parts[0] not in STAMPED
    }


def test_two_clean_builds_are_byte_identical_and_j2_equals_j1(tmp_path: Path) -> None:
    first = _files(_clean_build(tmp_path, "one", seed=0, jobs=1))
    second = _files(_clean_build(tmp_path, "two", seed=4242, jobs=2))
    assert list(first) == list(second)
    entity_pages = [name for name in first if name.count("/") == 2 and name.startswith("kz/")]
    assert len(entity_pages) >= 13  # every entity, and the retired id's page
    for name in ["objects.inv", "kzref.json", *entity_pages]:
        assert first[name] == second[name], name
    different = [name for name in first if first[name] != second[name]]
    assert different == []  # and so is everything else, search index included


EXPORT_ALL = """
import sys
from pathlib import Path
import kzref
from kzref import store
from kzref.exports import FORMATS
data, out = store.load(sys.argv[1]), Path(sys.argv[2])
for fmt in FORMATS:
    kzref.export(fmt, out / fmt, dataset=data, base_url="https://x.example/")
"""


def test_two_exports_in_two_processes_are_byte_identical(tmp_path: Path) -> None:
    outputs = []
    for seed in (1, 9999):
        target = tmp_path / str(seed)
        target.mkdir()
        _run(["-c", EXPORT_ALL, str(DATA), str(target)], seed)
        outputs.append(_files(target))
    names = sorted(outputs[0])
    assert [n for n in names if "/" not in n] == sorted(
        f.name for f in FORMAT_TABLE if not f.folder
    )
    assert {n.partition("/")[0] for n in names if "/" in n} == {
        f.name for f in FORMAT_TABLE if f.folder
    }
    assert [n for n in names if n.startswith("csv/")] == sorted(
        f"csv/{t}" for t in TABLE_FILES.values()
    )
    assert outputs[0] == outputs[1]
    assert all(outputs[0].values())
