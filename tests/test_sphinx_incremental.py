"""The pieces behind minimal rebuilds: recorded reads and their digests, page files,
typed references."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

from kzref.model.ids import ID_RE, references, walk
from kzref.model.records import Relation
from kzref.sphinx import pages
from kzref.sphinx.directives.page import page_nodes
from kzref.sphinx.render import xref
from kzref.sphinx.selection import drawn
from kzref.sphinx.state import make_data
from kzref.sphinx.view import View, combined, is_current
from kzref.store import Dataset, load

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"


@pytest.fixture
def data() -> Dataset:
    return load(FIXTURE)


def _edited(data: Dataset, entity_id: str, **changes: object) -> Dataset:
    entities = dict(data.entities)
    entities[entity_id] = entities[entity_id].model_copy(update=changes)
    return Dataset(
        entities, data.relations, data.designations, data.redirects, data.ledger, data.origin
    )


def _reads(data: Dataset, read: Callable[[View], object]) -> tuple[tuple[str, ...], str]:
    """What *read* records, keyed on *data*: the record a document would keep."""
    view = View(make_data(data))
    read(view)
    return combined(make_data(data), view.keys)


def _stale(old: Dataset, new: Dataset, read: Callable[[View], object]) -> bool:
    return not is_current(make_data(new), _reads(old, read))


GAMMA = "org:gamma-network"


def test_a_summary_edit_changes_the_record_not_its_face(data: Dataset) -> None:
    new = _edited(data, GAMMA, summary="A fictional network, reworded for the test.")
    assert _stale(data, new, lambda v: v.entity(GAMMA))
    assert not _stale(data, new, lambda v: v.face(GAMMA))
    assert not _stale(data, new, lambda v: v.shape(GAMMA))


def test_a_rename_changes_what_links_show(data: Dataset) -> None:
    new = _edited(data, GAMMA, name="Gamma Web")
    assert _stale(data, new, lambda v: v.face(GAMMA))
    assert not _stale(data, new, lambda v: v.shape(GAMMA))


def test_a_tie_recorded_on_another_record_changes_both_ends_ties(data: Dataset) -> None:
    raid = data.entities["event:undated-raid"]
    moved = raid.participants[0].model_copy(update={"role": "suspect"})  # type: ignore[attr-defined]
    new = _edited(data, raid.id, participants=(moved,))
    assert _stale(data, new, lambda v: v.links(GAMMA))
    assert _stale(data, new, lambda v: v.links(raid.id))
    assert not _stale(data, new, lambda v: v.face(GAMMA))


def test_a_tag_edit_changes_the_shape_not_the_face(data: Dataset) -> None:
    new = _edited(data, GAMMA, tags=("renamed-tag",))
    assert _stale(data, new, lambda v: v.shape(GAMMA))
    assert not _stale(data, new, lambda v: v.face(GAMMA))


def test_nothing_changed_nothing_to_do(data: Dataset) -> None:
    every = [*data.entities, "org:not-yet"]
    reads: list[Callable[[View, str], object]] = [
        View.entity,
        View.face,
        View.shape,
        View.links,
        View.resolve,
    ]
    for read in reads:

        def every_id(view: View, read: Callable[[View, str], object] = read) -> object:
            return [read(view, i) for i in every]

        assert not _stale(data, load(FIXTURE), every_id)


def test_an_id_that_does_not_exist_yet_is_a_dependency(data: Dataset) -> None:
    """A role to an id before its entity exists is read again once it does."""
    added = _edited(data, GAMMA)
    entities = dict(added.entities)
    entities["org:delta"] = entities[GAMMA].model_copy(update={"id": "org:delta"})
    new = Dataset(entities, data.relations, data.designations, data.redirects, data.ledger, {})
    assert _stale(data, new, lambda v: v.face("org:delta"))


def test_a_redirect_target_change_is_a_dependency(data: Dataset) -> None:
    new = Dataset(
        data.entities,
        data.relations,
        data.designations,
        {"org:alpha-group": "org:beta-court"},
        data.ledger,
        data.origin,
    )
    assert _stale(data, new, lambda v: v.resolve("org:alpha-group"))
    assert not _stale(data, new, lambda v: v.resolve("org:alpha-front"))


def _page(entity_id: str) -> Callable[[View], object]:
    def read(view: View) -> object:
        entity = view.entity(entity_id)
        assert entity is not None
        return drawn(page_nodes(entity, view), view)

    return read


def test_colliding_relations_stay_distinct_dependencies(data: Dataset) -> None:
    """Two relations alike in direction, predicate, role and certainty (their ties are
    de-duplicated): an edit of the second still reaches the pages of its subject and
    of its asserter (regression: the asserter's page kept the old relation)."""
    [relation] = [r for r in data.relations if r.subject == GAMMA]
    asserter = "person:dana-example"
    twin = relation.model_copy(update={"asserted_by": (asserter,), "title": "first wording"})
    edited = twin.model_copy(update={"title": "second wording"})

    def with_relations(*relations: Relation) -> Dataset:
        return Dataset(data.entities, relations, data.designations, data.redirects, data.ledger, {})

    old, new = with_relations(relation, twin), with_relations(relation, edited)
    for entity_id in (GAMMA, relation.object, asserter):
        assert _stale(old, new, _page(entity_id)), entity_id


def test_link_faces_name_every_linked_entity(data: Dataset) -> None:
    view = View(make_data(data))
    xref("org:alpha-front", view)
    xref("place:testland", view, "here")  # a given title reads nothing
    assert view.keys == {"~org:alpha-front"}


def test_unchanged_page_files_are_neither_read_nor_written(data: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "kz"
    written = {folder / name for name in pages.generate(data, folder)}
    page = folder / "org" / "gamma-network.rst"
    assert page in written and (folder / pages.MANIFEST).is_file()
    stamps = {path: path.stat().st_mtime_ns for path in written}

    assert {folder / name for name in pages.generate(data, folder)} == written
    assert {path: path.stat().st_mtime_ns for path in written} == stamps

    page.write_text("edited by hand\n", encoding="utf-8")  # a new stamp: checked, restored
    pages.generate(data, folder)
    assert ".. kz:page:: org:gamma-network" in page.read_text(encoding="utf-8")


def test_a_manifest_that_lies_is_caught_by_the_stamp(data: Dataset, tmp_path: Path) -> None:
    folder = tmp_path / "kz"
    pages.generate(data, folder)
    page = folder / "org" / "gamma-network.rst"
    stamp = page.stat()
    page.write_text("x" * stamp.st_size, encoding="utf-8")  # same size, new content …
    os.utime(page, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1))  # … and a new mtime
    pages.generate(data, folder)
    assert page.read_text(encoding="utf-8").startswith(pages.HEADER)


def test_files_no_record_produces_are_removed_unless_hand_written(
    data: Dataset, tmp_path: Path
) -> None:
    folder = tmp_path / "kz"
    pages.generate(data, folder)
    stale, own = folder / "org" / "gone.rst", folder / "notes.rst"
    stale.write_text(pages.HEADER + "old page\n", encoding="utf-8")
    own.write_text("My own page\n", encoding="utf-8")
    pages.generate(data, folder)
    assert not stale.exists() and own.exists()


def _every_id_string(record: BaseModel) -> list[tuple[str, str]]:
    return [
        (path, value)
        for path, value in walk(record)
        if isinstance(value, str) and path != "id" and ID_RE.match(value)
    ]


@pytest.mark.parametrize("folder", [None, FIXTURE])
def test_typed_references_find_every_id_in_the_records(folder: Path | None) -> None:
    """Following only id-typed fields finds exactly the ids a full walk of the records finds."""
    for _, _, record in load(folder).records():
        assert list(references(record)) == _every_id_string(record)
