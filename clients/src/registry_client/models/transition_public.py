from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action, check_action
from ..models.application_status import ApplicationStatus, check_application_status

T = TypeVar("T", bound="TransitionPublic")


@_attrs_define
class TransitionPublic:
    """
    Attributes:
        action (Action):
        actor (str):
        at (datetime.datetime):
        event_id (None | str):
        from_status (ApplicationStatus | None):
        reason (None | str):
        to_status (ApplicationStatus): Stages of Art. 51-1.1: filing → digital verification → production assessment →
            decision.
    """

    action: Action
    actor: str
    at: datetime.datetime
    event_id: None | str
    from_status: ApplicationStatus | None
    reason: None | str
    to_status: ApplicationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        actor = self.actor

        at = self.at.isoformat()

        event_id: None | str
        event_id = self.event_id

        from_status: None | str
        if isinstance(self.from_status, str):
            from_status = self.from_status
        else:
            from_status = self.from_status

        reason: None | str
        reason = self.reason

        to_status: str = self.to_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "at": at,
                "event_id": event_id,
                "from_status": from_status,
                "reason": reason,
                "to_status": to_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_action(d.pop("action"))

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event_id = _parse_event_id(d.pop("event_id"))

        def _parse_from_status(data: object) -> ApplicationStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = check_application_status(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationStatus | None, data)

        from_status = _parse_from_status(d.pop("from_status"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        to_status = check_application_status(d.pop("to_status"))

        transition_public = cls(
            action=action,
            actor=actor,
            at=at,
            event_id=event_id,
            from_status=from_status,
            reason=reason,
            to_status=to_status,
        )

        transition_public.additional_properties = d
        return transition_public

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
