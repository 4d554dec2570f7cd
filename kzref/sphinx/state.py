"""The data a build works from: the dataset, its ties, and a hash per entity.

Loaded once per process and data folder; kept off the environment, which
stays small and picklable (it stores only hashes and document names).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.errors import SphinxError

from kzref.errors import Problem
from kzref.links import Link, build_links
from kzref.sphinx.digests import digests
from kzref.store import REDIRECTS, Dataset, build, bundled_root
from kzref.validate import check_permanence

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class KzrefDataError(SphinxError):
    """The configured records cannot be built into pages: invalid, or ids would break.

    Raised at build start, before any page is read, so a broken dataset never
    produces a site with missing pages or dead permalinks.
    """

    category = "kzref data error"


REDIRECT_HOWTO = (
    "an id that was ever released must keep resolving: restore the record, or retire the "
    'id by adding "<old id>": "<successor id>" to {redirects} in {folder} (the old URL then '
    "gets a page pointing to the successor); check with 'kzref validate {folder}'"
)


def _report(problems: list[Problem], advice: str) -> KzrefDataError:
    lines = "\n".join(f"  {p}" for p in problems)
    return KzrefDataError(f"{len(problems)} problem(s) in the kzref data:\n{lines}\n{advice}")


@dataclass(frozen=True, slots=True)
class BuildData:
    """Everything the directives and the domain read about the records."""

    dataset: Dataset
    links: dict[str, list[Link]]
    hashes: dict[str, str]
    """A digest per dependency key (see :mod:`kzref.sphinx.digests`)."""


_current: list[BuildData] = []


def start_build(app: Sphinx) -> BuildData:
    """Load the configured records for the build that is starting, in this process."""
    folder: str = app.config.kzref_data_path
    root = (Path(app.confdir) / folder).resolve() if folder else bundled_root()
    dataset, problems = build(root)
    if problems:
        raise _report(problems, f"run 'kzref validate {root}' for details")
    broken = list(check_permanence(dataset))
    if broken:
        advice = REDIRECT_HOWTO.format(redirects=REDIRECTS, folder=root)
        raise _report(broken, advice)
    links = build_links(dataset)
    data = BuildData(dataset, links, digests(dataset, links))
    _current[:] = [data]
    return data


def current() -> BuildData:
    """The records of the running build."""
    if not _current:
        raise RuntimeError("kzref.sphinx: no build has started in this process")
    return _current[0]
