from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.contract_kind import ContractKind, check_contract_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_create_volumes import ContractCreateVolumes
    from ..models.good_spec import GoodSpec
    from ..models.offset_obligation_in import OffsetObligationIn


T = TypeVar("T", bound="ContractCreate")


@_attrs_define
class ContractCreate:
    """
    Attributes:
        contract_sum_kzt (float | str):
        goods (list[GoodSpec]):
        kind (ContractKind): The contracts for industrial development a large customer proposes: offtake (Art. 48),
            guaranteed
            purchase (Art. 48-1) and offset (Art. 49).
        supplier_bin (str):
        term_end (datetime.date):
        term_start (datetime.date):
        unit_price_kzt (float | str):
        icv_programme_obligation (bool | Unset):  Default: False.
        liability (None | str | Unset):
        min_icv_pct (float | None | str | Unset):
        offset_obligations (list[OffsetObligationIn] | Unset):
        pilot_required (bool | Unset):  Default: False.
        plan_id (None | Unset | UUID):
        volumes (ContractCreateVolumes | Unset):
    """

    contract_sum_kzt: float | str
    goods: list[GoodSpec]
    kind: ContractKind
    supplier_bin: str
    term_end: datetime.date
    term_start: datetime.date
    unit_price_kzt: float | str
    icv_programme_obligation: bool | Unset = False
    liability: None | str | Unset = UNSET
    min_icv_pct: float | None | str | Unset = UNSET
    offset_obligations: list[OffsetObligationIn] | Unset = UNSET
    pilot_required: bool | Unset = False
    plan_id: None | Unset | UUID = UNSET
    volumes: ContractCreateVolumes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract_sum_kzt: float | str
        contract_sum_kzt = self.contract_sum_kzt

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        kind: str = self.kind

        supplier_bin = self.supplier_bin

        term_end = self.term_end.isoformat()

        term_start = self.term_start.isoformat()

        unit_price_kzt: float | str
        unit_price_kzt = self.unit_price_kzt

        icv_programme_obligation = self.icv_programme_obligation

        liability: None | str | Unset
        if isinstance(self.liability, Unset):
            liability = UNSET
        else:
            liability = self.liability

        min_icv_pct: float | None | str | Unset
        if isinstance(self.min_icv_pct, Unset):
            min_icv_pct = UNSET
        else:
            min_icv_pct = self.min_icv_pct

        offset_obligations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offset_obligations, Unset):
            offset_obligations = []
            for offset_obligations_item_data in self.offset_obligations:
                offset_obligations_item = offset_obligations_item_data.to_dict()
                offset_obligations.append(offset_obligations_item)

        pilot_required = self.pilot_required

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        volumes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contract_sum_kzt": contract_sum_kzt,
                "goods": goods,
                "kind": kind,
                "supplier_bin": supplier_bin,
                "term_end": term_end,
                "term_start": term_start,
                "unit_price_kzt": unit_price_kzt,
            }
        )
        if icv_programme_obligation is not UNSET:
            field_dict["icv_programme_obligation"] = icv_programme_obligation
        if liability is not UNSET:
            field_dict["liability"] = liability
        if min_icv_pct is not UNSET:
            field_dict["min_icv_pct"] = min_icv_pct
        if offset_obligations is not UNSET:
            field_dict["offset_obligations"] = offset_obligations
        if pilot_required is not UNSET:
            field_dict["pilot_required"] = pilot_required
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_create_volumes import ContractCreateVolumes
        from ..models.good_spec import GoodSpec
        from ..models.offset_obligation_in import OffsetObligationIn

        d = dict(src_dict)

        def _parse_contract_sum_kzt(data: object) -> float | str:
            return cast(float | str, data)

        contract_sum_kzt = _parse_contract_sum_kzt(d.pop("contract_sum_kzt"))

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = GoodSpec.from_dict(goods_item_data)

            goods.append(goods_item)

        kind = check_contract_kind(d.pop("kind"))

        supplier_bin = d.pop("supplier_bin")

        term_end = datetime.date.fromisoformat(d.pop("term_end"))

        term_start = datetime.date.fromisoformat(d.pop("term_start"))

        def _parse_unit_price_kzt(data: object) -> float | str:
            return cast(float | str, data)

        unit_price_kzt = _parse_unit_price_kzt(d.pop("unit_price_kzt"))

        icv_programme_obligation = d.pop("icv_programme_obligation", UNSET)

        def _parse_liability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liability = _parse_liability(d.pop("liability", UNSET))

        def _parse_min_icv_pct(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        min_icv_pct = _parse_min_icv_pct(d.pop("min_icv_pct", UNSET))

        _offset_obligations = d.pop("offset_obligations", UNSET)
        offset_obligations: list[OffsetObligationIn] | Unset = UNSET
        if _offset_obligations is not UNSET:
            offset_obligations = []
            for offset_obligations_item_data in _offset_obligations:
                offset_obligations_item = OffsetObligationIn.from_dict(
                    offset_obligations_item_data
                )

                offset_obligations.append(offset_obligations_item)

        pilot_required = d.pop("pilot_required", UNSET)

        def _parse_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        _volumes = d.pop("volumes", UNSET)
        volumes: ContractCreateVolumes | Unset
        if isinstance(_volumes, Unset):
            volumes = UNSET
        else:
            volumes = ContractCreateVolumes.from_dict(_volumes)

        contract_create = cls(
            contract_sum_kzt=contract_sum_kzt,
            goods=goods,
            kind=kind,
            supplier_bin=supplier_bin,
            term_end=term_end,
            term_start=term_start,
            unit_price_kzt=unit_price_kzt,
            icv_programme_obligation=icv_programme_obligation,
            liability=liability,
            min_icv_pct=min_icv_pct,
            offset_obligations=offset_obligations,
            pilot_required=pilot_required,
            plan_id=plan_id,
            volumes=volumes,
        )

        return contract_create
