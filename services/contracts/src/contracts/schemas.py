"""Contracts HTTP models."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from ipp_common.events.contracts import ContractStatus
from ipp_common.http.fields import BIN, BinText, DecimalForm, DecimalText, IsoDate, MoneyText, Year
from ipp_common.law.codes import TNVED_PATTERN
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from contracts.domain.rules import PROGRAMME_GROUND_ARTICLES, ContractKind, CustomerCategory, PlanStatus, ProgrammeGround


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


Tnved = Annotated[str, Field(pattern=TNVED_PATTERN)]
Money = Annotated[Decimal, Field(ge=0, max_digits=20, decimal_places=2), DecimalForm()]


class LargeCustomerCreate(Strict):
    bin: BIN
    name: Annotated[str, Field(min_length=1, max_length=300)]
    category: CustomerCategory
    region: Annotated[str | None, Field(max_length=100)] = None
    low_capacity_monopoly: StrictBool = False
    output_kzt: Money | None = None
    region_output_kzt: Money | None = None
    annual_purchases_kzt: dict[int, Money] = {}



class PlanItem(Strict):
    tnved: Tnved
    name: Annotated[str, Field(min_length=1, max_length=500)]
    quantity: Annotated[Decimal, Field(gt=0), DecimalForm()]
    bought_on_domestic_market: StrictBool = False
    foreign_under_warranty: StrictBool = False


class PlanCreate(Strict):
    purchase_year: Annotated[int, Field(ge=2020, le=2100, strict=True)]
    plan_kind: Literal["preliminary", "annual", "long_term", "programme_5y", "monopoly_list"]
    items: Annotated[list[PlanItem], Field(min_length=1, max_length=5000)]


class PlanReview(Strict):
    outcome: Literal["remarks", "approve"]


class PlanResubmission(Strict):
    items: Annotated[list[PlanItem], Field(min_length=1, max_length=5000)]


class ManufacturerApplicationCreate(Strict):
    tnved: Tnved
    kind: Literal["offtake", "guaranteed_purchase"]


class GoodSpec(Strict):
    tnved: Tnved
    name: Annotated[str, Field(min_length=1, max_length=500)]
    specs: dict[str, Any]
    """Detailed technical characteristics, physical/chemical properties, completeness (Art. 48.5)."""


class OffsetObligationIn(Strict):
    kind: Literal["direct_investment", "rnd_investment", "new_production", "training_centres",
                  "service_infrastructure", "technology_transfer", "other"]
    description: Annotated[str, Field(min_length=1, max_length=2000)]
    amount_kzt: Money
    due: IsoDate


class ContractCreate(Strict):
    kind: ContractKind
    supplier_bin: BIN
    plan_id: uuid.UUID | None = None
    goods: Annotated[list[GoodSpec], Field(min_length=1, max_length=200)]
    volumes: dict[int, Annotated[Decimal, Field(ge=0), DecimalForm()]] = {}
    unit_price_kzt: Money
    contract_sum_kzt: Money
    term_start: IsoDate
    term_end: IsoDate
    min_icv_pct: Annotated[Decimal, Field(ge=0, le=100), DecimalForm()] | None = None
    icv_programme_obligation: StrictBool = False
    liability: Annotated[str | None, Field(max_length=4000)] = None
    pilot_required: StrictBool = False
    offset_obligations: Annotated[list[OffsetObligationIn], Field(max_length=50)] = []



class AmendmentCreate(Strict):
    mode: Literal["bilateral", "unilateral"]
    rationale: Annotated[str, Field(min_length=1, max_length=4000)]
    effective_on: IsoDate
    volumes: dict[int, Annotated[Decimal, Field(ge=0), DecimalForm()]] | None = None
    unit_price_kzt: Money | None = None
    term_start: IsoDate | None = None
    term_end: IsoDate | None = None
    goods: list[GoodSpec] | None = None


class DeliveryCreate(Strict):
    year: Year
    quantity: Annotated[Decimal, Field(gt=0), DecimalForm()]
    delivered_on: IsoDate


class AcceptanceCreate(Strict):
    accepted: Annotated[Decimal, Field(ge=0), DecimalForm()]
    refused_supplier_fault: Annotated[Decimal, Field(ge=0), DecimalForm()] = Decimal(0)
    note: Annotated[str | None, Field(max_length=2000)] = None


class PilotResult(Strict):
    result: Literal["positive", "negative"]
    report: Annotated[str, Field(min_length=1, max_length=4000)]


class PledgeCreate(Strict):
    bank: Annotated[str, Field(min_length=1, max_length=300)]
    pledged_on: IsoDate
    amount_kzt: Money


class OffsetFulfilment(Strict):
    index: Annotated[int, Field(ge=0, strict=True)]
    fulfilled_kzt: Money


class ProgrammeCreate(Strict):
    start_year: Year
    end_year: Year
    baseline_icv_pct: Annotated[Decimal, Field(ge=0, le=100), DecimalForm()]
    icv_targets: dict[int, Annotated[Decimal, Field(ge=0, le=100), DecimalForm()]]
    planned_contracts: Annotated[int, Field(ge=0, strict=True)]
    sme_measures: list[Annotated[str, Field(max_length=500)]] = []
    other: list[Annotated[str, Field(max_length=500)]] = []


class ProgrammeReport(Strict):
    year: Year
    icv_share_pct: Annotated[Decimal, Field(ge=0, le=100), DecimalForm()]
    contracts_concluded: Annotated[int, Field(ge=0, strict=True)]
    sme_measures_done: list[str] = []


# ---------------------------------------------------------------- what the API answers (``XPublic``, pages)

class SystemFormingFigures(BaseModel):
    """The figures of the system-forming test (Art. 47-1.1): the enterprise's output and its region's; null
    where the customer gave none (every category but ``system_forming`` may)."""
    output_kzt: DecimalText | None = None
    region_output_kzt: DecimalText | None = None

    @field_validator("output_kzt", "region_output_kzt", mode="before")
    @classmethod
    def _none_text_is_null(cls, v: Any) -> Any:
        return None if v == "None" else v  # rows written before 2026-12-07 kept a missing figure as "None"


class LargeCustomerPublic(BaseModel):
    """A registered large customer (Art. 1.25) and the figures of its system-forming test (Art. 47-1)."""
    bin: BinText
    name: str
    category: CustomerCategory
    region: str | None = None
    figures: SystemFormingFigures
    annual_purchases_kzt: dict[str, DecimalText]
    created_at: datetime


PlanKind = Literal["preliminary", "annual", "long_term", "programme_5y", "monopoly_list"]
Deadline = Literal["submission", "review", "correction", "approval", "publication", "applications", "conclusion"]
"""The statutory deadlines of the planning cycle (Art. 47)."""


class PlanItemPublic(BaseModel):
    tnved: str = Field(pattern=TNVED_PATTERN)
    name: str
    quantity: DecimalText
    bought_on_domestic_market: bool = False
    foreign_under_warranty: bool = False


class PlanRemark(BaseModel):
    """A remark the Ministry sent on a plan's item: the Art. 47.3 rule it applies."""
    item: int
    tnved: str
    rule: Literal["47.3-domestic-market", "47.3-foreign-warranty"]
    text: str


class PlanHistoryEvent(BaseModel):
    """A step of the plan through the planning cycle, on its date."""
    model_config = ConfigDict(extra="allow")
    event: str = Field(description="The step: submitted, remarks, resubmit, approve, publish")
    on: date


class PlanPublic(BaseModel):
    """A procurement plan and where it stands in the planning cycle of Art. 47 (every due date computed on
    the working-day calendar)."""
    id: uuid.UUID
    customer_bin: BinText
    purchase_year: int
    plan_kind: PlanKind
    items: list[PlanItemPublic]
    status: PlanStatus
    late_submission: bool
    submitted_on: date
    review_due: date
    remarks: list[PlanRemark]
    remarks_served_on: date | None = None
    correction_due: date | None = None
    resubmitted_on: date | None = None
    approval_due: date | None = None
    approved_on: date | None = None
    published_on: date | None = None
    applications_until: date | None = None
    conclusion_due: date | None = None
    overdue: list[Deadline]
    history: list[PlanHistoryEvent]
    version: int


class PlanPage(BaseModel):
    items: list[PlanPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class GoodSpecPublic(BaseModel):
    tnved: str = Field(pattern=TNVED_PATTERN)
    name: str
    specs: dict[str, Any] = Field(description="Detailed technical characteristics, physical and chemical properties "
                                              "and completeness (Art. 48.5). Open by design: each good has its own.")


class PilotOutcome(BaseModel):
    """The customer's test of a pilot batch (Art. 47.8)."""
    result: Literal["positive", "negative"]
    report: str
    on: date


class OffsetObligationPublic(BaseModel):
    """An offset obligation (Art. 49.2) and how much of it is fulfilled."""
    kind: Literal["direct_investment", "rnd_investment", "new_production", "training_centres",
                  "service_infrastructure", "technology_transfer", "other"]
    description: str
    amount_kzt: MoneyText
    due: date
    fulfilled_kzt: MoneyText


class PledgePublic(BaseModel):
    """The contract pledged with a bank (Art. 48.1, 48-1.1)."""
    bank: str
    pledged_on: date
    amount_kzt: MoneyText


class ContractPublic(BaseModel):
    """An offtake, guaranteed-purchase or offset contract (Art. 46, 48, 49)."""
    id: uuid.UUID
    kind: ContractKind
    status: ContractStatus
    customer_bin: BinText
    supplier_bin: BinText
    plan_id: uuid.UUID | None = None
    goods: list[GoodSpecPublic]
    volumes: dict[str, DecimalText]
    unit_price_kzt: MoneyText
    contract_sum_kzt: MoneyText
    term_start: date
    term_end: date
    min_icv_pct: MoneyText | None = None
    icv_programme_obligation: bool
    liability: str | None = None
    pilot_required: bool
    pilot: PilotOutcome | None = None
    offset_obligations: list[OffsetObligationPublic]
    pledges: list[PledgePublic]
    flagged: str | None = None
    signed_on: date | None = None
    overdue: list[Literal["conclusion"]] = Field(description="Statutory deadlines the contract was concluded after "
                                                             "(Art. 47.7)")
    version: int
    created_at: datetime


class ContractPage(BaseModel):
    items: list[ContractPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class ContractTerms(BaseModel):
    """The terms of a contract an amendment changes (only those it changes), or the terms before it."""
    volumes: dict[str, DecimalText] | None = Field(None, description="The whole schedule of volumes by year")
    unit_price_kzt: DecimalText | None = None
    term_start: date | None = None
    term_end: date | None = None
    goods: list[GoodSpecPublic] | None = None


class AmendmentPublic(BaseModel):
    """A change to a contract with its rationale and signatures (Art. 48.2: unilateral only where allowed)."""
    id: uuid.UUID
    contract_id: uuid.UUID
    seq: int
    mode: Literal["bilateral", "unilateral"]
    rationale: str
    changes: ContractTerms
    before: ContractTerms
    signed_by: list[Literal["customer", "supplier"]]
    status: Literal["proposed", "applied"]
    proposed_on: date
    effective_on: date
    applied_on: date | None = None


class DeliveryPublic(BaseModel):
    """A delivery under a contract and, once the customer decided, how much it accepted (Art. 48.2, 48.4)."""
    id: uuid.UUID
    contract_id: uuid.UUID
    year: int
    quantity: DecimalText
    delivered_on: date
    accepted: DecimalText | None = None
    refused_supplier_fault: DecimalText | None = None
    acceptance_note: str | None = None


class PenaltyPublic(BaseModel):
    id: uuid.UUID
    contract_id: uuid.UUID
    year: int
    reason: str
    inputs: dict[str, Any] = Field(description="The figures the penalty was computed from (contracted, accepted, "
                                               "shortfall, unit price, rate): open by design, as the rules set them")
    penalty_kzt: MoneyText
    assessed_on: date


class ContractWithHistory(ContractPublic):
    """A contract with every amendment, delivery and penalty (its full history)."""
    amendments: list[AmendmentPublic]
    deliveries: list[DeliveryPublic]
    penalties: list[PenaltyPublic]


class Acceptance(BaseModel):
    """The yearly acceptance rule of an offtake contract (Art. 48.2: all of year 1, at least half later) and
    the penalty its shortfall implies (Art. 48.4)."""
    contract_id: uuid.UUID
    year: int
    year_index: int
    contracted: DecimalText
    required: DecimalText
    accepted: DecimalText
    refused_supplier_fault: DecimalText
    shortfall: DecimalText
    rate_pct: DecimalText
    unit_price_kzt: DecimalText
    penalty_kzt: DecimalText
    article: str


class OffsetAssessment(BaseModel):
    """Unfulfilled offset obligations past their due date and the penalty on them (Art. 49.3)."""
    unfulfilled_kzt: DecimalText
    rate_pct: DecimalText
    penalty_kzt: DecimalText
    article: str


class ProgrammeGroundFound(BaseModel):
    """A ground on which the programme was refused (Art. 61-1.2): its code, subparagraph and the figures."""
    ground: ProgrammeGround
    article: str
    detail: str = ""


class ProgrammePublic(BaseModel):
    """A large customer's ICV development programme (Art. 61-1): its decision and yearly reports."""
    id: uuid.UUID
    customer_bin: BinText
    start_year: int
    end_year: int
    directions: dict[str, Any] = Field(description="The programme's directions (Art. 61-1.3): ICV share with its "
                                                   "baseline and yearly targets, industrial contracts planned, SME "
                                                   "measures, other. Open by design: the law lists directions, not forms")
    status: Literal["submitted", "agreed", "refused"]
    grounds: list[ProgrammeGroundFound]
    reports: list[dict[str, Any]] = Field(description="The customer's yearly reports, each with the year's ICV target "
                                                       "and whether it was met; open by design (the report form)")

    @field_validator("grounds", mode="before")
    @classmethod
    def _grounds_written_as_sentences(cls, v: Any) -> Any:
        """Programmes decided before 2026-12-07 kept each ground as an English sentence that starts with its
        subparagraph ("61-1.2(3): …"); they are read as the ground that subparagraph names."""
        by_article = {a: g for g, a in PROGRAMME_GROUND_ARTICLES.items()}
        return [{"ground": by_article[g[:9]], "article": g[:9]} if isinstance(g, str) and g[:9] in by_article else g
                for g in v or []]


class ManufacturerApplicationPublic(BaseModel):
    """A manufacturer's application for a contract on a published plan (Art. 47.6)."""
    id: uuid.UUID
    plan_id: uuid.UUID
    manufacturer_bin: BinText
    tnved: str
    filed_on: date
    kind: Literal["offtake", "guaranteed_purchase"]


class OverdueDeadline(BaseModel):
    plan_id: uuid.UUID
    deadline: Deadline
    due: date
    party: Literal["ministry", "customer"]


class OverdueScan(BaseModel):
    """The plan deadlines of Art. 47 this scan found missed (each marked and announced once)."""
    overdue: list[OverdueDeadline]


class SupplierRegisterStatus(BaseModel):
    """A supplier's membership of the register of Kazakhstani producers, as the register last announced it."""
    bin: BinText
    included: bool
    entry_id: uuid.UUID | None = None
    ground: Literal["monitoring", "software_notice", "own_request", "liquidation", "reorganization", "application",
                    "wholly_produced", "appeal"] | None = Field(
        None, description="The ground of the exclusion (Art. 51-6) when excluded, the basis of the inclusion when included")
    as_of: datetime
    last_event_id: str
