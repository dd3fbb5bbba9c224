from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notice_type import NoticeType, check_notice_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notice_public import NoticePublic


T = TypeVar("T", bound="SubjectStatePublic")


@_attrs_define
class SubjectStatePublic:
    """The current state of a subject: the newest notice by the event's sequence.

    Attributes:
        notice_type (NoticeType):
        sequence (int):
        subject (str):
        notice (None | NoticePublic | Unset):
    """

    notice_type: NoticeType
    sequence: int
    subject: str
    notice: None | NoticePublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_public import NoticePublic

        notice_type: str = self.notice_type

        sequence = self.sequence

        subject = self.subject

        notice: dict[str, Any] | None | Unset
        if isinstance(self.notice, Unset):
            notice = UNSET
        elif isinstance(self.notice, NoticePublic):
            notice = self.notice.to_dict()
        else:
            notice = self.notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notice_type": notice_type,
                "sequence": sequence,
                "subject": subject,
            }
        )
        if notice is not UNSET:
            field_dict["notice"] = notice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notice_public import NoticePublic

        d = dict(src_dict)
        notice_type = check_notice_type(d.pop("notice_type"))

        sequence = d.pop("sequence")

        subject = d.pop("subject")

        def _parse_notice(data: object) -> None | NoticePublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notice_type_0 = NoticePublic.from_dict(data)

                return notice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoticePublic | Unset, data)

        notice = _parse_notice(d.pop("notice", UNSET))

        subject_state_public = cls(
            notice_type=notice_type,
            sequence=sequence,
            subject=subject,
            notice=notice,
        )

        subject_state_public.additional_properties = d
        return subject_state_public

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
