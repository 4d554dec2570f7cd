"""Every tie between entities, indexed in both directions.

A tie comes from a relation record, a designation, or a reference inside an
entity (an event's participant, an agreement's party, a place's container …).
``links(dataset)[id]`` lists an entity's ties, each seen from that entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from kzref.model.evidence import Claim
from kzref.model.ids import ID_RE
from kzref.model.records import Designation, Relation
from kzref.store import Dataset
from kzref.validate import walk

Direction = Literal["out", "in"]
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True, slots=True)
class Link:
    """One tie seen from one entity: to *other*, as *how*, in *direction*."""

    other: str
    how: str
    """The predicate, role or field: ``ties-with``, ``perpetrator``, ``designation:added`` …"""
    direction: Direction
    certainty: str
    record: BaseModel
    """The relation, designation, participant or entity that carries the tie."""


def _field_name(path: str) -> str:
    return _INDEX.sub("", path).rpartition(".")[2] or path


def _entity_ties(entity_id: str, entity: BaseModel) -> list[tuple[str, str, str, BaseModel]]:
    """(target, how, certainty, carrier) for each reference inside one entity."""
    ties: list[tuple[str, str, str, BaseModel]] = []
    carriers: dict[str, BaseModel] = {}
    for path, value in walk(entity):
        if isinstance(value, BaseModel):
            carriers[path] = value
            continue
        if not isinstance(value, str) or path == "id":
            continue
        if not ID_RE.match(value):
            continue
        parent_path = path.rpartition(".")[0]
        carrier = carriers.get(parent_path, entity)
        field = _field_name(path)
        how = getattr(carrier, "role", field) if field == "ref" else field
        certainty = carrier.certainty if isinstance(carrier, Claim) else "stated"
        ties.append((value, str(how), certainty, carrier))
    return [t for t in ties if t[0] != entity_id]


def build_links(dataset: Dataset) -> dict[str, list[Link]]:
    """Index every tie in *dataset*, both ways."""
    index: dict[str, list[Link]] = {entity_id: [] for entity_id in dataset.entities}

    def add(a: str, b: str, how: str, certainty: str, record: BaseModel) -> None:
        index.setdefault(a, []).append(Link(b, how, "out", certainty, record))
        index.setdefault(b, []).append(Link(a, how, "in", certainty, record))

    for entity_id, entity in dataset.entities.items():
        for target, how, certainty, carrier in _entity_ties(entity_id, entity):
            add(entity_id, target, how, certainty, carrier)
    for relation in dataset.relations:
        add(relation.subject, relation.object, relation.predicate, relation.certainty, relation)
    for designation in dataset.designations:
        for field in ("authority", "requested_by", "jurisdiction", "on_list", "event"):
            target = getattr(designation, field)
            if target:
                how = f"designation:{designation.action}:{field}"
                add(designation.subject, target, how, designation.certainty, designation)
    return index


def designations_of(dataset: Dataset, org_id: str) -> list[Designation]:
    """The designations whose subject is *org_id*."""
    return [d for d in dataset.designations if d.subject == org_id]


def relations_of(dataset: Dataset, entity_id: str) -> list[Relation]:
    """The relations with *entity_id* on either side."""
    return [r for r in dataset.relations if entity_id in (r.subject, r.object)]
