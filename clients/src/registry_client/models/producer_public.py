from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basis import Basis, check_basis
from ..models.entry_kind import EntryKind, check_entry_kind
from ..models.producer_status import ProducerStatus, check_producer_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_public import GoodPublic


T = TypeVar("T", bound="ProducerPublic")


@_attrs_define
class ProducerPublic:
    """What the law makes public of a producer (Art. 51-1.8, 6.3): membership, basis and goods with their ICV
    share — never sites, evidence or other filings. Entries of the register as of a date carry the entry.

        Attributes:
            bin_ (str):
            goods (list[GoodPublic]):
            status (ProducerStatus):
            basis (Basis | None | Unset):
            company_name (None | str | Unset):
            entry_id (None | Unset | UUID):
            entry_kind (EntryKind | None | Unset):
            region (None | str | Unset):
            since (datetime.datetime | None | Unset):
    """

    bin_: str
    goods: list[GoodPublic]
    status: ProducerStatus
    basis: Basis | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    entry_id: None | Unset | UUID = UNSET
    entry_kind: EntryKind | None | Unset = UNSET
    region: None | str | Unset = UNSET
    since: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        status: str = self.status

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, str):
            basis = self.basis
        else:
            basis = self.basis

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        entry_id: None | str | Unset
        if isinstance(self.entry_id, Unset):
            entry_id = UNSET
        elif isinstance(self.entry_id, UUID):
            entry_id = str(self.entry_id)
        else:
            entry_id = self.entry_id

        entry_kind: None | str | Unset
        if isinstance(self.entry_kind, Unset):
            entry_kind = UNSET
        elif isinstance(self.entry_kind, str):
            entry_kind = self.entry_kind
        else:
            entry_kind = self.entry_kind

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        since: None | str | Unset
        if isinstance(self.since, Unset):
            since = UNSET
        elif isinstance(self.since, datetime.datetime):
            since = self.since.isoformat()
        else:
            since = self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "goods": goods,
                "status": status,
            }
        )
        if basis is not UNSET:
            field_dict["basis"] = basis
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if entry_id is not UNSET:
            field_dict["entry_id"] = entry_id
        if entry_kind is not UNSET:
            field_dict["entry_kind"] = entry_kind
        if region is not UNSET:
            field_dict["region"] = region
        if since is not UNSET:
            field_dict["since"] = since

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good_public import GoodPublic

        d = dict(src_dict)
        bin_ = d.pop("bin")

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = GoodPublic.from_dict(goods_item_data)

            goods.append(goods_item)

        status = check_producer_status(d.pop("status"))

        def _parse_basis(data: object) -> Basis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = check_basis(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Basis | None | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_entry_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_id_type_0 = UUID(data)

                return entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        entry_id = _parse_entry_id(d.pop("entry_id", UNSET))

        def _parse_entry_kind(data: object) -> EntryKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_kind_type_0 = check_entry_kind(data)

                return entry_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryKind | None | Unset, data)

        entry_kind = _parse_entry_kind(d.pop("entry_kind", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_since(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.datetime.fromisoformat(data)

                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        since = _parse_since(d.pop("since", UNSET))

        producer_public = cls(
            bin_=bin_,
            goods=goods,
            status=status,
            basis=basis,
            company_name=company_name,
            entry_id=entry_id,
            entry_kind=entry_kind,
            region=region,
            since=since,
        )

        producer_public.additional_properties = d
        return producer_public

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
