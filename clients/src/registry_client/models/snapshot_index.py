from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.snapshot_column import SnapshotColumn
    from ..models.snapshot_links import SnapshotLinks


T = TypeVar("T", bound="SnapshotIndex")


@_attrs_define
class SnapshotIndex:
    """Where the register's daily snapshots are: the newest day's and how to name any earlier day's.

    Attributes:
        any_day (str):
        columns (list[SnapshotColumn]):
        latest (SnapshotLinks):
        public_keys (str):
    """

    any_day: str
    columns: list[SnapshotColumn]
    latest: SnapshotLinks
    public_keys: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_day = self.any_day

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        latest = self.latest.to_dict()

        public_keys = self.public_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "any_day": any_day,
                "columns": columns,
                "latest": latest,
                "public_keys": public_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snapshot_column import SnapshotColumn
        from ..models.snapshot_links import SnapshotLinks

        d = dict(src_dict)
        any_day = d.pop("any_day")

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = SnapshotColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        latest = SnapshotLinks.from_dict(d.pop("latest"))

        public_keys = d.pop("public_keys")

        snapshot_index = cls(
            any_day=any_day,
            columns=columns,
            latest=latest,
            public_keys=public_keys,
        )

        snapshot_index.additional_properties = d
        return snapshot_index

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
