from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.producer_excluded_ground import (
    ProducerExcludedGround,
    check_producer_excluded_ground,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reason import Reason


T = TypeVar("T", bound="ProducerExcluded")


@_attrs_define
class ProducerExcluded:
    """
    Attributes:
        bin_ (str):
        entry_id (UUID):
        excluded_at (datetime.datetime):
        ground (ProducerExcludedGround):
        appeal_due (datetime.date | None | Unset):
        reasons (list[Reason] | Unset):
    """

    bin_: str
    entry_id: UUID
    excluded_at: datetime.datetime
    ground: ProducerExcludedGround
    appeal_due: datetime.date | None | Unset = UNSET
    reasons: list[Reason] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        entry_id = str(self.entry_id)

        excluded_at = self.excluded_at.isoformat()

        ground: str = self.ground

        appeal_due: None | str | Unset
        if isinstance(self.appeal_due, Unset):
            appeal_due = UNSET
        elif isinstance(self.appeal_due, datetime.date):
            appeal_due = self.appeal_due.isoformat()
        else:
            appeal_due = self.appeal_due

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "entry_id": entry_id,
                "excluded_at": excluded_at,
                "ground": ground,
            }
        )
        if appeal_due is not UNSET:
            field_dict["appeal_due"] = appeal_due
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reason import Reason

        d = dict(src_dict)
        bin_ = d.pop("bin")

        entry_id = UUID(d.pop("entry_id"))

        excluded_at = datetime.datetime.fromisoformat(d.pop("excluded_at"))

        ground = check_producer_excluded_ground(d.pop("ground"))

        def _parse_appeal_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appeal_due_type_0 = datetime.date.fromisoformat(data)

                return appeal_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        appeal_due = _parse_appeal_due(d.pop("appeal_due", UNSET))

        _reasons = d.pop("reasons", UNSET)
        reasons: list[Reason] | Unset = UNSET
        if _reasons is not UNSET:
            reasons = []
            for reasons_item_data in _reasons:
                reasons_item = Reason.from_dict(reasons_item_data)

                reasons.append(reasons_item)

        producer_excluded = cls(
            bin_=bin_,
            entry_id=entry_id,
            excluded_at=excluded_at,
            ground=ground,
            appeal_due=appeal_due,
            reasons=reasons,
        )

        producer_excluded.additional_properties = d
        return producer_excluded

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
