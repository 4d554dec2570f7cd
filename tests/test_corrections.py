"""The list of corrections quotes the article exactly and names records that exist."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from kzref import source
from kzref.store import dataset

CLASSES = {
    "background-knowledge",
    "overstated-type-or-role",
    "overstated-predicate",
    "unstated-identity",
    "date-precision",
    "new-date",
    "event-type",
    "note",
    "note-reread",
}


def _changes() -> list[dict[str, Any]]:
    path = resources.files("kzref") / "data" / "corrections.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return list(data["changes"])


CHANGES = _changes()


def test_every_justification_is_the_articles_own_words(
    sections: dict[str, source.Section],
) -> None:
    text = "\n".join(s.body for s in sections.values())
    missing = [(c["id"], w) for c in CHANGES for w in c["words"] if w not in text]
    assert missing == []


def test_every_change_has_a_class_and_words() -> None:
    assert all(c["class"] in CLASSES and c["words"] for c in CHANGES)


def test_every_corrected_entity_exists() -> None:
    ids = {c["id"] for c in CHANGES if not c["id"].startswith(("relation ", "designation "))}
    assert sorted(ids - set(dataset().entities)) == []


def test_new_dates_are_the_dates_in_the_records() -> None:
    data = dataset().entities
    for change in CHANGES:
        if change["field"] == "date" and change["class"] in ("new-date", "date-precision"):
            date = getattr(data[change["id"]], "date", None)
            assert date is not None and date.edtf == change["now"]["edtf"], change["id"]
