"""Events published by the contracts service (Art. 46 … 49, 47-1, 61-1). Contract events carry the whole
contract as it now stands (``ContractSnapshot``), so the offtake register (Art. 48.6) is built, and can be
rebuilt, from the events alone."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel

from ipp_common.events.declare import event


class ContractStatus(StrEnum):
    """Where a contract for industrial development stands (Art. 46, 48, 48-1, 49): proposed by the large
    customer and awaiting the supplier's signature, signed by both, or terminated (Art. 47.8). Shared by
    contract: the offtake register (registry) lists contracts by it."""
    awaiting_supplier = "awaiting_supplier"
    signed = "signed"
    terminated = "terminated"


class ContractSnapshot(BaseModel):
    contract_id: UUID
    kind: str
    status: ContractStatus
    customer_bin: str
    customer_name: str | None = None
    supplier_bin: str
    goods: list[dict[str, Any]]
    volumes: dict[int, Decimal]
    unit_price_kzt: Decimal
    term_start: date
    term_end: date
    min_icv_pct: Decimal | None = None
    pledged_to: list[str] = []
    flagged: str | None = None
    version: int
    changed_at: datetime
    change: dict[str, Any] = {}


@event("contracts.contract.signed", addressed=True, article="46, 48, 48-1, 49",
       summary="A contract for industrial development was signed by both parties (recipient: the supplier).")
class ContractSigned(ContractSnapshot):
    pass


@event("contracts.contract.amended", addressed=True, article="48.2, 48-1.2",
       summary="An amendment signed as the law requires took effect (recipient: the supplier).")
class ContractAmended(ContractSnapshot):
    pass


@event("contracts.contract.delivery_recorded", article="48.2",
       summary="A delivery under a contract was recorded or accepted.")
class DeliveryRecorded(ContractSnapshot):
    pass


@event("contracts.contract.pledged", article="48.1, 48-1.1",
       summary="A contract was pledged as collateral with a bank.")
class ContractPledged(ContractSnapshot):
    pass


@event("contracts.contract.terminated", addressed=True, article="47.8",
       summary="A contract was terminated; ``change.reason`` is its code (``pilot_negative``: a negative pilot "
               "batch, through the supplier's fault).")
class ContractTerminated(ContractSnapshot):
    pass


@event("contracts.contract.flagged", article="51-6",
       summary="A contract is flagged for review because its supplier left the register.")
class ContractFlagged(ContractSnapshot):
    pass


@event("contracts.penalty.assessed", addressed=True, article="48.4, 49.3",
       summary="A penalty was computed (customer's refusal to buy, or unfulfilled offset obligations).")
class PenaltyAssessed(BaseModel):
    contract_id: UUID
    bin: str
    reason: str
    year: int
    shortfall: Decimal
    rate_pct: Decimal
    penalty_kzt: Decimal


@event("contracts.plan.submitted", article="47.1",
       summary="A large customer submitted a procurement plan (programme, list).")
class PlanSubmitted(BaseModel):
    plan_id: UUID
    customer_bin: str
    purchase_year: int
    submitted_on: date
    late: bool
    review_due: date


@event("contracts.plan.remarks_issued", addressed=True, article="47.3, 47.4",
       summary="The Ministry sent remarks on a plan; the customer corrects it within 5 working days.")
class PlanRemarksIssued(BaseModel):
    plan_id: UUID
    bin: str
    remarks: list[dict[str, Any]]
    correction_due: date


@event("contracts.plan.approved", addressed=True, article="47.4",
       summary="A procurement plan was agreed by the Ministry.")
class PlanApproved(BaseModel):
    plan_id: UUID
    bin: str
    approved_on: date
    publication_due: date


@event("contracts.plan.published", article="47.5, 47.6",
       summary="The agreed list of goods was published; manufacturers may apply for 30 calendar days.")
class PlanPublished(BaseModel):
    plan_id: UUID
    customer_bin: str
    published_on: date
    applications_until: date
    conclusion_due: date
    goods: list[dict[str, Any]]


@event("contracts.plan.overdue", addressed=True, article="47.4",
       summary="A statutory deadline of the planning cycle passed without the act it requires.")
class PlanOverdue(BaseModel):
    plan_id: UUID
    bin: str
    deadline: str
    due: date
    party: str


class ProgrammeRefusalGround(BaseModel):
    """A ground of refusal (Art. 61-1.2): ``understated_icv_targets`` (1), ``contracts_below_applications`` (2)
    or ``no_sme_measures`` (3), its subparagraph, and the figures that show it."""
    ground: str
    article: str
    detail: str = ""


@event("contracts.programme.decided", addressed=True, article="61-1.2",
       summary="The Ministry agreed or refused an ICV development programme (refusal names its grounds).")
class ProgrammeDecided(BaseModel):
    programme_id: UUID
    bin: str
    outcome: str
    grounds: list[ProgrammeRefusalGround]
