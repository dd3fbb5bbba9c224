"""Events published by the measures service (Art. 25 … 42-2, 62 … 65)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.declare import event


class MeasureApplicationStatus(StrEnum):
    """The decision on a measure application: granted; refused, naming every failed condition (Art. 25.6);
    or sent to expertise first (Art. 42), which grants or refuses it later."""
    granted = "granted"
    refused = "refused"
    expertise = "expertise"


@event("measures.application.decided", addressed=True, article="25.5, 25.6",
       summary="A measure application was granted, refused (naming every failed condition) or sent to expertise.")
class MeasureApplicationDecided(BaseModel):
    application_id: UUID
    bin: str
    measure: str
    outcome: MeasureApplicationStatus
    grounds: list[dict[str, Any]] = []
    score: int | None = None
    measure_name_kk: str | None = None
    """The measure's name in the catalogue, in Kazakh (the code is ``measure``)."""
    measure_name_ru: str | None = None
    """The same in Russian."""


@event("measures.agreement.concluded", addressed=True, article="27, 28, 42, 62",
       summary="An agreement bundling measures and counter-obligations was concluded.")
class AgreementConcluded(BaseModel):
    agreement_id: UUID
    bin: str
    kind: str
    start: date
    end: date
    amount_kzt: Decimal


@event("measures.agreement.flagged", addressed=True, article="25.5, 51-6",
       summary="An agreement is flagged for review: its recipient left the register of Kazakhstani producers.")
class AgreementFlagged(BaseModel):
    agreement_id: UUID
    bin: str
    reason: str
    """Why, as a code: ``register_exclusion`` (the recipient left the register)."""
    flagged_at: datetime
    ground: str | None = None
    """The ground of the recipient's exclusion (Art. 51-6), when that is why the agreement is flagged."""
    excluded_on: date | None = None
    """The Almaty date of that exclusion."""


@event("measures.breach.notified", addressed=True, article="62.4",
       summary="A breach of an agreement was notified; for assembly agreements a 3-month cure period starts.")
class BreachNotified(BaseModel):
    agreement_id: UUID
    bin: str
    breach_id: UUID
    reason: str
    cure_due: date | None = None


@event("measures.agreement.terminated", addressed=True, article="62.4",
       summary="An agreement was terminated unilaterally (breach not cured within three months).")
class AgreementTerminated(BaseModel):
    agreement_id: UUID
    bin: str
    reason: str
    """Why, as a code: ``breach_not_cured`` (Art. 62.4: not cured within the cure period)."""
    terminated_on: date
    cure_due: date | None = None
    """The last day of the cure period that passed."""
    breach_reason: str | None = None
    """The breach as the officer who notified it described it."""


@event("measures.refund.demanded", addressed=True, article="27.4",
       summary="A refund of support was demanded: achieved level of counter-obligations and NBK base rate.")
class RefundDemanded(BaseModel):
    demand_id: UUID
    agreement_id: UUID
    bin: str
    principal: Decimal
    interest: Decimal
    refund: Decimal
    level: Decimal
    demanded_on: date
