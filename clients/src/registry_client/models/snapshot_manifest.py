from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_head import ChainHead
    from ..models.snapshot_column import SnapshotColumn
    from ..models.snapshot_file import SnapshotFile


T = TypeVar("T", bound="SnapshotManifest")


@_attrs_define
class SnapshotManifest:
    """What a day's files are: their SHA-256 and size, the register's chain head at the end of the day, the
    columns with their Kazakh and Russian labels.

        Attributes:
            as_of (datetime.datetime):
            columns (list[SnapshotColumn]):
            day (datetime.date):
            files (list[SnapshotFile]):
            issuer (str):
            key_id (str):
            producers (int):
            chain_head (ChainHead | None | Unset):
            license_ (None | str | Unset):
            register (str | Unset):
    """

    as_of: datetime.datetime
    columns: list[SnapshotColumn]
    day: datetime.date
    files: list[SnapshotFile]
    issuer: str
    key_id: str
    producers: int
    chain_head: ChainHead | None | Unset = UNSET
    license_: None | str | Unset = UNSET
    register: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chain_head import ChainHead

        as_of = self.as_of.isoformat()

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        day = self.day.isoformat()

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        issuer = self.issuer

        key_id = self.key_id

        producers = self.producers

        chain_head: dict[str, Any] | None | Unset
        if isinstance(self.chain_head, Unset):
            chain_head = UNSET
        elif isinstance(self.chain_head, ChainHead):
            chain_head = self.chain_head.to_dict()
        else:
            chain_head = self.chain_head

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        register = self.register

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "columns": columns,
                "day": day,
                "files": files,
                "issuer": issuer,
                "key_id": key_id,
                "producers": producers,
            }
        )
        if chain_head is not UNSET:
            field_dict["chain_head"] = chain_head
        if license_ is not UNSET:
            field_dict["license"] = license_
        if register is not UNSET:
            field_dict["register"] = register

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chain_head import ChainHead
        from ..models.snapshot_column import SnapshotColumn
        from ..models.snapshot_file import SnapshotFile

        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = SnapshotColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        day = datetime.date.fromisoformat(d.pop("day"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = SnapshotFile.from_dict(files_item_data)

            files.append(files_item)

        issuer = d.pop("issuer")

        key_id = d.pop("key_id")

        producers = d.pop("producers")

        def _parse_chain_head(data: object) -> ChainHead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chain_head_type_0 = ChainHead.from_dict(data)

                return chain_head_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainHead | None | Unset, data)

        chain_head = _parse_chain_head(d.pop("chain_head", UNSET))

        def _parse_license_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_ = _parse_license_(d.pop("license", UNSET))

        register = d.pop("register", UNSET)

        snapshot_manifest = cls(
            as_of=as_of,
            columns=columns,
            day=day,
            files=files,
            issuer=issuer,
            key_id=key_id,
            producers=producers,
            chain_head=chain_head,
            license_=license_,
            register=register,
        )

        snapshot_manifest.additional_properties = d
        return snapshot_manifest

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
