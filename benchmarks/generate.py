"""Synthetic data folders in kzref's record format, at any size.

``generate(folder, n)`` writes ``records/*.json``, ``ledger.txt`` and
``redirects.json`` that :func:`kzref.store.load` accepts and that pass
``kzref validate PATH`` apart from the article-evidence checks.  The mix of kinds,
the number of ties per entity and the kinds of dates follow the bundled dataset
(642 entities: 44 % events, 20 % organizations, 15 % people, 13 % places, 5 %
documents, 3 % agreements; about 0.3 relations and 0.04 designations per
entity), so a synthetic site exercises the same code paths as the real one.

Deterministic: the same ``n`` and ``seed`` always give the same files.

    python -m benchmarks.generate 4000 /tmp/data4000
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from kzref.display import MONTHS, SEASONS  # the words dates are written in

# Share of each kind, from the bundled dataset.
MIX = (
    ("event", 0.44),
    ("org", 0.20),
    ("person", 0.15),
    ("place", 0.13),
    ("document", 0.05),
    ("agreement", 0.03),
)
RELATIONS_PER_ENTITY = 0.30
DESIGNATIONS_PER_ENTITY = 0.04
RETIRED_SHARE = 0.005
PER_FILE = 500
"""Entities per record file (the bundled data has about 100 per file)."""

WORDS = [
    "amber",
    "basalt",
    "cedar",
    "delta",
    "ember",
    "falcon",
    "granite",
    "harbor",
    "indigo",
    "juniper",
    "kestrel",
    "lantern",
    "meadow",
    "nickel",
    "orchid",
    "pebble",
    "quartz",
    "raven",
    "saffron",
    "timber",
    "umber",
    "valley",
    "willow",
    "yarrow",
    "zephyr",
    "anchor",
    "beacon",
    "copper",
    "dune",
    "echo",
    "fjord",
    "glacier",
    "heron",
    "island",
    "jasper",
    "karst",
    "lagoon",
    "mesa",
    "north",
    "ocean",
    "prairie",
    "quarry",
    "ridge",
    "summit",
    "tundra",
    "upland",
    "vista",
    "wharf",
]
ORG_TYPES = ("terrorist-organization", "extremist-group", "court", "ministry", "police", "ngo")
PLACE_TYPES = ("country", "region", "city", "town", "site")
EVENT_TYPES = ("attack", "arrest", "raid", "ban", "court-ruling", "statement", "meeting")
ROLES = ("perpetrator", "suspect", "target", "authority", "arrested", "subject", "attendee")
CERTAINTIES = ("stated", "stated", "stated", "reported", "claimed", "alleged", "suspected")
PREDICATES = ("ties-with", "affiliated-with", "member-of", "operates-in", "holds-position")
DOC_TYPES = ("list", "letter", "report", "statement", "law")
AGREEMENT_TYPES = ("declaration", "convention", "action-plan", "cooperation")
SECTIONS = (
    "Terrorism in Kazakhstan",
    "Banned terrorist organizations",
    "Banned terrorist organizations > Hizb-ut-Tahrir",
    "International cooperation",
    "International cooperation > Russia",
)


def _kinds(n: int) -> list[str]:
    """Exactly *n* kinds in the dataset's proportions (at least one place and one org)."""
    counts = {kind: max(1, round(n * share)) for kind, share in MIX}
    counts["event"] += n - sum(counts.values())
    return [kind for kind, _ in MIX for _ in range(counts[kind])]


def _phrase(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _date(rng: random.Random) -> dict[str, Any]:
    """A date as loose as the article's: days, months, seasons, years, decades, intervals."""
    year = rng.randint(1991, 2024)
    shape = rng.random()
    if shape < 0.45:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        edtf = f"{year}-{month:02d}-{day:02d}"
        text = f"{day} {MONTHS[month - 1]} {year}"
        if rng.random() < 0.05:
            edtf += "?"
        return {"edtf": edtf, "text": text}
    if shape < 0.70:
        month = rng.randint(1, 12)
        return {"edtf": f"{year}-{month:02d}", "text": f"{MONTHS[month - 1]} {year}"}
    if shape < 0.78:
        season = rng.randint(21, 24)
        return {"edtf": f"{year}-{season}", "text": f"{SEASONS[season]} {year}"}
    if shape < 0.92:
        date: dict[str, Any] = {"edtf": str(year), "text": str(year)}
        if rng.random() < 0.3:
            qualifier = rng.choice(("early", "mid", "late"))
            date = {"edtf": str(year), "text": f"{qualifier} {year}", "qualifier": qualifier}
        return date
    if shape < 0.96:
        return {"edtf": f"{str(year)[:3]}X", "text": f"the {str(year)[:3]}0s"}
    end = min(year + rng.randint(1, 3), 2025)
    return {"edtf": f"{year}/{end}", "text": f"from {year} to {end}"}


def _evidence(rng: random.Random, count: int) -> list[dict[str, str]]:
    return [
        {"section": rng.choice(SECTIONS), "quote": _phrase(rng, rng.randint(4, 12))}
        for _ in range(count)
    ]


class _Ids:
    """The ids of each kind, for picking references of the right kind."""

    def __init__(self, ids: list[str]) -> None:
        self.by_kind: dict[str, list[str]] = {}
        for entity_id in ids:
            self.by_kind.setdefault(entity_id.partition(":")[0], []).append(entity_id)

    def pick(self, rng: random.Random, *kinds: str, avoid: str = "") -> str:
        pool = [i for kind in kinds for i in self.by_kind.get(kind, [])]
        choice = rng.choice(pool)
        return choice if choice != avoid or len(pool) == 1 else self.pick(rng, *kinds, avoid=avoid)

    def some(self, rng: random.Random, count: int, *kinds: str, avoid: str = "") -> list[str]:
        return list(dict.fromkeys(self.pick(rng, *kinds, avoid=avoid) for _ in range(count)))


def _participant(rng: random.Random, ids: _Ids, me: str) -> dict[str, Any]:
    out: dict[str, Any] = {"ref": ids.pick(rng, "org", "person", avoid=me)}
    out["role"] = rng.choice(ROLES)
    certainty = rng.choice(CERTAINTIES)
    if certainty != "stated":
        out["certainty"] = certainty
        out["asserted_by"] = ids.some(rng, 1, "org", "person")
    if rng.random() < 0.2:
        out["description"] = f"Said to be {_phrase(rng, 5)}."
    return out


def _entity(  # noqa: PLR0912  # one branch per kind, as in the authoring guide
    rng: random.Random, index: int, entity_id: str, ids: _Ids
) -> dict[str, Any]:
    kind = entity_id.partition(":")[0]
    name = f"{_phrase(rng, 2).title()} {kind.title()} {index}"
    record: dict[str, Any] = {
        "kind": kind,
        "id": entity_id,
        "name": name,
        "summary": f"A synthetic {kind} about the {_phrase(rng, rng.randint(8, 20))}.",
        "evidence": _evidence(rng, rng.randint(1, 3)),
    }
    if rng.random() < 0.4:
        record["aliases"] = [f"{name} {word}" for word in rng.sample(WORDS, rng.randint(1, 2))]
    if rng.random() < 0.6:
        record["tags"] = sorted(set(rng.sample(WORDS, rng.randint(1, 3))))
    if rng.random() < 0.03:
        record["notes"] = [
            {
                "text": f"The source is unclear about {_phrase(rng, 4)}.",
                "evidence": _evidence(rng, 2),
            }
        ]
    if kind == "org":
        record["org_type"] = rng.choice(ORG_TYPES)
        if rng.random() < 0.7:
            record["country"] = ids.pick(rng, "place")
    elif kind == "person":
        if rng.random() < 0.7:
            record["citizenship"] = ids.some(rng, rng.randint(1, 2), "place")
    elif kind == "place":
        record["place_type"] = rng.choice(PLACE_TYPES)
        if rng.random() < 0.8:
            record["located_in"] = ids.pick(rng, "place", avoid=entity_id)
    elif kind == "event":
        record["event_type"] = rng.choice(EVENT_TYPES)
        if rng.random() < 0.93:
            record["date"] = _date(rng)
        record["places"] = ids.some(rng, rng.randint(0, 2), "place")
        record["participants"] = [
            _participant(rng, ids, entity_id) for _ in range(rng.randint(1, 4))
        ]
        if rng.random() < 0.25:
            value = rng.randint(1, 500)
            record["figures"] = [
                {
                    "measure": rng.choice(("killed", "arrested", "injured")),
                    "value": value,
                    "unit": "people",
                    "approximation": "about",
                    "text": f"about {value} people",
                }
            ]
        if rng.random() < 0.15:
            record["quotes"] = [
                {
                    "speaker": ids.pick(rng, "person"),
                    "section": rng.choice(SECTIONS),
                    "text": f"We {_phrase(rng, 8)}.",
                }
            ]
        if rng.random() < 0.1:
            record["part_of"] = ids.pick(rng, "event", avoid=entity_id)
        if rng.random() < 0.05:
            record["claim"] = {"certainty": "claimed", "asserted_by": ids.some(rng, 1, "org")}
    elif kind == "agreement":
        record["agreement_type"] = rng.choice(AGREEMENT_TYPES)
        record["date"] = _date(rng)
        record["parties"] = [
            {"ref": ids.pick(rng, "org", "person"), "role": "party"}
            for _ in range(rng.randint(2, 5))
        ]
        record["commitments"] = [f"Work together on {_phrase(rng, 4)}." for _ in range(2)]
    elif kind == "document":
        record["document_type"] = rng.choice(DOC_TYPES)
        if rng.random() < 0.7:
            record["date"] = _date(rng)
        record["authors"] = ids.some(rng, rng.randint(1, 2), "org", "person")
        if rng.random() < 0.4:
            record["event"] = ids.pick(rng, "event")
    return record


def _relation(rng: random.Random, ids: _Ids) -> dict[str, Any]:
    predicate = rng.choice(PREDICATES)
    if predicate == "holds-position":
        subject, obj = ids.pick(rng, "person"), ids.pick(rng, "org")
    elif predicate == "operates-in":
        subject, obj = ids.pick(rng, "org"), ids.pick(rng, "place")
    else:
        subject = ids.pick(rng, "org")
        obj = ids.pick(rng, "org", avoid=subject)
    out: dict[str, Any] = {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "evidence": _evidence(rng, 1),
    }
    if predicate == "holds-position":
        out["title"] = rng.choice(("leader", "spokesman", "press secretary", "judge"))
    if rng.random() < 0.3:
        out["certainty"] = "claimed"
        out["asserted_by"] = ids.some(rng, 1, "org", "person")
    if rng.random() < 0.2:
        out["date"] = _date(rng)
    return out


def _designation(rng: random.Random, ids: _Ids) -> dict[str, Any]:
    out: dict[str, Any] = {
        "subject": ids.pick(rng, "org"),
        "action": rng.choice(("added", "banned", "requested", "approved")),
        "authority": ids.pick(rng, "org"),
        "jurisdiction": ids.pick(rng, "place"),
        "date": _date(rng),
        "evidence": _evidence(rng, 1),
    }
    if rng.random() < 0.5:
        out["on_list"] = ids.pick(rng, "document")
    return out


def entity_ids(n: int) -> list[str]:
    """The ids of a synthetic dataset of *n* entities, in file order."""
    return [f"{kind}:synthetic-{kind}-{i:05d}" for i, kind in enumerate(_kinds(n))]


def generate(folder: Path | str, n: int, seed: int = 0) -> Path:
    """Write a data folder of *n* entities under *folder*; return the folder."""
    folder = Path(folder)
    rng = random.Random(f"kzref-bench-{seed}-{n}")
    ids_list = entity_ids(n)
    ids = _Ids(ids_list)
    entities = [_entity(rng, i, entity_id, ids) for i, entity_id in enumerate(ids_list)]
    relations = [_relation(rng, ids) for _ in range(round(n * RELATIONS_PER_ENTITY))]
    designations = [_designation(rng, ids) for _ in range(round(n * DESIGNATIONS_PER_ENTITY))]
    records = folder / "records"
    records.mkdir(parents=True, exist_ok=True)
    for stale in records.glob("*.json"):
        stale.unlink()
    files = max(1, -(-n // PER_FILE))
    for part in range(files):
        chunk: dict[str, Any] = {
            "entities": entities[part::files],
            "relations": relations[part::files],
            "designations": designations[part::files],
        }
        (records / f"part-{part:03d}.json").write_text(
            json.dumps(chunk, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    retired = {
        f"{entity_id.partition(':')[0]}:retired-{index:05d}": entity_id
        for index, entity_id in enumerate(rng.sample(ids_list, max(1, round(n * RETIRED_SHARE))))
    }
    (folder / "redirects.json").write_text(
        json.dumps(retired, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    (folder / "ledger.txt").write_text(
        "".join(f"{i}\n" for i in sorted([*ids_list, *retired])), encoding="utf-8"
    )
    return folder


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or not args[0].isdigit():
        print("usage: python -m benchmarks.generate N FOLDER", file=sys.stderr)
        return 2
    folder = generate(args[1], int(args[0]))
    print(f"wrote {args[0]} entities to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
