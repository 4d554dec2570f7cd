"""Maintainer tasks live in kzref.maintain; their old module names still work, with a warning."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest


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


@pytest.mark.parametrize("name", ["codebook", "coverage"])
def test_old_commands_of_library_modules_forward_with_a_deprecation_warning(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library stays where it was; only its ``python -m`` command moved."""
    new = importlib.import_module(f"kzref.maintain.{name}")
    calls: list[object] = []

    def fake(argv: object = None) -> int:
        calls.append(argv)
        return 0

    monkeypatch.setattr(new, "main", fake)
    old = importlib.import_module(f"kzref.{name}")
    with pytest.warns(DeprecationWarning, match=f"python -m kzref.maintain.{name}"):
        assert old.main(["--x"]) == 0
    assert calls == [["--x"]]
