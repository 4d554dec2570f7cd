"""What a document can depend on, as keys with a digest each.

A document notes the keys it shows; an edit of the records changes some
digests, and only documents that noted a changed key are re-read (or, for
``^``, re-written).  Five grains keep a one-entity edit from touching every
page that merely names the entity:

``kind:slug``
    the whole record, with every relation and designation it is subject or
    object of (a ``kz:entity`` card, a table row that shows the summary).
``~kind:slug``
    what a link to the entity shows: name, type (its tooltip) and date.
``@kind:slug``
    everything the entity's own page shows: the record, each tie seen from it
    (with the relation or designation behind it) and the dataset version.
``%kind:slug``
    the entity's shape: what selections filter by and graphs draw (kind, tags,
    date, and each tie's direction, relation or role, and other end).
``*kind``
    any record of that kind (tables and timelines that select by kind).
``%*kind``
    any shape of that kind (a graph, which shows no summaries).
``~*kind``
    any link face of that kind (a selection that links to entities of that kind).

Selections are rendered when pages are written (:mod:`kzref.sphinx.deferred`),
so their keys decide what is re-written rather than re-read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from docutils import nodes
from sphinx import addnodes

from kzref.links import Link
from kzref.metadata import dataset_version
from kzref.model.entities import EntityBase
from kzref.select import date_of
from kzref.sphinx.render import entity_type
from kzref.store import Dataset


def _hex(*parts: str | bytes) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def digests(dataset: Dataset, links: Mapping[str, list[Link]]) -> dict[str, str]:
    """Every key's digest for *dataset*, whose ties are *links*."""
    records = {
        id(record): record.model_dump_json().encode()
        for record in (*dataset.relations, *dataset.designations)
    }
    ends: dict[str, list[bytes]] = {}
    for record in (*dataset.relations, *dataset.designations):
        for end in {getattr(record, "subject", ""), getattr(record, "object", "")}:
            ends.setdefault(end, []).append(records[id(record)])
    version = dataset_version()
    out: dict[str, str] = {}
    for entity_id, entity in dataset.entities.items():
        full = _hex(entity.model_dump_json(), *ends.get(entity_id, ()))
        date = date_of(entity)
        out[entity_id] = full
        out[f"~{entity_id}"] = _hex(
            entity.name, entity_type(entity), date.model_dump_json() if date else ""
        )
    for entity_id, entity in dataset.entities.items():
        found = links.get(entity_id, ())
        out[f"@{entity_id}"] = _hex(out[entity_id], version, *_ties(found, records))
        out[f"%{entity_id}"] = _shape(entity, found)
    return out


def _shape(entity: EntityBase, found: Iterable[Link]) -> str:
    date = date_of(entity)
    ties = sorted(f"{link.direction}|{link.how}|{link.other}" for link in found)
    return _hex(entity.kind, *entity.tags, "|", date.model_dump_json() if date else "", *ties)


def _ties(found: Iterable[Link], records: Mapping[int, bytes]) -> Iterable[str | bytes]:
    for link in found:
        yield "|".join(
            (
                link.direction,
                link.via,
                link.relation,
                link.other,
                link.role or "",
                link.certainty or "",
            )
        )
        if link.via != "reference":
            yield records.get(id(link.record), b"")


def changed(old: Mapping[str, str], new: Mapping[str, str]) -> set[str]:
    """Keys whose digest differs (or that came or went), and the wildcards they imply.

    A changed record ``kind:slug`` implies ``*kind``; a changed shape
    ``%kind:slug`` implies ``%*kind``; a changed link face ``~kind:slug``
    implies ``~*kind``.
    """
    found = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
    kinds = {f"*{key.partition(':')[0]}" for key in found if key[0] not in "~@%"}
    shapes = {f"%*{key[1:].partition(':')[0]}" for key in found if key[0] == "%"}
    faces = {f"~*{key[1:].partition(':')[0]}" for key in found if key[0] == "~"}
    return found | kinds | shapes | faces


def link_keys(tree: Iterable[nodes.Node]) -> set[str]:
    """The keys a piece of output depends on through its links: name, type and date."""
    found: set[str] = set()
    for node in tree:
        if not isinstance(node, nodes.Element):
            continue
        for ref in node.findall(addnodes.pending_xref):
            if ref.get("refdomain") == "kz":
                target = ref["reftarget"]
                found.add(f"~{target}")
    return found
