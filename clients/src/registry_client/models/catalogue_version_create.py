from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.catalogue_version_create_conditions_item import (
    CatalogueVersionCreateConditionsItem,
    check_catalogue_version_create_conditions_item,
)

T = TypeVar("T", bound="CatalogueVersionCreate")


@_attrs_define
class CatalogueVersionCreate:
    """
    Attributes:
        basis (str):
        conditions (list[CatalogueVersionCreateConditionsItem]):
        effective_from (datetime.date):
        min_operations (int):
        operations (list[str]):
    """

    basis: str
    conditions: list[CatalogueVersionCreateConditionsItem]
    effective_from: datetime.date
    min_operations: int
    operations: list[str]

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: str = conditions_item_data
            conditions.append(conditions_item)

        effective_from = self.effective_from.isoformat()

        min_operations = self.min_operations

        operations = self.operations

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "basis": basis,
                "conditions": conditions,
                "effective_from": effective_from,
                "min_operations": min_operations,
                "operations": operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        basis = d.pop("basis")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = check_catalogue_version_create_conditions_item(
                conditions_item_data
            )

            conditions.append(conditions_item)

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        min_operations = d.pop("min_operations")

        operations = cast(list[str], d.pop("operations"))

        catalogue_version_create = cls(
            basis=basis,
            conditions=conditions,
            effective_from=effective_from,
            min_operations=min_operations,
            operations=operations,
        )

        return catalogue_version_create
