"""The pieces behind minimal rebuilds: dependency digests, page files, typed references."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import BaseModel

from kzref.links import build_links
from kzref.model.ids import ID_RE, references, walk
from kzref.sphinx import digests, pages
from kzref.sphinx.render import xref
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


def _changed(old: Dataset, new: Dataset) -> set[str]:
    return digests.changed(
        digests.digests(old, build_links(old)), digests.digests(new, build_links(new))
    )


def test_a_summary_edit_changes_the_record_and_its_page_not_its_links(data: Dataset) -> None:
    gamma = "org:gamma-network"
    new = _edited(data, gamma, summary="A fictional network, reworded for the test.")
    assert _changed(data, new) == {gamma, f"@{gamma}", "*org"}


def test_a_rename_changes_what_links_show(data: Dataset) -> None:
    gamma = "org:gamma-network"
    assert _changed(data, _edited(data, gamma, name="Gamma Web")) == {
        gamma,
        f"~{gamma}",
        f"@{gamma}",
        "*org",
        "~*org",
    }


def test_a_tie_recorded_on_another_record_changes_both_pages(data: Dataset) -> None:
    raid = data.entities["event:undated-raid"]
    moved = raid.participants[0].model_copy(update={"role": "suspect"})  # type: ignore[attr-defined]
    changed = _changed(data, _edited(data, raid.id, participants=(moved,)))
    assert changed == {
        "@org:gamma-network",
        f"@{raid.id}",
        raid.id,
        "*event",
        # the tie's role is part of both ends' shapes, which graphs and filters read
        "%org:gamma-network",
        f"%{raid.id}",
        "%*org",
        "%*event",
    }


def test_a_tag_edit_changes_the_shape_not_the_link_face(data: Dataset) -> None:
    gamma = "org:gamma-network"
    changed = _changed(data, _edited(data, gamma, tags=("renamed-tag",)))
    assert changed == {gamma, f"@{gamma}", f"%{gamma}", "*org", "%*org"}


def test_nothing_changed_nothing_to_do(data: Dataset) -> None:
    assert _changed(data, load(FIXTURE)) == set()


def test_link_keys_name_every_linked_entity(data: Dataset) -> None:
    out = [xref("org:alpha-front", data), xref("place:testland", data, "here")]
    assert digests.link_keys(out) == {"~org:alpha-front", "~place:testland"}


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
