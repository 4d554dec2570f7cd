"""Every code example in the docs and the README runs, so none can drift from the library.

- a ``python``/``pycon`` block with ``>>>`` prompts is a doctest: its output must match;
- any other ``python`` block (a ``conf.py`` snippet, say) must at least run;
- in a ``console`` block, each ``$ kzref …`` and ``$ python3 -c …`` line runs and must
  succeed, and lines after it (up to the next ``$``) are its expected output.

Commands that install packages or rewrite the repository's own files are listed in
``NOT_RUN`` with the reason; any other command in the docs fails this test until it
runs here or is listed.
"""

from __future__ import annotations

import doctest
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PAGES = sorted(
    [ROOT / "README.md"]
    + [
        page
        for page in (ROOT / "docs").rglob("*.md")
        if not page.relative_to(ROOT / "docs").parts[0].startswith(("_", "kz"))
    ]
)
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<info>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```\s*$", re.M | re.S
)
RUN_AS_IS = (
    ["python3", "-c"],
    ["python", "-c"],
    ["python", "-m", "kzref.validate"],
    ["python", "-m", "kzref.maintain.coverage"],
)
EXAMPLE_DATA = "path/to/edited/data"  # the CLI page's placeholder: the bundled folder stands in
NOT_RUN = {
    "python -m pip install": "installs packages",
    "python3 -m pip install": "installs packages",
    "pip install": "installs packages",
    "python3 -m nox": "runs the project's own sessions (CI runs them)",
    "python -m nox": "runs the project's own sessions (CI runs them)",
    "nox ": "runs the project's own sessions (CI runs them)",
    "python -m kzref.maintain.ledger": "stamps a new dataset version into the repository",
    "python -m kzref.maintain.codegen": "rewrites the constants modules in the repository",
    "python -m kzref.maintain.citation_cff": "rewrites CITATION.cff in the repository",
    "python -m kzref.maintain.codebook": "rewrites docs/reference/codebook.md in the repository",
    "git ": "works on a repository",
}


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    info: str
    body: str

    def __str__(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        indent = len(match["indent"])
        body = "\n".join(line[indent:] for line in match["body"].splitlines())
        line = text.count("\n", 0, match.start()) + 1
        found.append(Block(page, line, match["info"], body + "\n"))
    return found


def _id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_python_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in blocks(page):
        if block.info not in ("python", "pycon"):
            continue
        if ">>> " in block.body:
            test = parser.get_doctest(block.body, namespace, str(block), str(page), block.line)
            output: list[str] = []
            runner.run(test, out=output.append, clear_globs=False)
            namespace.update(test.globs)  # a page's examples build on each other
            assert not runner.failures, f"{block}:\n{''.join(output)}"
        else:
            exec(compile(block.body, str(block), "exec"), {"__name__": "__docs__"})


def _commands(block: Block) -> list[tuple[str, list[str]]]:
    """``$`` lines (comments and ``>>`` redirects dropped) with the output lines after them."""
    commands: list[tuple[str, list[str]]] = []
    for line in block.body.splitlines():
        if line.startswith("$ "):
            command = line[2:]
            if " #" in command and not command.lstrip().startswith(("python3 -c", "python -c")):
                command = command.split(" #", 1)[0]
            commands.append((command.split(">>", 1)[0].strip(), []))
        elif commands and line.strip():
            commands[-1][1].append(line)
    return commands


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_console_examples_run(page: Path, tmp_path: Path) -> None:
    for block in blocks(page):
        if block.info != "console":
            continue
        for command, expected in _commands(block):
            for segment in command.split(" && "):
                if any(segment.startswith(prefix) for prefix in NOT_RUN):
                    continue
                argv = shlex.split(segment)
                if argv[0] == "kzref":
                    argv = [sys.executable, "-m", "kzref", *argv[1:]]
                elif any(argv[: len(start)] == start for start in RUN_AS_IS):
                    argv = [sys.executable, *argv[1:]]
                else:
                    pytest.fail(f"{block}: {segment!r} is neither run here nor listed in NOT_RUN")
                data = str(ROOT / "kzref" / "data")
                argv = [arg.replace(EXAMPLE_DATA, data) for arg in argv]
                done = subprocess.run(
                    argv, capture_output=True, text=True, cwd=tmp_path, check=False
                )
                assert done.returncode == 0, f"{block}: {segment}\n{done.stderr}"
                if expected:
                    assert done.stdout.splitlines() == expected, f"{block}: {segment}"


def test_every_page_with_examples_is_found() -> None:
    """The fence pattern sees the blocks the pages have (a guard against a silent regex)."""
    counted = sum(len(blocks(page)) for page in PAGES)
    fences = sum(
        len(re.findall(r"^ *```(?:python|pycon|console)\b", page.read_text("utf-8"), re.M))
        for page in PAGES
    )
    kinds = ("python", "pycon", "console")
    found = sum(1 for page in PAGES for b in blocks(page) if b.info in kinds)
    assert counted >= found == fences > 0
