from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_published_goods_item import PlanPublishedGoodsItem


T = TypeVar("T", bound="PlanPublished")


@_attrs_define
class PlanPublished:
    """
    Attributes:
        applications_until (datetime.date):
        conclusion_due (datetime.date):
        customer_bin (str):
        goods (list[PlanPublishedGoodsItem]):
        plan_id (UUID):
        published_on (datetime.date):
    """

    applications_until: datetime.date
    conclusion_due: datetime.date
    customer_bin: str
    goods: list[PlanPublishedGoodsItem]
    plan_id: UUID
    published_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications_until = self.applications_until.isoformat()

        conclusion_due = self.conclusion_due.isoformat()

        customer_bin = self.customer_bin

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        plan_id = str(self.plan_id)

        published_on = self.published_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applications_until": applications_until,
                "conclusion_due": conclusion_due,
                "customer_bin": customer_bin,
                "goods": goods,
                "plan_id": plan_id,
                "published_on": published_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plan_published_goods_item import PlanPublishedGoodsItem

        d = dict(src_dict)
        applications_until = datetime.date.fromisoformat(d.pop("applications_until"))

        conclusion_due = datetime.date.fromisoformat(d.pop("conclusion_due"))

        customer_bin = d.pop("customer_bin")

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = PlanPublishedGoodsItem.from_dict(goods_item_data)

            goods.append(goods_item)

        plan_id = UUID(d.pop("plan_id"))

        published_on = datetime.date.fromisoformat(d.pop("published_on"))

        plan_published = cls(
            applications_until=applications_until,
            conclusion_due=conclusion_due,
            customer_bin=customer_bin,
            goods=goods,
            plan_id=plan_id,
            published_on=published_on,
        )

        plan_published.additional_properties = d
        return plan_published

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
