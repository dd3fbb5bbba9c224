"""The event envelope: CloudEvents 1.0, structured JSON mode (the whole event is the AMQP body, content
type ``application/cloudevents+json``). Extensions: ``traceparent``/``tracestate`` (W3C trace context,
CloudEvents distributed-tracing extension), ``recipient`` (the BIN a notice is addressed to), and
``sequence`` (the aggregate's version, so consumers can ignore stale, out-of-order events).
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CONTENT_TYPE = "application/cloudevents+json"


def new_event_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class CloudEvent(BaseModel):
    model_config = ConfigDict(extra="allow")

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(default_factory=new_event_id)
    source: str
    type: str
    subject: str | None = None
    time: datetime = Field(default_factory=utcnow)
    datacontenttype: Literal["application/json"] = "application/json"
    dataschema: str | None = None
    traceparent: str | None = None
    tracestate: str | None = None
    recipient: str | None = None
    sequence: int | None = None
    data: dict[str, Any]

    def to_bytes(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode()

    @classmethod
    def from_bytes(cls, body: bytes) -> CloudEvent:
        return cls.model_validate_json(body)
