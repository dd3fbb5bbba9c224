"""Registry tables (SQLModel)."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from ipp_common.db import PLATFORM_TABLES, json_column, tz_column, utcnow


class Application(SQLModel, table=True):
    """An application for inclusion in the register (Art. 51-1). What the applicant declared is immutable
    (Art. 51-1.7): goods, sites, consents and evidence are written once."""
    __tablename__ = "registry_application"
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    company_name: str | None = Field(default=None, max_length=300)
    status: str = Field(max_length=40, index=True)
    version: int = 1
    consents: dict[str, Any] = Field(sa_column=json_column())
    evidence: dict[str, Any] = Field(sa_column=json_column())
    goods: list[dict[str, Any]] = Field(sa_column=json_column())
    sites: list[dict[str, Any]] = Field(sa_column=json_column())
    verification_run_id: uuid.UUID | None = None
    reasons: list[dict[str, Any]] = Field(default_factory=list, sa_column=json_column())
    filed_by: str = Field(max_length=200)
    filed_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class ApplicationTransition(SQLModel, table=True):
    """Append-only history of an application's state machine: who, when, why, which event."""
    __tablename__ = "registry_application_transition"
    id: int | None = Field(default=None, primary_key=True)
    application_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("registry_application.id"),
                                                          index=True, nullable=False))
    from_status: str | None = Field(default=None, max_length=40)
    to_status: str = Field(max_length=40)
    action: str = Field(max_length=60)
    actor: str = Field(max_length=200)
    reason: str | None = Field(default=None, max_length=2000)
    event_id: str | None = Field(default=None, max_length=64)
    at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


TABLES = [*PLATFORM_TABLES, Application.__table__, ApplicationTransition.__table__]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
