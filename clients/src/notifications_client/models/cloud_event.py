from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cloud_event_data import CloudEventData


T = TypeVar("T", bound="CloudEvent")


@_attrs_define
class CloudEvent:
    """
    Attributes:
        data (CloudEventData):
        source (str):
        type_ (str):
        datacontenttype (Literal['application/json'] | Unset):  Default: 'application/json'.
        dataschema (None | str | Unset):
        id (str | Unset):
        recipient (None | str | Unset):
        sequence (int | None | Unset):
        specversion (Literal['1.0'] | Unset):  Default: '1.0'.
        subject (None | str | Unset):
        time (datetime.datetime | Unset):
        traceparent (None | str | Unset):
        tracestate (None | str | Unset):
    """

    data: CloudEventData
    source: str
    type_: str
    datacontenttype: Literal["application/json"] | Unset = "application/json"
    dataschema: None | str | Unset = UNSET
    id: str | Unset = UNSET
    recipient: None | str | Unset = UNSET
    sequence: int | None | Unset = UNSET
    specversion: Literal["1.0"] | Unset = "1.0"
    subject: None | str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    traceparent: None | str | Unset = UNSET
    tracestate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        source = self.source

        type_ = self.type_

        datacontenttype = self.datacontenttype

        dataschema: None | str | Unset
        if isinstance(self.dataschema, Unset):
            dataschema = UNSET
        else:
            dataschema = self.dataschema

        id = self.id

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        specversion = self.specversion

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        traceparent: None | str | Unset
        if isinstance(self.traceparent, Unset):
            traceparent = UNSET
        else:
            traceparent = self.traceparent

        tracestate: None | str | Unset
        if isinstance(self.tracestate, Unset):
            tracestate = UNSET
        else:
            tracestate = self.tracestate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "source": source,
                "type": type_,
            }
        )
        if datacontenttype is not UNSET:
            field_dict["datacontenttype"] = datacontenttype
        if dataschema is not UNSET:
            field_dict["dataschema"] = dataschema
        if id is not UNSET:
            field_dict["id"] = id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if specversion is not UNSET:
            field_dict["specversion"] = specversion
        if subject is not UNSET:
            field_dict["subject"] = subject
        if time is not UNSET:
            field_dict["time"] = time
        if traceparent is not UNSET:
            field_dict["traceparent"] = traceparent
        if tracestate is not UNSET:
            field_dict["tracestate"] = tracestate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cloud_event_data import CloudEventData

        d = dict(src_dict)
        data = CloudEventData.from_dict(d.pop("data"))

        source = d.pop("source")

        type_ = d.pop("type")

        datacontenttype = cast(
            Literal["application/json"] | Unset, d.pop("datacontenttype", UNSET)
        )
        if datacontenttype != "application/json" and not isinstance(
            datacontenttype, Unset
        ):
            raise ValueError(
                f"datacontenttype must match const 'application/json', got '{datacontenttype}'"
            )

        def _parse_dataschema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataschema = _parse_dataschema(d.pop("dataschema", UNSET))

        id = d.pop("id", UNSET)

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        specversion = cast(Literal["1.0"] | Unset, d.pop("specversion", UNSET))
        if specversion != "1.0" and not isinstance(specversion, Unset):
            raise ValueError(f"specversion must match const '1.0', got '{specversion}'")

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        def _parse_traceparent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traceparent = _parse_traceparent(d.pop("traceparent", UNSET))

        def _parse_tracestate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracestate = _parse_tracestate(d.pop("tracestate", UNSET))

        cloud_event = cls(
            data=data,
            source=source,
            type_=type_,
            datacontenttype=datacontenttype,
            dataschema=dataschema,
            id=id,
            recipient=recipient,
            sequence=sequence,
            specversion=specversion,
            subject=subject,
            time=time,
            traceparent=traceparent,
            tracestate=tracestate,
        )

        cloud_event.additional_properties = d
        return cloud_event

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
