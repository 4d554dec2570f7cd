"""The model of a person (made on first use, see :mod:`kzref.model.entities`)."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.entities import EntityBase
from kzref.model.evidence import Items
from kzref.model.ids import PlaceId


class Person(EntityBase):
    """A named person."""

    kind: Literal["person"] = "person"
    citizenship: Items[PlaceId] = ()
    birthplace: PlaceId | None = None


__all__ = ["Person"]
