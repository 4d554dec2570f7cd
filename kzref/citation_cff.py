"""Deprecated: moved to :mod:`kzref.maintain.citation_cff`."""

from __future__ import annotations

import warnings

from kzref.maintain.citation_cff import main

warnings.warn(
    "kzref.citation_cff moved to kzref.maintain.citation_cff", DeprecationWarning, stacklevel=2
)

if __name__ == "__main__":
    raise SystemExit(main())
