"""Notifications tables: the recipients' cabinet inboxes."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from ipp_common.persistence.columns import json_column, new_id, tz_column, utcnow
from ipp_common.persistence.tables import PLATFORM_TABLES, merge_on, table_of
from sqlmodel import Field, SQLModel


class Notice(SQLModel, table=True):
    """A notice in a recipient's cabinet (e-gov "личный кабинет"), in Kazakh and Russian. ``served_at`` is
    the first retrieval by the recipient: the moment legal terms that run from delivery start."""
    __tablename__ = "notice"
    __table_args__ = (sa.Index("ix_notice_recipient_created", "recipient_bin", "created_at"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    recipient_bin: str = Field(max_length=12)
    notice_type: str = Field(max_length=120, index=True)
    source_event_id: str = Field(max_length=64, unique=True)
    subject: str | None = Field(default=None, max_length=120)
    title_kk: str = Field(max_length=500)
    title_ru: str = Field(max_length=500)
    body_kk: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    body_ru: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    data: dict[str, Any] = Field(sa_column=json_column())
    template_version: int
    sequence: int | None = None
    stale: bool = False
    """An event older (by the subject's sequence) than one already delivered: kept in the history, but it
    does not become the subject's current state."""
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    served_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))
    read_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))


class SubjectState(SQLModel, table=True):
    """The latest notice per (recipient, subject), by the event's sequence: what the cabinet shows as the
    current state of an application, a registration, an appeal."""
    __tablename__ = "notice_subject_state"
    recipient_bin: str = Field(primary_key=True, max_length=12)
    subject: str = Field(primary_key=True, max_length=120)
    sequence: int
    notice_id: uuid.UUID
    notice_type: str = Field(max_length=120)


# written by merging, never backwards: an older event's notice never replaces a later one as the current
# state, even when two consumers commit them in the other order
merge_on(table_of(SubjectState), key=("recipient_bin", "subject"), newer="sequence")


class WebhookSubscription(SQLModel, table=True):
    __tablename__ = "webhook_subscription"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    agency: str = Field(max_length=200, index=True)
    url: str = Field(max_length=2000)
    event_types: list[str] = Field(sa_column=json_column())
    secret: str = Field(max_length=200)
    status: str = Field(max_length=30)  # pending_verification | active | disabled
    challenge: str | None = Field(default=None, max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    verified_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))


class WebhookDelivery(SQLModel, table=True):
    """One event for one subscription: created once (unique pair), sent until it succeeds, fails (4xx) or is
    parked after the last attempt."""
    __tablename__ = "webhook_delivery"
    __table_args__ = (sa.UniqueConstraint("subscription_id", "event_id"),
                      sa.Index("ix_webhook_delivery_due", "status", "next_attempt_at"))
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    subscription_id: uuid.UUID = Field(index=True)
    event_id: str = Field(max_length=64)
    event_type: str = Field(max_length=120)
    payload: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    status: str = Field(max_length=20)  # pending | succeeded | failed | parked
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_column=tz_column())
    last_status_code: int | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class DeliveryAttempt(SQLModel, table=True):
    __tablename__ = "webhook_delivery_attempt"
    id: int | None = Field(default=None, primary_key=True)
    delivery_id: uuid.UUID = Field(index=True)
    at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    status_code: int | None = None
    error: str | None = Field(default=None, max_length=500)
    duration_ms: int
    outcome: str = Field(max_length=20)


TABLES = [*PLATFORM_TABLES, table_of(Notice), table_of(SubjectState), table_of(WebhookSubscription),
          table_of(WebhookDelivery), table_of(DeliveryAttempt)]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
