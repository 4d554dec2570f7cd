"""The three layers: the map in the docs covers every module, and imports only go down.

``docs/explanation/layout.md`` says which layer (data, library, sphinx) each
module or folder of the package belongs to.  These tests keep that map true: a
new module must be placed on it, an entry must name something that exists, and
no module imports a kzref module of a layer above its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kzref"
MAP = ROOT / "docs" / "explanation" / "layout.md"
LAYERS = ("data", "library", "sphinx")
"""Lowest first: a module may import its own layer and the ones before it."""

_ROW = re.compile(r"^\| `(kzref/[^`]*)` \| (\w+) \|", re.MULTILINE)


def _entries() -> dict[str, str]:
    """The map: a path (a folder ends in ``/``) → its layer."""
    rows = _ROW.findall(MAP.read_text(encoding="utf-8"))
    entries = dict(rows)
    assert len(entries) == len(rows), "a path is on the map twice"
    return entries


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _layer_of(path: Path, entries: dict[str, str]) -> str | None:
    """The layer of *path*: its own entry, or that of the nearest folder on the map."""
    relative = path.relative_to(ROOT).as_posix()
    if relative in entries:
        return entries[relative]
    for parent in path.relative_to(ROOT).parents:
        if (folder := f"{parent.as_posix()}/") in entries:
            return entries[folder]
    return None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _path_of(module: str) -> Path | None:
    """The file of a kzref module, or None if *module* is not one (a name inside one)."""
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(path: Path) -> set[str]:
    """Every kzref module *path* imports, at module level or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # ``from kzref import store`` imports kzref.store
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if _path_of(submodule) is not None else node.module)
    return {m for m in found if m == "kzref" or m.startswith("kzref.")}


def test_the_map_places_every_module_in_one_layer() -> None:
    entries = _entries()
    assert set(entries.values()) <= set(LAYERS), "a layer the map does not define"
    unplaced = [p.relative_to(ROOT).as_posix() for p in _modules() if _layer_of(p, entries) is None]
    assert not unplaced, f"add these to {MAP.relative_to(ROOT)}: {unplaced}"


def test_every_entry_on_the_map_exists() -> None:
    for path in _entries():
        target = ROOT / path
        assert target.is_dir() if path.endswith("/") else target.is_file(), path


def test_the_data_folder_holds_no_code() -> None:
    """Data changes are reviewed as data: no module lives among the records."""
    assert not list((PACKAGE / "data").rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=_module_name)
def test_imports_only_go_down_the_layers(path: Path) -> None:
    entries = _entries()
    own = _layer_of(path, entries)
    assert own is not None
    for module in sorted(_imported(path)):
        target = _path_of(module)
        assert target is not None, f"{_module_name(path)} imports {module}, which is not a module"
        layer = _layer_of(target, entries)
        assert layer is not None
        assert LAYERS.index(layer) <= LAYERS.index(own), (
            f"{_module_name(path)} ({own}) imports {module} ({layer}): a layer above its own"
        )
