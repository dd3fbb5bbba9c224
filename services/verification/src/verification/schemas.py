"""Verification HTTP models: what the API answers."""
from __future__ import annotations

import uuid
from datetime import datetime

from ipp_common.http.fields import BinText
from pydantic import BaseModel, Field


class RunPublic(BaseModel):
    """One digital verification of a BIN against the government information systems (Art. 51-1.3):
    for an application, or a quarterly monitoring check (Art. 51-4)."""
    id: uuid.UUID
    application_id: uuid.UUID
    bin: BinText
    purpose: str
    outcome: str = Field(description="passed | failed | incomplete")
    request_event_id: str
    started_at: datetime
    completed_at: datetime


class RunPage(BaseModel):
    items: list[RunPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")
