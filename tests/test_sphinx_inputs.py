"""Bad inputs, each asserting its message: where, which subtype, what to do instead.

Duplicates and vocabularies (point 4 of issue 12), cite-only mode (point 5) and
how a broken data folder stops a build (point 3).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "sphinx-data"


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _warnings(make_app: Any, srcdir: Path, **overrides: Any) -> str:
    app = make_app("html", srcdir=srcdir, freshenv=True, confoverrides=overrides)
    app.build()
    app.cleanup()
    text: str = app.warning.getvalue()
    return text


@pytest.fixture
def inputs(rootdir: Path, tmp_path: Path) -> Path:
    return _copy(rootdir / "test-inputs", tmp_path / "inputs")


def test_filter_values_outside_their_vocabulary_warn_with_suggestions(
    make_app: Any, inputs: Path
) -> None:
    warnings = _warnings(make_app, inputs)
    retired = r"org:alpha-group was retired; it now redirects to org:alpha-front"
    expected = [  # (file:line, message pattern, subtype)
        (
            "index.rst:4",
            r":role: unknown role 'perpetrater'; did you mean perpetrator",
            "bad_filter",
        ),
        ("index.rst:8", r":tag: no record has the tag 'no-such-tag'", "bad_filter"),
        ("index.rst:11", retired, "redirected_id"),  # :involving:
        ("index.rst:14", retired, "redirected_id"),  # :ids:
    ]
    for where, message, subtype in expected:
        pattern = rf"{where}: WARNING: kzref: {message}.*\[kzref\.{subtype}\]"
        assert re.search(pattern, warnings), (pattern, warnings)


def test_a_second_page_of_an_entity_warns_with_both_places(make_app: Any, inputs: Path) -> None:
    warnings = _warnings(make_app, inputs)
    generated = inputs / "kz" / "org" / "alpha-front.rst"
    pattern = (
        rf"own.rst:4: WARNING: kzref: duplicate page of org:alpha-front, also defined in "
        rf"{re.escape(str(generated))} \[kzref\.duplicate\]"
    )
    assert re.search(pattern, warnings), warnings
    index = (inputs / "_build" / "html" / "index.html").read_text("utf-8")
    assert 'href="kz/org/alpha-front.html"' in index  # the generated page keeps the entity


def test_pages_generated_into_a_former_folder_are_removed(make_app: Any, inputs: Path) -> None:
    (inputs / "own.rst").unlink()
    assert "kzref.duplicate" not in _warnings(make_app, inputs)
    assert (inputs / "kz" / "org" / "alpha-front.rst").is_file()
    assert "kzref.duplicate" not in _warnings(make_app, inputs, kzref_pages_dir="ref")
    assert not (inputs / "kz").exists()
    assert (inputs / "ref" / "org" / "alpha-front.rst").is_file()
    # regression (differential findings, B1): turning generation off removes them too
    _warnings(make_app, inputs, kzref_pages_dir="ref", kzref_generate_pages=False)
    assert not (inputs / "ref").exists()


def test_cite_only_mode_takes_the_inventory_as_the_authority(
    make_app: Any, rootdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An id the published inventory has but the installed records lack resolves, shows
    the inventory's name, and warns nothing; an id neither has still warns."""
    newer = _copy(FIXTURE, tmp_path / "newer")  # the published site knows one entity more
    records = newer / "records" / "mini.json"
    document = json.loads(records.read_text("utf-8"))
    [beta] = [e for e in document["entities"] if e["id"] == "org:beta-court"]
    document["entities"].append({**beta, "id": "org:delta-cell", "name": "Delta Cell"})
    records.write_text(json.dumps(document), "utf-8")
    ledger = newer / "ledger.txt"
    ledger.write_text(ledger.read_text("utf-8") + "org:delta-cell\n", "utf-8")
    monkeypatch.setenv("KZREF_TEST_DATA", str(newer))
    published = make_app("html", srcdir=_copy(rootdir / "test-basic", tmp_path / "kzref"))
    published.build()
    published.cleanup()
    inventory = tmp_path / "objects.inv"
    shutil.copy(published.outdir / "objects.inv", inventory)

    monkeypatch.setenv("KZREF_TEST_DATA", str(FIXTURE))  # the installed, older records
    citing_src = _copy(rootdir / "test-cite-only", tmp_path / "citing")
    index = citing_src / "index.rst"
    extra = "\nNewer: :kz:org:`delta-cell`.\n\nIndex: :ref:`kz-org`.\n"
    index.write_text(index.read_text("utf-8") + extra, "utf-8")
    base = "https://kzref.example.org/en/latest/"
    citing = make_app(
        "html",
        srcdir=citing_src,
        confoverrides={
            "intersphinx_mapping": {"kzref": (base, str(inventory))},
            "intersphinx_cache_limit": 0,  # read the inventory at every build
        },
    )
    citing.build()
    warnings = citing.warning.getvalue()
    assert "delta-cell" not in warnings
    assert "unknown id 'org:no-such-group'" in warnings
    assert re.search(r"index.rst:\d+: WARNING: kzref: :ref:`kz-org` is a per-kind index", warnings)
    page = (citing.outdir / "index.html").read_text("utf-8")
    assert re.search(rf'href="{base}kz/org/delta-cell.html"[^>]*>.*?Delta Cell', page, re.S)
    # tooltips: id and type, as on the published site (the kind, where only the inventory
    # has the id)
    assert 'title="org:alpha-front (Organization' in page
    assert 'title="org:delta-cell (Organization)"' in page
    citing.cleanup()

    # the published site renames the entity: the citing page follows its new inventory
    document["entities"][-1]["name"] = "Delta Group"
    records.write_text(json.dumps(document), "utf-8")
    monkeypatch.setenv("KZREF_TEST_DATA", str(newer))
    again = make_app("html", srcdir=tmp_path / "kzref", freshenv=False)
    again.build()
    again.cleanup()
    shutil.copy(again.outdir / "objects.inv", inventory)
    monkeypatch.setenv("KZREF_TEST_DATA", str(FIXTURE))
    mapping = {"kzref": (base, str(inventory))}
    overrides = {"intersphinx_mapping": mapping, "intersphinx_cache_limit": 0}
    later = make_app("html", srcdir=citing_src, freshenv=False, confoverrides=overrides)
    read: list[str] = []
    later.connect("env-before-read-docs", lambda _app, _env, names: read.extend(names))
    later.build()
    assert read == ["index"]  # the same configuration: re-read for the new inventory only
    assert "Delta Group" in (later.outdir / "index.html").read_text("utf-8")


def test_a_data_error_is_kzrefs_own_message_not_a_crash_report(
    rootdir: Path, tmp_path: Path
) -> None:
    """``sphinx-build`` prints every problem once, in kzref's words, and no crash report."""
    import subprocess
    import sys

    data = _copy(FIXTURE, tmp_path / "data")
    records = data / "records" / "mini.json"
    text = records.read_text("utf-8").replace('"org:beta-court"', '"org:beta-kort"', 1)
    records.write_text(text, "utf-8")
    srcdir = _copy(rootdir / "test-hardening-site", tmp_path / "site")
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-D",
               f"kzref_data_path={data}", str(srcdir), str(tmp_path / "out")]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.startswith("kzref data error: 6 problem(s) in the kzref data:\n")
    assert "event:2006-ban, participants[0].ref: reference to unknown id" in done.stderr
    assert "ledger.txt: org:beta-kort: id is not in the ledger" in done.stderr
    assert "Traceback" not in done.stderr and "report" not in done.stderr.lower()
