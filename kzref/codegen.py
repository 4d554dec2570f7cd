"""Write the typed constants modules (``kzref.organizations`` …) from the records.

The records are the single source of truth; the constants modules are derived
from them by ``python -m kzref.codegen`` and a test fails when they drift.
"""

from __future__ import annotations

import keyword
from pathlib import Path

from kzref.model.ids import Kind
from kzref.model.kinds import KIND_INFO
from kzref.store import Dataset, dataset

MODULES: dict[Kind, tuple[str, str, str]] = {
    kind: (info.module, info.model, info.title) for kind, info in KIND_INFO.items()
}


def constant_name(entity_id: str) -> str:
    """UPPER_SNAKE of the slug; a slug that starts with a digit gets its kind as prefix."""
    kind, _, slug = entity_id.partition(":")
    name = slug.replace("-", "_").upper()
    if name[0].isdigit() or keyword.iskeyword(name.lower()):
        name = f"{kind.upper()}_{name}"
    return name


def render(kind: Kind, data: Dataset) -> str:
    """The source of one constants module."""
    _module, model, title = MODULES[kind]
    ids = [i for i, e in data.entities.items() if e.kind == kind]
    lines = [
        f'"""{title} in kzref, one typed constant per record.',
        "",
        "Generated from the records by ``python -m kzref.codegen``; do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        f"from kzref.model.entities import {model}",
        "from kzref.registry import get_typed",
        "",
        "__all__ = [",
        *(f'    "{constant_name(i)}",' for i in sorted(ids, key=constant_name)),
        "]",
        "",
    ]
    for entity_id in ids:
        entity = data.entities[entity_id]
        lines.append(
            f'{constant_name(entity_id)}: Final[{model}] = get_typed("{entity_id}", {model})'
        )
        lines.append(f'"""{_docstring(entity.name)}"""')
    return "\n".join(lines) + "\n"


def _docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def package_dir() -> Path:
    """The folder of the kzref package, where the constants modules live."""
    return Path(__file__).resolve().parent


def main() -> int:
    """Rewrite every constants module whose content changed."""
    data = dataset()
    for kind, (module, _model, _title) in MODULES.items():
        path = package_dir() / f"{module}.py"
        text = render(kind, data)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
