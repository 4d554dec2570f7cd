"""What one export describes: a dataset, its version, its source article and its base URL.

Every open-data format reads the same :class:`Release`, so a custom ``--data``
folder's exports carry that folder's version (its ``VERSION.json``) and source
(its ``source.json``), never the bundled ones.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from kzref import source
from kzref.source import FolderSource
from kzref.store import Dataset

UNSTAMPED = "0+unstamped"
"""Version prefix of a folder with no ``VERSION.json``; the content hash follows it."""


@dataclass(frozen=True)
class Release:
    """The dataset and everything an export says about it."""

    dataset: Dataset
    version: str
    source: FolderSource
    base_url: str

    @functools.cached_property
    def article(self) -> str:
        """The source article's text (checked against its fingerprint)."""
        return source.folder_text(self.source)

    @functools.cached_property
    def spans(self) -> dict[str, tuple[int, int]]:
        """Each section's span in :attr:`article`."""
        return source.section_spans(self.article)

    @property
    def source_urn(self) -> str:
        """The article named by its content: ``urn:sha256:<hex>``."""
        return f"urn:sha256:{self.source.sha256}"


def folder_version(root: Path) -> str:
    """The dataset version of a data folder, honest about edits since its last stamp.

    The folder's ``VERSION.json`` version where its recorded hash matches the
    content; with a local suffix (``+<hash>``) where the content has changed since;
    ``0+unstamped.<hash>`` where the folder was never stamped.
    """
    from kzref.metadata import VERSION_FILE, content_hash

    digest = content_hash(root)
    path = root / VERSION_FILE
    if not path.is_file():
        return f"{UNSTAMPED}.{digest[:12]}"
    record = json.loads(path.read_text(encoding="utf-8"))
    version = str(record.get("version", "0"))
    return version if record.get("sha256") == digest else f"{version}+{digest[:12]}"


def release(
    dataset: Dataset | None = None,
    *,
    data: str | Path | None = None,
    base_url: str | None = None,
) -> Release:
    """The release of *data* (a folder), of *dataset*, or of the bundled data.

    With *data*, the folder is loaded (unless *dataset* is given as well) and its
    own version and source are used.
    """
    from kzref import store
    from kzref.citation import dataset_version, resolve_base_url

    base = resolve_base_url(base_url)
    if data is not None:
        root = Path(data)
        loaded = dataset if dataset is not None else store.load(root)
        return Release(loaded, folder_version(root), source.folder_source(root), base)
    loaded = dataset if dataset is not None else store.dataset()
    return Release(loaded, dataset_version(), source.folder_source(None), base)
