"""Maintainer tasks live in kzref.maintain; their old module names still work, with a warning."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from kzref.maintain import codebook as maintain_codebook
from kzref.maintain import coverage as maintain_coverage


@pytest.mark.parametrize("name", ["ledger", "codegen", "citation_cff"])
def test_old_module_names_forward_with_a_deprecation_warning(name: str) -> None:
    sys.modules.pop(f"kzref.{name}", None)
    with pytest.warns(DeprecationWarning, match=f"kzref.maintain.{name}"):
        old = importlib.import_module(f"kzref.{name}")
    new = importlib.import_module(f"kzref.maintain.{name}")
    assert old.main is new.main


def test_import_kzref_loads_no_maintainer_task() -> None:
    code = "import kzref, sys; kzref.get('org:hizb-ut-tahrir'); print(sorted(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "kzref.maintain" not in done.stdout


def test_old_codebook_command_warns_and_writes_the_same_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kzref import codebook

    written: list[Path] = []

    def fake(root: Path) -> bool:
        written.append(root)
        return False

    monkeypatch.setattr(codebook, "write_page", fake)
    with pytest.warns(DeprecationWarning, match="python -m kzref.maintain.codebook"):
        assert codebook.main() == 0
    assert written == [maintain_codebook.repo_root()]


def test_old_coverage_command_warns_and_prints_the_same_report(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kzref import coverage

    assert maintain_coverage.main(["--section", "Background"]) == 0
    new = capsys.readouterr().out
    with pytest.warns(DeprecationWarning, match="python -m kzref.maintain.coverage"):
        assert coverage.main(["--section", "Background"]) == 0
    assert capsys.readouterr().out == new
    assert "coverage: " in new
