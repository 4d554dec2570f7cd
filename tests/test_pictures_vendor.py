"""The vendored table library is exactly the files its README records, with its licences."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import kzref

STATIC = Path(kzref.__file__).parent / "sphinx" / "static"
VENDOR = STATIC / "vendor" / "simple-datatables"


def recorded() -> dict[str, str]:
    """File name → sha256, as listed in the vendor README."""
    text = (VENDOR / "README.md").read_text(encoding="utf-8")
    return {name: digest for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", text, re.M)}


def test_every_vendored_file_matches_its_recorded_hash() -> None:
    hashes = recorded()
    present = {p.name for p in VENDOR.iterdir()} - {"README.md"}
    assert set(hashes) == present, "every file recorded, no file unrecorded"
    for name, digest in hashes.items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name


def test_the_readme_names_version_and_licences() -> None:
    text = (VENDOR / "README.md").read_text(encoding="utf-8")
    assert "simple-datatables" in text and "10.3.0" in text
    assert "LGPL-3.0" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (VENDOR / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (VENDOR / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "MIT" in (VENDOR / "LICENSE.dayjs").read_text(encoding="utf-8")


def test_the_library_and_our_script_fetch_nothing() -> None:
    for path in (VENDOR / "simple-datatables.js", STATIC / "kz-tables.js"):
        code = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(fetch|XMLHttpRequest|importScripts)\s*\(", code), path
        assert "//cdn" not in code and "http://" not in code.replace("http://www.w3.org", "")


def test_our_script_enhances_only_kz_sortable_tables() -> None:
    code = (STATIC / "kz-tables.js").read_text(encoding="utf-8")
    assert 'querySelectorAll("table.kz-sortable")' in code
    assert "window.simpleDatatables" in code  # does nothing when the library is absent
    assert "paging: false" in code  # every row stays on the page
