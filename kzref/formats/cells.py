"""Typed cells as text: how CSV (and SQLite, for dates and arrays) store a table's values."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from kzref.formats.tables import ColumnType


def encode_cell(value: Any, kind: ColumnType) -> str:
    """One cell as text (CSV): empty for missing, a JSON array for an ``array`` column."""
    if value is None or (kind == "array" and not value):
        return ""
    if kind == "array":
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))
    if kind == "number":
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def decode_cell(text: str | None, kind: ColumnType) -> Any:
    """The typed value of a text cell (CSV, SQLite ``TEXT`` for dates and arrays)."""
    if text is None or text == "":
        return () if kind == "array" else None
    if kind == "array":
        return tuple(json.loads(text))
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "date":
        return dt.date.fromisoformat(text)
    return text
