"""Events published by the registry service (register of Kazakhstani producers, Art. 51-1 … 51-7)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.common import Good, Reason
from ipp_common.events.declare import event
from ipp_common.events.verification import VerificationPurpose


@event("registry.application.submitted", summary="An application for inclusion in the register was filed; "
       "requests digital verification of the applicant.", article="51-1.1, 51-1.3")
class ApplicationSubmitted(BaseModel):
    application_id: UUID
    bin: str
    company_name: str | None = None
    goods: list[Good]
    site_ids: list[str]
    purpose: VerificationPurpose = VerificationPurpose.inclusion
    filed_at: datetime


@event("registry.monitoring.requested", article="51-4.1",
       summary="Digital verification of an included producer is requested (quarterly monitoring or re-check).")
class MonitoringRequested(BaseModel):
    check_id: UUID
    bin: str
    goods: list[Good]
    site_ids: list[str]
    reason: Literal["scheduled", "recheck", "officer"]
    requested_at: datetime


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


@event("registry.application.inspection_scheduled", addressed=True, article="51-1.5",
       summary="Production could not be assessed from the evidence; an on-site inspection is scheduled.")
class InspectionScheduled(BaseModel):
    application_id: UUID
    bin: str
    reason: str
    planned_on: date | None = None


@event("registry.producer.reincluded", addressed=True, article="51-5.8",
       summary="A producer is re-included after a satisfied appeal, without repeating the stages of Art. 51-1.")
class ProducerReincluded(BaseModel):
    bin: str
    entry_id: UUID
    restored_entry_id: UUID
    appeal_id: UUID
    goods: list[Good]
    reincluded_at: datetime


@event("registry.remedy_notice.issued", addressed=True, article="51-4.2",
       summary="Monitoring found a mismatch: a notice to remedy it by the due date, or be excluded.")
class RemedyNoticeIssued(BaseModel):
    notice_id: UUID
    bin: str
    check_id: UUID
    reasons: list[Reason]
    due: date
    term: str


@event("registry.remedy_notice.closed", addressed=True, article="51-4.2",
       summary="A notice to remedy is closed: remedied in time, or the producer was excluded.")
class RemedyNoticeClosed(BaseModel):
    notice_id: UUID
    bin: str
    outcome: Literal["remedied", "excluded", "superseded"]
    closed_at: datetime


@event("registry.appeal.received", addressed=True, article="51-5.3",
       summary="An objection to exclusion was received by the appeals commission.")
class AppealReceived(BaseModel):
    appeal_id: UUID
    bin: str
    exclusion_entry_id: UUID
    filed_on: date
    due: date


@event("registry.appeal.decided", addressed=True, article="51-5.5, 51-5.6",
       summary="The appeals commission decided: satisfied fully or partially, or refused with reasons.")
class AppealDecided(BaseModel):
    appeal_id: UUID
    bin: str
    outcome: Literal["satisfied", "partially_satisfied", "refused"]
    reasons_kk: str
    reasons_ru: str
    decided_at: datetime


@event("registry.extract.issued", addressed=True, article="51-1.8",
       summary="A signed extract from the register was issued to the producer.")
class ExtractIssued(BaseModel):
    extract_id: UUID
    bin: str
    entry_id: UUID
    issued_at: datetime


@event("registry.catalogue.amended", article="51-7.3, 51-7.4",
       summary="A new version of a good's production conditions and operations took effect.")
class CatalogueAmended(BaseModel):
    tnved: str
    version: int
    effective_from: date
    min_operations: int


@event("registry.software_contest.filed", article="51-2.5",
       summary="A software producer contests its exclusion; forwarded to the informatization authority.")
class SoftwareContestFiled(BaseModel):
    contest_id: UUID
    bin: str
    exclusion_entry_id: UUID
    filed_on: date
    due: date
    grounds: str
