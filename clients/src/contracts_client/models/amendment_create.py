from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.amendment_create_mode import (
    AmendmentCreateMode,
    check_amendment_create_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amendment_create_volumes_type_0 import AmendmentCreateVolumesType0
    from ..models.good_spec import GoodSpec


T = TypeVar("T", bound="AmendmentCreate")


@_attrs_define
class AmendmentCreate:
    """
    Attributes:
        effective_on (datetime.date):
        mode (AmendmentCreateMode):
        rationale (str):
        goods (list[GoodSpec] | None | Unset):
        term_end (datetime.date | None | Unset):
        term_start (datetime.date | None | Unset):
        unit_price_kzt (float | None | str | Unset):
        volumes (AmendmentCreateVolumesType0 | None | Unset):
    """

    effective_on: datetime.date
    mode: AmendmentCreateMode
    rationale: str
    goods: list[GoodSpec] | None | Unset = UNSET
    term_end: datetime.date | None | Unset = UNSET
    term_start: datetime.date | None | Unset = UNSET
    unit_price_kzt: float | None | str | Unset = UNSET
    volumes: AmendmentCreateVolumesType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.amendment_create_volumes_type_0 import AmendmentCreateVolumesType0

        effective_on = self.effective_on.isoformat()

        mode: str = self.mode

        rationale = self.rationale

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

        unit_price_kzt: float | None | str | Unset
        if isinstance(self.unit_price_kzt, Unset):
            unit_price_kzt = UNSET
        else:
            unit_price_kzt = self.unit_price_kzt

        volumes: dict[str, Any] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, AmendmentCreateVolumesType0):
            volumes = self.volumes.to_dict()
        else:
            volumes = self.volumes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_on": effective_on,
                "mode": mode,
                "rationale": rationale,
            }
        )
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
        from ..models.amendment_create_volumes_type_0 import AmendmentCreateVolumesType0
        from ..models.good_spec import GoodSpec

        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        mode = check_amendment_create_mode(d.pop("mode"))

        rationale = d.pop("rationale")

        def _parse_goods(data: object) -> list[GoodSpec] | None | Unset:
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
                    goods_type_0_item = GoodSpec.from_dict(goods_type_0_item_data)

                    goods_type_0.append(goods_type_0_item)

                return goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GoodSpec] | None | Unset, data)

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

        def _parse_unit_price_kzt(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        unit_price_kzt = _parse_unit_price_kzt(d.pop("unit_price_kzt", UNSET))

        def _parse_volumes(data: object) -> AmendmentCreateVolumesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                volumes_type_0 = AmendmentCreateVolumesType0.from_dict(data)

                return volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmendmentCreateVolumesType0 | None | Unset, data)

        volumes = _parse_volumes(d.pop("volumes", UNSET))

        amendment_create = cls(
            effective_on=effective_on,
            mode=mode,
            rationale=rationale,
            goods=goods,
            term_end=term_end,
            term_start=term_start,
            unit_price_kzt=unit_price_kzt,
            volumes=volumes,
        )

        return amendment_create
