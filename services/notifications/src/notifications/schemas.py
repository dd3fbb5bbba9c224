"""Notifications HTTP models: what the API answers."""
from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from ipp_common.http.fields import BinText
from pydantic import BaseModel, Field

from notifications.adapters.bindings import addressed_types, foreign_types

NoticeType = StrEnum("NoticeType", {t: t for t in addressed_types()})  # type: ignore[misc]  # members: the event catalogue's
"""The kinds of notice a cabinet holds: the event types addressed to a recipient (the event catalogue)."""
EventType = StrEnum("EventType", {t: t for t in foreign_types()})  # type: ignore[misc]  # members: the event catalogue's
"""The other services' event types (docs/events.md): what a webhook delivers."""


class NoticePublic(BaseModel):
    """A decision as it reached the recipient's e-government cabinet, in Kazakh and Russian. ``served_at`` is
    the recipient's first retrieval or acknowledgement: the moment legal terms that run from delivery start."""
    id: uuid.UUID
    recipient_bin: BinText
    notice_type: NoticeType
    source_event_id: str
    subject: str | None = None
    title_kk: str
    title_ru: str
    body_kk: str
    body_ru: str
    data: dict[str, Any] = Field(description="The event's data as its publisher sent it: its schema is the payload of "
                                             "the event named by notice_type in the AsyncAPI document "
                                             "(docs/asyncapi.json). Open here so that a cabinet renders the notices "
                                             "of event versions newer than this document.")
    template_version: int
    sequence: int | None = None
    stale: bool = Field(description="An event older than one already delivered about the same subject")
    created_at: datetime
    served_at: datetime | None = None
    read_at: datetime | None = None


class NoticePage(BaseModel):
    items: list[NoticePublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class SubjectStatePublic(BaseModel):
    """The current state of a subject: the newest notice by the event's sequence."""
    subject: str
    sequence: int
    notice_type: NoticeType
    notice: NoticePublic | None = None


class Verification(BaseModel):
    status_code: int | None = None
    error: str | None = None
    challenge_echoed: bool


class SubscriptionPublic(BaseModel):
    """An agency's webhook subscription. The signing secret (Standard Webhooks ``whsec_…``) is in the answer
    to the subscription only; a verification attempt's outcome in the answer to ``verify``."""
    id: uuid.UUID
    agency: str
    url: str
    event_types: list[str] = Field(description="Event types or patterns (`registry.producer.*`) the agency subscribed to")
    status: Literal["pending_verification", "active", "disabled"]
    created_at: datetime
    verified_at: datetime | None = None
    secret: str | None = None
    verification: Verification | None = None


class SubscriptionList(BaseModel):
    items: list[SubscriptionPublic]


class Attempt(BaseModel):
    at: datetime
    status_code: int | None = None
    error: str | None = None
    duration_ms: int
    outcome: Literal["succeeded", "failed", "retry", "parked"] = Field(
        description="succeeded (2xx); failed (a 4xx other than 408/429: not sent again); retry (sent again later); "
                    "parked (attempts used up)")


class DeliveryPublic(BaseModel):
    """One event for one subscription: sent until it succeeds, fails (4xx) or is parked after its attempts."""
    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: str
    event_type: EventType
    status: Literal["pending", "succeeded", "failed", "parked"]
    attempts: int
    next_attempt_at: datetime
    last_status_code: int | None = None
    created_at: datetime
    attempt_log: list[Attempt] | None = None


class DeliveryLog(BaseModel):
    items: list[DeliveryPublic]


class Purged(BaseModel):
    purged: int
