"""Maintain the id ledger and the dataset version after an edit of the records.

``python -m kzref.maintain.ledger`` appends every new id to ``ledger.txt`` (ids are never
removed: retire one with a redirect in ``redirects.json``) and, when the data's
content hash changed, records a new ``DATASET_VERSION`` with that hash and rewrites
``CITATION.cff``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kzref.metadata import VERSION_FILE, content_hash, dataset_version_record
from kzref.store import LEDGER, build

HEADER = "# Every kzref id ever issued. Never remove a line; retire an id with a redirect.\n"


def data_dir() -> Path:
    """The bundled data folder, as a path that can be written (a source checkout)."""
    return Path(__file__).resolve().parents[1] / "data"


def update_ledger(root: Path) -> list[str]:
    """Append the ids that are not yet in the ledger; return them."""
    dataset, _problems = build(root)
    issued = set(dataset.ledger)
    new = [entity_id for entity_id in dataset.entities if entity_id not in issued]
    if new or not (root / LEDGER).is_file():
        lines = sorted(issued | set(new))
        (root / LEDGER).write_text(HEADER + "".join(f"{i}\n" for i in lines), encoding="utf-8")
    return new


def stamp_version(root: Path, today: dt.date | None = None) -> str:
    """Record a new dataset version if the content hash changed; return the version."""
    path = root / VERSION_FILE
    record = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    digest = content_hash(root)
    if record.get("sha256") == digest:
        return str(record["version"])
    stem = (today or dt.date.today()).strftime("%Y.%m.%d")
    previous = str(record.get("version", ""))
    serial = int(previous.rpartition(".")[2]) + 1 if previous.startswith(stem + ".") else 0
    version = f"{stem}.{serial}"
    path.write_text(
        json.dumps({"version": version, "sha256": digest}, indent=2) + "\n", encoding="utf-8"
    )
    return version


def main() -> int:
    """Update the bundled ledger and dataset version."""
    root = data_dir()
    for entity_id in update_ledger(root):
        print(f"issued {entity_id}")
    print(f"DATASET_VERSION {stamp_version(root)}")
    from kzref.maintain import citation_cff  # CITATION.cff quotes the version

    dataset_version_record.cache_clear()
    return citation_cff.main([])


if __name__ == "__main__":
    raise SystemExit(main())
