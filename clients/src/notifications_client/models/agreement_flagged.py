from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementFlagged")


@_attrs_define
class AgreementFlagged:
    """
    Attributes:
        agreement_id (UUID):
        bin_ (str):
        flagged_at (datetime.datetime):
        reason (str):
        excluded_on (datetime.date | None | Unset):
        ground (None | str | Unset):
    """

    agreement_id: UUID
    bin_: str
    flagged_at: datetime.datetime
    reason: str
    excluded_on: datetime.date | None | Unset = UNSET
    ground: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_id = str(self.agreement_id)

        bin_ = self.bin_

        flagged_at = self.flagged_at.isoformat()

        reason = self.reason

        excluded_on: None | str | Unset
        if isinstance(self.excluded_on, Unset):
            excluded_on = UNSET
        elif isinstance(self.excluded_on, datetime.date):
            excluded_on = self.excluded_on.isoformat()
        else:
            excluded_on = self.excluded_on

        ground: None | str | Unset
        if isinstance(self.ground, Unset):
            ground = UNSET
        else:
            ground = self.ground

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_id": agreement_id,
                "bin": bin_,
                "flagged_at": flagged_at,
                "reason": reason,
            }
        )
        if excluded_on is not UNSET:
            field_dict["excluded_on"] = excluded_on
        if ground is not UNSET:
            field_dict["ground"] = ground

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agreement_id = UUID(d.pop("agreement_id"))

        bin_ = d.pop("bin")

        flagged_at = datetime.datetime.fromisoformat(d.pop("flagged_at"))

        reason = d.pop("reason")

        def _parse_excluded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                excluded_on_type_0 = datetime.date.fromisoformat(data)

                return excluded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        excluded_on = _parse_excluded_on(d.pop("excluded_on", UNSET))

        def _parse_ground(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ground = _parse_ground(d.pop("ground", UNSET))

        agreement_flagged = cls(
            agreement_id=agreement_id,
            bin_=bin_,
            flagged_at=flagged_at,
            reason=reason,
            excluded_on=excluded_on,
            ground=ground,
        )

        agreement_flagged.additional_properties = d
        return agreement_flagged

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
