from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_terms_volumes_type_0 import ContractTermsVolumesType0
    from ..models.good_spec_public import GoodSpecPublic


T = TypeVar("T", bound="ContractTerms")


@_attrs_define
class ContractTerms:
    """The terms of a contract an amendment changes (only those it changes), or the terms before it.

    Attributes:
        goods (list[GoodSpecPublic] | None | Unset):
        term_end (datetime.date | None | Unset):
        term_start (datetime.date | None | Unset):
        unit_price_kzt (None | str | Unset):
        volumes (ContractTermsVolumesType0 | None | Unset): The whole schedule of volumes by year
    """

    goods: list[GoodSpecPublic] | None | Unset = UNSET
    term_end: datetime.date | None | Unset = UNSET
    term_start: datetime.date | None | Unset = UNSET
    unit_price_kzt: None | str | Unset = UNSET
    volumes: ContractTermsVolumesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_terms_volumes_type_0 import ContractTermsVolumesType0

        goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.goods, Unset):
            goods = UNSET
        elif isinstance(self.goods, list):
            goods = []
            for goods_type_0_item_data in self.goods:
                goods_type_0_item = goods_type_0_item_data.to_dict()
                goods.append(goods_type_0_item)

        else:
            goods = self.goods

        term_end: None | str | Unset
        if isinstance(self.term_end, Unset):
            term_end = UNSET
        elif isinstance(self.term_end, datetime.date):
            term_end = self.term_end.isoformat()
        else:
            term_end = self.term_end

        term_start: None | str | Unset
        if isinstance(self.term_start, Unset):
            term_start = UNSET
        elif isinstance(self.term_start, datetime.date):
            term_start = self.term_start.isoformat()
        else:
            term_start = self.term_start

        unit_price_kzt: None | str | Unset
        if isinstance(self.unit_price_kzt, Unset):
            unit_price_kzt = UNSET
        else:
            unit_price_kzt = self.unit_price_kzt

        volumes: dict[str, Any] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, ContractTermsVolumesType0):
            volumes = self.volumes.to_dict()
        else:
            volumes = self.volumes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods is not UNSET:
            field_dict["goods"] = goods
        if term_end is not UNSET:
            field_dict["term_end"] = term_end
        if term_start is not UNSET:
            field_dict["term_start"] = term_start
        if unit_price_kzt is not UNSET:
            field_dict["unit_price_kzt"] = unit_price_kzt
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_terms_volumes_type_0 import ContractTermsVolumesType0
        from ..models.good_spec_public import GoodSpecPublic

        d = dict(src_dict)

        def _parse_goods(data: object) -> list[GoodSpecPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goods_type_0 = []
                _goods_type_0 = data
                for goods_type_0_item_data in _goods_type_0:
                    goods_type_0_item = GoodSpecPublic.from_dict(goods_type_0_item_data)

                    goods_type_0.append(goods_type_0_item)

                return goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoodSpecPublic] | None | Unset, data)

        goods = _parse_goods(d.pop("goods", UNSET))

        def _parse_term_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_end_type_0 = datetime.date.fromisoformat(data)

                return term_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        term_end = _parse_term_end(d.pop("term_end", UNSET))

        def _parse_term_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_start_type_0 = datetime.date.fromisoformat(data)

                return term_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        term_start = _parse_term_start(d.pop("term_start", UNSET))

        def _parse_unit_price_kzt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_price_kzt = _parse_unit_price_kzt(d.pop("unit_price_kzt", UNSET))

        def _parse_volumes(data: object) -> ContractTermsVolumesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                volumes_type_0 = ContractTermsVolumesType0.from_dict(data)

                return volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractTermsVolumesType0 | None | Unset, data)

        volumes = _parse_volumes(d.pop("volumes", UNSET))

        contract_terms = cls(
            goods=goods,
            term_end=term_end,
            term_start=term_start,
            unit_price_kzt=unit_price_kzt,
            volumes=volumes,
        )

        contract_terms.additional_properties = d
        return contract_terms

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
