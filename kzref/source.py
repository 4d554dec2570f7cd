"""The source article: where to find it, what it is, and its sections.

kzref does not ship the article's text (its prose is not ours); it ships the
article's fingerprint.  Evidence checks read the text from
``$KZREF_SOURCE`` or ``../shared/source/`` beside the checkout.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kzref.errors import SourceNotFoundError as SourceNotFoundError  # noqa: PLC0414  # re-exported from its old home (PEP 484 idiom)

TITLE = "Terrorism in Kazakhstan"
SHA256 = "dafed0dea54a066e34b28cafb4ac3b49a8929e0d2d24f51ae91ddfaf17e2dbcc"
LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
PUBLISHER = "Wikipedia"
FILENAME = "terrorism-in-kazakhstan.txt"
ENV_VAR = "KZREF_SOURCE"
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


def candidate_paths() -> list[Path]:
    """Where the article is looked for, in order."""
    paths = []
    if env := os.environ.get(ENV_VAR):
        paths.append(Path(env))
    here = Path(__file__).resolve().parent.parent
    paths += [
        here.parent / "shared" / "source" / FILENAME,
        Path.cwd().parent / "shared" / "source" / FILENAME,
    ]
    return paths


def find_source() -> Path:
    """The path of the article, or :class:`SourceNotFoundError` saying where it looked."""
    for candidate in candidate_paths():
        path = candidate / FILENAME if candidate.is_dir() else candidate
        if path.is_file():
            return path
    looked = ", ".join(str(p) for p in candidate_paths())
    raise SourceNotFoundError(
        f"the source article is not here (looked in: {looked}); set {ENV_VAR} to its path"
    )


@functools.cache
def read_text(path: Path | None = None) -> str:
    """The article's text, checked against its fingerprint."""
    path = path or find_source()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise ValueError(f"{path} is not the kzref source (sha256 {digest}, expected {SHA256})")
    return data.decode("utf-8")


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
