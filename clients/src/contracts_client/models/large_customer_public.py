from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_category import CustomerCategory, check_customer_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.large_customer_public_annual_purchases_kzt import (
        LargeCustomerPublicAnnualPurchasesKzt,
    )
    from ..models.system_forming_figures import SystemFormingFigures


T = TypeVar("T", bound="LargeCustomerPublic")


@_attrs_define
class LargeCustomerPublic:
    """A registered large customer (Art. 1.25) and the figures of its system-forming test (Art. 47-1).

    Attributes:
        annual_purchases_kzt (LargeCustomerPublicAnnualPurchasesKzt):
        bin_ (str):
        category (CustomerCategory): Large customers (Art. 1.25).
        created_at (datetime.datetime):
        figures (SystemFormingFigures): The figures of the system-forming test (Art. 47-1.1): the enterprise's output
            and its region's; null
            where the customer gave none (every category but ``system_forming`` may).
        name (str):
        region (None | str | Unset):
    """

    annual_purchases_kzt: LargeCustomerPublicAnnualPurchasesKzt
    bin_: str
    category: CustomerCategory
    created_at: datetime.datetime
    figures: SystemFormingFigures
    name: str
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual_purchases_kzt = self.annual_purchases_kzt.to_dict()

        bin_ = self.bin_

        category: str = self.category

        created_at = self.created_at.isoformat()

        figures = self.figures.to_dict()

        name = self.name

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annual_purchases_kzt": annual_purchases_kzt,
                "bin": bin_,
                "category": category,
                "created_at": created_at,
                "figures": figures,
                "name": name,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.large_customer_public_annual_purchases_kzt import (
            LargeCustomerPublicAnnualPurchasesKzt,
        )
        from ..models.system_forming_figures import SystemFormingFigures

        d = dict(src_dict)
        annual_purchases_kzt = LargeCustomerPublicAnnualPurchasesKzt.from_dict(
            d.pop("annual_purchases_kzt")
        )

        bin_ = d.pop("bin")

        category = check_customer_category(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        figures = SystemFormingFigures.from_dict(d.pop("figures"))

        name = d.pop("name")

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        large_customer_public = cls(
            annual_purchases_kzt=annual_purchases_kzt,
            bin_=bin_,
            category=category,
            created_at=created_at,
            figures=figures,
            name=name,
            region=region,
        )

        large_customer_public.additional_properties = d
        return large_customer_public

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
