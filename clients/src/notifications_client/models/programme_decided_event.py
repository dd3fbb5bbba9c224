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
    from ..models.programme_decided import ProgrammeDecided


T = TypeVar("T", bound="ProgrammeDecidedEvent")


@_attrs_define
class ProgrammeDecidedEvent:
    """`contracts.programme.decided` as it travels: the CloudEvents envelope with its data

    Attributes:
        data (ProgrammeDecided):
        id (str):
        source (str):
        specversion (Literal['1.0']):  Default: '1.0'.
        time (datetime.datetime):
        type_ (Literal['contracts.programme.decided']):
        datacontenttype (Literal['application/json'] | Unset):  Default: 'application/json'.
        dataschema (None | str | Unset):
        recipient (None | str | Unset):
        sequence (int | None | Unset):
        subject (None | str | Unset):
        traceparent (None | str | Unset):
        tracestate (None | str | Unset):
    """

    data: ProgrammeDecided
    id: str
    source: str
    time: datetime.datetime
    type_: Literal["contracts.programme.decided"]
    specversion: Literal["1.0"] = "1.0"
    datacontenttype: Literal["application/json"] | Unset = "application/json"
    dataschema: None | str | Unset = UNSET
    recipient: None | str | Unset = UNSET
    sequence: int | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    traceparent: None | str | Unset = UNSET
    tracestate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        id = self.id

        source = self.source

        specversion = self.specversion

        time = self.time.isoformat()

        type_ = self.type_

        datacontenttype = self.datacontenttype

        dataschema: None | str | Unset
        if isinstance(self.dataschema, Unset):
            dataschema = UNSET
        else:
            dataschema = self.dataschema

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

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

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
                "id": id,
                "source": source,
                "specversion": specversion,
                "time": time,
                "type": type_,
            }
        )
        if datacontenttype is not UNSET:
            field_dict["datacontenttype"] = datacontenttype
        if dataschema is not UNSET:
            field_dict["dataschema"] = dataschema
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if subject is not UNSET:
            field_dict["subject"] = subject
        if traceparent is not UNSET:
            field_dict["traceparent"] = traceparent
        if tracestate is not UNSET:
            field_dict["tracestate"] = tracestate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.programme_decided import ProgrammeDecided

        d = dict(src_dict)
        data = ProgrammeDecided.from_dict(d.pop("data"))

        id = d.pop("id")

        source = d.pop("source")

        specversion = cast(Literal["1.0"], d.pop("specversion"))
        if specversion != "1.0":
            raise ValueError(f"specversion must match const '1.0', got '{specversion}'")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = cast(Literal["contracts.programme.decided"], d.pop("type"))
        if type_ != "contracts.programme.decided":
            raise ValueError(
                f"type must match const 'contracts.programme.decided', got '{type_}'"
            )

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

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

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

        programme_decided_event = cls(
            data=data,
            id=id,
            source=source,
            specversion=specversion,
            time=time,
            type_=type_,
            datacontenttype=datacontenttype,
            dataschema=dataschema,
            recipient=recipient,
            sequence=sequence,
            subject=subject,
            traceparent=traceparent,
            tracestate=tracestate,
        )

        programme_decided_event.additional_properties = d
        return programme_decided_event

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
