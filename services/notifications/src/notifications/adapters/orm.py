"""Notifications tables: the recipients' cabinet inboxes."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from ipp_common.db import PLATFORM_TABLES, json_column, tz_column, utcnow


class Notice(SQLModel, table=True):
    """A notice in a recipient's cabinet (e-gov "личный кабинет"), in Kazakh and Russian. ``served_at`` is
    the first retrieval by the recipient: the moment legal terms that run from delivery start."""
    __tablename__ = "notice"
    __table_args__ = (sa.Index("ix_notice_recipient_created", "recipient_bin", "created_at"),)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
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
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    served_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))
    read_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))


TABLES = [*PLATFORM_TABLES, Notice.__table__]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
