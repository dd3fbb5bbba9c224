"""Events published by the verification service (digital verification, Art. 1.23-1, 51-1.3, 51-4)."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.declare import event


class VerificationPurpose(StrEnum):
    """Why a producer is verified: its application for inclusion (Art. 51-1.3) or quarterly monitoring
    (Art. 51-4)."""
    inclusion = "inclusion"
    monitoring = "monitoring"


class CriterionOutcome(BaseModel):
    code: str
    criterion: str
    status: Literal["passed", "failed", "source_unavailable"]
    source: str
    expected: str | None = None
    found: str | None = None
    article: str | None = None
    text_kk: str
    text_ru: str


@event("verification.run.completed", article="51-1.3, 51-4",
       summary="A digital verification run finished: per-criterion results with their sources.")
class VerificationCompleted(BaseModel):
    run_id: UUID
    application_id: UUID
    """The application, or for monitoring the monitoring check, that asked for this run."""
    bin: str
    purpose: VerificationPurpose
    outcome: Literal["passed", "failed"]
    criteria: list[CriterionOutcome]
    completed_at: datetime


@event("verification.legal_entity.status_changed", article="51-6",
       summary="The legal-entities database reports a status change (liquidation, reorganization, ...).")
class LegalEntityStatusChanged(BaseModel):
    bin: str
    status: Literal["active", "liquidating", "liquidated", "reorganizing", "reorganized"]
    reorganization_form: Literal["merger", "acquisition", "division", "separation", "transformation"] | None = None
    successor_bin: str | None = None
    feed_seq: int
    changed_at: datetime
