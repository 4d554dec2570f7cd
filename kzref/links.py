"""Every tie between entities, indexed once, in both directions.

A tie comes from a relation record (as subject, object, asserter or disputer),
a designation, or a reference inside an entity's own record (an event's
participant, an agreement's party, a place's container …).
``links(dataset)[id]`` lists an entity's ties, each seen from that entity, in a
stable order; :func:`kzref.related` and the Sphinx pages both read it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Literal

from kzref.model.entities import EntityBase, Participant
from kzref.model.records import Designation, Relation
from kzref.store import Dataset
from kzref.validate import references

_INDEX = re.compile(r"\[\d+\]")
DESIGNATION_FIELDS = ("authority", "requested_by", "jurisdiction", "on_list", "event")


@dataclass(frozen=True, slots=True)
class Link:
    """One tie between the entity asked about and another record.

    ``direction`` is ``out`` when the entity's own record (or a relation whose
    subject it is) points to ``other``, ``in`` when ``other`` points to it.
    ``via`` says where the tie is recorded: ``relation``, ``designation`` or
    ``reference`` (a field of an entity record, e.g. ``participants.ref``).
    """

    direction: Literal["in", "out"]
    via: Literal["relation", "designation", "reference"]
    relation: str
    other: str
    role: str | None = None
    certainty: str | None = None
    record: Any = dataclasses.field(default=None, repr=False)
    """The relation, designation or entity record that carries the tie."""

    @property
    def how(self) -> str:
        """The role where a participant has one, else the relation (``ties-with`` …)."""
        return self.role if self.via == "reference" and self.role else self.relation

    def sort_key(self) -> tuple[str, str, str, str, str]:
        """Stable order: direction, where recorded, relation, other id, role."""
        return (self.direction, self.via, self.relation, self.other, self.role or "")


def _item_at(entity: EntityBase, path: str) -> Any:
    """The list item a reference path starts in (``participants[2].ref`` → participant 2)."""
    head = path.split(".", maxsplit=1)[0]
    match = _INDEX.search(head)
    container = getattr(entity, _INDEX.sub("", head), None)
    if match is None or not isinstance(container, list | tuple):
        return None
    return container[int(match[0][1:-1])]


def _role_and_certainty(entity: EntityBase, path: str) -> tuple[str | None, str | None]:
    """The participant role and the certainty of the list item a reference sits in."""
    item = _item_at(entity, path) if "[" in path else None
    role = item.role if isinstance(item, Participant) and path.endswith(".ref") else None
    certainty = getattr(item, "certainty", None)
    return role, certainty if isinstance(certainty, str) else None


def role_at(entity: EntityBase, path: str) -> str | None:
    """The participant role at *path* (``participants[0].ref``), if it is one."""
    return _role_and_certainty(entity, path)[0]


def _relation_links(relation: Relation) -> list[tuple[str, Link]]:
    r = relation
    found = [
        (r.subject, Link("out", "relation", r.predicate, r.object, r.title, r.certainty, r)),
        (r.object, Link("in", "relation", r.predicate, r.subject, r.title, r.certainty, r)),
    ]
    for field in ("asserted_by", "disputed_by"):
        for actor in getattr(r, field):
            link = Link("in", "relation", f"{r.predicate}.{field}", r.subject, None, r.certainty, r)
            found.append((actor, link))
    return found


def _designation_links(designation: Designation) -> list[tuple[str, Link]]:
    d = designation
    relation = f"designation.{d.action}"
    found = []
    for field in DESIGNATION_FIELDS:
        other = getattr(d, field)
        if other is not None:
            found.append(
                (d.subject, Link("out", "designation", relation, other, field, d.certainty, d))
            )
    for field in (*DESIGNATION_FIELDS, "asserted_by", "disputed_by"):
        value = getattr(d, field)
        for target in value if isinstance(value, tuple) else [value] if value else []:
            found.append(
                (target, Link("in", "designation", relation, d.subject, field, d.certainty, d))
            )
    return found


def _reference_links(entity: EntityBase) -> list[tuple[str, Link]]:
    found = []
    for path, target in references(entity):
        field = _INDEX.sub("", path) if "[" in path else path
        role, certainty = _role_and_certainty(entity, path)
        found.append((entity.id, Link("out", "reference", field, target, role, certainty, entity)))
        found.append((target, Link("in", "reference", field, entity.id, role, certainty, entity)))
    return found


def build_links(dataset: Dataset) -> dict[str, list[Link]]:
    """Index every tie in *dataset* by the entity it is seen from, in one pass."""
    index: dict[str, dict[tuple[tuple[str, ...], str], Link]] = {i: {} for i in dataset.entities}
    pairs: list[tuple[str, Link]] = []
    for entity in dataset.entities.values():
        pairs += _reference_links(entity)
    for relation in dataset.relations:
        pairs += _relation_links(relation)
    for designation in dataset.designations:
        pairs += _designation_links(designation)
    for owner, link in pairs:
        index.setdefault(owner, {})[(link.sort_key(), link.certainty or "")] = link
    return {owner: [links[key] for key in sorted(links)] for owner, links in index.items()}


def links(dataset: Dataset) -> dict[str, list[Link]]:
    """The tie index of *dataset*, built once and kept by the dataset."""
    return dataset.index(build_links)
