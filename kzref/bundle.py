"""The bundled records, one at a time: what ``kzref.get`` reads before the dataset loads.

``kzref.get("org:…")`` needs one record, not all of them.  This module finds it
in the files shipped under ``kzref/data/records/`` and validates it on its own,
with its kind's model and the same strict checks as the whole-dataset load in
:mod:`kzref.store`.  The checks across records (ids resolve, none repeats) are
the dataset's; the test suite runs them on the bundled data.

Once the dataset is loaded it answers instead (:func:`adopt`), and the records
handed out here become its own, so each record is one object for the life of
the process.  This module imports the models and nothing else of kzref: no error
classes, no JSON module, no data-file checks; that is most of why
``import kzref; kzref.get(…)`` costs little more than importing pydantic.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import from_json

from kzref.model.entities import model_of
from kzref.model.ids import ID_RE

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from kzref.model.entities import EntityBase

RECORDS = "records"
"""The folder of record files inside a data folder."""

_whole: dict[str, EntityBase] | None = None
"""The whole dataset's entities, once :mod:`kzref.store` has loaded them."""

_handed_out: dict[str, EntityBase] = {}
"""Bundled records validated one at a time, before the whole dataset was needed."""


def bundled_root() -> Path:
    """The data folder shipped inside the package.

    A plain path beside this module: kzref is installed as files (wheels are
    unpacked), and ``importlib.resources`` costs more to import than the
    one-record lookup it would serve.
    """
    return Path(__file__).with_name("data")


def record_files(root: Traversable) -> Iterator[tuple[str, Traversable]]:
    """Every record file of a data folder, with its name relative to the folder."""
    folder = root / RECORDS
    stack = [(RECORDS, folder)]
    while stack:
        prefix, here = stack.pop()
        for child in sorted(here.iterdir(), key=lambda c: c.name, reverse=True):
            name = f"{prefix}/{child.name}"
            if child.is_dir():
                stack.append((name, child))
            elif child.name.endswith(".json"):
                yield name, child


@functools.cache
def _files() -> dict[str, Traversable]:
    """The bundled record files by name, in order (listed, not read)."""
    return dict(sorted(record_files(bundled_root())))


@functools.cache
def _read(name: str) -> bytes:
    """One bundled file's bytes: a lookup reads files until one holds its record."""
    return _files()[name].read_bytes()


@functools.cache
def _entities(name: str) -> dict[str, Any]:
    """The raw entities of one bundled file, by id.

    Parsed by pydantic's core (loaded already, unlike :mod:`json`); a record's
    fields are then validated by its model from the Python objects this gives.
    """
    raw_file = from_json(_read(name))
    return {raw["id"]: raw for raw in raw_file.get("entities", ())}


def bundled_entity(entity_id: str) -> EntityBase | None:
    """The bundled entity whose current id is *entity_id*, or ``None``.

    Once the whole dataset is loaded this is a dictionary lookup.  Before that,
    the one record is parsed and validated on its own, with the same model and
    the same strict checks: ``kzref.get`` and the typed constants need one record,
    not all of them.
    """
    if _whole is not None:
        return _whole.get(entity_id)
    if (entity := _handed_out.get(entity_id)) is not None:
        return entity
    if not ID_RE.match(entity_id):
        return None  # no record has it: a record's id is checked against the same pattern
    key = f'"id": "{entity_id}"'.encode()  # where to look (no escapes in an id); the parse decides
    for name in _files():
        if key in _read(name) and (raw := _entities(name).get(entity_id)) is not None:
            model = model_of(raw.get("kind"))
            if model is None:
                return None  # not a record kzref can read: the dataset's checks will say why
            entity = _handed_out[entity_id] = model.model_validate(raw, strict=True)
            return entity
    return None


def adopt(entities: dict[str, EntityBase]) -> None:
    """Let the whole dataset's *entities* answer from now on.

    A record handed out already replaces the dataset's equal copy in *entities*,
    so that code holding it and code reading the dataset hold the same object.
    """
    global _whole  # noqa: PLW0603  # the one switch from single records to the dataset
    for entity_id, entity in _handed_out.items():
        if entities.get(entity_id) == entity:
            entities[entity_id] = entity
    _handed_out.clear()
    for cache in (_files, _read, _entities):
        cache.cache_clear()
    _whole = entities


__all__ = ["RECORDS", "adopt", "bundled_entity", "bundled_root", "record_files"]
