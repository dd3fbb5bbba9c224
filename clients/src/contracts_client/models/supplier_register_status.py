from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_register_status_ground_type_0 import (
    SupplierRegisterStatusGroundType0,
    check_supplier_register_status_ground_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierRegisterStatus")


@_attrs_define
class SupplierRegisterStatus:
    """A supplier's membership of the register of Kazakhstani producers, as the register last announced it.

    Attributes:
        as_of (datetime.datetime):
        bin_ (str):
        included (bool):
        last_event_id (str):
        entry_id (None | Unset | UUID):
        ground (None | SupplierRegisterStatusGroundType0 | Unset): The ground of the exclusion (Art. 51-6) when
            excluded, the basis of the inclusion when included
    """

    as_of: datetime.datetime
    bin_: str
    included: bool
    last_event_id: str
    entry_id: None | Unset | UUID = UNSET
    ground: None | SupplierRegisterStatusGroundType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        bin_ = self.bin_

        included = self.included

        last_event_id = self.last_event_id

        entry_id: None | str | Unset
        if isinstance(self.entry_id, Unset):
            entry_id = UNSET
        elif isinstance(self.entry_id, UUID):
            entry_id = str(self.entry_id)
        else:
            entry_id = self.entry_id

        ground: None | str | Unset
        if isinstance(self.ground, Unset):
            ground = UNSET
        elif isinstance(self.ground, str):
            ground = self.ground
        else:
            ground = self.ground

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "bin": bin_,
                "included": included,
                "last_event_id": last_event_id,
            }
        )
        if entry_id is not UNSET:
            field_dict["entry_id"] = entry_id
        if ground is not UNSET:
            field_dict["ground"] = ground

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        bin_ = d.pop("bin")

        included = d.pop("included")

        last_event_id = d.pop("last_event_id")

        def _parse_entry_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_id_type_0 = UUID(data)

                return entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        entry_id = _parse_entry_id(d.pop("entry_id", UNSET))

        def _parse_ground(
            data: object,
        ) -> None | SupplierRegisterStatusGroundType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ground_type_0 = check_supplier_register_status_ground_type_0(data)

                return ground_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupplierRegisterStatusGroundType0 | Unset, data)

        ground = _parse_ground(d.pop("ground", UNSET))

        supplier_register_status = cls(
            as_of=as_of,
            bin_=bin_,
            included=included,
            last_event_id=last_event_id,
            entry_id=entry_id,
            ground=ground,
        )

        supplier_register_status.additional_properties = d
        return supplier_register_status

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
