from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remedy_notice_public_status import (
    RemedyNoticePublicStatus,
    check_remedy_notice_public_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reason import Reason


T = TypeVar("T", bound="RemedyNoticePublic")


@_attrs_define
class RemedyNoticePublic:
    """A notice to remedy what quarterly monitoring found (Art. 51-4.2), due in ten working days.

    Attributes:
        bin_ (str):
        check_id (UUID):
        due (datetime.date):
        id (UUID):
        issued_at (datetime.datetime):
        reasons (list[Reason]):
        status (RemedyNoticePublicStatus): open; remedied in time; excluded for not remedying; superseded by an
            exclusion on another ground
        closed_at (datetime.datetime | None | Unset):
    """

    bin_: str
    check_id: UUID
    due: datetime.date
    id: UUID
    issued_at: datetime.datetime
    reasons: list[Reason]
    status: RemedyNoticePublicStatus
    closed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        check_id = str(self.check_id)

        due = self.due.isoformat()

        id = str(self.id)

        issued_at = self.issued_at.isoformat()

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        status: str = self.status

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "check_id": check_id,
                "due": due,
                "id": id,
                "issued_at": issued_at,
                "reasons": reasons,
                "status": status,
            }
        )
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reason import Reason

        d = dict(src_dict)
        bin_ = d.pop("bin")

        check_id = UUID(d.pop("check_id"))

        due = datetime.date.fromisoformat(d.pop("due"))

        id = UUID(d.pop("id"))

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = Reason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        status = check_remedy_notice_public_status(d.pop("status"))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        remedy_notice_public = cls(
            bin_=bin_,
            check_id=check_id,
            due=due,
            id=id,
            issued_at=issued_at,
            reasons=reasons,
            status=status,
            closed_at=closed_at,
        )

        remedy_notice_public.additional_properties = d
        return remedy_notice_public

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
