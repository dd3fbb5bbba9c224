"""Verification HTTP models: what the API answers."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from ipp_common.events.verification import VerificationPurpose
from ipp_common.http.fields import BinText
from pydantic import BaseModel, Field

from verification.domain.criteria import RunOutcome


class RunPublic(BaseModel):
    """One digital verification of a BIN against the government information systems (Art. 51-1.3):
    for an application, or a quarterly monitoring check (Art. 51-4)."""
    id: uuid.UUID
    application_id: uuid.UUID
    bin: BinText
    purpose: VerificationPurpose
    outcome: RunOutcome
    request_event_id: str
    started_at: datetime
    completed_at: datetime


class RunPage(BaseModel):
    items: list[RunPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class CriterionResult(BaseModel):
    """One criterion of Art. 51-1.3 as verified: what was expected, what the source said, and the reason in
    Kazakh and Russian when it is not met."""
    code: str
    criterion: str
    status: Literal["passed", "failed", "source_unavailable"]
    source: Literal["gbd-ul", "sgd", "kgd", "esf", "utilities", "video"]
    expected: str | None = None
    found: str | None = None
    article: str | None = None
    text_kk: str
    text_ru: str


class SourceCall(BaseModel):
    """One call to a government source, kept as evidence: what was asked, what came back, when, how long."""
    source: Literal["gbd-ul", "sgd", "kgd", "esf", "utilities", "video"]
    request: str = Field(description="The path asked for")
    params: dict[str, Any] | None = Field(None, description="The query sent: open, each source's own parameters")
    at: datetime
    status: int | None = Field(None, description="The HTTP status the source answered; null if none came")
    latency_ms: float | None = None
    error: str | None = None
    response: dict[str, Any] | None = Field(None, description="What came back, as received: open, each source's own "
                                                              "form (the evidence is kept as the source answered)")


class RunDetail(RunPublic):
    """A run with every criterion; for officers and the appeals commission also the evidence (each call to a
    source: what was asked, what came back, when, how long it took)."""
    criteria: list[CriterionResult]
    evidence: list[SourceCall] | None = Field(None, description="Present for officers and the appeals "
                                                               "commission only; an applicant's answer has no such key")


class Pending(BaseModel):
    """Verifications waiting for a government source that was unavailable (never turned into a refusal)."""
    waiting: int
