"""The edit families: every field of every kind, ties, records, redirects, config, pages.

An :class:`Edit` is a value: a family, a description and a change that applies
to any :class:`~differential.project.State` (returning False, a no-op, where
its target is gone), so any subsequence of a sequence can be replayed when a
failure is shrunk.  :func:`propose` draws one edit for the current state from
a :class:`random.Random`; :func:`FIELD_EDITS` and :func:`CONFIG_VALUES` are
checked by the test suite to cover every model field and every ``kzref_*``
option, so a field or option added later is not silently left out.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from differential.project import (
    DATA_FOLDERS,
    FIXED_PAGES,
    FUTURE_IDS,
    MAIN_FILE,
    NEVER_ID,
    OTHER_FILE,
    Record,
    State,
)
from kzref.model.evidence import Certainty
from kzref.model.figures import Approximation
from kzref.model.vocabulary import (
    AgreementType,
    DesignationAction,
    DocumentType,
    EventType,
    OrganizationType,
    PlaceType,
    RelationType,
    Role,
)

KINDS = ("org", "person", "place", "event", "agreement", "document")
ROLES: tuple[str, ...] = get_args(Role)
CERTAINTIES: tuple[str, ...] = get_args(Certainty)
PREDICATES: tuple[str, ...] = get_args(RelationType)
ACTIONS: tuple[str, ...] = get_args(DesignationAction)
APPROXIMATIONS = tuple(a for a in get_args(Approximation) if a != "range")
TYPES: dict[str, tuple[str, ...]] = {
    "org_type": get_args(OrganizationType),
    "place_type": get_args(PlaceType),
    "event_type": get_args(EventType),
    "agreement_type": get_args(AgreementType),
    "document_type": get_args(DocumentType),
}
TAGS = ("banned", "watch", "listed", "test-tag")
DATES = (
    ("2002-06", "June 2002"),
    ("2003", "2003"),
    ("2004-21", "spring 2004"),
    ("2005-03-17", "17 March 2005"),
    ("2006", "2006"),
    ("2007-11", "November 2007"),
    ("199X", "the 1990s"),
    ("2004~", "about 2004"),
    ("2008/2009", "2008 to 2009"),
)
WORDS = ("Delta", "Echo", "Kilo", "Lima", "Žana", "Ōmega", "*Star*", "Back`tick", "Pipe | bar")
SECTIONS = ("Test", "Test > Later")
BASE_URLS = ("https://example.org/kzref/", "https://kzref.example.net/v2/", "http://localhost/")
PAGES_DIRS = ("kz", "ref", "entities")

REMOVE = object()
"""A field value meaning: delete the field (it takes its default)."""


@dataclass(frozen=True)
class Edit:
    """One edit of a state: what it is, in words, and the change itself."""

    family: str
    text: str
    change: Callable[[State], bool]
    """Changes the state in place; False when it does not apply to this state."""

    def __str__(self) -> str:
        return f"[{self.family}] {self.text}"


Rng = random.Random


def _ids(state: State, *kinds: str) -> list[str]:
    return sorted(i for i in state.entities() if not kinds or i.partition(":")[0] in kinds)


def _pick(rng: Rng, options: list[str] | tuple[str, ...], default: str = "") -> str:
    return rng.choice(options) if options else default


def _evidence(rng: Rng) -> list[Record]:
    return [{"section": rng.choice(SECTIONS), "quote": f"excerpt {rng.randrange(10_000)}"}]


def _name(rng: Rng) -> str:
    return f"{rng.choice(WORDS)} {rng.randrange(1000)}"


def _mutate_list(
    rng: Rng,
    items: list[Any],
    make: Callable[[], Any],
    change: Callable[[Any], Any] | None = None,
) -> list[Any]:
    """The list with one item added, removed or (if *change* is given) changed."""
    items = copy.deepcopy(items)
    moves = ["add"] + (["remove"] if items else []) + (["change"] if items and change else [])
    move = rng.choice(moves)
    if move == "add":
        items.insert(rng.randrange(len(items) + 1), make())
    elif move == "remove":
        items.pop(rng.randrange(len(items)))
    else:
        assert change is not None
        index = rng.randrange(len(items))
        items[index] = change(copy.deepcopy(items[index]))
    return items


# ---------------------------------------------------------------- entity fields


def _actors(state: State) -> list[str]:
    return _ids(state, "org", "person")


def _claim_change(rng: Rng, state: State, claim: Record) -> Record:
    key = rng.choice(("certainty", "asserted_by", "disputed_by"))
    if key == "certainty":
        claim["certainty"] = rng.choice(CERTAINTIES)
    else:
        claim[key] = _mutate_list(rng, claim.get(key, []), lambda: _pick(rng, _actors(state)))
    return claim


def _participant(rng: Rng, state: State) -> Record:
    out: Record = {"ref": _pick(rng, _ids(state)), "role": rng.choice(ROLES)}
    if rng.random() < 0.4:
        out["certainty"] = rng.choice(CERTAINTIES)
    if rng.random() < 0.3:
        out["asserted_by"] = [_pick(rng, _actors(state))]
    if rng.random() < 0.2:
        out["description"] = f"In this role number {rng.randrange(100)}."
    return out


def _participant_change(rng: Rng, state: State, item: Record) -> Record:
    key = rng.choice(("ref", "role", "claim", "description", "evidence"))
    if key == "ref":
        item["ref"] = _pick(rng, _ids(state))
    elif key == "role":
        item["role"] = rng.choice(ROLES)
    elif key == "claim":
        item = _claim_change(rng, state, item)
    elif key == "description":
        item["description"] = f"Reworded role text {rng.randrange(100)}."
    else:
        item["evidence"] = _evidence(rng)
    return item


def _figure(rng: Rng) -> Record:
    value = rng.randrange(1, 500)
    if rng.random() < 0.3:
        return {
            "measure": "arrested",
            "value": value,
            "upper": value + rng.randrange(1, 50),
            "unit": "people",
            "approximation": "range",
            "text": f"{value} or more",
        }
    return {
        "measure": rng.choice(("killed", "arrested", "leaflets-seized")),
        "value": value,
        "unit": rng.choice(("people", "leaflets")),
        "approximation": rng.choice(APPROXIMATIONS),
        "text": f"about {value}",
    }


def _quote(rng: Rng, state: State) -> Record:
    out: Record = {"section": rng.choice(SECTIONS), "text": f"Words number {rng.randrange(999)}."}
    if rng.random() < 0.7:
        out["speaker"] = _pick(rng, _actors(state))
    return out


def _quote_change(rng: Rng, state: State, item: Record) -> Record:
    key = rng.choice(("speaker", "text", "section"))
    if key == "speaker":
        item["speaker"] = _pick(rng, _actors(state))
    elif key == "text":
        item["text"] = f"Other words {rng.randrange(999)}."
    else:
        item["section"] = rng.choice(SECTIONS)
    return item


def _note(rng: Rng) -> Record:
    return {
        "text": f"The source is unclear here ({rng.randrange(999)}).",
        "evidence": _evidence(rng),
    }


def _one_of(rng: Rng, options: list[str], remove: float = 0.25) -> Any:
    return REMOVE if not options or rng.random() < remove else rng.choice(options)


FieldEdit = Callable[[Rng, State, Record, str], Any]
"""The new value of a field (named last) of an entity (or :data:`REMOVE`), from its current one."""


def _place_ref(rng: Rng, state: State, entity: Record, field: str) -> Any:
    return _one_of(rng, [i for i in _ids(state, "place") if i != entity["id"]])


def _id_list(*kinds: str) -> FieldEdit:
    def make(rng: Rng, state: State, entity: Record, field: str) -> Any:
        options = [i for i in _ids(state, *kinds) if i != entity["id"]]
        return _mutate_list(rng, entity.get(field, []), lambda: _pick(rng, options))

    return make


def _event_ref(rng: Rng, state: State, entity: Record, field: str) -> Any:
    return _one_of(rng, [i for i in _ids(state, "event") if i != entity["id"]])


def _type_edit(rng: Rng, state: State, entity: Record, field: str) -> Any:
    return rng.choice(TYPES[field])


FIELD_EDITS: dict[str, FieldEdit] = {
    "name": lambda rng, state, e, f: _name(rng),
    "aliases": lambda rng, state, e, f: _mutate_list(rng, e.get("aliases", []), lambda: _name(rng)),
    "summary": lambda rng, state, e, f: rng.choice(
        (
            f"A reworded summary, number {rng.randrange(1000)}.",
            f"Markup stays text: *not emphasis*, `not code`, |x| {rng.randrange(99)}.",
        )
    ),
    "evidence": lambda rng, state, e, f: (
        _mutate_list(rng, e.get("evidence", []), lambda: _evidence(rng)[0]) or _evidence(rng)
    ),
    "notes": lambda rng, state, e, f: _mutate_list(
        rng,
        e.get("notes", []),
        lambda: _note(rng),
        lambda n: {**n, "text": f"Reworded note number {rng.randrange(999)}."},
    ),
    "tags": lambda rng, state, e, f: _mutate_list(rng, e.get("tags", []), lambda: rng.choice(TAGS)),
    **{name: _type_edit for name in TYPES},
    "country": _place_ref,
    "birthplace": _place_ref,
    "located_in": _place_ref,
    "citizenship": _id_list("place"),
    "places": _id_list("place"),
    "authors": _id_list("org", "person"),
    "recipients": _id_list(),
    "date": lambda rng, state, e, f: (
        REMOVE
        if rng.random() < 0.2
        else dict(zip(("edtf", "text"), rng.choice(DATES), strict=True))
    ),
    "participants": lambda rng, state, e, f: _mutate_list(
        rng,
        e.get("participants", []),
        lambda: _participant(rng, state),
        lambda p: _participant_change(rng, state, p),
    ),
    "parties": lambda rng, state, e, f: _mutate_list(
        rng,
        e.get("parties", []),
        lambda: _participant(rng, state),
        lambda p: _participant_change(rng, state, p),
    ),
    "figures": lambda rng, state, e, f: _mutate_list(
        rng, e.get("figures", []), lambda: _figure(rng), lambda f: _figure(rng)
    ),
    "quotes": lambda rng, state, e, f: _mutate_list(
        rng,
        e.get("quotes", []),
        lambda: _quote(rng, state),
        lambda q: _quote_change(rng, state, q),
    ),
    "part_of": _event_ref,
    "event": _event_ref,
    "claim": lambda rng, state, e, f: _claim_change(rng, state, copy.deepcopy(e.get("claim", {}))),
    "commitments": lambda rng, state, e, f: _mutate_list(
        rng, e.get("commitments", []), lambda: f"Commit to thing {rng.randrange(99)}."
    ),
}
"""How each entity field is edited; the suite checks every field of every kind is here."""


def _fields(kind: str) -> list[str]:
    from kzref.model.entities import MODEL_BY_KIND

    return [f for f in MODEL_BY_KIND[kind].model_fields if f not in ("id", "kind")]


def set_field(entity_id: str, field: str, value: Any) -> Callable[[State], bool]:
    def change(state: State) -> bool:
        entity = state.entities().get(entity_id)
        if entity is None:
            return False
        if value is REMOVE:
            if field not in entity:
                return False
            del entity[field]
        else:
            entity[field] = copy.deepcopy(value)
        return True

    return change


def field_edit(rng: Rng, state: State) -> Edit:
    """Any field of any entity (the kind first, so that the one agreement gets its share)."""
    kinds = sorted({i.partition(":")[0] for i in state.entities()})
    entity_id = rng.choice(_ids(state, rng.choice(kinds)))
    entity = state.entities()[entity_id]
    field = rng.choice(_fields(entity["kind"]))
    make = FIELD_EDITS[field]
    value = make(rng, state, entity, field)
    shown = "(removed)" if value is REMOVE else json_text(value)
    return Edit(
        f"field:{entity['kind']}.{field}",
        f"{entity_id}.{field} = {shown}",
        set_field(entity_id, field, value),
    )


def json_text(value: Any, limit: int = 160) -> str:
    """A short JSON rendering for edit descriptions."""
    import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------- relations, designations


def _relation(rng: Rng, state: State) -> Record:
    ids = _ids(state)
    subject = rng.choice(ids)
    out: Record = {
        "subject": subject,
        "predicate": rng.choice(PREDICATES),
        "object": rng.choice([i for i in ids if i != subject]),
        "evidence": _evidence(rng),
    }
    if rng.random() < 0.5:
        out["certainty"] = rng.choice(CERTAINTIES)
    if rng.random() < 0.4:
        out["asserted_by"] = [_pick(rng, _actors(state))]
    if rng.random() < 0.3:
        out["title"] = f"title {rng.randrange(99)}"
    if rng.random() < 0.3:
        out["date"] = dict(zip(("edtf", "text"), rng.choice(DATES), strict=True))
    return out


def _changed_record(rng: Rng, state: State, record: Record, keys: tuple[str, ...]) -> Record:
    out = copy.deepcopy(record)
    key = rng.choice(keys)
    if key == "evidence":
        out["evidence"] = _evidence(rng)
    elif key in ("asserted_by", "disputed_by"):
        out[key] = _mutate_list(rng, out.get(key, []), lambda: _pick(rng, _actors(state)))
    elif key == "certainty":
        out["certainty"] = rng.choice(CERTAINTIES)
    elif key == "title":
        out["title"] = f"title {rng.randrange(99)}"
    elif key == "date":
        out["date"] = dict(zip(("edtf", "text"), rng.choice(DATES), strict=True))
    elif key == "predicate":
        out["predicate"] = rng.choice(PREDICATES)
    elif key == "action":
        out["action"] = rng.choice(ACTIONS)
    elif key in ("object", "authority", "requested_by", "jurisdiction", "on_list", "event"):
        kinds = {
            "object": KINDS,
            "authority": ("org", "person"),
            "requested_by": ("org", "person"),
            "jurisdiction": ("place",),
            "on_list": ("document",),
            "event": ("event",),
        }[key]
        options = _ids(state, *kinds)
        if key != "object" and rng.random() < 0.3:
            out.pop(key, None)
        elif options:
            out[key] = rng.choice(options)
    return out


def replace_record(kind: str, old: Record, new: Record | None) -> Callable[[State], bool]:
    """Replace (or remove, if *new* is None) the first record of *kind* equal to *old*."""

    def change(state: State) -> bool:
        for part in state.records.values():
            for index, record in enumerate(part[kind]):
                if record == old:
                    if new is None:
                        part[kind].pop(index)
                    else:
                        part[kind][index] = copy.deepcopy(new)
                    return True
        return False

    return change


def add_record(kind: str, file: str, record: Record) -> Callable[[State], bool]:
    def change(state: State) -> bool:
        state.records[file][kind].append(copy.deepcopy(record))
        return True

    return change


RELATION_KEYS = ("evidence", "asserted_by", "disputed_by", "certainty", "title", "date")


def _twin_key(record: Record) -> tuple[str, ...]:
    """What links keep of a relation: both ends, the predicate and the certainty."""
    return (
        record["subject"],
        record["predicate"],
        record["object"],
        record.get("certainty", "stated"),
    )


def relation_edit(rng: Rng, state: State) -> Edit:
    """Add, remove or change a relation; make two collide; change one of a colliding pair."""
    relations = state.relations()
    file = rng.choice((MAIN_FILE, OTHER_FILE))
    move = rng.choice(
        ("add", "remove", "change", "collide", "change-twin") if relations else ("add",)
    )
    if move == "add":
        new = _relation(rng, state)
        return Edit("relation:add", json_text(new), add_record("relations", file, new))
    old = rng.choice(relations)
    if move == "remove":
        return Edit("relation:remove", json_text(old), replace_record("relations", old, None))
    if move == "collide":
        twin = _changed_record(rng, state, old, (*RELATION_KEYS[:2], "title", "date"))
        twin["certainty"] = old.get("certainty", "stated")
        return Edit(
            "relation:collide",
            f"a twin of {json_text(old)}: {json_text(twin)}",
            add_record("relations", file, twin),
        )
    if move == "change-twin":
        keys = [_twin_key(r) for r in relations]
        twins = [r for r in relations if keys.count(_twin_key(r)) > 1]
        if twins:
            old = rng.choice(twins)
            new = _changed_record(rng, state, old, ("evidence", "asserted_by", "title", "date"))
            return Edit(
                "relation:change-twin",
                f"{json_text(old)} → {json_text(new)}",
                replace_record("relations", old, new),
            )
    new = _changed_record(rng, state, old, (*RELATION_KEYS, "predicate", "object"))
    return Edit(
        "relation:change",
        f"{json_text(old)} → {json_text(new)}",
        replace_record("relations", old, new),
    )


DESIGNATION_KEYS = (
    "action",
    "authority",
    "requested_by",
    "jurisdiction",
    "date",
    "on_list",
    "event",
    "certainty",
    "asserted_by",
    "disputed_by",
    "evidence",
)


def designation_edit(rng: Rng, state: State) -> Edit:
    """Add, remove or change a designation."""
    designations = state.designations()
    orgs = _ids(state, "org")
    move = rng.choice(("add", "remove", "change") if designations else ("add",))
    if move == "add" and orgs:
        new: Record = {"subject": rng.choice(orgs), "action": rng.choice(ACTIONS)}
        new = _changed_record(rng, state, new, DESIGNATION_KEYS)
        new["evidence"] = _evidence(rng)
        file = rng.choice((MAIN_FILE, OTHER_FILE))
        return Edit("designation:add", json_text(new), add_record("designations", file, new))
    if not designations:
        return relation_edit(rng, state)
    old = rng.choice(designations)
    if move == "remove":
        return Edit("designation:remove", json_text(old), replace_record("designations", old, None))
    new = _changed_record(rng, state, old, DESIGNATION_KEYS)
    return Edit(
        "designation:change",
        f"{json_text(old)} → {json_text(new)}",
        replace_record("designations", old, new),
    )


# ----------------------------------------------------------- records, redirects

TEMPLATE_FIELDS: dict[str, Record] = {
    "org": {"org_type": "extremist-group"},
    "person": {},
    "place": {"place_type": "city"},
    "event": {"event_type": "raid", "date": {"edtf": "2007-11", "text": "November 2007"}},
    "agreement": {"agreement_type": "declaration"},
    "document": {"document_type": "report"},
}


def _new_entity(rng: Rng, state: State) -> Record | None:
    released = set(state.ledger) | set(state.redirects)
    free = [i for i in FUTURE_IDS if i not in released]
    if free and rng.random() < 0.7:
        entity_id = rng.choice(free)
    else:
        kind = rng.choice(KINDS)
        entity_id = f"{kind}:fresh-{rng.randrange(10_000)}"
        if entity_id in released:
            return None
    kind = entity_id.partition(":")[0]
    record: Record = {
        "kind": kind,
        "id": entity_id,
        "name": _name(rng),
        "summary": f"A record added by an edit, number {rng.randrange(999)}.",
        "evidence": _evidence(rng),
        **copy.deepcopy(TEMPLATE_FIELDS[kind]),
    }
    if kind == "event" and rng.random() < 0.6:
        places = _ids(state, "place")
        if places:
            record["places"] = [rng.choice(places)]
        orgs = _ids(state, "org")
        if orgs:
            record["participants"] = [{"ref": rng.choice(orgs), "role": rng.choice(ROLES)}]
    if rng.random() < 0.3:
        record["tags"] = [rng.choice(TAGS)]
    return record


def _replace_id(value: Any, old: str, new: str) -> Any:
    if isinstance(value, dict):
        return {k: _replace_id(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_id(v, old, new) for v in value]
    return new if value == old else value


def retire(entity_id: str, successor: str) -> Callable[[State], bool]:
    """Remove a record; its id redirects to *successor*, which takes over its references."""

    def change(state: State) -> bool:
        entities = state.entities()
        if entity_id not in entities or successor not in entities:
            return False
        for part in state.records.values():
            part["entities"] = [e for e in part["entities"] if e["id"] != entity_id]
            for kind in ("entities", "relations", "designations"):
                part[kind] = _replace_id(part[kind], entity_id, successor)
        state.redirects = {
            old: (successor if new == entity_id else new) for old, new in state.redirects.items()
        }
        state.redirects[entity_id] = successor
        state.graveyard[entity_id] = entities[entity_id]
        return True

    return change


def restore(entity_id: str) -> Callable[[State], bool]:
    def change(state: State) -> bool:
        record = state.graveyard.get(entity_id)
        if record is None or entity_id not in state.redirects or entity_id in state.entities():
            return False
        del state.redirects[entity_id]
        record = copy.deepcopy(record)
        for old in state.redirects:  # what it pointed to may have been retired since
            new = old
            while new in state.redirects:
                new = state.redirects[new]
            record = _replace_id(record, old, new)
        record["id"] = entity_id
        state.records[MAIN_FILE]["entities"].append(record)
        return True

    return change


def add_entity(file: str, record: Record) -> Callable[[State], bool]:
    def change(state: State) -> bool:
        if record["id"] in state.ledger or record["id"] in state.redirects:
            return False  # ids are never reused
        state.records[file]["entities"].append(copy.deepcopy(record))
        state.ledger.append(record["id"])
        return True

    return change


def retarget(old: str, new: str) -> Callable[[State], bool]:
    def change(state: State) -> bool:
        if old not in state.redirects or state.redirects[old] == new:
            return False
        state.redirects[old] = new
        return True

    return change


def move_to_other_file(entity_id: str) -> Callable[[State], bool]:
    def change(state: State) -> bool:
        for name, part in state.records.items():
            for record in part["entities"]:
                if record["id"] == entity_id:
                    part["entities"].remove(record)
                    other = OTHER_FILE if name == MAIN_FILE else MAIN_FILE
                    state.records[other]["entities"].append(record)
                    return True
        return False

    return change


def record_edit(rng: Rng, state: State) -> Edit:  # noqa: PLR0911  # one return per move
    """Add a record, retire one into a successor, restore one, retarget a redirect, move one."""
    move = rng.choice(("add", "add", "retire", "restore", "retarget", "move", "ledger"))
    entities = _ids(state)
    if move == "retire":
        entity_id = rng.choice(entities)
        same = [i for i in _ids(state, entity_id.partition(":")[0]) if i != entity_id]
        if same:
            successor = rng.choice(same)
            return Edit("record:retire", f"{entity_id} → {successor}", retire(entity_id, successor))
    if move == "restore":
        retired = sorted(i for i in state.graveyard if i in state.redirects)
        if retired:
            entity_id = rng.choice(retired)
            return Edit("record:restore", entity_id, restore(entity_id))
    if move == "retarget" and state.redirects:
        old = rng.choice(sorted(state.redirects))
        kind = old.partition(":")[0]
        options = [
            i for i in (*_ids(state, kind), *state.redirects) if i != old and i.startswith(kind)
        ]
        if options:
            new = rng.choice(sorted(options))
            return Edit("redirect:retarget", f"{old} → {new}", retarget(old, new))
    if move == "move":
        entity_id = rng.choice(entities)
        return Edit("record:move-file", entity_id, move_to_other_file(entity_id))
    if move == "ledger":
        comment = f"comment {rng.randrange(99)}"

        def add_comment(state: State) -> bool:
            state.ledger_comments.append(comment)
            return True

        return Edit("ledger:comment", comment, add_comment)
    record = _new_entity(rng, state)
    if record is None:
        return field_edit(rng, state)
    file = rng.choice((MAIN_FILE, OTHER_FILE))
    return Edit("record:add", json_text(record), add_entity(file, record))


# ------------------------------------------------------------------ configuration


def _data_path(rng: Rng, state: State) -> str:
    return next(f for f in DATA_FOLDERS if f != state.config["kzref_data_path"])


CONFIG_VALUES: dict[str, Callable[[Rng, State], Any]] = {
    "kzref_base_url": lambda rng, state: rng.choice(BASE_URLS),
    "kzref_pages_dir": lambda rng, state: rng.choice(PAGES_DIRS),
    "kzref_data_path": _data_path,
    "kzref_json": lambda rng, state: not state.config.get("kzref_json", True),
    "kzref_generate_pages": lambda rng, state: not state.config.get("kzref_generate_pages", True),
    "kzref_check_evidence": lambda rng, state: not state.config.get("kzref_check_evidence", False),
}
"""A new value for each ``kzref_*`` option; the suite checks every option is here."""


def config_edit(rng: Rng, state: State) -> Edit:
    """A new value for one ``kzref_*`` option."""
    name = rng.choice(sorted(CONFIG_VALUES))
    if name in ("kzref_generate_pages", "kzref_check_evidence") and rng.random() < 0.7:
        # cite-only mode hides the rest, and checking the test records' made-up evidence
        # against the article stops the build: visit both less often
        name = "kzref_base_url"
    value = CONFIG_VALUES[name](rng, state)
    return Edit(f"config:{name}", f"{name} = {value!r}", set_config(name, value))


def set_config(name: str, value: Any) -> Callable[[State], bool]:
    """Give a ``kzref_*`` option a value in ``conf.py``."""

    def change(state: State) -> bool:
        if state.config.get(name, object()) == value:
            return False
        state.config[name] = value
        return True

    return change


# -------------------------------------------------------------------------- pages


def _target(rng: Rng, state: State) -> str:
    """An id for a role or filter: current, retired, not yet recorded, or never recorded."""
    pools = [
        _ids(state),
        sorted(state.redirects),
        [i for i in FUTURE_IDS if i not in state.entities()],
        [NEVER_ID],
    ]
    pool = rng.choices(pools, weights=(6, 2, 2, 1))[0] or _ids(state)
    return rng.choice(pool)


def _role(rng: Rng, state: State, myst: bool) -> str:
    target = _target(rng, state)
    kind, _, slug = target.partition(":")
    form = rng.randrange(5)
    if form == 0:
        name, text = "kz:ref", target
    elif form == 1:
        name, text = f"kz:{kind}", slug
    elif form == 2:
        name, text = "kz:ref", f"Shown title <{target}>"
    elif form == 3:
        name, text = "any", target
    else:  # a kind role on an entity of another kind
        name, text = f"kz:{rng.choice(KINDS)}", slug
    return f"{{{name}}}`{text}`" if myst else f":{name}:`{text}`"


def _options(rng: Rng, state: State, directive: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for option in ("kind", "tag", "from", "to", "involving", "role", "ids"):
        if rng.random() > 0.3:
            continue
        if option == "kind":
            options[option] = ",".join(rng.sample(KINDS, rng.randrange(1, 3)))
        elif option == "tag":
            options[option] = rng.choice(TAGS)
        elif option in ("from", "to"):
            options[option] = str(rng.randrange(2001, 2009))
        elif option == "involving":
            options[option] = _target(rng, state)
        elif option == "role":
            options[option] = rng.choice(("subject", "perpetrator", "authority", "party"))
        else:
            options[option] = " ".join(_target(rng, state) for _ in range(rng.randrange(1, 4)))
    if directive == "table":
        columns = ("name", "id", "kind", "type", "date", "summary", "aliases", "places", "tags")
        if rng.random() < 0.7:
            options["columns"] = ",".join(rng.sample(columns, rng.randrange(1, 4)))
        if rng.random() < 0.3:
            options["sort"] = rng.choice(("name", "date", "id"))
    return options


def _directive(rng: Rng, state: State, myst: bool) -> str:
    # kz:page beside the generated page defines the entity twice (a warning, and
    # which definition links win must not depend on what was re-read)
    name = rng.choice(("table", "table", "timeline", "graph", "notes", "entity", "page"))
    argument = _pick(rng, _ids(state)) if name in ("entity", "page") else ""
    options = {} if name in ("entity", "page") else _options(rng, state, name)
    if myst:
        head = f"```{{kz:{name}}} {argument}".rstrip()
        return head + "\n" + "".join(f":{k}: {v}\n" for k, v in options.items()) + "```"
    head = f".. kz:{name}:: {argument}".rstrip()
    return head + "".join(f"\n   :{k}: {v}" for k, v in options.items())


def _block(rng: Rng, state: State, myst: bool) -> str:
    if rng.random() < 0.45:
        roles = [_role(rng, state, myst) for _ in range(rng.randrange(1, 3))]
        return "See " + " and ".join(roles) + "."
    return _directive(rng, state, myst)


def page_edit(rng: Rng, state: State) -> Edit:
    """Add, remove or replace a block of a page; add or remove a page."""
    move = rng.choice(("add", "add", "remove", "replace", "new-page", "drop-page"))
    if move == "new-page":
        name = f"extra-{rng.randrange(100)}.{rng.choice(('rst', 'md'))}"
        blocks = [_block(rng, state, name.endswith(".md"))]

        def add_page(state: State) -> bool:
            if name in state.pages:
                return False
            state.pages[name] = list(blocks)
            return True

        return Edit("page:add-page", f"{name}: {blocks[0]!r}", add_page)
    if move == "drop-page":
        names = sorted(n for n in state.pages if n not in FIXED_PAGES)
        if names:
            name = rng.choice(names)

            def drop_page(state: State) -> bool:
                return state.pages.pop(name, None) is not None

            return Edit("page:remove-page", name, drop_page)
    name = rng.choice(sorted(state.pages))
    blocks = state.pages[name]
    myst = name.endswith(".md")
    if move in ("remove", "replace") and blocks:
        old = rng.choice(blocks)
        new = _block(rng, state, myst) if move == "replace" else None

        def change(state: State) -> bool:
            page = state.pages.get(name, [])
            if old not in page:
                return False
            index = page.index(old)
            if new is None:
                page.pop(index)
            else:
                page[index] = new
            return True

        return Edit(f"page:{move}", f"{name}: {old!r} → {new!r}", change)
    block = _block(rng, state, myst)
    syntax = "myst" if myst else "rst"
    return Edit(f"page:add-{syntax}", f"{name}: {block!r}", append_block(name, block))


def append_block(name: str, block: str) -> Callable[[State], bool]:
    """Add a block of markup at the end of a page."""

    def change(state: State) -> bool:
        if name not in state.pages:
            return False
        state.pages[name].append(block)
        return True

    return change


FAMILIES: tuple[tuple[Callable[[Rng, State], Edit], int], ...] = (
    (field_edit, 10),
    (relation_edit, 4),
    (designation_edit, 2),
    (record_edit, 4),
    (config_edit, 2),
    (page_edit, 5),
)
"""Each family of edits and how often it is drawn."""


def propose(
    rng: Rng, state: State, only: tuple[str, ...] = (), without: tuple[str, ...] = ()
) -> Edit | None:
    """One edit for *state*, of a family named with a prefix in *only* and none in *without*.

    None if 50 draws found no edit of an allowed family.
    """
    makers = [m for m, _ in FAMILIES]
    weights = [w for _, w in FAMILIES]
    for _ in range(50):
        edit = rng.choices(makers, weights=weights)[0](rng, state)
        if (not only or edit.family.startswith(only)) and not edit.family.startswith(without):
            return edit
    return None
