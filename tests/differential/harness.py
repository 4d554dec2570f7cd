"""Build a project incrementally and from clean, compare the output trees, shrink failures.

Builds run in this process through :class:`sphinx.testing.util.SphinxTestApp`
(``-j 2`` forks, as ``sphinx-build -j 2`` does).  An interrupted build is one
whose application raises :class:`KeyboardInterrupt` from an event handler at a
chosen read or write step (the N-th ``source-read``, ``doctree-read``,
``env-updated``, ``html-page-context`` or ``build-finished``), which is what
Ctrl-C does at that point; a broken build is one run on a data folder whose
record file is not JSON (kzref stops it).  After either, the project is built
again and must still match a clean build.

What the comparison normalizes, exactly:

* ``.buildinfo.bak`` is ignored: Sphinx's backup of the previous
  ``.buildinfo``, left when the configuration changed.
* In ``searchindex.js``, a search term that maps to no document is dropped:
  Sphinx's incremental index keeps the words of a re-indexed page's old text
  with an empty document list (the clean index never has such a term).  The
  rest of the index is compared as Sphinx writes it (parsed and re-dumped with
  Sphinx's own separators and key order, so the bytes are comparable).
* After a build interrupted while writing (``html-page-context``),
  ``searchindex.js`` is no longer compared in that sequence: plain Sphinx
  does not index again the pages it wrote before the interrupt, so its index
  misses them until they are written again (shown, on a project without
  kzref, by ``test_plain_sphinx_forgets_search_entries_after_an_interrupted_write``).
* A file present only in the incremental output and belonging to a document
  the project no longer has (``<doc>.html``, ``_sources/<doc>.<suffix>.txt``)
  is ignored: Sphinx never deletes the output of removed documents.

Everything else — every page, ``searchindex.js``, ``objects.inv``,
``.buildinfo``, ``kzref.json``, static files — must be equal byte for byte.
"""

from __future__ import annotations

import difflib
import gc
import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field, replace
from io import StringIO
from pathlib import Path
from typing import Any

from differential.edits import Edit, propose
from differential.project import State, Validator, initial

INTERRUPT_EVENTS = ("source-read", "doctree-read", "env-updated", "html-page-context")
"""Where a build may be interrupted (the last two are after reading, and while writing)."""

BROKEN_RECORDS = "{ this is not JSON"


class Stopped(KeyboardInterrupt):
    """The KeyboardInterrupt an :class:`Interrupt` raises (a real Ctrl-C still stops the run)."""


@dataclass(frozen=True)
class Interrupt:
    """Raise KeyboardInterrupt at the (``after`` + 1)-th emission of ``event``."""

    event: str
    after: int

    def __str__(self) -> str:
        return f"Ctrl-C at {self.event} #{self.after + 1}"


@dataclass(frozen=True)
class Kill:
    """Stop a ``sphinx-build`` process with *signal* after *delay* seconds.

    The point it stops at depends on the machine's speed, so a failure found
    this way may need a few replays to show again; what must hold, holds for
    every point.
    """

    delay: float
    signal: str
    """``SIGINT`` (Ctrl-C) or ``SIGKILL`` (the process dies at once)."""

    def __str__(self) -> str:
        return f"{self.signal} to sphinx-build after {self.delay:.2f} s"


def killed_build(root: Path, jobs: int, kill: Kill) -> str:
    """Run ``sphinx-build`` on *root* like :func:`build` does, and stop it; how it ended."""
    import signal
    import subprocess
    import sys

    out = root / "_build"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-j", str(jobs)]
    command += ["-d", str(out / "doctrees"), str(root), str(out / "html")]
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    ) as process:
        try:
            process.wait(kill.delay)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, getattr(signal, kill.signal))
            process.wait()
            return f"stopped by {kill.signal}"
    return f"finished before the signal (status {process.returncode})"


@dataclass(frozen=True)
class Step:
    """One step of a sequence: an edit, and how the incremental build after it runs."""

    edit: Edit
    jobs: int = 1
    interrupt: Interrupt | None = None
    """Build once with this interrupt first (then build normally)."""
    kill: Kill | None = None
    """Run ``sphinx-build`` once and stop it (then build normally)."""
    broken: bool = False
    """Build once on broken data first (then build normally)."""

    def __str__(self) -> str:
        extra = [f"-j {self.jobs}"]
        if self.interrupt:
            extra.append(f"after a build stopped by {self.interrupt}")
        if self.kill:
            extra.append(f"after a build stopped by {self.kill}")
        if self.broken:
            extra.append("after a build that failed on a broken record file")
        return f"{self.edit}  ({'; '.join(extra)})"


@dataclass
class Output:
    """What one build left: the output files, the documents, what it read and wrote."""

    files: dict[str, bytes]
    docs: frozenset[str]
    read: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    error: str | None = None
    warnings: str = ""


def _snapshot(outdir: Path) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    if not outdir.is_dir():
        return out
    for here, _dirs, files in os.walk(outdir):
        for name in files:
            path = Path(here, name)
            key = path.relative_to(outdir).as_posix()
            out[key] = path.read_bytes()
    if "searchindex.js" in out:
        out["searchindex.js"] = _search_index(out["searchindex.js"])
    return out


def _search_index(raw: bytes) -> bytes:
    """The index without terms that map to no document (see the module's rules)."""
    head, tail = b"Search.setIndex(", b")"
    if not (raw.startswith(head) and raw.endswith(tail)):
        return raw
    index = json.loads(raw[len(head) : -len(tail)])
    for key in ("terms", "titleterms"):
        if isinstance(index.get(key), dict):
            index[key] = {term: docs for term, docs in index[key].items() if docs != []}
    return head + json.dumps(index, separators=(",", ":"), sort_keys=True).encode() + tail


def build(root: Path, jobs: int = 1, interrupt: Interrupt | None = None) -> Output:
    """Build the project in *root* (its sources there, its output in ``root/_build``)."""
    from sphinx.testing.util import SphinxTestApp

    read: list[str] = []
    written: list[str] = []
    status, warnings = StringIO(), StringIO()
    error: str | None = None
    docs: frozenset[str] = frozenset()
    collecting = gc.isenabled()
    app = None
    try:
        app = SphinxTestApp(
            "html",
            srcdir=root,
            builddir=root / "_build",
            status=status,
            warning=warnings,
            parallel=jobs,
        )
        app.connect("env-before-read-docs", lambda _a, _e, names: read.extend(names))
        app.connect("html-page-context", lambda _a, name, *_: written.append(name))
        if interrupt is not None:
            count = [0]

            def stop(*_args: Any) -> None:
                count[0] += 1
                if count[0] > interrupt.after:
                    raise Stopped(str(interrupt))

            app.connect(interrupt.event, stop, priority=1000)
        app.build()
        docs = frozenset(app.env.found_docs)
    except Stopped:
        error = "interrupted"
    except (Exception, SystemExit) as exc:  # any failure is a result to compare (kzref's
        # data error is a SystemExit, so that sphinx-build prints it without a crash report)
        # the same failure in another folder is the same failure
        error = f"{type(exc).__name__}: {exc}".replace(str(root), "<project>")
    finally:
        if app is not None:
            app.cleanup()
        if collecting and not gc.isenabled():
            gc.enable()  # an interrupted build never reached kzref's build-finished hook
    return Output(
        _snapshot(root / "_build" / "html"),
        docs,
        sorted(read),
        sorted(written),
        error,
        warnings.getvalue(),
    )


class Tree:
    """A source folder kept in step with a state: only changed files are written."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, str] = {}

    def write(self, files: dict[str, str]) -> None:
        """Make the folder hold *files*; a written file gets a fresh, fine-grained mtime.

        The kernel stamps files from a coarse clock, which can lag behind the
        time Sphinx noted when it last read a document; an explicit stamp from
        the fine clock keeps an edit made right after a build visible to it.
        """
        for name in self.files.keys() - files.keys():
            (self.root / name).unlink(missing_ok=True)
        for name, text in files.items():
            if self.files.get(name) == text:
                continue
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            now = time.time_ns()
            os.utime(path, ns=(now, now))
        self.files = dict(files)


def differences(
    incremental: Output, clean: Output, limit: int = 6, *, search_index: bool = True
) -> list[str]:
    """How the incremental output differs from the clean one (see the module's rules).

    *search_index* False leaves ``searchindex.js`` out (after a build interrupted
    while writing, see the module's rules).
    """
    if incremental.error or clean.error:
        if incremental.error == clean.error:
            return []
        return [f"build error: incremental {incremental.error!r}, clean {clean.error!r}"]
    found: list[str] = []
    for name in sorted(incremental.files.keys() | clean.files.keys()):
        if name == ".buildinfo.bak" or (name == "searchindex.js" and not search_index):
            continue
        mine, theirs = incremental.files.get(name), clean.files.get(name)
        if mine == theirs:
            continue
        if theirs is None:
            if _document_of(name) not in clean.docs:
                continue  # Sphinx leaves the output of removed documents
            found.append(f"{name}: only in the incremental output")
        elif mine is None:
            found.append(f"{name}: missing from the incremental output")
        else:
            found.append(f"{name}: differs\n{_diff(mine, theirs)}")
        if len(found) >= limit:
            found.append("… (more differences not shown)")
            break
    return found


def _document_of(name: str) -> str:
    if name.startswith("_sources/"):
        return name.removeprefix("_sources/").rsplit(".", 2)[0]
    return name.removesuffix(".html")


def _diff(mine: bytes, theirs: bytes, lines: int = 12) -> str:
    try:
        a, b = mine.decode().splitlines(), theirs.decode().splitlines()
    except UnicodeDecodeError:
        return "    (binary)"
    out = difflib.unified_diff(b, a, "clean", "incremental", n=1, lineterm="")
    shown = [f"    {line[:200]}" for _, line in zip(range(lines), out, strict=False)]
    return "\n".join(shown)


class CleanBuilds:
    """Clean builds of states, built once per state (``-j 1``; ``-j 2`` when asked)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.outputs: dict[str, Output] = {}
        self.parallel_checked: set[str] = set()
        self.count = 0

    def _fresh(self, state: State, jobs: int) -> Output:
        self.count += 1
        root = self.workdir / f"clean-{self.count}"
        Tree(root).write(state.files())
        try:
            return build(root, jobs)
        finally:
            shutil.rmtree(root, ignore_errors=True)

    def get(self, state: State) -> Output:
        """The clean ``-j 1`` output of *state*."""
        key = state.digest()
        if key not in self.outputs:
            self.outputs[key] = self._fresh(state, 1)
        return self.outputs[key]

    def parallel_differences(self, state: State) -> list[str]:
        """How a clean ``-j 2`` build of *state* differs from its clean ``-j 1`` build."""
        key = state.digest()
        if key in self.parallel_checked:
            return []
        self.parallel_checked.add(key)
        return differences(self._fresh(state, 2), self.get(state))


@dataclass
class Failure:
    """A step after which the incremental output was not the clean output."""

    seed: int | None
    steps: list[Step]
    """The steps that lead there (the failing one last)."""
    diffs: list[str]
    what: str = "incremental build differs from a clean build"

    def report(self) -> str:
        """The failure in words: the sequence, then the differences."""
        lines = [f"{self.what} (seed {self.seed}) after {len(self.steps)} step(s):"]
        lines += [f"  {i}. {step}" for i, step in enumerate(self.steps, 1)]
        lines += [f"  - {d}" for d in self.diffs]
        return "\n".join(lines)


@dataclass
class Stats:
    """What a run tried."""

    sequences: int = 0
    steps: int = 0
    rejected: int = 0
    """Edits drawn but not applied (not applicable, or the data would be invalid)."""
    interrupted: int = 0
    killed: int = 0
    broken: int = 0
    parallel: int = 0
    families: dict[str, int] = field(default_factory=dict)


class Runner:
    """Runs step sequences against one clean-build cache."""

    def __init__(self, workdir: Path | None = None) -> None:
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="kzref-diff-"))
        self.clean = CleanBuilds(self.workdir)
        self.search_index = True
        """False once a build of the running sequence was interrupted while writing."""
        self.validator = Validator()
        self.stats = Stats()
        self._runs = 0

    def close(self) -> None:
        """Remove every folder the runner made."""
        self.validator.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def apply(self, state: State, edit: Edit) -> State | None:
        """The state after *edit*, or None if it does not apply or makes the data invalid."""
        new = state.copy()
        if not edit.change(new) or self.validator.problems(new):
            return None
        return new

    def draw(
        self,
        rng: random.Random,
        state: State,
        only: tuple[str, ...] = (),
        without: tuple[str, ...] = (),
    ) -> Step:
        """A random step that applies to *state* (families as in :func:`propose`)."""
        for _ in range(40):
            edit = propose(rng, state, only, without)
            if edit is not None and self.apply(state, edit) is not None:
                break
            self.stats.rejected += 1
        else:
            raise RuntimeError("no applicable edit found in 40 tries")
        interrupt = None
        jobs = rng.choice((1, 2))
        roll = rng.random()
        if roll < 0.15:
            interrupt = Interrupt(rng.choice(INTERRUPT_EVENTS), rng.randrange(4))
            jobs = 1  # the handler must run in this process
        kill = None
        if 0.22 <= roll < 0.3:
            kill = Kill(round(rng.uniform(0.5, 4.0), 2), rng.choice(("SIGINT", "SIGKILL")))
        return Step(edit, jobs, interrupt, kill, broken=0.15 <= roll < 0.22)

    def replay(
        self, steps: list[Step], seed: int | None = None, check_parallel: float = 0.0
    ) -> Failure | None:
        """Build the initial state, then each step; the first difference found, if any."""
        self._runs += 1
        root = self.workdir / f"incremental-{self._runs}"
        tree = Tree(root)
        state = initial()
        rng = random.Random(seed)
        self.search_index = True
        try:
            tree.write(state.files())
            if failure := self._compare(build(root), state, seed, []):
                return failure
            done: list[Step] = []
            for step in steps:
                new = self.apply(state, step.edit)
                if new is None:
                    continue  # shrinking removed what this edit needed
                state = new
                done.append(step)
                if failure := self._step(tree, state, step, seed, done):
                    return failure
                if check_parallel and rng.random() < check_parallel:
                    self.stats.parallel += 1
                    if diffs := self.clean.parallel_differences(state):
                        what = "a clean -j 2 build differs from a clean -j 1 build"
                        return Failure(seed, list(done), diffs, what)
            return None
        finally:
            shutil.rmtree(root, ignore_errors=True)

    def _step(
        self, tree: Tree, state: State, step: Step, seed: int | None, done: list[Step]
    ) -> Failure | None:
        self.stats.steps += 1
        self.stats.families[step.edit.family] = self.stats.families.get(step.edit.family, 0) + 1
        files = state.files()
        if step.broken:
            self.stats.broken += 1
            folder = state.config["kzref_data_path"]
            tree.write({**files, f"{folder}/records/mini.json": BROKEN_RECORDS})
            if build(tree.root).error is None:
                return Failure(seed, list(done), [], "a build on a broken record file succeeded")
        tree.write(files)
        if step.interrupt is not None:
            self.stats.interrupted += 1
            build(tree.root, 1, step.interrupt)
            if step.interrupt.event == "html-page-context":
                self.search_index = False
        if step.kill is not None:
            self.stats.killed += 1
            killed_build(tree.root, step.jobs, step.kill)
            self.search_index = False  # it may have been stopped while writing
        return self._compare(build(tree.root, step.jobs), state, seed, done)

    def _compare(
        self, incremental: Output, state: State, seed: int | None, done: list[Step]
    ) -> Failure | None:
        clean = self.clean.get(state)
        if clean.error and not self.validator.build_must_fail(state):
            return Failure(seed, list(done), [clean.error], "a clean build of valid data failed")
        if diffs := differences(incremental, clean, search_index=self.search_index):
            return Failure(seed, list(done), diffs)
        return None

    def run_seed(
        self,
        seed: int,
        length: int,
        only: tuple[str, ...] = (),
        without: tuple[str, ...] = (),
        check_parallel: float = 0.2,
    ) -> Failure | None:
        """Draw a sequence of *length* steps from *seed* and replay it."""
        self.stats.sequences += 1
        steps = self.sequence(seed, length, only, without)
        return self.replay(steps, seed, check_parallel)

    def sequence(
        self, seed: int, length: int, only: tuple[str, ...] = (), without: tuple[str, ...] = ()
    ) -> list[Step]:
        """The steps *seed* stands for (drawn against the states they lead through)."""
        rng = random.Random(seed)
        state = initial()
        steps = []
        for _ in range(length):
            step = self.draw(rng, state, only, without)
            new = self.apply(state, step.edit)
            assert new is not None
            state = new
            steps.append(step)
        return steps

    def shrink(self, failure: Failure, budget: float = 300.0) -> Failure:
        """A shorter, simpler sequence that still fails the same way (delta debugging).

        Drops chunks of steps (halves, then quarters, … then single steps) while the
        rest still fails, then turns each step into a plain ``-j 1`` build; stops
        after *budget* seconds with the best sequence so far.
        """
        deadline = time.monotonic() + budget
        best = failure

        def still_fails(steps: list[Step]) -> bool:
            nonlocal best
            if time.monotonic() > deadline:
                return False
            found = self.replay(steps, best.seed)
            if found is not None and found.what == best.what:
                best = found
                return True
            return False

        chunk = max(len(best.steps) // 2, 1)
        while chunk >= 1:
            start = 0
            while start < len(best.steps):
                if not still_fails(best.steps[:start] + best.steps[start + chunk :]):
                    start += chunk
            chunk //= 2
        for index in range(len(best.steps)):
            step = best.steps[index]
            plain = replace(step, jobs=1, interrupt=None, kill=None, broken=False)
            if plain != step:
                still_fails([*best.steps[:index], plain, *best.steps[index + 1 :]])
        return best
