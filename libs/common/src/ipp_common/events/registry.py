"""Events published by the registry service (register of Kazakhstani producers, Art. 51-1 … 51-7)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.catalogue import event
from ipp_common.events.common import Good, Reason


@event("registry.application.submitted", summary="An application for inclusion in the register was filed; "
       "requests digital verification of the applicant.", article="51-1.1, 51-1.3")
class ApplicationSubmitted(BaseModel):
    application_id: UUID
    bin: str
    company_name: str | None = None
    goods: list[Good]
    site_ids: list[str]
    purpose: Literal["inclusion", "monitoring"] = "inclusion"
    filed_at: datetime


@event("registry.application.verified", addressed=True, article="51-1.3",
       summary="Digital verification passed; the application moves to production assessment.")
class ApplicationVerified(BaseModel):
    application_id: UUID
    bin: str
    verification_run_id: UUID
    status: str


@event("registry.application.refused", addressed=True, article="51-1.3, 51-1.6",
       summary="The application was refused with a motivated answer (reasons per criterion).")
class ApplicationRefused(BaseModel):
    application_id: UUID
    bin: str
    stage: Literal["verification", "assessment"]
    reasons: list[Reason]
    may_reapply: bool = True


@event("registry.producer.included", addressed=True, article="51-1.6, 51-5",
       summary="A producer was entered in the register of Kazakhstani producers (or re-included).")
class ProducerIncluded(BaseModel):
    bin: str
    entry_id: UUID
    goods: list[Good]
    included_at: datetime
    basis: Literal["application", "wholly_produced", "software_notice", "appeal"] = "application"


@event("registry.producer.excluded", addressed=True, article="51-6",
       summary="A producer was excluded from the register; the appeal term starts (Art. 51-5).")
class ProducerExcluded(BaseModel):
    bin: str
    entry_id: UUID
    excluded_at: datetime
    ground: Literal["monitoring", "software_notice", "own_request", "liquidation", "reorganization"]
    reasons: list[Reason] = []
    appeal_due: date | None = None
