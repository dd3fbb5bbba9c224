from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appeal_action import AppealAction, check_appeal_action

if TYPE_CHECKING:
    from ..models.appeal_action_public_detail import AppealActionPublicDetail


T = TypeVar("T", bound="AppealActionPublic")


@_attrs_define
class AppealActionPublic:
    """
    Attributes:
        action (AppealAction):
        actor (str):
        at (datetime.datetime):
        detail (AppealActionPublicDetail): The action as the commission recorded it (its text and date). Open by design:
            each kind of action records its own
    """

    action: AppealAction
    actor: str
    at: datetime.datetime
    detail: AppealActionPublicDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        actor = self.actor

        at = self.at.isoformat()

        detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "at": at,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.appeal_action_public_detail import AppealActionPublicDetail

        d = dict(src_dict)
        action = check_appeal_action(d.pop("action"))

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        detail = AppealActionPublicDetail.from_dict(d.pop("detail"))

        appeal_action_public = cls(
            action=action,
            actor=actor,
            at=at,
            detail=detail,
        )

        appeal_action_public.additional_properties = d
        return appeal_action_public

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
