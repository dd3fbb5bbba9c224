"""Measures HTTP models."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from ipp_common.events.measures import MeasureApplicationStatus
from ipp_common.http.fields import BinText, DecimalForm, DecimalText, IsoDate, MoneyText
from ipp_common.law.codes import BIN_PATTERN, TNVED_PATTERN
from pydantic import BaseModel, ConfigDict, Field, StrictBool

from measures.domain.rules import AgreementKind, AgreementStatus


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


Money = Annotated[Decimal, Field(ge=0, max_digits=20, decimal_places=2), DecimalForm()]


class MeasureApplicationCreate(Strict):
    measure: Annotated[str, Field(max_length=40, examples=["co_financing"])]
    goods: Annotated[list[Annotated[str, Field(pattern=TNVED_PATTERN)]], Field(max_length=100)]
    amount_kzt: Money
    region: Annotated[str | None, Field(max_length=100)] = None
    counter_obligations_accepted: StrictBool
    documents: Annotated[list[Annotated[str, Field(max_length=60)]], Field(max_length=50)] = []
    scores: dict[Literal["innovativeness", "competitiveness", "scale", "export_orientation", "labour_productivity"],
                 Annotated[int, Field(ge=0, le=10, strict=True)]] = {}


class Expertise(Strict):
    """Expertise of an industrial grant application (Art. 42)."""
    outcome: Literal["positive", "negative"]
    conclusion: Annotated[str, Field(min_length=1, max_length=4000)]


class MeasureIn(Strict):
    application_id: uuid.UUID | None = None
    """The granted measure application this measure carries out (Art. 25.6), if one was made."""
    measure: Annotated[str, Field(max_length=40)]
    amount_kzt: Money
    disbursed_on: IsoDate


class ObligationIn(Strict):
    direction: Literal["labour_productivity", "export_output", "domestic_market"]
    indicator: Annotated[str, Field(min_length=1, max_length=300)]
    target: Annotated[Decimal, Field(gt=0), DecimalForm()]
    weight: Annotated[Decimal, Field(gt=0), DecimalForm()] = Decimal(1)


class AgreementCreate(Strict):
    bin: Annotated[str, Field(pattern=BIN_PATTERN)]
    kind: AgreementKind
    region: Annotated[str | None, Field(max_length=100)] = None
    start: IsoDate
    end: IsoDate
    measures: Annotated[list[MeasureIn], Field(min_length=1, max_length=50)]
    obligations: Annotated[list[ObligationIn], Field(min_length=1, max_length=50)]


class ReportCreate(Strict):
    period: Annotated[str, Field(pattern=r"^(199[1-9]|20[0-9]{2})(-Q[1-4])?$", examples=["2026", "2026-Q3"])]
    actuals: dict[Annotated[int, Field(ge=0, le=49)], Annotated[Decimal, Field(ge=0), DecimalForm()]]
    """Achieved value per obligation (by its index)."""


class BreachCreate(Strict):
    reason: Annotated[str, Field(min_length=1, max_length=4000)]
    beyond_control: StrictBool = False


class RefundCreate(Strict):
    demanded_on: IsoDate | None = None


# ---------------------------------------------------------------- what the API answers (``XPublic``, pages)

class RefusalGround(BaseModel):
    """A ground on which a measure application was refused (Art. 25.5-6, 42), in Kazakh and Russian."""
    ground: Literal["not_in_register", "not_priority_goods", "counter_obligations_not_accepted",
                    "documents_incomplete", "no_assembly_agreement", "expertise_negative"]
    article: str
    detail: str | None = None
    text_kk: str | None = None
    text_ru: str | None = None


class ExpertisePublic(BaseModel):
    """The expertise of a grant application (Art. 42.3) and who gave it."""
    outcome: Literal["positive", "negative"]
    conclusion: str
    by: str


class MeasureApplicationPublic(BaseModel):
    """A measure application and its decision: granted, refused on the grounds of Art. 25.6 (each named,
    with its article), or sent to expertise (Art. 42)."""
    id: uuid.UUID
    bin: BinText
    measure: str
    goods: list[str]
    region: str | None = None
    amount_kzt: MoneyText
    counter_obligations_accepted: bool
    documents: list[str]
    scores: dict[str, int]
    score: int
    status: MeasureApplicationStatus
    grounds: list[RefusalGround]
    expertise: ExpertisePublic | None = None
    decided_at: datetime


class MeasureApplicationPage(BaseModel):
    items: list[MeasureApplicationPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class AgreedMeasure(BaseModel):
    """A measure an agreement grants, with the application it carries out where one was made."""
    application_id: uuid.UUID | None = None
    measure: str
    amount_kzt: MoneyText
    disbursed_on: date


class ObligationPublic(BaseModel):
    """A counter-obligation (Art. 27, 28.3): its direction, indicator, target and weight."""
    direction: Literal["labour_productivity", "export_output", "domestic_market"]
    indicator: str
    target: DecimalText
    weight: DecimalText


class BreachPublic(BaseModel):
    """A breach notified to the recipient (Art. 62.4) and whether it was cured within its period."""
    id: uuid.UUID
    reason: str
    beyond_control: bool
    notified_on: date
    cured_on: date | None = None
    cure_due: date | None = None


class AgreementPublic(BaseModel):
    """An agreement on a measure with its counter-obligations (Art. 28, 42, 62) and breaches."""
    id: uuid.UUID
    bin: BinText
    kind: AgreementKind
    region: str | None = None
    status: AgreementStatus
    start: date
    end: date
    measures: list[AgreedMeasure]
    obligations: list[ObligationPublic]
    breaches: list[BreachPublic]
    flag: str | None = Field(default=None, description="Why the agreement is flagged for review, as a code: "
                             "`register_exclusion` (its recipient left the register, Art. 25.5)")
    flag_kk: str | None = Field(default=None, description="The same in Kazakh, with the date and ground")
    flag_ru: str | None = Field(default=None, description="The same in Russian, with the date and ground")
    concluded_at: datetime


class AgreementPage(BaseModel):
    items: list[AgreementPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class RegisterCondition(BaseModel):
    """Art. 25.5: whether a would-be recipient is in the register of Kazakhstani producers."""
    bin: BinText
    condition: str
    article: str
    met: bool
    as_of: datetime | None = None


class PriorityGood(BaseModel):
    """A good of the priority list (Art. 26) in force, with its legal basis."""
    tnved: str = Field(pattern=TNVED_PATTERN)
    name: str
    processing_level: str
    technological_complexity: bool
    export_potential: bool
    domestic_consumption: bool
    effective_from: date
    effective_to: date | None = None
    basis: str


class ApplicationRequirement(BaseModel):
    """A measure given only on an application that passed expertise (Art. 42.3)."""
    article: str
    basis: str
    why: str


class CatalogueMeasure(BaseModel):
    """A measure of state stimulation (Art. 29) in force: its operator, documents and legal basis."""
    code: str
    article: str
    name: str
    name_kk: str
    name_ru: str
    operator: str
    required_documents: list[str]
    expertise: bool = False
    requires_assembly_agreement: bool = False
    application_required: ApplicationRequirement | None = None
    effective_from: date
    effective_to: date | None = None
    basis: str


class ReferenceInForce(BaseModel):
    """The priority goods (Art. 26) and the measures (Art. 29) in force on a date, from dated reference data."""
    on: date
    priority_goods: list[PriorityGood]
    measures: list[CatalogueMeasure]


class ReportPublic(BaseModel):
    """A monitoring report on the counter-obligations: the level achieved per obligation and in all."""
    id: uuid.UUID
    agreement_id: uuid.UUID
    period: str
    actuals: dict[str, DecimalText]
    levels: dict[str, DecimalText]
    level: DecimalText
    submitted_on: date
    late: bool
    due: date | None = None


class RefundDemandPublic(BaseModel):
    """A refund demand (Art. 27.4) with every input it was computed from."""
    id: uuid.UUID
    agreement_id: uuid.UUID
    demanded_on: date
    inputs: dict[str, Any] = Field(description="What the refund was computed from (the level achieved, the report's "
                                               "period, the measures received, the NBK base rate): kept as computed")
    result: dict[str, Any] = Field(description="The computation's figures per measure and in total (Art. 27.4): "
                                               "received, level, principal, interest, refund")
    refund_kzt: MoneyText


class AgreementView(AgreementPublic):
    """An agreement with its monitoring reports and refund demands."""
    reports: list[ReportPublic]
    refund_demands: list[RefundDemandPublic]


class TerminationScan(BaseModel):
    """Assembly agreements terminated because a breach was not cured within three months (Art. 62.4)."""
    terminated: list[uuid.UUID]


class Aggregate(BaseModel):
    count: int
    amount_kzt: DecimalText


class CounterObligations(BaseModel):
    agreements_reported: int
    mean_fulfilment: DecimalText | None = None
    fully_fulfilled: int


class Transparency(BaseModel):
    """Support granted by kind, region and year, and how counter-obligations are met — aggregates only,
    no company's data (Art. 4.4, 5)."""
    granted_by_kind: dict[str, Aggregate]
    granted_by_region: dict[str, Aggregate]
    granted_by_year: dict[str, Aggregate]
    counter_obligations: CounterObligations
