"""Contracts tables."""
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


class LargeCustomer(SQLModel, table=True):
    """A large customer (Art. 1.25); system-forming ones pass the test of Art. 47-1."""
    __tablename__ = "contracts_large_customer"
    bin: str = Field(primary_key=True, max_length=12)
    name: str = Field(max_length=300)
    category: str = Field(max_length=40)
    region: str | None = Field(default=None, max_length=100)
    figures: dict[str, Any] = Field(default_factory=empty_dict, sa_column=json_column())
    annual_purchases_kzt: dict[str, str] = Field(default_factory=empty_dict, sa_column=json_column())
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class ProcurementPlan(SQLModel, table=True):
    __tablename__ = "contracts_plan"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    customer_bin: str = Field(max_length=12, index=True)
    purchase_year: int
    plan_kind: str = Field(max_length=30)
    items: list[dict[str, Any]] = Field(sa_column=json_column())
    status: str = Field(max_length=20)
    late_submission: bool = False
    submitted_on: date
    review_due: date
    remarks: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    remarks_served_on: date | None = None
    correction_due: date | None = None
    resubmitted_on: date | None = None
    approval_due: date | None = None
    approved_on: date | None = None
    published_on: date | None = None
    applications_until: date | None = None
    conclusion_due: date | None = None
    overdue: list[str] = Field(default_factory=empty_list, sa_column=json_column())
    history: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    version: int = 1


class ManufacturerApplication(SQLModel, table=True):
    """A manufacturer's application for a contract on a published plan (Art. 47.6)."""
    __tablename__ = "contracts_manufacturer_application"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    plan_id: uuid.UUID = Field(index=True)
    manufacturer_bin: str = Field(max_length=12)
    tnved: str = Field(max_length=10)
    filed_on: date
    kind: str = Field(max_length=30)


class Contract(SQLModel, table=True):
    __tablename__ = "contracts_contract"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(max_length=30)
    status: str = Field(max_length=30, index=True)
    customer_bin: str = Field(max_length=12, index=True)
    supplier_bin: str = Field(max_length=12, index=True)
    plan_id: uuid.UUID | None = None
    goods: list[dict[str, Any]] = Field(sa_column=json_column())
    volumes: dict[str, str] = Field(sa_column=json_column())
    unit_price_kzt: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    contract_sum_kzt: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    term_start: date
    term_end: date
    min_icv_pct: Decimal | None = Field(default=None, sa_column=sa.Column(sa.Numeric(6, 2), nullable=True))
    icv_programme_obligation: bool = False
    liability: str | None = Field(default=None, max_length=4000)
    pilot_required: bool = False
    pilot: dict[str, Any] | None = Field(default=None, sa_column=json_column(nullable=True))
    offset_obligations: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    pledges: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    flagged: str | None = Field(default=None, max_length=200)
    signed_on: date | None = None
    overdue: list[str] = Field(default_factory=empty_list, sa_column=json_column())
    """Statutory deadlines this contract was concluded after (Art. 47.7: ``conclusion``)."""
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class ContractAmendment(SQLModel, table=True):
    """Every change to a contract: rationale, the signatures it needs, dates in order (full history)."""
    __tablename__ = "contracts_amendment"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    contract_id: uuid.UUID = Field(index=True)
    seq: int
    mode: str = Field(max_length=20)
    rationale: str = Field(max_length=4000)
    changes: dict[str, Any] = Field(sa_column=json_column())
    before: dict[str, Any] = Field(sa_column=json_column())
    signed_by: list[str] = Field(sa_column=json_column())
    status: str = Field(max_length=20)  # proposed | applied
    proposed_on: date
    effective_on: date
    applied_on: date | None = None


class Delivery(SQLModel, table=True):
    __tablename__ = "contracts_delivery"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    contract_id: uuid.UUID = Field(index=True)
    year: int
    quantity: Decimal = Field(sa_column=sa.Column(sa.Numeric(20, 3), nullable=False))
    delivered_on: date
    accepted: Decimal | None = Field(default=None, sa_column=sa.Column(sa.Numeric(20, 3), nullable=True))
    refused_supplier_fault: Decimal | None = Field(default=None, sa_column=sa.Column(sa.Numeric(20, 3), nullable=True))
    acceptance_note: str | None = Field(default=None, max_length=2000)


class Penalty(SQLModel, table=True):
    __tablename__ = "contracts_penalty"
    __table_args__ = (sa.UniqueConstraint("contract_id", "year", "reason"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    contract_id: uuid.UUID
    year: int
    reason: str = Field(max_length=40)
    inputs: dict[str, Any] = Field(sa_column=json_column())
    penalty_kzt: Decimal = Field(sa_column=sa.Column(MONEY, nullable=False))
    assessed_on: date


class IcvProgramme(SQLModel, table=True):
    __tablename__ = "contracts_icv_programme"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    customer_bin: str = Field(max_length=12, index=True)
    start_year: int
    end_year: int
    directions: dict[str, Any] = Field(sa_column=json_column())
    status: str = Field(max_length=20)
    grounds: list[dict[str, str]] = Field(default_factory=empty_list, sa_column=json_column())
    reports: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())


TABLES = [*PLATFORM_TABLES, table_of(RegisterMembership), table_of(LargeCustomer), table_of(ProcurementPlan),
          table_of(ManufacturerApplication), table_of(Contract), table_of(ContractAmendment), table_of(Delivery),
          table_of(Penalty), table_of(IcvProgramme)]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
