"""The model of an organization (made on first use, see :mod:`kzref.model.entities`)."""

# Annotations are evaluated as written (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation string when
# the class is made, the largest cost of ``import kzref``.

from typing import Literal

from kzref.model.entities import EntityBase
from kzref.model.ids import PlaceId
from kzref.model.vocabulary import OrganizationType


class Organization(EntityBase):
    """A group, body, government, agency, outlet, company or coalition."""

    kind: Literal["org"] = "org"
    org_type: OrganizationType
    country: PlaceId | None = None
    """Where it belongs, when the article says."""


__all__ = ["Organization"]
