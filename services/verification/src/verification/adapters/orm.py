"""Verification tables: runs, per-criterion results, and every call made to a source (evidence)."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from ipp_common.persistence.columns import json_column, new_id, tz_column, utcnow
from ipp_common.persistence.tables import PLATFORM_TABLES, table_of
from sqlmodel import Field, SQLModel


class VerificationRun(SQLModel, table=True):
    __tablename__ = "verification_run"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    application_id: uuid.UUID = Field(index=True)
    bin: str = Field(max_length=12, index=True)
    purpose: str = Field(max_length=20)
    outcome: str = Field(max_length=20)  # passed | failed | incomplete
    request_event_id: str = Field(max_length=64, index=True)
    started_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    completed_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class CriterionRecord(SQLModel, table=True):
    __tablename__ = "verification_criterion"
    id: int | None = Field(default=None, primary_key=True)
    run_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("verification_run.id"), index=True,
                                                  nullable=False))
    code: str = Field(max_length=60)
    criterion: str = Field(max_length=300)
    status: str = Field(max_length=30)
    source: str = Field(max_length=30)
    expected: str | None = Field(default=None, max_length=500)
    found: str | None = Field(default=None, max_length=1000)
    article: str | None = Field(default=None, max_length=60)
    text_kk: str = Field(max_length=1000)
    text_ru: str = Field(max_length=1000)


class SourceCall(SQLModel, table=True):
    """Evidence: what was asked of which source, what came back, when, how long it took."""
    __tablename__ = "verification_source_call"
    id: int | None = Field(default=None, primary_key=True)
    run_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("verification_run.id"), index=True,
                                                  nullable=False))
    source: str = Field(max_length=30)
    record: dict[str, Any] = Field(sa_column=json_column())


class PendingCheck(SQLModel, table=True):
    """A verification request that could not complete because a source was unavailable. It waits here and
    is re-run with back-off until every source answers; it is never turned into a refusal."""
    __tablename__ = "verification_pending"
    request_event_id: str = Field(primary_key=True, max_length=64)
    request: dict[str, Any] = Field(sa_column=json_column())
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_column=tz_column(index=True))
    last_reason: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class FeedCursor(SQLModel, table=True):
    """Position in an external feed (the legal-entities status feed)."""
    __tablename__ = "verification_feed_cursor"
    name: str = Field(primary_key=True, max_length=60)
    position: int = 0


TABLES = [*PLATFORM_TABLES, table_of(VerificationRun), table_of(CriterionRecord), table_of(SourceCall),
          table_of(PendingCheck), table_of(FeedCursor)]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
