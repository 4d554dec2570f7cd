"""What kzref is and where its facts come from, in one place.

The package and dataset versions, the dataset's title and authors, the site it
is published on (and so every record's permalink), and the source article.
Citations, exports, ``CITATION.cff`` and the Sphinx pages all read them here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kzref import source
from kzref._version import __version__
from kzref.model.ids import kind_of, slug_of

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

VERSION_FILE = "VERSION.json"
DEFAULT_BASE_URL = "https://kzref.readthedocs.io/en/latest/"
"""Where the reference site is published; permalinks are built on it."""
BASE_URL_ENV = "KZREF_BASE_URL"
"""Environment variable that overrides :data:`DEFAULT_BASE_URL`."""
DATASET_TITLE = "kzref: Terrorism and counter-terrorism in Kazakhstan"
AUTHORS = ("kzref developers",)
"""Authors of the dataset, as in ``pyproject.toml``."""
UNVERSIONED = "unversioned"
"""Dataset version shown when ``kzref/data/VERSION.json`` has not been stamped yet."""
_VERSION_DATE = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})(?:\.\d+)?$")


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
    """The dataset's version: it changes whenever the data changes (a test enforces it).

    ``"unversioned"`` before the first stamp (a data folder being made).
    """
    try:
        return dataset_version_record()["version"]
    except FileNotFoundError:
        return UNVERSIONED


def version_date(version: str) -> dt.date | None:
    """Return the release day a dataset version ``YYYY.MM.DD.N`` encodes, if it is one."""
    match = _VERSION_DATE.match(version)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def resolve_base_url(override: str | None = None) -> str:
    """Return the docs base URL: *override*, ``$KZREF_BASE_URL`` or the default, ending in '/'."""
    base = override or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return base if base.endswith("/") else base + "/"


def permalink(entity_id: str, base_url: str | None = None) -> str:
    """Return the page of *entity_id* on the reference site: ``{base}kz/{kind}/{slug}.html``.

    A pure function of the id and the base URL, so the Sphinx extension, the
    citations and the exports always agree.  Raises ``ValueError`` for a malformed id.
    """
    return f"{resolve_base_url(base_url)}kz/{kind_of(entity_id)}/{slug_of(entity_id)}.html"


__all__ = [
    "AUTHORS",
    "BASE_URL_ENV",
    "DATASET_TITLE",
    "DEFAULT_BASE_URL",
    "SOURCE",
    "UNVERSIONED",
    "SourceInfo",
    "__version__",
    "content_hash",
    "dataset_version",
    "permalink",
    "resolve_base_url",
    "version_date",
]
