from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reason import Reason


T = TypeVar("T", bound="RemedyNoticeIssued")


@_attrs_define
class RemedyNoticeIssued:
    """
    Attributes:
        bin_ (str):
        check_id (UUID):
        due (datetime.date):
        notice_id (UUID):
        reasons (list[Reason]):
        term (str):
    """

    bin_: str
    check_id: UUID
    due: datetime.date
    notice_id: UUID
    reasons: list[Reason]
    term: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        check_id = str(self.check_id)

        due = self.due.isoformat()

        notice_id = str(self.notice_id)

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        term = self.term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "check_id": check_id,
                "due": due,
                "notice_id": notice_id,
                "reasons": reasons,
                "term": term,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reason import Reason

        d = dict(src_dict)
        bin_ = d.pop("bin")

        check_id = UUID(d.pop("check_id"))

        due = datetime.date.fromisoformat(d.pop("due"))

        notice_id = UUID(d.pop("notice_id"))

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = Reason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        term = d.pop("term")

        remedy_notice_issued = cls(
            bin_=bin_,
            check_id=check_id,
            due=due,
            notice_id=notice_id,
            reasons=reasons,
            term=term,
        )

        remedy_notice_issued.additional_properties = d
        return remedy_notice_issued

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
