from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TerminationScan")


@_attrs_define
class TerminationScan:
    """Assembly agreements terminated because a breach was not cured within three months (Art. 62.4).

    Attributes:
        terminated (list[UUID]):
    """

    terminated: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terminated = []
        for terminated_item_data in self.terminated:
            terminated_item = str(terminated_item_data)
            terminated.append(terminated_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terminated": terminated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        terminated = []
        _terminated = d.pop("terminated")
        for terminated_item_data in _terminated:
            terminated_item = UUID(terminated_item_data)

            terminated.append(terminated_item)

        termination_scan = cls(
            terminated=terminated,
        )

        termination_scan.additional_properties = d
        return termination_scan

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
