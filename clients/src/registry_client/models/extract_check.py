from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.producer_status import ProducerStatus, check_producer_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_change import RegisterChange


T = TypeVar("T", bound="ExtractCheck")


@_attrs_define
class ExtractCheck:
    """Whether an extract is authentic and whether it still reflects the register.

    Attributes:
        checked_at (datetime.datetime):
        signature_valid (bool):
        current_entry_is_same (bool | None | Unset):
        current_status (None | ProducerStatus | Unset):
        issued_by (None | str | Unset):
        producer_still_included (bool | None | Unset):
        reason (None | str | Unset):
        register_changes_since (list[RegisterChange] | None | Unset): What the register recorded for the producer after
            the extract's entry (e.g. the exclusion, with its date and ground), when the extract no longer reflects it
    """

    checked_at: datetime.datetime
    signature_valid: bool
    current_entry_is_same: bool | None | Unset = UNSET
    current_status: None | ProducerStatus | Unset = UNSET
    issued_by: None | str | Unset = UNSET
    producer_still_included: bool | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    register_changes_since: list[RegisterChange] | None | Unset = UNSET
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
        elif isinstance(self.current_status, str):
            current_status = self.current_status
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

        register_changes_since: list[dict[str, Any]] | None | Unset
        if isinstance(self.register_changes_since, Unset):
            register_changes_since = UNSET
        elif isinstance(self.register_changes_since, list):
            register_changes_since = []
            for register_changes_since_type_0_item_data in self.register_changes_since:
                register_changes_since_type_0_item = (
                    register_changes_since_type_0_item_data.to_dict()
                )
                register_changes_since.append(register_changes_since_type_0_item)

        else:
            register_changes_since = self.register_changes_since

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
        if register_changes_since is not UNSET:
            field_dict["register_changes_since"] = register_changes_since

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.register_change import RegisterChange

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

        def _parse_current_status(data: object) -> None | ProducerStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_status_type_0 = check_producer_status(data)

                return current_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProducerStatus | Unset, data)

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

        def _parse_register_changes_since(
            data: object,
        ) -> list[RegisterChange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                register_changes_since_type_0 = []
                _register_changes_since_type_0 = data
                for (
                    register_changes_since_type_0_item_data
                ) in _register_changes_since_type_0:
                    register_changes_since_type_0_item = RegisterChange.from_dict(
                        register_changes_since_type_0_item_data
                    )

                    register_changes_since_type_0.append(
                        register_changes_since_type_0_item
                    )

                return register_changes_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegisterChange] | None | Unset, data)

        register_changes_since = _parse_register_changes_since(
            d.pop("register_changes_since", UNSET)
        )

        extract_check = cls(
            checked_at=checked_at,
            signature_valid=signature_valid,
            current_entry_is_same=current_entry_is_same,
            current_status=current_status,
            issued_by=issued_by,
            producer_still_included=producer_still_included,
            reason=reason,
            register_changes_since=register_changes_since,
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
