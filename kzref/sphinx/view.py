"""The records as renderers see them: every read recorded as a dependency key.

Renderers, roles and the domain never touch the dataset directly; they ask a
:class:`View`.  Each question is an *accessor* applied to one argument (an
id, a kind, a config name), and the view notes the key ``<accessor><arg>``.
The digest of a key is the hash of what the same accessor returns for the
records of a later build, so what a page is keyed on is exactly what its
renderers read — there is no second model of it to drift.

=========  ====================================================  =================
accessor   returns                                               e.g. read by
=========  ====================================================  =================
``e``      the whole entity record (or nothing)                  a card, a row
``~``      its face: kind, name, type, date (or nothing)         every link
``%``      its shape: kind, tags, date (or nothing)             selection filters
``l``      every tie seen from the entity: direction, where      an entity page,
           recorded, relation, other end, role, certainty         ``:involving:``
           (not the carrying record: relations and designations
           are read whole with ``R`` and ``D``)
``r``      where an id resolves through the redirects            roles, ``:ids:``
``k``      the ids of one kind, in order                         ``:kind:`` filters
``s``      ids of any kind with this slug                        wrong-kind hints
``h``      the ids suggested for an unknown id                   did-you-mean hints
``R``      the relations naming the entity (whole records)       an entity page
``D``      the designations of the entity (whole records)        an entity page
``t``      every tag in use                                      ``:tag:`` checks
``i``      an id's name in the intersphinx inventories           cite-only roles
``o``      where an entity is defined (document, anchor)         every resolved link
``x``      the kinds whose index has entries                     every page
``c``      a configuration value                                 permalinks, graphs
``v``      the dataset version                                   "cite this"
=========  ====================================================  =================

A missing record is a value too (``∅``), so a page that names an id before it
exists is re-read when it appears.  Other modules add the questions only they
ask (:data:`ACCESSORS`): the sections an entity page has (``p``, in
:mod:`kzref.sphinx.directives.page`), an evidence map and its targets (``§``,
``¶``, in :mod:`kzref.sphinx.directives.evidence_map`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from kzref.links import Link
from kzref.model.ids import KINDS
from kzref.model.kinds import KIND_INFO
from kzref.select import date_of

if TYPE_CHECKING:
    from kzref.model.dates import FuzzyDate
    from kzref.model.entities import EntityBase
    from kzref.model.records import Designation, Relation
    from kzref.sphinx.state import BuildData
    from kzref.sphinx.warnings import Subtype

KIND_LABELS: dict[str, str] = {kind: info.label.capitalize() for kind, info in KIND_INFO.items()}

TYPE_FIELDS = ("org_type", "place_type", "event_type", "agreement_type", "document_type")


def entity_type(entity: EntityBase) -> str:
    """The kind and type of an entity in words: "Organization · terrorist organization"."""
    from kzref.display import label

    kind = KIND_LABELS[entity.kind]
    for name in TYPE_FIELDS:
        value = getattr(entity, name, None)
        if value:
            return f"{kind} · {label(value)}"
    return kind


class Face(NamedTuple):
    """What a link to an entity shows: its name, and in the tooltip its id and type."""

    id: str
    kind: str
    name: str
    type: str
    date: FuzzyDate | None


class Shape(NamedTuple):
    """What selection filters read of an entity: id, kind, tags and date (not its prose)."""

    id: str
    kind: str
    tags: tuple[str, ...]
    date: FuzzyDate | None


MISSING = b"\xe2\x88\x85"  # ∅


def _entity(data: BuildData, entity_id: str) -> EntityBase | None:
    return data.dataset.entities.get(entity_id)


def _face(data: BuildData, entity_id: str) -> Face | None:
    entity = data.dataset.entities.get(entity_id)
    if entity is None:
        return None
    date = date_of(entity, data.dataset)  # a sub-event without one: its parent's, marked
    return Face(entity.id, entity.kind, entity.name, entity_type(entity), date)


def _shape(data: BuildData, entity_id: str) -> Shape | None:
    entity = data.dataset.entities.get(entity_id)
    if entity is None:
        return None
    return Shape(entity.id, entity.kind, tuple(entity.tags), date_of(entity, data.dataset))


def _links(data: BuildData, entity_id: str) -> list[Link]:
    found = data.ties.get(entity_id)
    if found is None:
        # the carrying record is left out: a renderer reads records through their own
        # accessors (``e``, ``R``, ``D``), so an edit of an event's figures does not
        # reach every page the event merely ties to
        found = [
            Link(link.direction, link.via, link.relation, link.other, link.role, link.certainty)
            for link in data.links.get(entity_id, ())
        ]
        data.ties[entity_id] = found
    return found


def _resolve(data: BuildData, entity_id: str) -> str:
    try:
        return data.dataset.resolve(entity_id)
    except ValueError:  # a loop: the data check refuses it before any page is read
        return entity_id


def _members(data: BuildData, kind: str) -> list[str]:
    return data.members.get(kind, [])


def _slug(data: BuildData, slug: str) -> list[str]:
    return [i for i, e in data.dataset.entities.items() if e.slug == slug]


def _hints(data: BuildData, key: str) -> list[str]:
    from kzref.registry import suggest_in

    return suggest_in(data.dataset, key)


def _relations(data: BuildData, entity_id: str) -> list[Relation]:
    return data.relations_of.get(entity_id, [])


def _designations(data: BuildData, entity_id: str) -> list[Designation]:
    return data.designations_of.get(entity_id, [])


def _tags(data: BuildData, _: str) -> list[str]:
    return sorted({tag for entity in data.dataset.entities.values() for tag in entity.tags})


def _remote(data: BuildData, entity_id: str) -> str | None:
    return data.remote.get(entity_id)


def _page(data: BuildData, entity_id: str) -> tuple[str, str] | None:
    return data.pages.get(entity_id)


def _indices(data: BuildData, _: str) -> tuple[str, ...]:
    entities = data.dataset.entities
    return tuple(sorted({entities[i].kind for i in data.pages if i in entities}))


def _config(data: BuildData, name: str) -> object:
    return data.config.get(name)


def _version(data: BuildData, _: str) -> str:
    from kzref.metadata import dataset_version

    return dataset_version()


ACCESSORS: dict[str, Callable[[BuildData, str], Any]] = {
    "e": _entity,
    "~": _face,
    "%": _shape,
    "l": _links,
    "r": _resolve,
    "k": _members,
    "s": _slug,
    "h": _hints,
    "R": _relations,
    "D": _designations,
    "t": _tags,
    "i": _remote,
    "o": _page,
    "x": _indices,
    "c": _config,
    "v": _version,
}
"""Every question a renderer may ask, by the one character that starts its keys."""


def _fingerprint(data: BuildData, value: object) -> bytes:
    """Bytes that change whenever *value* does (records by their full JSON, memoized)."""
    from pydantic import BaseModel

    if value is None:
        return MISSING
    if isinstance(value, BaseModel):
        found = data.fingerprints.get(id(value))
        if found is None:
            found = data.fingerprints[id(value)] = value.model_dump_json().encode()
        return found
    if isinstance(value, Link):
        fields = (value.direction, value.via, value.relation, value.other)
        return "|".join((*fields, value.role or "", value.certainty or "")).encode()
    if isinstance(value, list | tuple):
        return b"[" + b"\x1e".join(_fingerprint(data, item) for item in value) + b"]"
    return repr(value).encode()


def value(data: BuildData, key: str) -> Any:
    """The value behind *key* (memoized: the records do not change during a build)."""
    try:
        return data.values[key]
    except KeyError:
        found = data.values[key] = ACCESSORS[key[0]](data, key[1:])
        return found


def digest(data: BuildData, key: str) -> str:
    """What the value behind *key* hashes to for *data* (memoized for the build)."""
    found = data.digests.get(key)
    if found is None:
        found = hashlib.blake2b(_fingerprint(data, value(data, key)), digest_size=8).hexdigest()
        data.digests[key] = found
    return found


def combined(data: BuildData, keys: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """The sorted keys and one digest over their values: what a document is keyed on."""
    ordered = tuple(sorted(set(keys)))
    return ordered, _over(data, ordered)


def _over(data: BuildData, ordered: tuple[str, ...]) -> str:
    memo = data.digests
    # one string, hashed once: keys hold no NUL, digests are hex
    text = "".join(f"{key}\0{memo.get(key) or digest(data, key)}\0" for key in ordered)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def is_current(data: BuildData, record: tuple[tuple[str, ...], str] | None) -> bool:
    """Whether a document keyed on *record* would read the same values now.

    A key this version cannot answer (a record kept by another kzref) is a change.
    """
    if record is None:
        return False
    try:
        return _over(data, record[0]) == record[1]
    except KeyError:
        return False


class View:
    """The records of one build, read on behalf of one document; every read is noted."""

    __slots__ = ("data", "keys", "warnings")

    def __init__(self, data: BuildData, keys: set[str] | None = None) -> None:
        self.data = data
        self.keys: set[str] = set() if keys is None else keys
        self.warnings: list[tuple[Subtype, str]] = []
        """Warnings a renderer has for its reader, given where its output is placed."""

    def read(self, accessor: str, argument: str) -> Any:
        """The answer of one accessor for *argument* (memoized), the key noted.

        The methods below name kzref's own questions; a module that registers
        one of its own in :data:`ACCESSORS` asks it here.
        """
        key = accessor + argument
        self.keys.add(key)
        return value(self.data, key)

    def entity(self, entity_id: str) -> EntityBase | None:
        """The whole record of a current entity, or None."""
        found: EntityBase | None = self.read("e", entity_id)
        return found

    def face(self, entity_id: str) -> Face | None:
        """What a link to *entity_id* shows, or None if no entity has that id."""
        found: Face | None = self.read("~", entity_id)
        return found

    def shape(self, entity_id: str) -> Shape | None:
        """What filters read of an entity, or None if no entity has that id."""
        found: Shape | None = self.read("%", entity_id)
        return found

    def links(self, entity_id: str) -> list[Link]:
        """Every tie of an entity, each with the record that carries it."""
        found: list[Link] = self.read("l", entity_id)
        return found

    def resolve(self, entity_id: str) -> str:
        """The current id *entity_id* redirects to (itself if it is not retired)."""
        found: str = self.read("r", entity_id)
        return found

    def members(self, kind: str) -> list[str]:
        """The ids of every entity of *kind*, in dataset order."""
        found: list[str] = self.read("k", kind)
        return found

    def with_slug(self, slug: str) -> list[str]:
        """The ids, of any kind, whose slug is *slug*."""
        found: list[str] = self.read("s", slug)
        return found

    def suggestions(self, key: str) -> list[str]:
        """Current ids close to an unknown *key*."""
        found: list[str] = self.read("h", key)
        return found

    def relations(self, entity_id: str) -> list[Relation]:
        """Relations naming the entity (as subject, object, asserter or disputer)."""
        found: list[Relation] = self.read("R", entity_id)
        return found

    def designations(self, entity_id: str) -> list[Designation]:
        """Designations whose subject is the entity."""
        found: list[Designation] = self.read("D", entity_id)
        return found

    def tags(self) -> list[str]:
        """Every tag some record carries."""
        found: list[str] = self.read("t", "")
        return found

    def page(self, entity_id: str) -> tuple[str, str] | None:
        """Where *entity_id* is defined (document and anchor), or None: what links resolve to.

        Read only while writing, once every document has been read.
        """
        found: tuple[str, str] | None = self.read("o", entity_id)
        return found

    def index_kinds(self) -> tuple[str, ...]:
        """The kinds whose index has entries: every page links the non-empty ones."""
        found: tuple[str, ...] = self.read("x", "")
        return found

    def remote_name(self, entity_id: str) -> str | None:
        """The display name an intersphinx inventory gives *entity_id* (cite-only mode)."""
        found: str | None = self.read("i", entity_id)
        return found

    def config(self, name: str) -> Any:
        """A configuration value that shapes output."""
        return self.read("c", name)

    def version(self) -> str:
        """The dataset version (printed in citations)."""
        found: str = self.read("v", "")
        return found

    def kinds_in_order(self, ids: Iterable[str]) -> list[str]:
        """*ids* in dataset order (kind, then id); reads nothing."""
        return sorted(ids, key=lambda i: (KINDS.index(i.partition(":")[0]), i))
