from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notice_type import NoticeType, check_notice_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notice_public_data import NoticePublicData


T = TypeVar("T", bound="NoticePublic")


@_attrs_define
class NoticePublic:
    """A decision as it reached the recipient's e-government cabinet, in Kazakh and Russian. ``served_at`` is
    the recipient's first retrieval or acknowledgement: the moment legal terms that run from delivery start.

        Attributes:
            body_kk (str):
            body_ru (str):
            created_at (datetime.datetime):
            data (NoticePublicData): The event's data as its publisher sent it: its schema is the payload of the event named
                by notice_type in the AsyncAPI document (docs/asyncapi.json). Open here so that a cabinet renders the notices of
                event versions newer than this document.
            id (UUID):
            notice_type (NoticeType):
            recipient_bin (str):
            source_event_id (str):
            stale (bool): An event older than one already delivered about the same subject
            template_version (int):
            title_kk (str):
            title_ru (str):
            read_at (datetime.datetime | None | Unset):
            sequence (int | None | Unset):
            served_at (datetime.datetime | None | Unset):
            subject (None | str | Unset):
    """

    body_kk: str
    body_ru: str
    created_at: datetime.datetime
    data: NoticePublicData
    id: UUID
    notice_type: NoticeType
    recipient_bin: str
    source_event_id: str
    stale: bool
    template_version: int
    title_kk: str
    title_ru: str
    read_at: datetime.datetime | None | Unset = UNSET
    sequence: int | None | Unset = UNSET
    served_at: datetime.datetime | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_kk = self.body_kk

        body_ru = self.body_ru

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        notice_type: str = self.notice_type

        recipient_bin = self.recipient_bin

        source_event_id = self.source_event_id

        stale = self.stale

        template_version = self.template_version

        title_kk = self.title_kk

        title_ru = self.title_ru

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        served_at: None | str | Unset
        if isinstance(self.served_at, Unset):
            served_at = UNSET
        elif isinstance(self.served_at, datetime.datetime):
            served_at = self.served_at.isoformat()
        else:
            served_at = self.served_at

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_kk": body_kk,
                "body_ru": body_ru,
                "created_at": created_at,
                "data": data,
                "id": id,
                "notice_type": notice_type,
                "recipient_bin": recipient_bin,
                "source_event_id": source_event_id,
                "stale": stale,
                "template_version": template_version,
                "title_kk": title_kk,
                "title_ru": title_ru,
            }
        )
        if read_at is not UNSET:
            field_dict["read_at"] = read_at
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if served_at is not UNSET:
            field_dict["served_at"] = served_at
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notice_public_data import NoticePublicData

        d = dict(src_dict)
        body_kk = d.pop("body_kk")

        body_ru = d.pop("body_ru")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = NoticePublicData.from_dict(d.pop("data"))

        id = UUID(d.pop("id"))

        notice_type = check_notice_type(d.pop("notice_type"))

        recipient_bin = d.pop("recipient_bin")

        source_event_id = d.pop("source_event_id")

        stale = d.pop("stale")

        template_version = d.pop("template_version")

        title_kk = d.pop("title_kk")

        title_ru = d.pop("title_ru")

        def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        read_at = _parse_read_at(d.pop("read_at", UNSET))

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        def _parse_served_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                served_at_type_0 = datetime.datetime.fromisoformat(data)

                return served_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        served_at = _parse_served_at(d.pop("served_at", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        notice_public = cls(
            body_kk=body_kk,
            body_ru=body_ru,
            created_at=created_at,
            data=data,
            id=id,
            notice_type=notice_type,
            recipient_bin=recipient_bin,
            source_event_id=source_event_id,
            stale=stale,
            template_version=template_version,
            title_kk=title_kk,
            title_ru=title_ru,
            read_at=read_at,
            sequence=sequence,
            served_at=served_at,
            subject=subject,
        )

        notice_public.additional_properties = d
        return notice_public

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
