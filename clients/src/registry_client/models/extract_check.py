from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractCheck")


@_attrs_define
class ExtractCheck:
    """Whether an extract is authentic and whether it still reflects the register.

    Attributes:
        checked_at (datetime.datetime):
        signature_valid (bool):
        current_entry_is_same (bool | None | Unset):
        current_status (None | str | Unset):
        issued_by (None | str | Unset):
        producer_still_included (bool | None | Unset):
        reason (None | str | Unset):
    """

    checked_at: datetime.datetime
    signature_valid: bool
    current_entry_is_same: bool | None | Unset = UNSET
    current_status: None | str | Unset = UNSET
    issued_by: None | str | Unset = UNSET
    producer_still_included: bool | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_at = self.checked_at.isoformat()

        signature_valid = self.signature_valid

        current_entry_is_same: bool | None | Unset
        if isinstance(self.current_entry_is_same, Unset):
            current_entry_is_same = UNSET
        else:
            current_entry_is_same = self.current_entry_is_same

        current_status: None | str | Unset
        if isinstance(self.current_status, Unset):
            current_status = UNSET
        else:
            current_status = self.current_status

        issued_by: None | str | Unset
        if isinstance(self.issued_by, Unset):
            issued_by = UNSET
        else:
            issued_by = self.issued_by

        producer_still_included: bool | None | Unset
        if isinstance(self.producer_still_included, Unset):
            producer_still_included = UNSET
        else:
            producer_still_included = self.producer_still_included

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked_at": checked_at,
                "signature_valid": signature_valid,
            }
        )
        if current_entry_is_same is not UNSET:
            field_dict["current_entry_is_same"] = current_entry_is_same
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if issued_by is not UNSET:
            field_dict["issued_by"] = issued_by
        if producer_still_included is not UNSET:
            field_dict["producer_still_included"] = producer_still_included
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        signature_valid = d.pop("signature_valid")

        def _parse_current_entry_is_same(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        current_entry_is_same = _parse_current_entry_is_same(
            d.pop("current_entry_is_same", UNSET)
        )

        def _parse_current_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_status = _parse_current_status(d.pop("current_status", UNSET))

        def _parse_issued_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issued_by = _parse_issued_by(d.pop("issued_by", UNSET))

        def _parse_producer_still_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        producer_still_included = _parse_producer_still_included(
            d.pop("producer_still_included", UNSET)
        )

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        extract_check = cls(
            checked_at=checked_at,
            signature_valid=signature_valid,
            current_entry_is_same=current_entry_is_same,
            current_status=current_status,
            issued_by=issued_by,
            producer_still_included=producer_still_included,
            reason=reason,
        )

        extract_check.additional_properties = d
        return extract_check

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
