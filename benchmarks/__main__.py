"""``python -m benchmarks``: run the harness."""

from __future__ import annotations

from benchmarks.harness import main

raise SystemExit(main())
