"""Exceptions kzref raises, all catchable as standard Python errors."""

from __future__ import annotations

from dataclasses import dataclass


class UnknownIdError(LookupError):
    """No entity has this id (or name); ``suggestions`` lists close matches."""

    def __init__(self, key: str, suggestions: list[str] | None = None) -> None:
        self.key = key
        self.suggestions = suggestions or []
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no kzref entity {key!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


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


class DataError(ValueError):
    """The data is invalid; ``problems`` lists every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in kzref data:\n{lines}")
