"""The model of a place (made on first use, see :mod:`kzref.model.entities`)."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.entities import EntityBase
from kzref.model.ids import PlaceId
from kzref.model.vocabulary import PlaceType


class Place(EntityBase):
    """A country, region, city, site or other location."""

    kind: Literal["place"] = "place"
    place_type: PlaceType
    located_in: PlaceId | None = None


__all__ = ["Place"]
