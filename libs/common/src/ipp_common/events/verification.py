"""Events published by the verification service (digital verification, Art. 1.23-1, 51-1.3, 51-4)."""
from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.catalogue import event


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
    bin: str
    purpose: Literal["inclusion", "monitoring"]
    outcome: Literal["passed", "failed"]
    criteria: list[CriterionOutcome]
    completed_at: datetime
