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
    grounds: list[dict[str, Any]]
    expertise: dict[str, Any] | None = None
    decided_at: datetime


class MeasureApplicationPage(BaseModel):
    items: list[MeasureApplicationPublic]
    next_cursor: str | None = Field(description="Send as `cursor` for the next page; null on the last")


class AgreementPublic(BaseModel):
    """An agreement on a measure with its counter-obligations (Art. 28, 42, 62) and breaches."""
    id: uuid.UUID
    bin: BinText
    kind: AgreementKind
    region: str | None = None
    status: AgreementStatus
    start: date
    end: date
    measures: list[dict[str, Any]]
    obligations: list[dict[str, Any]]
    breaches: list[dict[str, Any]]
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


class ReferenceInForce(BaseModel):
    """The priority goods (Art. 26) and the measures (Art. 29) in force on a date, from dated reference data."""
    on: date
    priority_goods: list[dict[str, Any]]
    measures: list[dict[str, Any]]


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
    inputs: dict[str, Any]
    result: dict[str, Any]
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
