"""Events published by the notifications service."""
from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.declare import event


@event("notifications.notice.delivered", summary="A notice was placed in a recipient's cabinet inbox.")
class NoticeDelivered(BaseModel):
    notice_id: UUID
    recipient_bin: str
    notice_type: str
    source_event_id: str
    delivered_at: datetime


@event("notifications.notice.served", summary="A recipient's cabinet retrieved (or acknowledged) a notice for "
       "the first time: the service time from which legal terms run.", article="51-1.3, 51-1.6, 51-4.2")
class NoticeServed(BaseModel):
    notice_id: UUID
    recipient_bin: str
    notice_type: str
    source_event_id: str
    subject: str | None = None
    served_at: datetime
