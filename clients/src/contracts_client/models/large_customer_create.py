from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.customer_category import CustomerCategory, check_customer_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.large_customer_create_annual_purchases_kzt import (
        LargeCustomerCreateAnnualPurchasesKzt,
    )


T = TypeVar("T", bound="LargeCustomerCreate")


@_attrs_define
class LargeCustomerCreate:
    """
    Attributes:
        bin_ (str):
        category (CustomerCategory): Large customers (Art. 1.25).
        name (str):
        annual_purchases_kzt (LargeCustomerCreateAnnualPurchasesKzt | Unset):
        low_capacity_monopoly (bool | Unset):  Default: False.
        output_kzt (float | None | str | Unset):
        region (None | str | Unset):
        region_output_kzt (float | None | str | Unset):
    """

    bin_: str
    category: CustomerCategory
    name: str
    annual_purchases_kzt: LargeCustomerCreateAnnualPurchasesKzt | Unset = UNSET
    low_capacity_monopoly: bool | Unset = False
    output_kzt: float | None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    region_output_kzt: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        category: str = self.category

        name = self.name

        annual_purchases_kzt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annual_purchases_kzt, Unset):
            annual_purchases_kzt = self.annual_purchases_kzt.to_dict()

        low_capacity_monopoly = self.low_capacity_monopoly

        output_kzt: float | None | str | Unset
        if isinstance(self.output_kzt, Unset):
            output_kzt = UNSET
        else:
            output_kzt = self.output_kzt

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        region_output_kzt: float | None | str | Unset
        if isinstance(self.region_output_kzt, Unset):
            region_output_kzt = UNSET
        else:
            region_output_kzt = self.region_output_kzt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bin": bin_,
                "category": category,
                "name": name,
            }
        )
        if annual_purchases_kzt is not UNSET:
            field_dict["annual_purchases_kzt"] = annual_purchases_kzt
        if low_capacity_monopoly is not UNSET:
            field_dict["low_capacity_monopoly"] = low_capacity_monopoly
        if output_kzt is not UNSET:
            field_dict["output_kzt"] = output_kzt
        if region is not UNSET:
            field_dict["region"] = region
        if region_output_kzt is not UNSET:
            field_dict["region_output_kzt"] = region_output_kzt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.large_customer_create_annual_purchases_kzt import (
            LargeCustomerCreateAnnualPurchasesKzt,
        )

        d = dict(src_dict)
        bin_ = d.pop("bin")

        category = check_customer_category(d.pop("category"))

        name = d.pop("name")

        _annual_purchases_kzt = d.pop("annual_purchases_kzt", UNSET)
        annual_purchases_kzt: LargeCustomerCreateAnnualPurchasesKzt | Unset
        if isinstance(_annual_purchases_kzt, Unset):
            annual_purchases_kzt = UNSET
        else:
            annual_purchases_kzt = LargeCustomerCreateAnnualPurchasesKzt.from_dict(
                _annual_purchases_kzt
            )

        low_capacity_monopoly = d.pop("low_capacity_monopoly", UNSET)

        def _parse_output_kzt(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        output_kzt = _parse_output_kzt(d.pop("output_kzt", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_region_output_kzt(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        region_output_kzt = _parse_region_output_kzt(d.pop("region_output_kzt", UNSET))

        large_customer_create = cls(
            bin_=bin_,
            category=category,
            name=name,
            annual_purchases_kzt=annual_purchases_kzt,
            low_capacity_monopoly=low_capacity_monopoly,
            output_kzt=output_kzt,
            region=region,
            region_output_kzt=region_output_kzt,
        )

        return large_customer_create
