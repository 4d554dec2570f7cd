"""Quantities the article gives: deaths, arrests, seized leaflets, sentences, money."""

from __future__ import annotations

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
