"""W3C Web Annotations: one per excerpt, each selector landing on its exact words."""

from __future__ import annotations

import json
from typing import Any

import pytest

import kzref
from kzref import source, store
from kzref.citation import permalink
from kzref.exports import render_files
from kzref.formats.annotations import CONTEXT, FILENAME
from kzref.model.evidence import Evidence
from kzref.validate import walk


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_files("annotations")[FILENAME])
    return data


def test_one_annotation_per_evidence_excerpt(document: dict[str, Any]) -> None:
    excerpts = [
        value
        for _file, _label, record in store.dataset().records()
        for _path, value in walk(record)
        if isinstance(value, Evidence)
    ]
    items = document["first"]["items"]
    assert document["type"] == "AnnotationCollection"
    assert document["total"] == len(items) == len(excerpts)
    assert len({item["id"] for item in items}) == len(items)
    quoted = sorted(
        (item["target"]["selector"][0]["exact"] for item in items),
    )
    assert quoted == sorted(e.quote for e in excerpts)


def test_every_selector_lands_on_its_exact_text(document: dict[str, Any]) -> None:
    article = source.read_text()
    for item in document["first"]["items"]:
        target = item["target"]
        assert target["source"]["id"] == f"urn:sha256:{kzref.SOURCE.sha256}"
        assert target["source"]["title"] == kzref.SOURCE.title
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert article[start:end] == quote["exact"]
        assert article[max(0, start - CONTEXT) : start] == quote["prefix"]
        assert article[end : end + CONTEXT] == quote["suffix"]
        # the quote selector alone finds the same place: prefix + exact + suffix is unique
        assert article.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1


def test_bodies_are_permalinks_of_the_records(document: dict[str, Any]) -> None:
    data = store.dataset()
    pages = {permalink(entity_id) for entity_id in data.entities}
    for item in document["first"]["items"]:
        bodies = item["body"] if isinstance(item["body"], list) else [item["body"]]
        assert bodies
        assert all(body["id"] in pages and body["format"] == "text/html" for body in bodies)
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"


def test_annotations_are_reproducible(document: dict[str, Any]) -> None:
    assert json.loads(render_files("annotations")[FILENAME]) == document
    assert render_files("annotations") == render_files("annotations")
