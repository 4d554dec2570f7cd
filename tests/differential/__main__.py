"""``python -m differential``: run seeds for a while, shrink and report what fails.

``nox -s fuzz -- --seconds 1800`` runs it with ``tests/`` on the path::

    python -m differential --seconds 600          # new seeds until ten minutes are up
    python -m differential --seed 17 --length 8   # replay one sequence
    python -m differential --start 1000 --seeds 50 --only config,record

It prints each failure shrunk to a minimal sequence, then what it ran: seeds,
steps (edits built), interrupted and broken builds, clean ``-j 2`` checks,
and the time taken.  The exit status is 1 if any sequence failed.
"""

from __future__ import annotations

import argparse
import sys
import time

from differential.harness import Runner


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; 0 if every sequence built like a clean build."""
    parser = argparse.ArgumentParser(prog="python -m differential", description=__doc__)
    parser.add_argument("--seconds", type=float, default=300.0, help="time budget (300)")
    parser.add_argument("--start", type=int, default=1000, help="first seed (1000)")
    parser.add_argument("--seeds", type=int, default=0, help="number of seeds (0: until time)")
    parser.add_argument("--seed", type=int, help="run this one seed only")
    parser.add_argument("--length", type=int, default=8, help="edits per sequence (8)")
    parser.add_argument("--only", default="", help="family prefixes, comma-separated")
    parser.add_argument("--without", default="", help="family prefixes to leave out")
    parser.add_argument("--shrink", type=float, default=240.0, help="seconds to shrink a failure")
    args = parser.parse_args(argv)
    only = tuple(p for p in args.only.split(",") if p)
    without = tuple(p for p in args.without.split(",") if p)
    runner = Runner()
    started = time.monotonic()
    failures = 0
    seed = args.seed if args.seed is not None else args.start
    try:
        while True:
            failure = runner.run_seed(seed, args.length, only, without)
            elapsed = time.monotonic() - started
            print(f"seed {seed}: {'FAILED' if failure else 'ok'} ({elapsed:.0f} s)", flush=True)
            if failure is not None:
                failures += 1
                print(runner.shrink(failure, args.shrink).report(), flush=True)
            seed += 1
            if args.seed is not None or (args.seeds and seed >= args.start + args.seeds):
                break
            if not args.seeds and time.monotonic() - started > args.seconds:
                break
    finally:
        stats = runner.stats
        elapsed = time.monotonic() - started
        print(
            f"{stats.sequences} sequences, {stats.steps} edits built "
            f"({stats.interrupted} after an interrupted build, {stats.killed} after a killed "
            f"sphinx-build, {stats.broken} after a failed one, "
            f"{stats.parallel} clean -j 2 checks, {stats.rejected} drawn edits rejected) "
            f"in {elapsed:.0f} s; {failures} failing sequence(s)"
        )
        for family, count in sorted(stats.families.items()):
            print(f"  {family}: {count}")
        runner.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
