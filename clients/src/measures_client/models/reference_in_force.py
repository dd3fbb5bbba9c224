from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalogue_measure import CatalogueMeasure
    from ..models.priority_good import PriorityGood


T = TypeVar("T", bound="ReferenceInForce")


@_attrs_define
class ReferenceInForce:
    """The priority goods (Art. 26) and the measures (Art. 29) in force on a date, from dated reference data.

    Attributes:
        measures (list[CatalogueMeasure]):
        on (datetime.date):
        priority_goods (list[PriorityGood]):
    """

    measures: list[CatalogueMeasure]
    on: datetime.date
    priority_goods: list[PriorityGood]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measures = []
        for measures_item_data in self.measures:
            measures_item = measures_item_data.to_dict()
            measures.append(measures_item)

        on = self.on.isoformat()

        priority_goods = []
        for priority_goods_item_data in self.priority_goods:
            priority_goods_item = priority_goods_item_data.to_dict()
            priority_goods.append(priority_goods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "measures": measures,
                "on": on,
                "priority_goods": priority_goods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogue_measure import CatalogueMeasure
        from ..models.priority_good import PriorityGood

        d = dict(src_dict)
        measures = []
        _measures = d.pop("measures")
        for measures_item_data in _measures:
            measures_item = CatalogueMeasure.from_dict(measures_item_data)

            measures.append(measures_item)

        on = datetime.date.fromisoformat(d.pop("on"))

        priority_goods = []
        _priority_goods = d.pop("priority_goods")
        for priority_goods_item_data in _priority_goods:
            priority_goods_item = PriorityGood.from_dict(priority_goods_item_data)

            priority_goods.append(priority_goods_item)

        reference_in_force = cls(
            measures=measures,
            on=on,
            priority_goods=priority_goods,
        )

        reference_in_force.additional_properties = d
        return reference_in_force

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
