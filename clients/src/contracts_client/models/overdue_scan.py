from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.overdue_deadline import OverdueDeadline


T = TypeVar("T", bound="OverdueScan")


@_attrs_define
class OverdueScan:
    """The plan deadlines of Art. 47 this scan found missed (each marked and announced once).

    Attributes:
        overdue (list[OverdueDeadline]):
    """

    overdue: list[OverdueDeadline]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overdue = []
        for overdue_item_data in self.overdue:
            overdue_item = overdue_item_data.to_dict()
            overdue.append(overdue_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.overdue_deadline import OverdueDeadline

        d = dict(src_dict)
        overdue = []
        _overdue = d.pop("overdue")
        for overdue_item_data in _overdue:
            overdue_item = OverdueDeadline.from_dict(overdue_item_data)

            overdue.append(overdue_item)

        overdue_scan = cls(
            overdue=overdue,
        )

        overdue_scan.additional_properties = d
        return overdue_scan

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
