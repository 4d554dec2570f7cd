"""What kzref is and where its facts come from: version, dataset version, source."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kzref import source
from kzref._version import __version__

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

VERSION_FILE = "VERSION.json"
DEFAULT_BASE_URL = "https://kzref.readthedocs.io/en/latest/"
"""Where the reference site is published; permalinks are built on it."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The one article every fact in kzref comes from."""

    title: str
    sha256: str
    license: str
    license_url: str
    publisher: str

    def __str__(self) -> str:
        return f"{self.title!r} ({self.publisher}, {self.license}; sha256 {self.sha256[:12]}…)"


SOURCE = SourceInfo(
    title=source.TITLE,
    sha256=source.SHA256,
    license=source.LICENSE,
    license_url=source.LICENSE_URL,
    publisher=source.PUBLISHER,
)


def content_hash(root: Traversable) -> str:
    """SHA-256 over every data file (records, ledger, redirects), in a stable order."""
    import hashlib  # only the version checks hash the data

    digest = hashlib.sha256()
    stack = [("", root)]
    files: list[tuple[str, Traversable]] = []
    while stack:
        prefix, here = stack.pop()
        for child in here.iterdir():
            name = f"{prefix}{child.name}"
            if child.is_dir():
                stack.append((name + "/", child))
            elif child.name.endswith((".json", ".txt")) and child.name != VERSION_FILE:
                files.append((name, child))
    for name, path in sorted(files, key=lambda item: item[0]):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.cache
def dataset_version_record() -> dict[str, str]:
    """The committed dataset version and the content hash it was recorded for."""
    path = Path(__file__).with_name("data") / VERSION_FILE
    record: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return record


def dataset_version() -> str:
    """The dataset's version: it changes whenever the data changes (a test enforces it)."""
    return dataset_version_record()["version"]


__all__ = ["SOURCE", "SourceInfo", "__version__", "content_hash", "dataset_version"]
