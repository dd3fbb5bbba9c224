from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offtake_change_type import OfftakeChangeType, check_offtake_change_type

T = TypeVar("T", bound="OfftakeChange")


@_attrs_define
class OfftakeChange:
    """
    Attributes:
        contract_id (UUID):
        position (int):
        time (datetime.datetime):
        type_ (OfftakeChangeType):
        version (int):
    """

    contract_id: UUID
    position: int
    time: datetime.datetime
    type_: OfftakeChangeType
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = str(self.contract_id)

        position = self.position

        time = self.time.isoformat()

        type_: str = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_id": contract_id,
                "position": position,
                "time": time,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contract_id = UUID(d.pop("contract_id"))

        position = d.pop("position")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = check_offtake_change_type(d.pop("type"))

        version = d.pop("version")

        offtake_change = cls(
            contract_id=contract_id,
            position=position,
            time=time,
            type_=type_,
            version=version,
        )

        offtake_change.additional_properties = d
        return offtake_change

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
