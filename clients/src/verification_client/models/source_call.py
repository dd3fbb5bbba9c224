from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_call_source import SourceCallSource, check_source_call_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_call_params_type_0 import SourceCallParamsType0
    from ..models.source_call_response_type_0 import SourceCallResponseType0


T = TypeVar("T", bound="SourceCall")


@_attrs_define
class SourceCall:
    """One call to a government source, kept as evidence: what was asked, what came back, when, how long.

    Attributes:
        at (datetime.datetime):
        request (str): The path asked for
        source (SourceCallSource):
        error (None | str | Unset):
        latency_ms (float | None | Unset):
        params (None | SourceCallParamsType0 | Unset): The query sent: open, each source's own parameters
        response (None | SourceCallResponseType0 | Unset): What came back, as received: open, each source's own form
            (the evidence is kept as the source answered)
        status (int | None | Unset): The HTTP status the source answered; null if none came
    """

    at: datetime.datetime
    request: str
    source: SourceCallSource
    error: None | str | Unset = UNSET
    latency_ms: float | None | Unset = UNSET
    params: None | SourceCallParamsType0 | Unset = UNSET
    response: None | SourceCallResponseType0 | Unset = UNSET
    status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_call_params_type_0 import SourceCallParamsType0
        from ..models.source_call_response_type_0 import SourceCallResponseType0

        at = self.at.isoformat()

        request = self.request

        source: str = self.source

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        latency_ms: float | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, SourceCallParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, SourceCallResponseType0):
            response = self.response.to_dict()
        else:
            response = self.response

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "request": request,
                "source": source,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if params is not UNSET:
            field_dict["params"] = params
        if response is not UNSET:
            field_dict["response"] = response
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.source_call_params_type_0 import SourceCallParamsType0
        from ..models.source_call_response_type_0 import SourceCallResponseType0

        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        request = d.pop("request")

        source = check_source_call_source(d.pop("source"))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_latency_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms", UNSET))

        def _parse_params(data: object) -> None | SourceCallParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = SourceCallParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceCallParamsType0 | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_response(data: object) -> None | SourceCallResponseType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = SourceCallResponseType0.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceCallResponseType0 | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        source_call = cls(
            at=at,
            request=request,
            source=source,
            error=error,
            latency_ms=latency_ms,
            params=params,
            response=response,
            status=status,
        )

        source_call.additional_properties = d
        return source_call

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
