from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus, check_contract_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_flagged_change import ContractFlaggedChange
    from ..models.contract_flagged_goods_item import ContractFlaggedGoodsItem
    from ..models.contract_flagged_volumes import ContractFlaggedVolumes


T = TypeVar("T", bound="ContractFlagged")


@_attrs_define
class ContractFlagged:
    """
    Attributes:
        changed_at (datetime.datetime):
        contract_id (UUID):
        customer_bin (str):
        goods (list[ContractFlaggedGoodsItem]):
        kind (str):
        status (ContractStatus): Where a contract for industrial development stands (Art. 46, 48, 48-1, 49): proposed by
            the large
            customer and awaiting the supplier's signature, signed by both, or terminated (Art. 47.8). Shared by
            contract: the offtake register (registry) lists contracts by it.
        supplier_bin (str):
        term_end (datetime.date):
        term_start (datetime.date):
        unit_price_kzt (float | str):
        version (int):
        volumes (ContractFlaggedVolumes):
        change (ContractFlaggedChange | Unset):
        customer_name (None | str | Unset):
        flagged (None | str | Unset):
        min_icv_pct (float | None | str | Unset):
        pledged_to (list[str] | Unset):
    """

    changed_at: datetime.datetime
    contract_id: UUID
    customer_bin: str
    goods: list[ContractFlaggedGoodsItem]
    kind: str
    status: ContractStatus
    supplier_bin: str
    term_end: datetime.date
    term_start: datetime.date
    unit_price_kzt: float | str
    version: int
    volumes: ContractFlaggedVolumes
    change: ContractFlaggedChange | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    flagged: None | str | Unset = UNSET
    min_icv_pct: float | None | str | Unset = UNSET
    pledged_to: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_at = self.changed_at.isoformat()

        contract_id = str(self.contract_id)

        customer_bin = self.customer_bin

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        kind = self.kind

        status: str = self.status

        supplier_bin = self.supplier_bin

        term_end = self.term_end.isoformat()

        term_start = self.term_start.isoformat()

        unit_price_kzt: float | str
        unit_price_kzt = self.unit_price_kzt

        version = self.version

        volumes = self.volumes.to_dict()

        change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change, Unset):
            change = self.change.to_dict()

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        flagged: None | str | Unset
        if isinstance(self.flagged, Unset):
            flagged = UNSET
        else:
            flagged = self.flagged

        min_icv_pct: float | None | str | Unset
        if isinstance(self.min_icv_pct, Unset):
            min_icv_pct = UNSET
        else:
            min_icv_pct = self.min_icv_pct

        pledged_to: list[str] | Unset = UNSET
        if not isinstance(self.pledged_to, Unset):
            pledged_to = self.pledged_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_at": changed_at,
                "contract_id": contract_id,
                "customer_bin": customer_bin,
                "goods": goods,
                "kind": kind,
                "status": status,
                "supplier_bin": supplier_bin,
                "term_end": term_end,
                "term_start": term_start,
                "unit_price_kzt": unit_price_kzt,
                "version": version,
                "volumes": volumes,
            }
        )
        if change is not UNSET:
            field_dict["change"] = change
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if min_icv_pct is not UNSET:
            field_dict["min_icv_pct"] = min_icv_pct
        if pledged_to is not UNSET:
            field_dict["pledged_to"] = pledged_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_flagged_change import ContractFlaggedChange
        from ..models.contract_flagged_goods_item import ContractFlaggedGoodsItem
        from ..models.contract_flagged_volumes import ContractFlaggedVolumes

        d = dict(src_dict)
        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        contract_id = UUID(d.pop("contract_id"))

        customer_bin = d.pop("customer_bin")

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = ContractFlaggedGoodsItem.from_dict(goods_item_data)

            goods.append(goods_item)

        kind = d.pop("kind")

        status = check_contract_status(d.pop("status"))

        supplier_bin = d.pop("supplier_bin")

        term_end = datetime.date.fromisoformat(d.pop("term_end"))

        term_start = datetime.date.fromisoformat(d.pop("term_start"))

        def _parse_unit_price_kzt(data: object) -> float | str:
            return cast(float | str, data)

        unit_price_kzt = _parse_unit_price_kzt(d.pop("unit_price_kzt"))

        version = d.pop("version")

        volumes = ContractFlaggedVolumes.from_dict(d.pop("volumes"))

        _change = d.pop("change", UNSET)
        change: ContractFlaggedChange | Unset
        if isinstance(_change, Unset):
            change = UNSET
        else:
            change = ContractFlaggedChange.from_dict(_change)

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_flagged(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flagged = _parse_flagged(d.pop("flagged", UNSET))

        def _parse_min_icv_pct(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        min_icv_pct = _parse_min_icv_pct(d.pop("min_icv_pct", UNSET))

        pledged_to = cast(list[str], d.pop("pledged_to", UNSET))

        contract_flagged = cls(
            changed_at=changed_at,
            contract_id=contract_id,
            customer_bin=customer_bin,
            goods=goods,
            kind=kind,
            status=status,
            supplier_bin=supplier_bin,
            term_end=term_end,
            term_start=term_start,
            unit_price_kzt=unit_price_kzt,
            version=version,
            volumes=volumes,
            change=change,
            customer_name=customer_name,
            flagged=flagged,
            min_icv_pct=min_icv_pct,
            pledged_to=pledged_to,
        )

        contract_flagged.additional_properties = d
        return contract_flagged

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
