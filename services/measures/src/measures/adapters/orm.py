"""Measures tables."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from ipp_common.messaging.projections import RegisterMembership
from ipp_common.persistence.columns import empty_dict, empty_list, json_column, new_id, tz_column, utcnow
from ipp_common.persistence.tables import PLATFORM_TABLES, table_of
from sqlmodel import Field, SQLModel

MONEY = sa.Numeric(20, 2)


class MeasureApplication(SQLModel, table=True):
    __tablename__ = "measures_application"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    measure: str = Field(max_length=40)
    goods: list[str] = Field(sa_column=json_column())
    region: str | None = Field(default=None, max_length=100)
    amount_kzt: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    counter_obligations_accepted: bool
    documents: list[str] = Field(sa_column=json_column())
    scores: dict[str, int] = Field(default_factory=empty_dict, sa_column=json_column())
    score: int = 0
    status: str = Field(max_length=20)  # ipp_common.events.measures.MeasureApplicationStatus
    grounds: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    expertise: dict[str, Any] | None = Field(default=None, sa_column=json_column(nullable=True))
    decided_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class Agreement(SQLModel, table=True):
    """Competitiveness (Art. 28), grant (Art. 42) or industrial assembly (Art. 62) agreement."""
    __tablename__ = "measures_agreement"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    kind: str = Field(max_length=20)
    region: str | None = Field(default=None, max_length=100)
    status: str = Field(max_length=30)  # domain.rules.AgreementStatus
    start: date
    end: date
    measures: list[dict[str, Any]] = Field(sa_column=json_column())
    obligations: list[dict[str, Any]] = Field(sa_column=json_column())
    breaches: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    flag: str | None = Field(default=None, max_length=300)
    """Why the agreement is flagged for review, as a code (``register_exclusion``)."""
    flag_kk: str | None = Field(default=None, max_length=400)
    flag_ru: str | None = Field(default=None, max_length=400)
    concluded_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class ObligationReport(SQLModel, table=True):
    __tablename__ = "measures_report"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "period"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    agreement_id: uuid.UUID = Field(index=True)
    period: str = Field(max_length=10)
    actuals: dict[str, str] = Field(sa_column=json_column())
    levels: dict[str, str] = Field(sa_column=json_column())
    level: Decimal = Field(sa_column=sa.Column(sa.Numeric(8, 6), nullable=False))
    submitted_on: date
    late: bool = False


class RefundDemand(SQLModel, table=True):
    """A refund demand with everything it was computed from (traceable)."""
    __tablename__ = "measures_refund_demand"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    agreement_id: uuid.UUID = Field(index=True)
    demanded_on: date
    inputs: dict[str, Any] = Field(sa_column=json_column())
    result: dict[str, Any] = Field(sa_column=json_column())
    refund_kzt: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))


TABLES = [*PLATFORM_TABLES, table_of(RegisterMembership), table_of(MeasureApplication), table_of(Agreement),
          table_of(ObligationReport), table_of(RefundDemand)]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
