from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.appeal_action_create_action import (
    AppealActionCreateAction,
    check_appeal_action_create_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppealActionCreate")


@_attrs_define
class AppealActionCreate:
    """Document request, hearing or field visit by the commission (Art. 51-5.4).

    Attributes:
        action (AppealActionCreateAction):
        detail (str):
        scheduled_on (datetime.date | None | Unset):
    """

    action: AppealActionCreateAction
    detail: str
    scheduled_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        detail = self.detail

        scheduled_on: None | str | Unset
        if isinstance(self.scheduled_on, Unset):
            scheduled_on = UNSET
        elif isinstance(self.scheduled_on, datetime.date):
            scheduled_on = self.scheduled_on.isoformat()
        else:
            scheduled_on = self.scheduled_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "detail": detail,
            }
        )
        if scheduled_on is not UNSET:
            field_dict["scheduled_on"] = scheduled_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_appeal_action_create_action(d.pop("action"))

        detail = d.pop("detail")

        def _parse_scheduled_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_on_type_0 = datetime.date.fromisoformat(data)

                return scheduled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        scheduled_on = _parse_scheduled_on(d.pop("scheduled_on", UNSET))

        appeal_action_create = cls(
            action=action,
            detail=detail,
            scheduled_on=scheduled_on,
        )

        return appeal_action_create
