"""FollowTheMoney (FtM) entities as JSON lines, for Aleph, OpenSanctions' tools and ``ftm``.

- organizations become ``Organization``, or ``PublicBody`` where kzref's type
  says the body is part of a state (a government, ministry, court, prosecutor,
  police, military, legislature, security service or government agency);
- persons become ``Person``; events ``Event``, whose
  ``involved`` lists the organizations and persons taking part and whose
  ``location`` names its places;
- a designation that lists an organization (``banned``, ``added``,
  ``approved``) becomes a ``Sanction`` on it; a request or a refusal to list
  does not;
- the topic ``crime.terror`` is set only on organizations whose kzref type is
  ``terrorist-organization``; ``sanction`` only on those a ``Sanction`` names.

Places become no entities (FtM has none for a place without an address): an
event names them in its ``location``; ``country`` and ``jurisdiction`` are left
out, as FtM wants country codes the article does not give.  Agreements and
documents are left out too: FtM's ``Document`` is a file (it requires a
``fileName``), and no FtM schema says no more than the article does about a
declaration or a list; a list a sanction puts an organization on is named in
the sanction's ``program``.
Dates are given only where they are plain ISO prefixes (a year, month or day);
every entity carries its kzref permalink as ``sourceUrl``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from kzref.model.entities import EntityBase, Event, Organization, Person

if TYPE_CHECKING:
    from kzref.formats.release import Release
    from kzref.model.dates import FuzzyDate
    from kzref.model.records import Designation

FILENAME = "kzref.ftm.json"
PUBLIC_BODY_TYPES = frozenset(
    {
        "government",
        "court",
        "prosecutor",
        "ministry",
        "security-service",
        "police",
        "military",
        "legislature",
        "government-agency",
    }
)
LISTING_ACTIONS = frozenset({"banned", "added", "approved"})
"""Designation actions that put an organization on a list (a Sanction in FtM)."""


def ftm_id(entity_id: str) -> str:
    """The FtM id of a kzref entity: ``kzref-<kind>-<slug>``."""
    kind, _, slug = entity_id.partition(":")
    return f"kzref-{kind}-{slug}"


def _iso(date: FuzzyDate | None) -> list[str]:
    if date is None:
        return []
    plain = date.precision in ("year", "month", "day") and date.edtf[-1].isdigit()
    return [date.edtf] if plain and date.qualifier is None else []


def _schema(entity: EntityBase) -> str | None:
    if isinstance(entity, Organization):
        return "PublicBody" if entity.org_type in PUBLIC_BODY_TYPES else "Organization"
    if isinstance(entity, Person):
        return "Person"
    if isinstance(entity, Event):
        return "Event"
    return None


def _entity(entity: EntityBase, release: Release, sanctioned: set[str]) -> dict[str, Any] | None:
    from kzref.citation import permalink

    schema = _schema(entity)
    if schema is None:
        return None
    data = release.dataset
    names = {eid: e.name for eid, e in data.entities.items()}
    props: dict[str, list[str]] = {
        "name": [entity.name],
        "alias": list(entity.aliases),
        "summary": [entity.summary],
        "sourceUrl": [permalink(entity.id, release.base_url)],
        "notes": [note.text for note in entity.notes],
    }
    topics = []
    if isinstance(entity, Organization) and entity.org_type == "terrorist-organization":
        topics.append("crime.terror")
    if entity.id in sanctioned:
        topics.append("sanction")
    props["topics"] = topics
    if isinstance(entity, Event):
        actors = [p.ref for p in entity.participants if p.ref.startswith(("org:", "person:"))]
        props["involved"] = [ftm_id(ref) for ref in dict.fromkeys(actors)]
        props["location"] = [names[place] for place in entity.places if place in names]
        props["date"] = _iso(entity.date)
    return {
        "id": ftm_id(entity.id),
        "schema": schema,
        "properties": {key: values for key, values in props.items() if values},
    }


def _sanction(index: int, item: Designation, release: Release) -> dict[str, Any]:
    from kzref.citation import permalink

    names = {eid: e.name for eid, e in release.dataset.entities.items()}
    props: dict[str, list[str]] = {
        "entity": [ftm_id(item.subject)],
        "authority": [names[item.authority]] if item.authority in names else [],
        "program": [names[item.on_list]] if item.on_list in names else [],
        "status": [item.action],
        "startDate": _iso(item.date),
        "sourceUrl": [permalink(item.subject, release.base_url)],
    }
    return {
        "id": f"kzref-sanction-{index}",
        "schema": "Sanction",
        "properties": {key: values for key, values in props.items() if values},
    }


def entities(release: Release) -> list[dict[str, Any]]:
    """Every FtM entity of the release, in dataset order, sanctions last."""
    listings = [
        (index, item)
        for index, item in enumerate(release.dataset.designations, start=1)
        if item.action in LISTING_ACTIONS
    ]
    sanctioned = {item.subject for _, item in listings}
    found = [_entity(e, release, sanctioned) for e in release.dataset.entities.values()]
    return [e for e in found if e is not None] + [
        _sanction(index, item, release) for index, item in listings
    ]


def render(release: Release) -> dict[str, bytes]:
    """The JSON-lines file, by name."""
    lines = [
        json.dumps(entity, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        for entity in entities(release)
    ]
    return {FILENAME: "".join(lines).encode("utf-8")}
