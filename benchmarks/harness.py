"""Run every benchmark against its baseline in the same run; write a table and a plot.

    python -m benchmarks [--quick] [--sizes 400 4000 10000] [--out DIR]

Every figure is a median over whole-process runs (with min and max); baselines
run interleaved with what they are compared to, so both see the same machine.
Peak memory is the largest resident set of the build's process tree
(``ru_maxrss`` from ``wait4``).  Results go to ``DIR/bench.md`` (markdown),
``DIR/bench.json`` and ``DIR/bench.png``.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.generate import generate
from benchmarks.probe_ext import READ_FILE
from benchmarks.sites import VARIANTS, page_path, write_sites

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

IMPORT_CASES = {
    "kzref": "import kzref; kzref.get('org:hizb-ut-tahrir')",
    "pydantic floor": "import pydantic\nclass M(pydantic.BaseModel):\n    a: int\nM(a=1)",
    "pycountry": "import pycountry; pycountry.countries.get(alpha_2='KZ')",
}
WARM_UP = "\n".join(
    f"try: import {module}\nexcept ImportError: pass"
    for module in ("sphinx.cmd.build", "sphinx.builders.html", "kzref.sphinx", "sphinx_needs")
)
TARGETS = {
    "import: kzref / pydantic floor": 1.1,
    "build: kzref / plain": 0.72,
    "build: kzref / plain+pictures": 1.1,
    "build: kzref / sphinx-needs": 0.6,
    "build: kzref / floor, 1,000 entities": 2.5,
    "peak memory: kzref / plain": 1.2,
    "incremental: kzref / plain": 0.75,
}


@dataclass
class Runs:
    """Wall times (s), CPU times (s) and peak RSS (MiB) of repeated whole-process runs."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, wall: float, cpu: float, rss: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.rss.append(rss)

    def summary(self) -> dict[str, Any]:
        return {
            "median": statistics.median(self.wall),
            "min": min(self.wall),
            "max": max(self.wall),
            "cpu": statistics.median(self.cpu),
            "rss_mib": max(self.rss),
            "runs": len(self.wall),
            **self.extra,
        }


@functools.cache
def _bytecode_cache() -> str:
    path = tempfile.mkdtemp(prefix="kzref-bytecode-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _env() -> dict[str, str]:
    """The environment of every measured process.

    Modules load from bytecode, as they do once pip has installed (and compiled)
    them: without a cache, ``PYTHONDONTWRITEBYTECODE`` (set on some machines,
    this one included) would recompile kzref, installed in editable mode, in
    every process, while Sphinx, pydantic and pycountry load the bytecode pip
    wrote.  The cache is a temporary folder, so the source tree is not touched.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _bytecode_cache()
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, float, str]:
    """Run *cmd* to completion: wall seconds, CPU seconds, peak RSS in MiB, and its output.

    Peak RSS and CPU come from ``wait4`` (the largest process of the tree, and the
    CPU of every process in it).  Where GNU ``time`` exists the command runs under
    it, because a child forked from this (large) process inherits its resident
    set until ``exec``, which ``ru_maxrss`` would count.
    """
    gnu_time = shutil.which("time") if Path("/usr/bin/time").exists() else None
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as usage_file:
        wrapped = [gnu_time, "-f", "%M %U %S", "-o", usage_file.name, *cmd] if gnu_time else cmd
        start = time.perf_counter()
        process = subprocess.Popen(
            wrapped, cwd=cwd, env=_env(), stdout=out, stderr=subprocess.STDOUT
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        rss_kib, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        if gnu_time:
            fields = usage_file.read().split()[-3:]
            rss_kib, cpu = int(fields[0]), float(fields[1]) + float(fields[2])
    if process.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({process.returncode}):\n{text[-3000:]}")
    return wall, cpu, rss_kib / 1024, text


def available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


# -- 1. import ---------------------------------------------------------------------------


def bench_import(repeat: int) -> dict[str, Any]:
    cases = {k: v for k, v in IMPORT_CASES.items() if k != "pycountry" or available("pycountry")}
    runs = {name: Runs() for name in cases}
    for code in cases.values():  # untimed: fills the bytecode cache (see _env)
        run([PY, "-c", code])
    pairs: list[float] = []
    for step in range(repeat):  # interleaved, so drift hits every case alike
        order = list(cases.items())
        for name, code in order if step % 2 else reversed(order):  # neither always goes first
            wall, cpu, rss, _ = run([PY, "-c", code])
            runs[name].add(wall, cpu, rss)
        pairs.append(runs["kzref"].wall[-1] / runs["pydantic floor"].wall[-1])
    result: dict[str, Any] = {name: r.summary() for name, r in runs.items()}
    quartiles = statistics.quantiles(pairs, n=4) if len(pairs) > 1 else [pairs[0]] * 3
    result["paired"] = {  # kzref / floor, run by run: the pairing cancels the machine's drift
        "median": statistics.median(pairs),
        "q1": quartiles[0],
        "q3": quartiles[2],
        "pairs": len(pairs),
    }
    return result


# -- 2. data -----------------------------------------------------------------------------


def _median_json(cmd: list[str], repeat: int) -> dict[str, Any]:
    samples = [json.loads(run(cmd)[3].strip().splitlines()[-1]) for _ in range(repeat)]
    out: dict[str, Any] = {}
    for key in samples[0]:
        values = [s[key] for s in samples if key in s]
        if all(isinstance(v, int | float) for v in values):
            out[key] = {"median": statistics.median(values), "min": min(values), "max": max(values)}
        else:
            out[key] = values[0]
    return out


def bench_data(repeat: int, folders: dict[int, Path]) -> dict[str, Any]:
    probe = [PY, "-m", "benchmarks.probe_data"]
    result: dict[str, Any] = {"kzref": _median_json(probe, repeat)}
    if available("pycountry"):
        result["pycountry"] = _median_json([*probe, "--pycountry"], repeat)
    for size, folder in folders.items():
        result[f"synthetic {size}"] = _median_json([*probe, str(folder)], max(1, repeat // 2))
    return result


# -- 3./4. builds ------------------------------------------------------------------------


def _build_cmd(site: Path, jobs: int) -> list[str]:
    build = site / "_build"
    return [PY, "-m", "sphinx", "-b", "html", "-q", "-j", str(jobs), "-d",
            str(build / "doctrees"), str(site), str(build / "html")]  # fmt: skip


def _clean(site: Path, variant: str) -> None:
    shutil.rmtree(site / "_build", ignore_errors=True)
    if variant == "kzref":  # the extension writes kz/ at build time: time that too
        shutil.rmtree(site / "kz", ignore_errors=True)


def _read_count(site: Path) -> int:
    return int((site / "_build" / "doctrees" / READ_FILE).read_text(encoding="utf-8"))


def _edit_target(data_folder: Path) -> str:
    """An organization with a typical number of ties: the entity every variant edits."""
    from kzref.links import build_links
    from kzref.store import load

    data = load(data_folder)
    links = build_links(data)
    orgs = sorted((len(links.get(i, [])), i) for i in data.entities if i.startswith("org:"))
    return orgs[len(orgs) // 2][1]


def _edit(variant: str, site: Path, data_folder: Path, entity_id: str, step: int) -> None:
    """Change one entity's summary the way a user of each variant would."""
    marker = f" (edited {step})"
    if variant == "kzref":
        for path in sorted((data_folder / "records").glob("*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            for entity in raw["entities"]:
                if entity["id"] == entity_id:
                    entity["summary"] = re.sub(r" \(edited \d+\)", "", entity["summary"]) + marker
                    path.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", "utf-8")
                    return
        raise LookupError(entity_id)
    page = site / f"{page_path(entity_id)}.rst"
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(A synthetic org about the [^\n]*?)\.( \\\(edited \d+\\\))?\n",
                  lambda m: f"{m[1]}. \\(edited {step}\\)\n", text, count=1)  # fmt: skip
    page.write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class Job:
    """One fresh build: a variant of the site for a dataset size, and its repetition."""

    size: int
    variant: str
    rep: int
    site: Path


def _pooled(jobs: list[Job], workers: int, log: Any) -> dict[Job, tuple[float, float, float]]:
    """Run fresh single-process builds, *workers* at a time (each on its own core).

    Every build is ``-j 1``: on two cores, two side-by-side single-process builds
    finish sooner than the same builds one after the other with ``-j 2`` (Sphinx
    runs much of a build serially), and each build's wall time stays close to
    its CPU time, so the variants remain comparable.
    """
    done: dict[Job, tuple[float, float, float]] = {}

    def one(job: Job) -> None:
        _clean(job.site, job.variant)  # fresh: the extension's kz/ is written (and timed) too
        wall, cpu, rss, _ = run(_build_cmd(job.site, 1))
        done[job] = (wall, cpu, rss)
        log(f"build n={job.size} {job.variant} #{job.rep + 1}: {wall:.1f} s, {rss:.0f} MiB")

    with ThreadPoolExecutor(max_workers=workers) as pool:
        # longest first (larger sizes, then the slower variants), so the pool drains evenly
        order = sorted(jobs, key=lambda j: (-j.size, VARIANTS.index(j.variant) == 0, j.rep))
        for future in [pool.submit(one, job) for job in order]:
            future.result()
    return done


def _copy(site: Path, rep: int) -> Path:
    """The site for one repetition: its own folder, so two runs never share an output."""
    if rep == 0:
        return site
    copy = site.with_name(f"{site.name}-{rep + 1}")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("_build"))
    return copy


def _summaries(
    size: int, jobs: list[Job], done: dict[Job, tuple[float, float, float]], workers: int
) -> dict[str, Any]:
    runs: dict[str, Runs] = {}
    for job in sorted(jobs, key=lambda j: j.rep):
        runs.setdefault(job.variant, Runs()).add(*done[job])
    return {
        v: {
            **r.summary(),
            "jobs": 1,
            "side_by_side": workers,
            "per_entity_ms": 1e3 * r.summary()["cpu"] / size,
        }
        for v, r in runs.items()
    }


def bench_builds(
    plan: dict[int, tuple[list[str], int]],
    incremental_size: int,
    incremental_repeat: int,
    workdir: Path,
    budget: float,
    started: float,
    log: Any,
) -> tuple[dict[str, Any], dict[str, Any], dict[int, Path], dict[str, str]]:
    """Fresh builds for each size in *plan* (variants, repetitions), then the incremental one.

    A size whose estimated cost (from the CPU per entity measured at the previous
    size) would overrun *budget* seconds is skipped and reported, not silently left out.
    """
    builds: dict[str, Any] = {}
    incremental: dict[str, Any] = {}
    folders: dict[int, Path] = {}
    skipped: dict[str, str] = {}
    workers = min(2, os.cpu_count() or 1)
    run([PY, "-c", WARM_UP])  # untimed: every variant's modules into the bytecode cache
    for size, (variants, repeat) in sorted(plan.items()):
        estimate = _estimate(builds, size, variants, repeat, workers)
        remaining = budget - (time.perf_counter() - started)
        if budget and estimate is not None and estimate > remaining:
            left = max(remaining, 0) / 60
            why = (
                f"estimated {estimate / 60:.0f} min from the smaller builds, "
                f"{left:.0f} min of the {budget / 60:.0f} min budget left"
            )
            skipped[str(size)] = why
            log(f"skip n={size}: {why}")
            continue
        root = workdir / f"n{size}"
        data_folder = generate(root / "data", size)
        folders[size] = data_folder
        sites = write_sites(data_folder, root)
        jobs = [Job(size, v, rep, _copy(sites[v], rep)) for v in variants for rep in range(repeat)]
        builds[str(size)] = _summaries(size, jobs, _pooled(jobs, workers, log), workers)
        if size == incremental_size:
            incremental = _incremental(size, variants, incremental_repeat, sites, data_folder, log)
    return builds, incremental, folders, skipped


def _estimate(
    builds: dict[str, Any], size: int, variants: list[str], repeat: int, workers: int
) -> float | None:
    """Seconds the builds of *size* should take, scaled from the largest size built so far."""
    if not builds:
        return None
    last = max(builds, key=int)
    per_entity: list[float] = [
        builds[last][v]["cpu"] / int(last) for v in variants if v in builds[last]
    ]
    if not per_entity:
        return None
    total = sum(per_entity) * size * repeat * 1.1  # a little super-linear slack
    return max(total / workers, max(per_entity) * size * 1.1)


def _incremental(
    size: int,
    variants: list[str],
    repeat: int,
    sites: dict[str, Path],
    data_folder: Path,
    log: Any,
) -> dict[str, Any]:
    """Edit one entity, rebuild; one variant at a time, on an otherwise idle machine."""
    target = _edit_target(data_folder)
    inc = {variant: Runs() for variant in variants}
    for step in range(1, repeat + 1):
        for variant in variants:
            _edit(variant, sites[variant], data_folder, target, step)
            wall, cpu, rss, _ = run(_build_cmd(sites[variant], 1))
            inc[variant].add(wall, cpu, rss)
            inc[variant].extra["reread"] = _read_count(sites[variant])
            log(f"incremental n={size} {variant} #{step}: {wall:.1f} s")
    return {"size": size, "entity": target, **{v: r.summary() for v, r in inc.items()}}


# -- report ------------------------------------------------------------------------------


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def ratios(results: dict[str, Any]) -> dict[str, Any]:
    """Each target's measured ratio, at the size the target names (else the largest built)."""
    imp = results["import"]
    builds = results["builds"]
    found: dict[str, Any] = {
        "import: kzref / pydantic floor": (
            imp["paired"]["median"],
            f"median of {imp['paired']['pairs']} pairs, IQR "
            f"{imp['paired']['q1']:.2f}–{imp['paired']['q3']:.2f}",
        )
    }
    sizes = sorted(int(s) for s in builds)
    if sizes:
        at = "4000" if "4000" in builds else str(sizes[-1])
        mem_at = "10000" if "10000" in builds else str(sizes[-1])
        b = builds[at]
        found["build: kzref / plain"] = (
            _ratio(b.get("kzref", {}).get("median"), b.get("plain", {}).get("median")),
            f"n={at}",
        )
        found["build: kzref / sphinx-needs"] = (
            _ratio(b.get("kzref", {}).get("median"), b.get("needs", {}).get("median")),
            f"n={at}",
        )
        for baseline in ("plain+pictures", "plain+freeze", "floor"):
            found[f"build: kzref / {baseline}"] = (
                _ratio(b.get("kzref", {}).get("median"), b.get(baseline, {}).get("median")),
                f"n={at}",
            )
        if "1000" in builds:
            small = builds["1000"]
            found["build: kzref / floor, 1,000 entities"] = (
                _ratio(small.get("kzref", {}).get("median"), small.get("floor", {}).get("median")),
                "",
            )
        m = builds[mem_at]
        found["peak memory: kzref / plain"] = (
            _ratio(m.get("kzref", {}).get("rss_mib"), m.get("plain", {}).get("rss_mib")),
            f"n={mem_at}",
        )
    inc = results.get("incremental") or {}
    if inc:
        found["incremental: kzref / plain"] = (
            _ratio(inc.get("kzref", {}).get("median"), inc.get("plain", {}).get("median")),
            f"n={inc['size']}",
        )
        for baseline in ("plain+pictures", "plain+freeze", "floor"):
            found[f"incremental: kzref / {baseline}"] = (
                _ratio(inc.get("kzref", {}).get("median"), inc.get(baseline, {}).get("median")),
                f"n={inc['size']}",
            )
    return {
        name: {
            "ratio": value,
            "at": at,
            "target": TARGETS.get(name),
            "met": None if value is None or name not in TARGETS else value <= TARGETS[name],
        }
        for name, (value, at) in found.items()
    }


def _s(summary: dict[str, Any], scale: float = 1.0, unit: str = "s", digits: int = 2) -> str:
    return (
        f"{summary['median'] * scale:.{digits}f} {unit} "
        f"({summary['min'] * scale:.{digits}f}–{summary['max'] * scale:.{digits}f})"
    )


def markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    lines = [
        f"Run: `{meta['command']}` — {meta['mode']} mode, {meta['when']}, "
        f"{meta['cpus']} CPUs, Python {meta['python']}, Sphinx {meta['sphinx']}, "
        f"sphinx-needs {meta['sphinx_needs']}; total {meta['total_s'] / 60:.1f} min.",
        "",
        "**Targets** (ratio = kzref / baseline, measured in the same run; lower is better)",
        "",
        "| Target | Measured | Limit | Met |",
        "|---|---|---|---|",
    ]
    for name, r in results["ratios"].items():
        value = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        met = "n/a" if r["met"] is None else ("yes" if r["met"] else "**no**")
        at = f" ({r['at']})" if r["at"] else ""
        limit = "baseline (no limit)" if r["target"] is None else f"≤ {r['target']}×"
        lines.append(f"| {name}{at} | {value} | {limit} | {met} |")
    lines += ["", "**Import** (whole process, median (min–max))", "",
              "| Command | Wall | Peak RSS |", "|---|---|---|"]  # fmt: skip
    for name, s in results["import"].items():
        if name == "paired":
            continue
        lines.append(f"| {name} | {_s(s, 1e3, 'ms', 0)} | {s['rss_mib']:.0f} MiB |")
    lines += ["", "**Data** (median over processes; per call after the first)", "",
              "| Dataset | load + validate | get | lookup | search | timeline |",
              "|---|---|---|---|---|---|"]  # fmt: skip
    for name, d in results["data"].items():

        def cell(key: str, unit: str, data: dict[str, Any] = d) -> str:
            value = data.get(key)
            if isinstance(value, dict):
                return f"{value['median']:.{0 if value['median'] >= 100 else 1}f} {unit}"
            return "error" if f"{key.split('_', maxsplit=1)[0]}_error" in data else "–"

        lines.append(
            f"| {name} | {cell('load_ms', 'ms')} | {cell('get_us', 'µs')} | "
            f"{cell('lookup_us', 'µs')} | {cell('search_us', 'µs')} | {cell('timeline_us', 'µs')} |"
        )
    lines += ["", "**Full builds** (fresh `sphinx-build -b html -j 1`, alabaster, two builds "
              "side by side on the two cores; wall median (min–max), CPU per entity, peak RSS)", "",
              "| Entities | Variant | Runs | Wall | CPU / entity | Peak RSS | vs plain (wall) |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for size, by_variant in results["builds"].items():
        plain = by_variant.get("plain", {}).get("median")
        for variant, s in by_variant.items():
            rel = _ratio(s["median"], plain)
            lines.append(
                f"| {size} | {variant} | {s['runs']} | {_s(s, digits=1)} | "
                f"{s['per_entity_ms']:.1f} ms | {s['rss_mib']:.0f} MiB | "
                f"{'' if rel is None else f'{rel:.2f}×'} |"
            )
    for size, why in results.get("skipped", {}).items():
        lines.append(f"| {size} | – | 0 | not run: {why} | | | |")
    inc = results.get("incremental")
    if inc:
        lines += ["", f"**Incremental** (n={inc['size']}: edit `{inc['entity']}`'s summary, "
                  "rebuild)", "",
                  "| Variant | Documents re-read | Wall | vs plain |",
                  "|---|---|---|---|"]  # fmt: skip
        for variant in VARIANTS:
            if variant in inc:
                s = inc[variant]
                rel = _ratio(s["median"], inc.get("plain", {}).get("median"))
                lines.append(
                    f"| {variant} | {s['reread']} | {_s(s, digits=1)} | "
                    f"{'' if rel is None else f'{rel:.2f}×'} |"
                )
    return "\n".join(lines) + "\n"


def plot(results: dict[str, Any], path: Path) -> bool:
    if not available("matplotlib"):
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, middle, right) = plt.subplots(1, 3, figsize=(13, 4))
    names = [name for name in results["import"] if name != "paired"]
    left.bar(names, [1e3 * results["import"][n]["median"] for n in names],
             color=["#4c72b0", "#999999", "#dd8452"][: len(names)])  # fmt: skip
    left.set_ylabel("ms (median, whole process)")
    left.set_title("Import + one lookup")
    builds = results["builds"]
    sizes = [int(s) for s in builds]
    colours = ("#4c72b0", "#999999", "#dd8452", "#55a868", "#c44e52", "#8172b3")
    for variant, colour in zip(VARIANTS, colours, strict=True):
        have = [s for s in sizes if variant in builds[str(s)]]
        if have:
            middle.plot(have, [builds[str(s)][variant]["median"] for s in have], "o-",
                        color=colour, label=variant)  # fmt: skip
            right.plot(have, [builds[str(s)][variant]["per_entity_ms"] for s in have], "o-",
                       color=colour, label=variant)  # fmt: skip
    for axis in (middle, right):
        axis.set_xscale("log")
        axis.set_xlabel("entities")
        axis.legend()
    middle.set_yscale("log")
    middle.set_ylabel("s (wall, fresh build)")
    middle.set_title("Full build")
    right.set_ylabel("ms CPU per entity")
    right.set_ylim(bottom=0)
    right.set_title("Cost per entity (flat = linear)")
    fig.suptitle(f"kzref benchmarks ({results['meta']['mode']} run)")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return True


# -- main --------------------------------------------------------------------------------


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, fewer repeats")
    parser.add_argument("--tiny", action="store_true", help="smoke test: one of everything")
    parser.add_argument("--sizes", type=int, nargs="+", help="entities per synthetic dataset")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "_static")
    parser.add_argument("--keep", type=Path, help="build under this folder and keep it")
    parser.add_argument(
        "--budget", type=float, help="minutes; skip a size that would overrun (full: 19, else none)"
    )
    parser.add_argument(
        "--needs-at-scale", action="store_true", help="build sphinx-needs at 10,000 too (slow)"
    )
    args = parser.parse_args(argv)
    mode = "tiny" if args.tiny else "quick" if args.quick else "full"
    sizes = args.sizes or {"tiny": [40], "quick": [100, 400], "full": [1000, 4000, 10000]}[mode]
    import_repeat, data_repeat, inc_repeat = {"tiny": (1, 1, 1), "quick": (7, 3, 2),
                                              "full": (40, 5, 2)}[mode]  # fmt: skip
    budget = 60 * (args.budget if args.budget is not None else 19 if mode == "full" else 0)
    variants = [v for v in VARIANTS if v != "needs" or available("sphinx_needs")]
    plan: dict[int, tuple[list[str], int]] = {}
    for size in sizes:
        repeat = 1 if mode == "tiny" or size >= 1000 else 3 if mode == "quick" else 2
        chosen = [v for v in variants if v != "needs" or size < 10000 or args.needs_at_scale]
        plan[size] = (chosen, repeat)
    incremental_size = 4000 if 4000 in sizes else max(sizes)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", flush=True)

    results: dict[str, Any] = {}
    log(f"import ({import_repeat} runs each)")
    results["import"] = bench_import(import_repeat)
    with tempfile.TemporaryDirectory(prefix="kzref-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        builds, incremental, folders, skipped = bench_builds(
            plan, incremental_size, inc_repeat, workdir, budget, started, log
        )
        results["skipped"] = skipped
        results["builds"], results["incremental"] = builds, incremental
        log(f"data ({data_repeat} runs each)")
        results["data"] = bench_data(data_repeat, folders)
    results["ratios"] = ratios(results)
    results["meta"] = {
        "command": " ".join(["python -m benchmarks", *(sys.argv[1:] if argv is None else argv)]),
        "mode": mode,
        "when": time.strftime("%Y-%m-%d"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sphinx": _version("sphinx"),
        "sphinx_needs": _version("sphinx-needs"),
        "total_s": time.perf_counter() - started,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    table = markdown(results)
    (args.out / "bench.md").write_text(table, encoding="utf-8")
    (args.out / "bench.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    plotted = plot(results, args.out / "bench.png")
    print(table)
    log(f"wrote {args.out / 'bench.md'}" + (f" and {args.out / 'bench.png'}" if plotted else ""))
    return 0
