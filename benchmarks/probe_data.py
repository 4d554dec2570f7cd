"""One whole-process measurement of kzref's data layer, printed as JSON.

    python -m benchmarks.probe_data            # the bundled data, through kzref's public API
    python -m benchmarks.probe_data FOLDER     # a synthetic data folder, through kzref.store.load
    python -m benchmarks.probe_data --pycountry

The harness runs this several times and keeps the median of each figure.
Per-call latencies are averages over many calls after the first (which builds
the indexes and is reported as ``*_first_ms``).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any


def _per_call_us(call: Callable[[], object], budget_s: float = 0.2) -> float:
    """Microseconds per call, calling repeatedly for about *budget_s* seconds."""
    count, start = 0, time.perf_counter()
    while True:
        call()
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= budget_s and count >= 3:
            return elapsed / count * 1e6


def _first_ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1e3


def bundled() -> dict[str, Any]:
    import kzref
    from kzref import store

    start = time.perf_counter()
    store.dataset()  # load + validate every record of the bundled data
    result: dict[str, Any] = {"load_ms": (time.perf_counter() - start) * 1e3}
    calls: dict[str, Callable[[], object]] = {
        "get": lambda: kzref.get("org:hizb-ut-tahrir"),
        "lookup": lambda: kzref.lookup("HuT"),
        "search": lambda: kzref.search("hizb tahrir"),
        "timeline": lambda: kzref.timeline("2004", "2006"),
    }
    return result | _time_calls(calls)


def _time_calls(calls: dict[str, Callable[[], object]]) -> dict[str, Any]:
    """First-call and per-call time of each call; an error is reported, not raised."""
    result: dict[str, Any] = {}
    for name, call in calls.items():
        try:
            result[f"{name}_first_ms"] = _first_ms(call)
            result[f"{name}_us"] = _per_call_us(call)
        except Exception as error:  # report, do not stop the benchmark
            result[f"{name}_error"] = f"{type(error).__name__}: {error}"
    return result


def folder(path: str) -> dict[str, Any]:
    from kzref import query
    from kzref.store import load

    start = time.perf_counter()
    data = load(path)
    result: dict[str, Any] = {
        "load_ms": (time.perf_counter() - start) * 1e3,
        "entities": len(data.entities),
    }
    some = next(iter(data.entities))
    calls: dict[str, Callable[[], object]] = {
        "get": lambda: query.resolve(some, dataset=data),
        "search": lambda: query.search("amber basalt", dataset=data),
        "timeline": lambda: query.timeline("2004", "2006", dataset=data),
    }
    return result | _time_calls(calls)


def pycountry_baseline() -> dict[str, Any]:
    import pycountry

    start = time.perf_counter()
    pycountry.countries.get(alpha_2="KZ")  # loads and indexes the countries database
    result: dict[str, Any] = {"load_ms": (time.perf_counter() - start) * 1e3}
    calls: dict[str, Callable[[], object]] = {
        "get": lambda: pycountry.countries.get(alpha_2="KZ"),
        "lookup": lambda: pycountry.countries.lookup("kazakhstan"),
        "search": lambda: pycountry.countries.search_fuzzy("kazakh"),
    }
    for name, call in calls.items():
        result[f"{name}_first_ms"] = _first_ms(call)
        result[f"{name}_us"] = _per_call_us(call)
    return result


def main(argv: list[str]) -> int:
    if argv == ["--pycountry"]:
        result = pycountry_baseline()
    elif argv:
        result = folder(argv[0])
    else:
        result = bundled()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
