"""A small Sphinx project as plain data: records, ledger, redirects, configuration, pages.

A :class:`State` is everything a build reads, kept as JSON-like values so that
an edit is a small function of it and two states compare by value.
:meth:`State.files` turns it into the files of a source folder; the same
files are written for the incremental and the clean build, so the two can
only differ by what the build itself does.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sphinx-data"

Record = dict[str, Any]
"""One entity, relation or designation, as in a data file."""

MAIN_FILE = "records/mini.json"
OTHER_FILE = "records/more.json"
DATA_FOLDERS = ("data", "data-b")
"""The values ``kzref_data_path`` takes; the data is written to the configured one only."""

FUTURE_IDS = {
    "org:delta-cell": "org",
    "person:eli-sample": "person",
    "place:new-town": "place",
    "event:2007-raid": "event",
    "agreement:new-pact": "agreement",
    "document:new-report": "document",
}
"""Ids the pages may name before any record has them (the edits can add them later)."""

NEVER_ID = "org:never-recorded"
"""An id no edit ever adds: roles to it stay unresolved in every state."""


@dataclass
class State:
    """Every input of a build, by value."""

    records: dict[str, dict[str, list[Record]]]
    """Data file (``records/<name>.json``) → its entities, relations and designations."""
    ledger: list[str]
    redirects: dict[str, str]
    config: dict[str, Any]
    """The ``kzref_*`` values written to ``conf.py`` (the others keep their defaults)."""
    pages: dict[str, list[str]]
    """Page file name (``.rst`` or ``.md``) → its blocks of markup, in order."""
    ledger_comments: list[str] = field(default_factory=list)
    """Comment lines at the top of ``ledger.txt`` (which no build should care about)."""
    graveyard: dict[str, Record] = field(default_factory=dict)
    """Records whose id was retired, so that an edit can restore them."""

    def copy(self) -> State:
        """A deep copy that an edit may change freely."""
        return copy.deepcopy(self)

    def entities(self) -> dict[str, Record]:
        """Every entity record by id (the records themselves, not copies)."""
        return {e["id"]: e for part in self.records.values() for e in part["entities"]}

    def relations(self) -> list[Record]:
        """Every relation, in file order."""
        return [r for part in self.records.values() for r in part["relations"]]

    def designations(self) -> list[Record]:
        """Every designation, in file order."""
        return [d for part in self.records.values() for d in part["designations"]]

    def data_files(self) -> dict[str, str]:
        """The data folder's files, relative to the folder."""
        out = {
            name: json.dumps(part, ensure_ascii=False, indent=1) + "\n"
            for name, part in sorted(self.records.items())
        }
        out["ledger.txt"] = "".join(f"# {c}\n" for c in self.ledger_comments) + "".join(
            f"{i}\n" for i in self.ledger
        )
        out["redirects.json"] = json.dumps(self.redirects, indent=1) + "\n"
        return out

    def files(self) -> dict[str, str]:
        """Every source file of the project, relative to the source folder."""
        folder = self.config["kzref_data_path"]
        out = {f"{folder}/{name}": text for name, text in self.data_files().items()}
        out["conf.py"] = self._conf()
        for name, blocks in self.pages.items():
            out[name] = _page(name, blocks, self._toctree(name))
        return out

    def digest(self) -> str:
        """Equal for states whose files are equal (the clean-build cache key)."""
        h = hashlib.blake2b(digest_size=16)
        for name, text in sorted(self.files().items()):
            h.update(f"{name}\0{text}\0".encode())
        return h.hexdigest()

    def _conf(self) -> str:
        lines = [
            '"""Written by the differential test of incremental builds."""',
            'extensions = ["myst_parser", "kzref.sphinx"]',
            f"exclude_patterns = ['_build', {', '.join(map(repr, DATA_FOLDERS))}]",
            'suppress_warnings = ["kzref.no_graphviz"]',
        ]
        lines += [f"{name} = {value!r}" for name, value in sorted(self.config.items())]
        return "\n".join(lines) + "\n"

    def _toctree(self, name: str) -> list[str]:
        if name != "index.rst":
            return []
        entries = sorted(n.rpartition(".")[0] for n in self.pages if n in FIXED_PAGES[1:])
        if self.config.get("kzref_generate_pages", True):
            entries.append(f"{self.config.get('kzref_pages_dir', 'kz')}/index")
        return entries


FIXED_PAGES = ("index.rst", "myst.md", "selections.rst")
"""The pages in the toctree; the edits add and remove other pages as orphans.

Sphinx does not re-write a page whose neighbours in the toctree change (its
"previous" and "next" links stay as they were; sphinx-doc/sphinx#1360 is the
same limitation for the global table of contents), so pages that come and go
stay out of the toctree: what is tested is kzref's part of the build.
"""


def _page(name: str, blocks: list[str], toctree: list[str]) -> str:
    stem = name.rpartition(".")[0]
    title = f"Page {stem}"
    orphan = name not in FIXED_PAGES
    if name.endswith(".md"):
        text = "---\norphan: true\n---\n" if orphan else ""
        text += f"# {title}\n\n" + "".join(f"{b}\n\n" for b in blocks)
        if toctree:
            text += "```{toctree}\n\n" + "".join(f"{t}\n" for t in toctree) + "```\n"
        return text
    text = ":orphan:\n\n" if orphan else ""
    text += f"{title}\n{'=' * len(title)}\n\n" + "".join(f"{b}\n\n" for b in blocks)
    if toctree:
        text += ".. toctree::\n\n" + "".join(f"   {t}\n" for t in toctree)
    return text


def initial() -> State:
    """The starting point of every sequence: the fixture records and three pages."""
    records = json.loads((FIXTURE / MAIN_FILE).read_text(encoding="utf-8"))
    ledger = [
        line.strip()
        for line in (FIXTURE / "ledger.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    redirects = json.loads((FIXTURE / "redirects.json").read_text(encoding="utf-8"))
    empty: dict[str, list[Record]] = {"entities": [], "relations": [], "designations": []}
    pages = {
        "index.rst": [
            "The ban on :kz:org:`alpha-front` (:kz:ref:`event:2006-ban`) was asked for by "
            ":kz:person:`the prosecutor <dana-example>`; see also :any:`org:beta-court`.",
            "Not recorded yet: :kz:ref:`org:delta-cell` and :kz:event:`2007-raid`.",
            ".. kz:entity:: org:gamma-network",
            ".. kz:timeline::\n   :involving: org:alpha-front",
        ],
        "myst.md": [
            "The ban on {kz:org}`alpha-front` and {kz:ref}`Test Accord <agreement:test-accord>`,"
            " by the retired {kz:ref}`org:alpha-group`.",
            "```{kz:table}\n:kind: event\n:from: 2004\n:to: 2005\n:columns: name,id,date\n```",
        ],
        "selections.rst": [
            ".. kz:table::\n   :kind: event\n   :involving: place:test-city\n"
            "   :columns: name,places",
            ".. kz:graph::",
            ".. kz:notes::",
        ],
    }
    config = {
        "kzref_data_path": "data",
        "kzref_base_url": "https://example.org/kzref/",
        "kzref_pages_dir": "kz",
    }
    return State(
        records={MAIN_FILE: {**empty, **records}, OTHER_FILE: copy.deepcopy(empty)},
        ledger=ledger,
        redirects=redirects,
        config=config,
        pages=pages,
    )


class Validator:
    """``kzref validate``'s checks (without the article) on a state's data, cached by content."""

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="kzref-diff-validate-"))
        self._known: dict[str, tuple[str, ...]] = {}

    def problems(self, state: State, *, evidence: bool = False) -> tuple[str, ...]:
        """Every problem in the state's data folder (empty when it is valid).

        *evidence* adds the check of excerpts against the article, where the
        article is found (the test records quote no real article, so it fails).
        """
        files = state.data_files()
        key = hashlib.blake2b(
            json.dumps([files, evidence], sort_keys=True).encode(), digest_size=16
        ).hexdigest()
        if key not in self._known:
            from kzref.source import SourceNotFoundError
            from kzref.validate import problems

            shutil.rmtree(self._folder, ignore_errors=True)
            for name, text in files.items():
                path = self._folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            try:
                found = problems(self._folder, with_source=evidence)
            except SourceNotFoundError:
                found = problems(self._folder, with_source=False)
            self._known[key] = tuple(str(p) for p in found)
        return self._known[key]

    def build_must_fail(self, state: State) -> bool:
        """Whether a build of *state* must stop on a data problem (evidence checks on)."""
        return bool(state.config.get("kzref_check_evidence")) and bool(
            self.problems(state, evidence=True)
        )

    def close(self) -> None:
        """Remove the scratch folder."""
        shutil.rmtree(self._folder, ignore_errors=True)
