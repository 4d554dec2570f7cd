"""FollowTheMoney: every line is an entity the ``followthemoney`` model accepts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kzref import store
from kzref.exports import render_files
from kzref.formats.ftm import FILENAME, LISTING_ACTIONS, ftm_id

followthemoney = pytest.importorskip("followthemoney")


@pytest.fixture(scope="module")
def lines() -> list[dict[str, Any]]:
    text = render_files("ftm")[FILENAME].decode("utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_every_entity_is_valid_for_followthemoney(lines: list[dict[str, Any]]) -> None:
    model = followthemoney.model
    ids = {line["id"] for line in lines}
    assert len(ids) == len(lines)
    for line in lines:
        schema = model.get(line["schema"])
        assert schema is not None and not schema.abstract
        assert set(line["properties"]) <= set(schema.properties), line["id"]
        schema.validate(line)  # raises InvalidData on a bad value
        for name in schema.required:
            assert line["properties"].get(name), (line["id"], name)
        proxy = model.get_proxy(line, cleaned=False)
        for prop, values in line["properties"].items():
            assert sorted(proxy.get(prop)) == sorted(values), (line["id"], prop)
            if schema.properties[prop].type.name == "entity":
                assert set(values) <= ids, (line["id"], prop)  # references resolve


def test_schemata_and_topics_say_no_more_than_the_data(lines: list[dict[str, Any]]) -> None:
    data = store.dataset()
    by_id = {line["id"]: line for line in lines}
    for entity in data.entities.values():
        line = by_id.get(ftm_id(entity.id))
        if entity.kind in ("place", "agreement", "document"):
            assert line is None
            continue
        assert line is not None
        topics = set(line["properties"].get("topics", ()))
        terror = getattr(entity, "org_type", None) == "terrorist-organization"
        assert ("crime.terror" in topics) == terror, entity.id
        assert topics <= {"crime.terror", "sanction"}
    sanctions = [line for line in lines if line["schema"] == "Sanction"]
    assert len(sanctions) == sum(d.action in LISTING_ACTIONS for d in data.designations)
    listed = {s["properties"]["entity"][0] for s in sanctions}
    assert listed == {
        line["id"] for line in lines if "sanction" in line["properties"].get("topics", ())
    }
    events = [line for line in lines if line["schema"] == "Event"]
    assert any(line["properties"].get("involved") for line in events)


def test_ftm_is_reproducible() -> None:
    assert render_files("ftm") == render_files("ftm")
