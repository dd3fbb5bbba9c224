from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_entity_status_changed_reorganization_form_type_0 import (
    LegalEntityStatusChangedReorganizationFormType0,
    check_legal_entity_status_changed_reorganization_form_type_0,
)
from ..models.legal_entity_status_changed_status import (
    LegalEntityStatusChangedStatus,
    check_legal_entity_status_changed_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalEntityStatusChanged")


@_attrs_define
class LegalEntityStatusChanged:
    """
    Attributes:
        bin_ (str):
        changed_at (datetime.datetime):
        feed_seq (int):
        status (LegalEntityStatusChangedStatus):
        reorganization_form (LegalEntityStatusChangedReorganizationFormType0 | None | Unset):
        successor_bin (None | str | Unset):
    """

    bin_: str
    changed_at: datetime.datetime
    feed_seq: int
    status: LegalEntityStatusChangedStatus
    reorganization_form: (
        LegalEntityStatusChangedReorganizationFormType0 | None | Unset
    ) = UNSET
    successor_bin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        changed_at = self.changed_at.isoformat()

        feed_seq = self.feed_seq

        status: str = self.status

        reorganization_form: None | str | Unset
        if isinstance(self.reorganization_form, Unset):
            reorganization_form = UNSET
        elif isinstance(self.reorganization_form, str):
            reorganization_form = self.reorganization_form
        else:
            reorganization_form = self.reorganization_form

        successor_bin: None | str | Unset
        if isinstance(self.successor_bin, Unset):
            successor_bin = UNSET
        else:
            successor_bin = self.successor_bin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "changed_at": changed_at,
                "feed_seq": feed_seq,
                "status": status,
            }
        )
        if reorganization_form is not UNSET:
            field_dict["reorganization_form"] = reorganization_form
        if successor_bin is not UNSET:
            field_dict["successor_bin"] = successor_bin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bin_ = d.pop("bin")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        feed_seq = d.pop("feed_seq")

        status = check_legal_entity_status_changed_status(d.pop("status"))

        def _parse_reorganization_form(
            data: object,
        ) -> LegalEntityStatusChangedReorganizationFormType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reorganization_form_type_0 = (
                    check_legal_entity_status_changed_reorganization_form_type_0(data)
                )

                return reorganization_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LegalEntityStatusChangedReorganizationFormType0 | None | Unset, data
            )

        reorganization_form = _parse_reorganization_form(
            d.pop("reorganization_form", UNSET)
        )

        def _parse_successor_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        successor_bin = _parse_successor_bin(d.pop("successor_bin", UNSET))

        legal_entity_status_changed = cls(
            bin_=bin_,
            changed_at=changed_at,
            feed_seq=feed_seq,
            status=status,
            reorganization_form=reorganization_form,
            successor_bin=successor_bin,
        )

        legal_entity_status_changed.additional_properties = d
        return legal_entity_status_changed

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
