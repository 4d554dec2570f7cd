"""Load, validate and index the records once.

Records are JSON files under ``kzref/data/records/`` (one per part of the
source), read with :mod:`importlib.resources` on first use and cached.  Any
other folder with the same layout can be loaded with :func:`load`, which is how
``kzref validate PATH`` and the benchmarks use edited or synthetic data.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from kzref.errors import DataError, Problem
from kzref.model.entities import EntityBase
from kzref.model.ids import KINDS
from kzref.model.records import Designation, RecordFile, Relation

RECORDS = "records"
LEDGER = "ledger.txt"
REDIRECTS = "redirects.json"


@dataclass(frozen=True, slots=True)
class Dataset:
    """Every record, indexed by id, in a stable order (kind, then id)."""

    entities: dict[str, EntityBase]
    relations: tuple[Relation, ...]
    designations: tuple[Designation, ...]
    redirects: dict[str, str]
    ledger: tuple[str, ...]
    origin: dict[str, str] = field(repr=False)
    """The data file each entity comes from, for error messages."""

    def records(self) -> Iterator[tuple[str, str, BaseModel]]:
        """Every record with its data file and a label that names it in messages."""
        for entity in self.entities.values():
            yield self.origin[entity.id], entity.id, entity
        for index, relation in enumerate(self.relations):
            label = f"relation {relation.subject} {relation.predicate} {relation.object}"
            yield self.origin[f"relation#{index}"], label, relation
        for index, designation in enumerate(self.designations):
            label = f"designation of {designation.subject} ({designation.action})"
            yield self.origin[f"designation#{index}"], label, designation

    def resolve(self, entity_id: str) -> str:
        """Follow redirects from *entity_id* to a current id (unchanged if none applies)."""
        seen = {entity_id}
        while entity_id in self.redirects:
            entity_id = self.redirects[entity_id]
            if entity_id in seen:
                raise DataError([Problem(REDIRECTS, entity_id, "", "redirect loop")])
            seen.add(entity_id)
        return entity_id


def _located(file: str, error: ValidationError, raw: Any) -> list[Problem]:
    """Turn a pydantic error into problems that name the file, record id and field."""
    problems = []
    for item in error.errors():
        loc = list(item["loc"])
        record = ""
        if len(loc) >= 2 and isinstance(loc[1], int):
            try:
                record = str(raw[loc[0]][loc[1]].get("id", f"{loc[0]}[{loc[1]}]"))
            except (KeyError, IndexError, TypeError, AttributeError):
                record = f"{loc[0]}[{loc[1]}]"
            loc = loc[2:]
            if loc and loc[0] in KINDS:  # the union's tag, not a field
                loc = loc[1:]
        problems.append(Problem(file, record, ".".join(map(str, loc)), item["msg"]))
    return problems


def _record_files(root: Traversable) -> Iterator[tuple[str, Traversable]]:
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


def read_files(root: Traversable) -> tuple[list[tuple[str, RecordFile]], list[Problem]]:
    """Parse and validate every record file; return what parsed and every problem."""
    parsed, problems = [], []
    for name, path in sorted(_record_files(root)):
        try:
            data = path.read_bytes()
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(Problem(name, "", "", f"not UTF-8 (byte {error.start})"))
            continue
        if not text.strip():
            problems.append(Problem(name, "", "", "empty file"))
            continue
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(Problem(name, "", "", f"not JSON: {error.msg} at line {error.lineno}"))
            continue
        try:
            parsed.append((name, RecordFile.model_validate(raw)))
        except ValidationError as error:
            problems.extend(_located(name, error, raw))
    return parsed, problems


def read_ledger(root: Traversable) -> tuple[tuple[str, ...], dict[str, str]]:
    """The ids ever issued, and the redirects from retired ids to current ones."""
    ledger_file, redirects_file = root / LEDGER, root / REDIRECTS
    ledger: tuple[str, ...] = ()
    if ledger_file.is_file():
        lines = ledger_file.read_text(encoding="utf-8").splitlines()
        ledger = tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))
    redirects: dict[str, str] = {}
    if redirects_file.is_file():
        redirects = json.loads(redirects_file.read_text(encoding="utf-8"))
    return ledger, redirects


def _kind_order(entity: EntityBase) -> tuple[int, str]:
    return KINDS.index(entity.kind), entity.id


def build(root: Traversable | Path | str) -> tuple[Dataset, list[Problem]]:
    """Load a data folder; return the dataset of what is valid and every problem found."""
    if isinstance(root, str):
        root = Path(root)
    if isinstance(root, Path) and not (root / RECORDS).is_dir():
        return _empty(), [Problem(str(root), "", "", f"no {RECORDS}/ folder here")]
    files, problems = read_files(root)
    entities: dict[str, EntityBase] = {}
    origin: dict[str, str] = {}
    relations: list[Relation] = []
    designations: list[Designation] = []
    for name, record_file in files:
        for entity in record_file.entities:
            if entity.id in entities:
                problems.append(
                    Problem(name, entity.id, "id", f"duplicate id (also in {origin[entity.id]})")
                )
                continue
            entities[entity.id] = entity
            origin[entity.id] = name
        for relation in record_file.relations:
            origin[f"relation#{len(relations)}"] = name
            relations.append(relation)
        for designation in record_file.designations:
            origin[f"designation#{len(designations)}"] = name
            designations.append(designation)
    ledger, redirects = read_ledger(root)
    ordered = dict((e.id, e) for e in sorted(entities.values(), key=_kind_order))
    dataset = Dataset(ordered, tuple(relations), tuple(designations), redirects, ledger, origin)
    return dataset, problems


def _empty() -> Dataset:
    return Dataset({}, (), (), {}, (), {})


def load(root: Traversable | Path | str | None = None) -> Dataset:
    """Load and validate a data folder (the bundled data by default); raise on any problem."""
    dataset, problems = build(root if root is not None else bundled_root())
    if problems:
        raise DataError(problems)
    return dataset


def bundled_root() -> Traversable:
    """The data folder shipped inside the package."""
    return resources.files("kzref") / "data"


@functools.cache
def dataset() -> Dataset:
    """The bundled dataset, loaded once."""
    return load()
