"""The data a build works from, kept on the build environment for the build's length.

:func:`kzref.sphinx.incremental.start_build` loads the configured records once
per build (at ``builder-inited``), checks them, and hangs a :class:`BuildData`
on the environment (:func:`keep`).  It is held there in a :class:`_Transient` box, which pickles as
empty: the environment Sphinx saves stays small (hashes and document names),
and a parallel reader, forked with the box full, sends its environment back
without the dataset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kzref.errors import Problem
from kzref.links import Link, build_links
from kzref.store import Dataset

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

    from kzref.model.records import Designation, Relation


class KzrefDataError(SystemExit):
    """The configured records cannot be built into pages: invalid, or ids would break.

    Raised at build start, before any page is read, so a broken dataset never
    produces a site with missing pages or dead permalinks.  A ``SystemExit``
    whose code is the report: ``sphinx-build`` then stops with kzref's own
    message (printed once, exit status 1) instead of the crash report it
    prints for any other exception, which asks users to report a bug in Sphinx.
    """

    category = "kzref data error"

    def __init__(self, message: str) -> None:
        super().__init__(f"{self.category}: {message}")

    def __str__(self) -> str:
        return str(self.code)


@dataclass(slots=True)
class BuildData:
    """Everything the renderers, roles and the domain read about the records.

    Only :mod:`kzref.sphinx.view` reads it on their behalf, so that every read
    is recorded; ``digests`` memoizes what each dependency key's value hashes
    to in this build.
    """

    dataset: Dataset
    links: dict[str, list[Link]]
    designations_of: dict[str, list[Designation]]
    relations_of: dict[str, list[Relation]]
    members: dict[str, list[str]]
    """The ids of each kind, in dataset order."""
    config: dict[str, object]
    remote: dict[str, str] = field(default_factory=dict)
    """In a project that only cites kzref: the display name of each id the intersphinx
    inventories list (the authority in that mode)."""
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Where each entity is defined (the domain's objects: filled while reading, read
    only while writing)."""
    values: dict[str, Any] = field(default_factory=dict)
    """What each dependency key reads, memoized for the build (``view.value``)."""
    digests: dict[str, str] = field(default_factory=dict)
    ties: dict[str, list[Link]] = field(default_factory=dict)
    """Each entity's ties as the view hands them out (without their carrying records)."""
    fingerprints: dict[int, bytes] = field(default_factory=dict)
    written: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    """Documents resolved for writing in this build: the keys their output read, and their
    digest; committed when the build finishes (see :mod:`kzref.sphinx.incremental`)."""
    reading: dict[str, set[str]] = field(default_factory=dict)
    """Keys read while a document is read (its directives and roles)."""
    writing: dict[str, set[str]] = field(default_factory=dict)
    """Keys read while a document is resolved (selections rendered, references resolved)."""


class _Transient:
    """A box whose content is not pickled (it is rebuilt at the start of each build)."""

    __slots__ = ("value",)

    def __init__(self, value: BuildData | None = None) -> None:
        self.value = value

    def __reduce__(self) -> tuple[type[_Transient], tuple[()]]:
        return _Transient, ()


_ATTRIBUTE = "_kzref_build"

OUTPUT_CONFIG = ("kzref_base_url", "graphviz_dot")
"""Configuration values a renderer may read (through the view, which records the read)."""


def index_records(
    dataset: Dataset,
) -> tuple[dict[str, list[Designation]], dict[str, list[Relation]]]:
    """Designations by subject and relations by every entity they name, in one pass.

    Scanning every relation and designation for every page made a build
    O(entities x relations): 5 s of pure scanning at 10,000 entities.
    """
    by_subject: dict[str, list[Designation]] = {}
    by_entity: dict[str, list[Relation]] = {}
    for designation in dataset.designations:
        by_subject.setdefault(designation.subject, []).append(designation)
    for r in dataset.relations:
        for end in dict.fromkeys((r.subject, r.object, *r.asserted_by, *r.disputed_by)):
            by_entity.setdefault(end, []).append(r)
    return by_subject, by_entity


def make_data(dataset: Dataset, config: dict[str, Any] | None = None) -> BuildData:
    """The build data of *dataset* (its indexes built once)."""
    by_subject, by_entity = index_records(dataset)
    members: dict[str, list[str]] = {}
    for entity_id, entity in dataset.entities.items():
        members.setdefault(entity.kind, []).append(entity_id)
    links = build_links(dataset)
    return BuildData(dataset, links, by_subject, by_entity, members, dict(config or {}))


def keep(env: BuildEnvironment, data: BuildData) -> None:
    """Hang *data* on *env* for the build that is starting."""
    setattr(env, _ATTRIBUTE, _Transient(data))


def build_data(env: BuildEnvironment) -> BuildData:
    """The records of the build *env* belongs to."""
    box = getattr(env, _ATTRIBUTE, None)
    if box is None or box.value is None:
        raise RuntimeError("kzref.sphinx: no build has started for this environment")
    data: BuildData = box.value
    return data


def problems_report(problems: list[Problem], advice: str) -> KzrefDataError:
    """One error listing every problem, each located by file, record and field."""
    lines = "\n".join(f"  {p}" for p in problems)
    return KzrefDataError(f"{len(problems)} problem(s) in the kzref data:\n{lines}\n{advice}")
