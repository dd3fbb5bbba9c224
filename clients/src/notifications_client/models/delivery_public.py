from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_public_status import (
    DeliveryPublicStatus,
    check_delivery_public_status,
)
from ..models.event_type import EventType, check_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attempt import Attempt


T = TypeVar("T", bound="DeliveryPublic")


@_attrs_define
class DeliveryPublic:
    """One event for one subscription: sent until it succeeds, fails (4xx) or is parked after its attempts.

    Attributes:
        attempts (int):
        created_at (datetime.datetime):
        event_id (str):
        event_type (EventType):
        id (UUID):
        next_attempt_at (datetime.datetime):
        status (DeliveryPublicStatus):
        subscription_id (UUID):
        attempt_log (list[Attempt] | None | Unset):
        last_status_code (int | None | Unset):
    """

    attempts: int
    created_at: datetime.datetime
    event_id: str
    event_type: EventType
    id: UUID
    next_attempt_at: datetime.datetime
    status: DeliveryPublicStatus
    subscription_id: UUID
    attempt_log: list[Attempt] | None | Unset = UNSET
    last_status_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        created_at = self.created_at.isoformat()

        event_id = self.event_id

        event_type: str = self.event_type

        id = str(self.id)

        next_attempt_at = self.next_attempt_at.isoformat()

        status: str = self.status

        subscription_id = str(self.subscription_id)

        attempt_log: list[dict[str, Any]] | None | Unset
        if isinstance(self.attempt_log, Unset):
            attempt_log = UNSET
        elif isinstance(self.attempt_log, list):
            attempt_log = []
            for attempt_log_type_0_item_data in self.attempt_log:
                attempt_log_type_0_item = attempt_log_type_0_item_data.to_dict()
                attempt_log.append(attempt_log_type_0_item)

        else:
            attempt_log = self.attempt_log

        last_status_code: int | None | Unset
        if isinstance(self.last_status_code, Unset):
            last_status_code = UNSET
        else:
            last_status_code = self.last_status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "created_at": created_at,
                "event_id": event_id,
                "event_type": event_type,
                "id": id,
                "next_attempt_at": next_attempt_at,
                "status": status,
                "subscription_id": subscription_id,
            }
        )
        if attempt_log is not UNSET:
            field_dict["attempt_log"] = attempt_log
        if last_status_code is not UNSET:
            field_dict["last_status_code"] = last_status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attempt import Attempt

        d = dict(src_dict)
        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_id = d.pop("event_id")

        event_type = check_event_type(d.pop("event_type"))

        id = UUID(d.pop("id"))

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))

        status = check_delivery_public_status(d.pop("status"))

        subscription_id = UUID(d.pop("subscription_id"))

        def _parse_attempt_log(data: object) -> list[Attempt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attempt_log_type_0 = []
                _attempt_log_type_0 = data
                for attempt_log_type_0_item_data in _attempt_log_type_0:
                    attempt_log_type_0_item = Attempt.from_dict(
                        attempt_log_type_0_item_data
                    )

                    attempt_log_type_0.append(attempt_log_type_0_item)

                return attempt_log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attempt] | None | Unset, data)

        attempt_log = _parse_attempt_log(d.pop("attempt_log", UNSET))

        def _parse_last_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code", UNSET))

        delivery_public = cls(
            attempts=attempts,
            created_at=created_at,
            event_id=event_id,
            event_type=event_type,
            id=id,
            next_attempt_at=next_attempt_at,
            status=status,
            subscription_id=subscription_id,
            attempt_log=attempt_log,
            last_status_code=last_status_code,
        )

        delivery_public.additional_properties = d
        return delivery_public

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
