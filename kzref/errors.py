"""Every exception kzref raises, under one base class.

Each is also a standard Python error (``LookupError``, ``ValueError`` …), so code
that catches those keeps working; ``except kzref.errors.KzrefError`` catches all of
kzref's own.  The modules that raise them re-export them under their old names
(``kzref.query.UnknownKindError`` is this module's class).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class KzrefError(Exception):
    """Base class of every error kzref raises on purpose."""


class UnknownIdError(KzrefError, LookupError):
    """No entity has this id (or name); ``suggestions`` lists close matches."""

    def __init__(self, key: str, suggestions: list[str] | None = None) -> None:
        self.key = key
        self.suggestions = suggestions or []
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no kzref entity {key!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousNameError(KzrefError, LookupError):
    """A name fits entities of more than one kind; ``candidates`` lists their ids."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(f"{name!r} names several entities: {', '.join(candidates)}; pass kind=")


class SelectionError(KzrefError, ValueError):
    """A filter that cannot be applied: unknown kind, bad date, impossible range."""


class UnknownKindError(SelectionError):
    """A kind (or table) name that kzref does not have."""

    def __init__(self, kind: str, known: Iterable[str]) -> None:
        self.kind = kind
        super().__init__(f"unknown kind {kind!r}; choose one of {', '.join(known)}")


class DateRangeError(SelectionError):
    """A date bound that does not parse, or a range that ends before it starts."""


class UnknownStyleError(KzrefError, ValueError):
    """The citation style is not one kzref writes."""

    def __init__(self, style: str, known: Iterable[str] = ()) -> None:
        self.style = style
        super().__init__(f"unknown citation style {style!r}; styles are {', '.join(known)}")


class UnknownFormatError(KzrefError, ValueError):
    """The export format is not one kzref writes."""

    def __init__(self, name: str, known: Iterable[str] = ()) -> None:
        self.format = name
        super().__init__(f"unknown export format {name!r}; formats are {', '.join(known)}")


class OutputError(KzrefError, ValueError):
    """The export cannot be written where it was asked to go."""


class NotEmptyError(OutputError):
    """The target folder holds files already; ``force`` writes over them."""


class MissingDependencyError(KzrefError, ImportError):
    """An optional dependency is not installed; the message says which extra to install."""


class SourceNotFoundError(KzrefError, FileNotFoundError):
    """The article's text is not where kzref was told to find it."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the data, located by file, record id and field."""

    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ", ".join(x for x in (self.record, self.field) if x)
        return f"{self.file}: {where}: {self.message}" if where else f"{self.file}: {self.message}"


class DataError(KzrefError, ValueError):
    """The data is invalid; ``problems`` lists every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in kzref data:\n{lines}")


__all__ = [
    "AmbiguousNameError",
    "DataError",
    "DateRangeError",
    "KzrefError",
    "MissingDependencyError",
    "NotEmptyError",
    "OutputError",
    "Problem",
    "SelectionError",
    "SourceNotFoundError",
    "UnknownFormatError",
    "UnknownIdError",
    "UnknownKindError",
    "UnknownStyleError",
]
