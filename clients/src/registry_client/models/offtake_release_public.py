from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offtake_release_public_type import (
    OfftakeReleasePublicType,
    check_offtake_release_public_type,
)

if TYPE_CHECKING:
    from ..models.offtake_release_public_change import OfftakeReleasePublicChange


T = TypeVar("T", bound="OfftakeReleasePublic")


@_attrs_define
class OfftakeReleasePublic:
    """One event of the contract as the register received it: its version, type, time and what it changed.

    Attributes:
        change (OfftakeReleasePublicChange): What the event changed, as contracts published it. Open by design: each
            event type carries its own members (an amendment its mode, rationale, changes and the terms before; a delivery
            its year and quantities; a termination its reason code).
        event_id (str):
        time (datetime.datetime):
        type_ (OfftakeReleasePublicType):
        version (int):
    """

    change: OfftakeReleasePublicChange
    event_id: str
    time: datetime.datetime
    type_: OfftakeReleasePublicType
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change = self.change.to_dict()

        event_id = self.event_id

        time = self.time.isoformat()

        type_: str = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "event_id": event_id,
                "time": time,
                "type": type_,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.offtake_release_public_change import OfftakeReleasePublicChange

        d = dict(src_dict)
        change = OfftakeReleasePublicChange.from_dict(d.pop("change"))

        event_id = d.pop("event_id")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = check_offtake_release_public_type(d.pop("type"))

        version = d.pop("version")

        offtake_release_public = cls(
            change=change,
            event_id=event_id,
            time=time,
            type_=type_,
            version=version,
        )

        offtake_release_public.additional_properties = d
        return offtake_release_public

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
