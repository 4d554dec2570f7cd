"""``kz:overview`` and ``kz:downloads`` — the data at a glance, and its files.

``kz:overview`` is the landing page's summary: how many records of each kind
(linked to their tables), the period the events cover, the most connected
organizations, and the ``schema.org/Dataset`` JSON-LD that lets search engines
and data catalogues find the downloads.  ``kz:downloads`` is the table of the
dataset's files — every export format of :func:`kzref.exports.downloads`,
written into the built site under ``data/`` when the build finishes — with
sizes, formats, SHA-256 and licences.

Both render when their page is written, through a recording view.  What they
show depends on every record, so they read every record (the page is
re-written after any edit, and only that page).  The files are made once a
build, and only in a build whose pages ask for them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kzref.display import count_label, human_date
from kzref.model.ids import KINDS
from kzref.sphinx.render import paragraph, table, xref
from kzref.sphinx.selection import (
    SelectionDirective,
    SelectionSpec,
    WritingView,
    words,
)
from kzref.sphinx.view import View

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from kzref.model.dates import FuzzyDate
    from kzref.select import Selection

DATA_FOLDER = "data"
"""Where the files go in the built site: ``<outdir>/data/<file>`` (a stable address)."""
_CACHE = "_kzref_downloads"


def _everything(view: View) -> list[str]:
    """Read every record (and its relations and designations): the output depends on all."""
    ids = [i for kind in KINDS for i in view.members(kind)]
    for entity_id in ids:
        view.entity(entity_id)
        view.relations(entity_id)
        view.designations(entity_id)
    view.version()
    return ids


Release = tuple[dict[str, bytes], dict[str, Any]]


def release(view: WritingView, formats: tuple[str, ...]) -> Release:
    """The files of *formats* (all when empty) and their manifest, made once per build.

    Kept on the application (not the environment, which is saved) until the
    build finishes and :func:`write_files` writes them.
    """
    from kzref.exports import FORMATS, downloads

    cache: dict[tuple[str, ...], Release] = getattr(view.app, _CACHE, None) or {}
    wanted = formats or FORMATS
    found = cache.get(wanted)
    if found is None:
        base_url = view.config("kzref_base_url")
        found = downloads(dataset=view.data.dataset, base_url=base_url, formats=wanted)
        cache[wanted] = found
        setattr(view.app, _CACHE, cache)
    return found


def write_files(app: Sphinx, exception: Exception | None) -> None:
    """At the end of a build whose pages showed the downloads: write the files they list."""
    cache: dict[tuple[str, ...], Release] | None = getattr(app, _CACHE, None)
    if exception is not None or not cache:
        return
    from kzref.exports import MANIFEST, _dumps

    folder = Path(app.outdir) / DATA_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for files, _manifest in cache.values():
        for name, content in files.items():
            (folder / name).write_bytes(content)
    _files, manifest = max(cache.values(), key=lambda found: len(found[0]))
    (folder / MANIFEST).write_text(_dumps(manifest), encoding="utf-8")
    setattr(app, _CACHE, None)


def size_words(count: int) -> str:
    """A file size for readers: "934 bytes", "118.7 kB", "2.6 MB"."""
    if count < 1000:
        return f"{count} bytes"
    if count < 1_000_000:
        return f"{count / 1000:.1f} kB"
    return f"{count / 1_000_000:.1f} MB"


def _data_uri(view: WritingView, name: str) -> str:
    """The URL of a published file from the page being written."""
    from sphinx.util.osutil import relative_uri

    page = view.builder.get_target_uri(view.docname)
    return relative_uri(page, f"{DATA_FOLDER}/{name}")


def dataset_jsonld(view: WritingView, manifest: dict[str, Any]) -> dict[str, Any]:
    """The ``schema.org/Dataset`` node for the landing page (see the exports' manifest)."""
    from kzref.exports import schema_org_dataset

    return schema_org_dataset(manifest, manifest["base_url"] + DATA_FOLDER + "/")


# --------------------------------------------------------------------------- overview


@dataclass(frozen=True, slots=True)
class OverviewSpec(SelectionSpec):
    """The landing page's summary; how many organizations to list as most connected."""

    top: int = 8
    formats: tuple[str, ...] = ()
    """The files the JSON-LD lists (all formats when empty): as on the downloads page."""

    def render(self, view: View) -> list[nodes.Node]:
        return render_overview(self, view)


def connected(org_ids: list[str], view: View) -> list[tuple[str, int]]:
    """Organizations by how many other entities they are tied to (designations aside)."""
    counts = []
    for org in org_ids:
        others = {link.other for link in view.links(org) if link.via != "designation"}
        others.discard(org)
        counts.append((org, len(others)))
    names = {org: (face.name if (face := view.face(org)) else org) for org, _ in counts}
    return sorted(counts, key=lambda pair: (-pair[1], names[pair[0]].casefold(), pair[0]))


def render_overview(spec: OverviewSpec, view: View) -> list[nodes.Node]:
    """Counts by kind, the period covered, the most connected organizations, JSON-LD."""
    from kzref.pictures.timeline import known_end, known_start

    _everything(view)
    out: list[nodes.Node] = []
    items = nodes.bullet_list(classes=["kz-counts"])
    for kind in KINDS:
        count = len(view.members(kind))
        if count:
            items += nodes.list_item("", paragraph(_index_link(kind, count_label(kind, count))))
    out.append(items)
    dated = [
        (known_start(face.date), known_end(face.date), face.date)
        for i in view.members("event")
        if (face := view.face(i)) is not None and face.date is not None
    ]
    if dated:
        first = min(dated, key=lambda d: (d[0], d[1]))[2]
        last = max(dated, key=lambda d: (d[1], d[0]))[2]
        undated = len(view.members("event")) - len(dated)
        out.append(
            paragraph(
                f"The dated events run from {_period(first)} to {_period(last)}"
                + (f"; the article gives no date for {undated} more." if undated else ".")
            )
        )
    top = [pair for pair in connected(view.members("org"), view)[: spec.top] if pair[1]]
    if top:
        out.append(nodes.rubric("Most connected organizations", "Most connected organizations"))
        ranking = nodes.enumerated_list(classes=["kz-connected"])
        for org, count in top:
            ranking += nodes.list_item("", paragraph(xref(org, view), f" — {count} ties"))
        out.append(ranking)
    if isinstance(view, WritingView):
        _files, manifest = release(view, spec.formats)
        text = json.dumps(dataset_jsonld(view, manifest), ensure_ascii=False, sort_keys=True)
        text = text.replace("</", "<\\/")  # nothing in the data can close the script element
        script = f'<script type="application/ld+json">{text}</script>'
        out.append(nodes.raw("", script, format="html", classes=["no-search"]))
    return out


def _period(date: FuzzyDate) -> str:
    """A date in words as a bound of a period: "the 1990s", "spring 2004"."""
    words = human_date(date)
    return f"the {words}" if words[:1].isdigit() and words.endswith("0s") else words


def _index_link(kind: str, words: str) -> nodes.Node:
    """A link to the table of one kind (the ``kz-<kind>`` label of its index)."""
    from sphinx import addnodes

    node = addnodes.pending_xref(
        "", refdomain="std", reftype="ref", reftarget=f"kz-{kind}", refexplicit=True
    )
    node += nodes.inline(words, words)
    return node


class OverviewDirective(SelectionDirective):
    """The data at a glance (the landing page); ``:top:`` organizations are listed."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "top": directives.positive_int,
        "formats": directives.unchanged,
    }

    def spec(self, selection: Selection | None) -> OverviewSpec:
        formats = tuple(words(self.options.get("formats")))
        return OverviewSpec(None, (), self.options.get("top", 8), formats)

    def run(self) -> list[nodes.Node]:
        from kzref.sphinx.selection import pending_selection

        node = pending_selection(spec=self.spec(None))
        self.set_source_info(node)
        return [node]


# --------------------------------------------------------------------------- downloads


@dataclass(frozen=True, slots=True)
class DownloadsSpec(SelectionSpec):
    """The table of the dataset's files (of these formats; all when empty)."""

    formats: tuple[str, ...] = ()

    def render(self, view: View) -> list[nodes.Node]:
        return render_downloads(self, view)


def render_downloads(spec: DownloadsSpec, view: View) -> list[nodes.Node]:
    """Version, licences, then one row per file: name (a link), format, size, SHA-256."""
    _everything(view)
    if not isinstance(view, WritingView):
        return [paragraph("The dataset's files are listed on the HTML site.")]
    _files, manifest = release(view, spec.formats)
    licences = manifest["licenses"]
    out: list[nodes.Node] = [
        paragraph(
            f"Dataset version {manifest['version']} (kzref {manifest['kzref_version']}). "
            f"The data is under {licences['data']['name']} (it derives from the article "
            f"\u201c{manifest['source']['title']}\u201d, {manifest['source']['publisher']}); "
            f"kzref's code is under {licences['code']['name']}. Each file is at a stable "
            f"address: {DATA_FOLDER}/<file name>; manifest.json lists them all."
        )
    ]
    rows = []
    for entry in manifest["files"]:
        uri = _data_uri(view, entry["name"])
        link = nodes.reference(entry["name"], entry["name"], refuri=uri, classes=["kz-download"])
        lossless = "yes" if entry["lossless"] else "no"
        rows.append(
            [
                [link],
                [entry["description"]],
                [entry["mediatype"]],
                [size_words(entry["bytes"])],
                [lossless],
                [nodes.literal(entry["sha256"], entry["sha256"], classes=["kz-sha256"])],
            ]
        )
    header = ["File", "What it is", "Format", "Size", "Reads back whole", "SHA-256"]
    out.append(table(header, rows, classes=["kz-downloads-table"]))
    if manifest["skipped"]:
        missing = ", ".join(s["format"] for s in manifest["skipped"])
        out.append(paragraph(f"Not built here (a library was missing): {missing}."))
    return out


class DownloadsDirective(SelectionDirective):
    """The dataset's files, written into the built site, as a table."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"formats": directives.unchanged}

    def spec(self, selection: Selection | None) -> DownloadsSpec:
        from kzref.exports import FORMATS
        from kzref.sphinx.vocabulary import check_words

        formats = tuple(words(self.options.get("formats")))
        unknown = [f for f in formats if f not in FORMATS]
        if unknown:
            check_words(self.view, "format", unknown, self.get_location())
        return DownloadsSpec(None, (), tuple(f for f in formats if f in FORMATS))

    def run(self) -> list[nodes.Node]:
        from kzref.sphinx.selection import pending_selection

        node = pending_selection(spec=self.spec(None))
        self.set_source_info(node)
        return [node]


__all__ = ["DownloadsDirective", "OverviewDirective", "write_files"]
