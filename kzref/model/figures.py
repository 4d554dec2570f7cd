"""Quantities the article gives: deaths, arrests, seized leaflets, sentences, money."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import model_validator

from kzref.model.evidence import Frozen

Approximation = Literal[
    "exact", "about", "some", "more-than", "over", "at-least", "up-to", "nearly", "range"
]


class Figure(Frozen):
    """One number of something, with the hedge the article puts on it."""

    measure: str
    """What is counted, e.g. ``killed``, ``arrested``, ``leaflets-seized``, ``sentence``."""
    value: float
    upper: float | None = None
    """Upper end where the article gives a range ("eight to twenty-five years")."""
    unit: str
    """``people``, ``leaflets``, ``years``, ``USD``, ``tons``, ``km2`` …"""
    approximation: Approximation = "exact"
    text: str
    """The article's wording of the number, verbatim ("more than 25,000 pamphlets")."""

    @model_validator(mode="after")
    def _sane(self) -> Figure:
        if self.value < 0 or (self.upper is not None and self.upper < self.value):
            raise ValueError("a figure is non-negative and its upper end is not below its value")
        if (self.upper is None) == (self.approximation == "range"):
            raise ValueError("give 'upper' exactly when approximation is 'range'")
        return self


@dataclass(frozen=True, slots=True)
class Estimate:
    """A count as low, best and high values, derived from figures and their hedges.

    ``None`` means the article's words give no such value: "more than 50" has a
    low (51) but no best and no high; "about 700" has a best but no bounds.
    """

    low: float | None
    best: float | None
    high: float | None


def estimate(figure: Figure) -> Estimate:
    """Low, best and high for one figure, as far as its hedge allows.

    A best value only where the article gives a point value (exact, about,
    some); a low where the words set a floor; a high where they set a ceiling.
    "More than" and "over" a whole number of people start at the next number.
    """
    value, hedge = figure.value, figure.approximation
    if hedge == "exact":
        return Estimate(value, value, value)
    if hedge in ("about", "some"):
        return Estimate(None, value, None)
    if hedge in ("more-than", "over"):
        return Estimate(value + 1 if value.is_integer() else value, None, None)
    if hedge == "at-least":
        return Estimate(value, None, None)
    if hedge in ("up-to", "nearly"):
        return Estimate(None, None, value)
    return Estimate(value, None, figure.upper)  # range


def total(figures: Iterable[Figure], measure: str) -> Estimate | None:
    """The sum of the figures measuring *measure* (``killed``, ``injured``), or None.

    Figures of one measure in one event count different people (four police
    officers, a guard, a civilian), so they add up; a bound is given only when
    every figure has one.  Breakdowns with their own measure names
    (``militants-killed``) are not added to the total they break down.
    """
    parts = [estimate(f) for f in figures if f.measure == measure]
    if not parts:
        return None

    def add(values: list[float | None]) -> float | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    return Estimate(
        add([p.low for p in parts]), add([p.best for p in parts]), add([p.high for p in parts])
    )
