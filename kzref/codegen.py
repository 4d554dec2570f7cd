"""Deprecated: moved to :mod:`kzref.maintain.codegen` (``python -m kzref.maintain.codegen``)."""

from __future__ import annotations

import warnings

from kzref.maintain.codegen import main

warnings.warn("kzref.codegen moved to kzref.maintain.codegen", DeprecationWarning, stacklevel=2)

if __name__ == "__main__":
    raise SystemExit(main())
