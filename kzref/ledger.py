"""Deprecated: moved to :mod:`kzref.maintain.ledger` (``python -m kzref.maintain.ledger``)."""

from __future__ import annotations

import warnings

from kzref.maintain.ledger import main

warnings.warn("kzref.ledger moved to kzref.maintain.ledger", DeprecationWarning, stacklevel=2)

if __name__ == "__main__":
    raise SystemExit(main())
