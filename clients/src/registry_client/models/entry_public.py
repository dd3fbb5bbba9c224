from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basis import Basis, check_basis
from ..models.entry_kind import EntryKind, check_entry_kind
from ..models.ground import Ground, check_ground
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.good_on_record import GoodOnRecord
    from ..models.reason import Reason


T = TypeVar("T", bound="EntryPublic")


@_attrs_define
class EntryPublic:
    """An entry of the register (inclusion, exclusion with its ground, re-inclusion), hash-chained.

    Attributes:
        at (datetime.datetime):
        bin_ (str):
        goods (list[GoodOnRecord]):
        hash_ (str):
        id (UUID):
        kind (EntryKind):
        prev_hash (str):
        reasons (list[Reason]):
        seq (int):
        appeal_id (None | Unset | UUID):
        application_id (None | Unset | UUID):
        basis (Basis | None | Unset):
        company_name (None | str | Unset):
        contest_due (datetime.date | None | Unset):
        event_id (None | str | Unset):
        ground (Ground | None | Unset):
        region (None | str | Unset):
        restores_entry_id (None | Unset | UUID):
    """

    at: datetime.datetime
    bin_: str
    goods: list[GoodOnRecord]
    hash_: str
    id: UUID
    kind: EntryKind
    prev_hash: str
    reasons: list[Reason]
    seq: int
    appeal_id: None | Unset | UUID = UNSET
    application_id: None | Unset | UUID = UNSET
    basis: Basis | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    contest_due: datetime.date | None | Unset = UNSET
    event_id: None | str | Unset = UNSET
    ground: Ground | None | Unset = UNSET
    region: None | str | Unset = UNSET
    restores_entry_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        bin_ = self.bin_

        goods = []
        for goods_item_data in self.goods:
            goods_item = goods_item_data.to_dict()
            goods.append(goods_item)

        hash_ = self.hash_

        id = str(self.id)

        kind: str = self.kind

        prev_hash = self.prev_hash

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        seq = self.seq

        appeal_id: None | str | Unset
        if isinstance(self.appeal_id, Unset):
            appeal_id = UNSET
        elif isinstance(self.appeal_id, UUID):
            appeal_id = str(self.appeal_id)
        else:
            appeal_id = self.appeal_id

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        elif isinstance(self.application_id, UUID):
            application_id = str(self.application_id)
        else:
            application_id = self.application_id

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

        contest_due: None | str | Unset
        if isinstance(self.contest_due, Unset):
            contest_due = UNSET
        elif isinstance(self.contest_due, datetime.date):
            contest_due = self.contest_due.isoformat()
        else:
            contest_due = self.contest_due

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        ground: None | str | Unset
        if isinstance(self.ground, Unset):
            ground = UNSET
        elif isinstance(self.ground, str):
            ground = self.ground
        else:
            ground = self.ground

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        restores_entry_id: None | str | Unset
        if isinstance(self.restores_entry_id, Unset):
            restores_entry_id = UNSET
        elif isinstance(self.restores_entry_id, UUID):
            restores_entry_id = str(self.restores_entry_id)
        else:
            restores_entry_id = self.restores_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "bin": bin_,
                "goods": goods,
                "hash": hash_,
                "id": id,
                "kind": kind,
                "prev_hash": prev_hash,
                "reasons": reasons,
                "seq": seq,
            }
        )
        if appeal_id is not UNSET:
            field_dict["appeal_id"] = appeal_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if basis is not UNSET:
            field_dict["basis"] = basis
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if contest_due is not UNSET:
            field_dict["contest_due"] = contest_due
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if ground is not UNSET:
            field_dict["ground"] = ground
        if region is not UNSET:
            field_dict["region"] = region
        if restores_entry_id is not UNSET:
            field_dict["restores_entry_id"] = restores_entry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.good_on_record import GoodOnRecord
        from ..models.reason import Reason

        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        bin_ = d.pop("bin")

        goods = []
        _goods = d.pop("goods")
        for goods_item_data in _goods:
            goods_item = GoodOnRecord.from_dict(goods_item_data)

            goods.append(goods_item)

        hash_ = d.pop("hash")

        id = UUID(d.pop("id"))

        kind = check_entry_kind(d.pop("kind"))

        prev_hash = d.pop("prev_hash")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = Reason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        seq = d.pop("seq")

        def _parse_appeal_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appeal_id_type_0 = UUID(data)

                return appeal_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        appeal_id = _parse_appeal_id(d.pop("appeal_id", UNSET))

        def _parse_application_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_id_type_0 = UUID(data)

                return application_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        application_id = _parse_application_id(d.pop("application_id", UNSET))

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

        def _parse_contest_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contest_due_type_0 = datetime.date.fromisoformat(data)

                return contest_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        contest_due = _parse_contest_due(d.pop("contest_due", UNSET))

        def _parse_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        def _parse_ground(data: object) -> Ground | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ground_type_0 = check_ground(data)

                return ground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Ground | None | Unset, data)

        ground = _parse_ground(d.pop("ground", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_restores_entry_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                restores_entry_id_type_0 = UUID(data)

                return restores_entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        restores_entry_id = _parse_restores_entry_id(d.pop("restores_entry_id", UNSET))

        entry_public = cls(
            at=at,
            bin_=bin_,
            goods=goods,
            hash_=hash_,
            id=id,
            kind=kind,
            prev_hash=prev_hash,
            reasons=reasons,
            seq=seq,
            appeal_id=appeal_id,
            application_id=application_id,
            basis=basis,
            company_name=company_name,
            contest_due=contest_due,
            event_id=event_id,
            ground=ground,
            region=region,
            restores_entry_id=restores_entry_id,
        )

        entry_public.additional_properties = d
        return entry_public

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
