"""Permanence and immutability: released ids keep working, records never change under you.

- A documentation build refuses data that drops a released id without a redirect,
  and says how to add one; with the redirect, the old URL gets a page.
- Every id in the ledger has a page at its URL in the built site.
- Models are frozen; ``kzref.get`` returns the very same object every time.
- ``DATASET_VERSION`` follows the content hash of the data (the ledger test of the
  bundled data itself is ``tests/test_data.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import kzref
from kzref import metadata
from kzref.maintain import ledger
from kzref.model import Evidence, FuzzyDate
from kzref.organizations import HIZB_UT_TAHRIR
from kzref.sphinx.state import KzrefDataError
from kzref.store import bundled_root, dataset, load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"
SITE = "test-hardening-site"


def _data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    return folder


def _drop_entity(folder: Path, entity_id: str) -> None:
    path = folder / "records" / "mini.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["entities"] = [e for e in document["entities"] if e["id"] != entity_id]
    path.write_text(json.dumps(document), encoding="utf-8")


def _site(rootdir: Path, tmp_path: Path) -> Path:
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / SITE, srcdir)
    return srcdir


def test_dropping_a_released_id_without_a_redirect_fails_the_build(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    data = _data(tmp_path)
    _drop_entity(data, "org:gamma-network")
    with pytest.raises(KzrefDataError) as raised:
        make_app(
            "html", srcdir=_site(rootdir, tmp_path), confoverrides={"kzref_data_path": str(data)}
        )
    message = str(raised.value)
    assert "ledger.txt: org:gamma-network: a released id no longer resolves" in message
    assert '"<old id>": "<successor id>"' in message and "redirects.json" in message
    assert f"kzref validate {data}" in message
    assert raised.value.category == "kzref data error"


def test_removing_a_redirect_fails_the_build(make_app: Any, rootdir: Path, tmp_path: Path) -> None:
    data = _data(tmp_path)
    (data / "redirects.json").write_text("{}\n", encoding="utf-8")
    with pytest.raises(KzrefDataError, match="org:alpha-group: a released id no longer resolves"):
        make_app(
            "html", srcdir=_site(rootdir, tmp_path), confoverrides={"kzref_data_path": str(data)}
        )


def test_a_redirect_loop_fails_the_build(make_app: Any, rootdir: Path, tmp_path: Path) -> None:
    data = _data(tmp_path)
    loop = {"org:alpha-group": "org:old-alpha", "org:old-alpha": "org:alpha-group"}
    (data / "redirects.json").write_text(json.dumps(loop), encoding="utf-8")
    with pytest.raises(KzrefDataError, match=r"redirects\.json: org:alpha-group: redirect loop"):
        make_app(
            "html", srcdir=_site(rootdir, tmp_path), confoverrides={"kzref_data_path": str(data)}
        )


def test_invalid_records_fail_the_build_with_every_problem(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    data = _data(tmp_path)
    (data / "records" / "broken.json").write_text('{"entities": [}', encoding="utf-8")
    (data / "records" / "empty.json").write_text("", encoding="utf-8")
    with pytest.raises(KzrefDataError) as raised:
        make_app(
            "html", srcdir=_site(rootdir, tmp_path), confoverrides={"kzref_data_path": str(data)}
        )
    message = str(raised.value)
    assert "2 problem(s)" in message
    assert "records/broken.json: not JSON" in message
    assert "records/empty.json: empty file" in message


def test_a_redirected_id_gets_a_page_at_its_old_url(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    data = _data(tmp_path)
    _drop_entity(data, "event:2004-test-bombing")  # no other record refers to it
    redirects = json.loads((data / "redirects.json").read_text(encoding="utf-8"))
    redirects["event:2004-test-bombing"] = "event:2006-ban"
    (data / "redirects.json").write_text(json.dumps(redirects), encoding="utf-8")
    app = make_app(
        "html", srcdir=_site(rootdir, tmp_path), confoverrides={"kzref_data_path": str(data)}
    )
    app.build()
    assert app.statuscode == 0
    old = (Path(app.outdir) / "kz" / "event" / "2004-test-bombing.html").read_text("utf-8")
    assert "retired" in old and 'href="2006-ban.html"' in old


def test_every_ledger_id_has_a_page_at_its_url(
    make_app: Any, rootdir: Path, tmp_path: Path
) -> None:
    data = load(FIXTURE)
    app = make_app(
        "html", srcdir=_site(rootdir, tmp_path), confoverrides={"kzref_data_path": str(FIXTURE)}
    )
    app.build()
    assert app.warning.getvalue() == ""
    assert len(data.ledger) == len(data.entities) + len(data.redirects)
    for entity_id in data.ledger:
        kind, _, slug = entity_id.partition(":")
        page = (Path(app.outdir) / "kz" / kind / f"{slug}.html").read_text(encoding="utf-8")
        current = data.resolve(entity_id)
        if current == entity_id:
            assert data.entities[entity_id].name in page
        else:
            assert "retired" in page and f'href="{current.partition(":")[2]}.html"' in page


# --- immutability ----------------------------------------------------------------------


def test_constants_are_frozen() -> None:
    with pytest.raises(ValidationError, match="frozen"):
        HIZB_UT_TAHRIR.name = "Something else"  # type: ignore[misc]  # the point of the test
    with pytest.raises(ValidationError, match="frozen"):
        HIZB_UT_TAHRIR.evidence[0].quote = "changed"  # type: ignore[misc]  # nested models too
    date = FuzzyDate(edtf="2004", text="in 2004")
    with pytest.raises(ValidationError, match="frozen"):
        date.edtf = "2005"  # type: ignore[misc]  # and dates
    evidence = Evidence(section="Terrorism in Kazakhstan", quote="The threat of terrorism")
    assert hash(evidence) == hash(evidence.model_copy())  # frozen models are hashable values


def test_a_copy_with_changes_leaves_the_constant_alone() -> None:
    copy = HIZB_UT_TAHRIR.model_copy(update={"name": "Renamed"})
    assert copy.name == "Renamed" and HIZB_UT_TAHRIR.name == "Hizb ut-Tahrir"
    assert kzref.get(HIZB_UT_TAHRIR.id).name == "Hizb ut-Tahrir"


def test_get_returns_the_same_object_every_time() -> None:
    first = kzref.get("org:hizb-ut-tahrir")
    assert kzref.get("org:hizb-ut-tahrir") is first
    assert first is HIZB_UT_TAHRIR
    assert kzref.lookup("HuT") is first
    assert next(e for e in kzref.entities("org") if e.id == first.id) is first
    assert dataset() is dataset()


def test_list_fields_cannot_be_changed_in_place() -> None:
    aliases: Any = HIZB_UT_TAHRIR.aliases  # Any: the point is what happens at run time
    with pytest.raises(AttributeError):
        aliases.append("changed")
    with pytest.raises(TypeError):
        aliases[0] = "changed"
    assert type(HIZB_UT_TAHRIR.evidence) is tuple


# --- dataset version -------------------------------------------------------------------


def _copy_bundled(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(str(bundled_root()), folder)
    return folder


def test_dataset_version_is_recorded_for_the_current_content() -> None:
    record = metadata.dataset_version_record()
    assert record["sha256"] == metadata.content_hash(bundled_root()), (
        "run: python -m kzref.maintain.ledger"
    )
    assert record["version"] == kzref.DATASET_VERSION


@pytest.mark.parametrize(
    "edit",
    ["a record", "the ledger", "the redirects", "a new record file"],
)
def test_any_change_to_the_data_changes_the_hash_and_the_version(edit: str, tmp_path: Path) -> None:
    folder = _copy_bundled(tmp_path)
    today = dt.date(2031, 2, 3)
    before = metadata.content_hash(folder)
    version = ledger.stamp_version(folder, today)
    assert ledger.stamp_version(folder, today) == version  # no change, no new version
    if edit == "a record":
        path = sorted((folder / "records").glob("*.json"))[0]
        path.write_text(path.read_text(encoding="utf-8").replace("a", "b", 1), encoding="utf-8")
    elif edit == "the ledger":
        with (folder / "ledger.txt").open("a", encoding="utf-8") as stream:
            stream.write("org:one-more\n")
    elif edit == "the redirects":
        (folder / "redirects.json").write_text('{"org:x": "org:y"}\n', encoding="utf-8")
    else:
        (folder / "records" / "z-new.json").write_text("{}\n", encoding="utf-8")
    assert metadata.content_hash(folder) != before
    assert ledger.stamp_version(folder, today) != version
    recorded = json.loads((folder / metadata.VERSION_FILE).read_text(encoding="utf-8"))
    assert recorded["sha256"] == metadata.content_hash(folder)


def test_the_hash_ignores_the_version_file_and_file_order(tmp_path: Path) -> None:
    folder = _copy_bundled(tmp_path)
    digest = metadata.content_hash(folder)
    (folder / metadata.VERSION_FILE).write_text('{"version": "x", "sha256": "y"}\n')
    assert metadata.content_hash(folder) == digest
    other = tmp_path / "other"  # the same files, created in the reverse order
    for path in sorted(folder.rglob("*"), reverse=True):
        target = other / path.relative_to(folder)
        if path.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    assert metadata.content_hash(other) == digest
