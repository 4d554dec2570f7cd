"""The source article: what it is, where its text is, its sections and offsets.

kzref ships the article's text beside the records (``kzref/data/``, under the
article's own licence, CC BY-SA 4.0), byte-identical to the copy the project was
built from and checked against the fingerprint :data:`SHA256`.  So evidence
checks, offsets and the open-data exports work in any clone or installed wheel;
``$KZREF_SOURCE`` names another copy to use instead (it must carry the same
fingerprint).

A data folder other than the bundled one may describe its own source in a
``source.json`` (see :func:`folder_source`); exports of that folder then carry
that source, not this one.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kzref.errors import SourceNotFoundError as SourceNotFoundError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TITLE = "Terrorism in Kazakhstan"
SHA256 = "dafed0dea54a066e34b28cafb4ac3b49a8929e0d2d24f51ae91ddfaf17e2dbcc"
LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
PUBLISHER = "Wikipedia"
FILENAME = "terrorism-in-kazakhstan.txt"
ENV_VAR = "KZREF_SOURCE"
SOURCE_FILE = "source.json"
"""A data folder's description of its own source (title, publisher, licence, file, sha256)."""
SEPARATOR = " > "

_HEADING = re.compile(r"^(={2,4})\s*(.*?)\s*\1\s*$")


@dataclass(frozen=True, slots=True)
class Section:
    """One heading of the article and the text under it, up to the next heading."""

    path: str
    """Heading path, e.g. ``Banned terrorist organizations > Hizb-ut-Tahrir``."""
    level: int
    start_line: int
    body: str


@dataclass(frozen=True, slots=True)
class FolderSource:
    """The source a data folder's facts come from, and where its text is."""

    title: str
    publisher: str
    license: str
    license_url: str
    sha256: str
    text_path: Path | None
    """The text, when the folder carries it; ``None``: the shipped article (same fingerprint)."""


def shipped_path() -> Traversable:
    """The article's text as shipped inside the package."""
    from importlib import resources

    return resources.files("kzref") / "data" / FILENAME


def candidate_paths() -> list[Traversable]:
    """Where the article is read from, in order: ``$KZREF_SOURCE`` if set, else the shipped copy."""
    if env := os.environ.get(ENV_VAR):
        path = Path(env)
        return [path / FILENAME if path.is_dir() else path]
    return [shipped_path()]


def find_source() -> Traversable:
    """The article's text, or :class:`SourceNotFoundError` saying where it looked.

    ``$KZREF_SOURCE`` overrides the shipped copy; when it names a missing file,
    that is an error rather than a silent fall-back, so a typo cannot go unseen.
    """
    paths = candidate_paths()
    for path in paths:
        if path.is_file():
            return path
    looked = ", ".join(dict.fromkeys(str(p) for p in paths))
    hint = f"fix {ENV_VAR}" if os.environ.get(ENV_VAR) else "reinstall kzref"
    raise SourceNotFoundError(f"the source article is not here (looked in: {looked}); {hint}")


def read_text(path: Traversable | None = None, sha256: str = SHA256) -> str:
    """The article's text, checked against its fingerprint (the shipped copy by default)."""
    if path is None:
        return _default_text(os.environ.get(ENV_VAR))
    return _checked(path, sha256)


@functools.cache
def _default_text(_env: str | None) -> str:
    """The text :func:`find_source` finds, read once for each value of ``$KZREF_SOURCE``."""
    return _checked(find_source(), SHA256)


def _checked(path: Traversable, sha256: str) -> str:
    import hashlib

    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise ValueError(f"{path} is not the kzref source (sha256 {digest}, expected {sha256})")
    return data.decode("utf-8")


def folder_source(root: Path | None) -> FolderSource:
    """The source of the data in *root* (``None``: the bundled data).

    A folder may carry ``source.json``: ``{"title", "publisher", "license",
    "license_url", "sha256", "file"}``, ``file`` naming its text inside the folder.
    Without one, the folder's facts come from the article kzref ships.
    """
    default = FolderSource(TITLE, PUBLISHER, LICENSE, LICENSE_URL, SHA256, None)
    if root is None or not (root / SOURCE_FILE).is_file():
        return default
    raw = json.loads((root / SOURCE_FILE).read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("sha256"), str):
        raise ValueError(f"{root / SOURCE_FILE} must be a JSON object with at least a sha256")
    file = raw.get("file")
    text_path = root / file if isinstance(file, str) else None
    if text_path is not None and root.resolve() not in text_path.resolve().parents:
        raise ValueError(f"{root / SOURCE_FILE}: 'file' must name a file inside the folder")
    # a field left out is the shipped article's only where the text is that article
    known = default if raw["sha256"] == SHA256 else FolderSource("", "", "", "", "", None)
    return FolderSource(
        title=str(raw.get("title", known.title)),
        publisher=str(raw.get("publisher", known.publisher)),
        license=str(raw.get("license", known.license)),
        license_url=str(raw.get("license_url", known.license_url)),
        sha256=raw["sha256"],
        text_path=text_path,
    )


def folder_text(found: FolderSource) -> str:
    """The text of a folder's source, checked against its fingerprint."""
    if found.text_path is None:
        if found.sha256 != SHA256:
            raise SourceNotFoundError(
                f"the data's source (sha256 {found.sha256}) is not shipped with kzref; "
                f"name its text with 'file' in {SOURCE_FILE}"
            )
        return read_text()
    if not found.text_path.is_file():
        raise SourceNotFoundError(f"the data's source is not here: {found.text_path}")
    return read_text(found.text_path, found.sha256)


def split_sections(text: str) -> dict[str, Section]:
    """Map each heading path to its section; the lead is keyed by the title."""
    sections: dict[str, Section] = {}
    stack: list[str] = []
    path, level, start, lines = TITLE, 1, 1, []
    for number, line in enumerate(text.splitlines(), start=1):
        if number == 1 and line.startswith("= "):
            continue
        heading = _HEADING.match(line)
        if heading is None:
            lines.append(line)
            continue
        sections[path] = Section(path, level, start, "\n".join(lines))
        level = len(heading[1])
        del stack[level - 2 :]
        stack.append(heading[2])
        path, start, lines = SEPARATOR.join(stack), number, []
    sections[path] = Section(path, level, start, "\n".join(lines))
    return sections


@functools.cache
def sections() -> dict[str, Section]:
    """The article's sections (needs the text; see :func:`find_source`)."""
    return split_sections(read_text())


def section_spans(text: str) -> dict[str, tuple[int, int]]:
    r"""Map each heading path to the character span of its body in *text*.

    The span covers the same lines as :attr:`Section.body` (from the line after
    the heading to the line before the next), so for an article with ``\n`` line
    ends ``text[start:end] == section.body``.  Offsets count Unicode code points,
    as Python strings and W3C text-position selectors do.
    """
    spans: dict[str, tuple[int, int]] = {}
    stack: list[str] = []
    path, start, end, offset = TITLE, 0, 0, 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        content = (line.splitlines() or [""])[0]  # the line without its line break
        after = offset + len(line)
        if number == 1 and content.startswith("= "):
            start = end = after  # the title line is no section's text
        elif heading := _HEADING.match(content):
            spans[path] = (start, end)
            level = len(heading[1])
            del stack[level - 2 :]
            stack.append(heading[2])
            path, start, end = SEPARATOR.join(stack), after, after
        else:
            end = offset + len(content)
        offset = after
    spans[path] = (start, end)
    return spans


def locate(text: str, span: tuple[int, int], excerpt: str) -> tuple[int, int] | None:
    """The offsets of *excerpt* inside the section *span* of *text*, or ``None``.

    Where the excerpt occurs more than once in its section, the **first**
    occurrence is chosen (the smallest start offset): the rule is stable under any
    edit elsewhere in the article and needs no other input.
    """
    start = text.find(excerpt, span[0], span[1])
    return None if start < 0 else (start, start + len(excerpt))


def sentences(body: str) -> list[str]:
    """Split a section body into sentences, the unit the coverage report counts."""
    parts: list[str] = []
    for line in body.splitlines():
        paragraph = line.strip()
        if not paragraph:
            continue
        if paragraph.startswith("- "):
            parts.append(paragraph[2:].strip())
            continue
        start = 0
        for end in _SENTENCE_END.finditer(paragraph):
            before = paragraph[start : end.start()]
            if _NOT_AN_END.search(before):
                continue
            parts.append(paragraph[start : end.start()].strip())
            start = end.end()
        parts.append(paragraph[start:].strip())
    return [part for part in parts if part]


_SENTENCE_END = re.compile(r'(?<=[.!?])["”]?\s+(?=["“\[]?[A-Z0-9])')
_NOT_AN_END = re.compile(r"(?:\b[A-Z]|U\.S|Mr|Dr|St|vs)\.$")
