"""Registry tables (SQLModel)."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from ipp_common.persistence.columns import empty_dict, empty_list, json_column, new_id, tz_column, utcnow
from ipp_common.persistence.tables import PLATFORM_TABLES, table_of, versioned
from sqlmodel import Field, SQLModel

from registry.domain.model import OPEN

OPEN_APPLICATION_INDEX = "ux_registry_application_open_bin"
OPEN_APPLICATION_WHERE = sa.text("status IN (" + ", ".join(f"'{s}'" for s in sorted(OPEN)) + ")")


class Application(SQLModel, table=True):
    """An application for inclusion in the register (Art. 51-1). What the applicant declared is immutable
    (Art. 51-1.7): goods, sites, consents and evidence are written once. One open application per BIN
    (a new one after a decision, Art. 51-1.6) is a partial unique index: simultaneous filings cannot both
    pass it, as they could pass a look-up before the insert."""
    __tablename__ = "registry_application"
    __table_args__ = (sa.Index(OPEN_APPLICATION_INDEX, "bin", unique=True, postgresql_where=OPEN_APPLICATION_WHERE,
                               sqlite_where=OPEN_APPLICATION_WHERE),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    company_name: str | None = Field(default=None, max_length=300)
    status: str = Field(max_length=40, index=True)
    version: int = 1
    consents: dict[str, Any] = Field(sa_column=json_column())
    evidence: dict[str, Any] = Field(sa_column=json_column())
    goods: list[dict[str, Any]] = Field(sa_column=json_column())
    sites: list[dict[str, Any]] = Field(sa_column=json_column())
    wholly_produced: bool = False
    verification_run_id: uuid.UUID | None = None
    reasons: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    assessment: dict[str, Any] | None = Field(default=None, sa_column=json_column(nullable=True))
    """Participants, findings per good and, after an on-site inspection, the assessment act."""
    filed_by: str = Field(max_length=200)
    filed_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


# a decision is a compare-and-set on the version: of two concurrent decisions exactly one wins
versioned(table_of(Application), key="id", version="version")


class ApplicationTransition(SQLModel, table=True):
    """Append-only history of an application's state machine: who, when, why, which event."""
    __tablename__ = "registry_application_transition"
    id: int | None = Field(default=None, primary_key=True)
    application_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("registry_application.id"),
                                                          index=True, nullable=False))
    from_status: str | None = Field(default=None, max_length=40)
    to_status: str = Field(max_length=40)
    action: str = Field(max_length=60)
    actor: str = Field(max_length=200)
    reason: str | None = Field(default=None, max_length=2000)
    event_id: str | None = Field(default=None, max_length=64)
    at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class RegisterEntry(SQLModel, table=True):
    """Append-only: every inclusion, exclusion, re-inclusion and correction. Each entry's hash covers its
    content and the previous entry's hash (one chain over the whole register)."""
    __tablename__ = "registry_entry"
    __table_args__ = (sa.Index("ix_registry_entry_bin_seq", "bin", "seq"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    seq: int = Field(sa_column=sa.Column(sa.BigInteger, unique=True, nullable=False))
    bin: str = Field(max_length=12)
    kind: str = Field(max_length=20)
    basis: str | None = Field(default=None, max_length=30)
    ground: str | None = Field(default=None, max_length=30)
    company_name: str | None = Field(default=None, max_length=300)
    region: str | None = Field(default=None, max_length=100)
    goods: list[dict[str, Any]] = Field(sa_column=json_column())
    reasons: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    application_id: uuid.UUID | None = None
    appeal_id: uuid.UUID | None = None
    restores_entry_id: uuid.UUID | None = None
    contest_due: date | None = None
    at: datetime = Field(sa_column=tz_column(index=True))
    actor: str = Field(max_length=200)
    event_id: str | None = Field(default=None, max_length=64)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class ChainHead(SQLModel, table=True):
    """The last entry of the hash chain; locked to append (one writer at a time)."""
    __tablename__ = "registry_chain_head"
    id: int = Field(default=1, primary_key=True)
    seq: int = Field(default=0, sa_column=sa.Column(sa.BigInteger, nullable=False))
    hash: str = Field(max_length=64)


class Producer(SQLModel, table=True):
    """The current record of a producer, derived from its entries and kept in the same transaction
    (rebuildable from ``registry_entry``)."""
    __tablename__ = "registry_producer"
    __table_args__ = (sa.Index("ix_registry_producer_status_check", "status", "next_check_on"),)
    bin: str = Field(primary_key=True, max_length=12)
    status: str = Field(max_length=20, index=True)
    company_name: str | None = Field(default=None, max_length=300)
    region: str | None = Field(default=None, max_length=100, index=True)
    goods: list[dict[str, Any]] = Field(sa_column=json_column())
    site_ids: list[str] = Field(default_factory=empty_list, sa_column=json_column())
    basis: str | None = Field(default=None, max_length=30)
    entry_id: uuid.UUID
    since: datetime = Field(sa_column=tz_column())
    next_check_on: date | None = None
    last_checked_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))
    version: int = 1


class ProducerGood(SQLModel, table=True):
    """Index of goods per included producer, for the public search by TN VED."""
    __tablename__ = "registry_producer_good"
    bin: str = Field(primary_key=True, max_length=12)
    tnved: str = Field(primary_key=True, max_length=10, index=True)


class CatalogueVersion(SQLModel, table=True):
    """Production conditions and operations of a good (Art. 51-7), versioned by effective date."""
    __tablename__ = "registry_catalogue_version"
    __table_args__ = (sa.UniqueConstraint("tnved", "version"),)
    id: int | None = Field(default=None, primary_key=True)
    tnved: str = Field(max_length=10, index=True)
    version: int
    effective_from: date
    conditions: list[str] = Field(sa_column=json_column())
    operations: list[str] = Field(sa_column=json_column())
    min_operations: int
    basis: str = Field(max_length=500)
    created_by: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class WhollyProducedFact(SQLModel, table=True):
    """Facts on goods wholly produced in Kazakhstan (Art. 51-3), submitted by the competent agency."""
    __tablename__ = "registry_wholly_produced_fact"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    tnved: str = Field(max_length=10)
    kind: str = Field(max_length=40)
    document_ref: str = Field(max_length=200)
    agency: str = Field(max_length=200)
    valid_from: date
    valid_to: date | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class MonitoringCheck(SQLModel, table=True):
    __tablename__ = "registry_monitoring_check"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    reason: str = Field(max_length=20)
    requested_at: datetime = Field(sa_column=tz_column())
    outcome: str | None = Field(default=None, max_length=20)
    run_id: uuid.UUID | None = None
    completed_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))


class RemedyNotice(SQLModel, table=True):
    """A notice to remedy a mismatch found by monitoring (Art. 51-4.2)."""
    __tablename__ = "registry_remedy_notice"
    __table_args__ = (sa.Index("ix_registry_remedy_notice_status_due", "status", "due"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    check_id: uuid.UUID
    reasons: list[dict[str, Any]] = Field(sa_column=json_column())
    issued_at: datetime = Field(sa_column=tz_column())
    due: date
    status: str = Field(max_length=20)  # open | remedied | excluded
    closed_at: datetime | None = Field(default=None, sa_column=tz_column(nullable=True))


class Appeal(SQLModel, table=True):
    """An objection to exclusion by monitoring, before the appeals commission (Art. 51-5)."""
    __tablename__ = "registry_appeal"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    exclusion_entry_id: uuid.UUID = Field(unique=True)
    grounds: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    documents: list[dict[str, Any]] = Field(default_factory=empty_list, sa_column=json_column())
    filed_on: date
    due: date
    status: str = Field(max_length=20)
    outcome: str | None = Field(default=None, max_length=30)
    decision: dict[str, Any] | None = Field(default=None, sa_column=json_column(nullable=True))
    version: int = 1
    filed_by: str = Field(max_length=200)
    filed_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class AppealAction(SQLModel, table=True):
    __tablename__ = "registry_appeal_action"
    id: int | None = Field(default=None, primary_key=True)
    appeal_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("registry_appeal.id"), index=True,
                                                     nullable=False))
    action: str = Field(max_length=30)
    detail: dict[str, Any] = Field(default_factory=empty_dict, sa_column=json_column())
    actor: str = Field(max_length=200)
    at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class SoftwareContest(SQLModel, table=True):
    """A software producer's contest of its exclusion (Art. 51-2.5), forwarded to the informatization
    authority."""
    __tablename__ = "registry_software_contest"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    exclusion_entry_id: uuid.UUID = Field(unique=True)
    grounds: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    filed_on: date
    due: date
    filed_at: datetime = Field(default_factory=utcnow, sa_column=tz_column())


class IssuedExtract(SQLModel, table=True):
    """Every extract issued (Art. 51-1.8), so a presented one can be matched to what was issued."""
    __tablename__ = "registry_extract"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    bin: str = Field(max_length=12, index=True)
    entry_id: uuid.UUID
    entry_hash: str = Field(max_length=64)
    issued_at: datetime = Field(sa_column=tz_column())
    key_id: str = Field(max_length=32)
    signature: str = Field(max_length=200)
    document: dict[str, Any] | None = Field(default=None, sa_column=json_column(nullable=True))
    """The signed document itself, so the extract can be served again (as JSON or PDF) by its id."""


class OfftakeRelease(SQLModel, table=True):
    """One contract event as received (OCDS-style release): the log the offtake register is built from."""
    __tablename__ = "registry_offtake_release"
    # INTEGER on SQLite: only an INTEGER PRIMARY KEY is numbered there (it is 64-bit, like BIGINT).
    position: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                                                                   primary_key=True,
                                                                   autoincrement=True))
    contract_id: uuid.UUID = Field(index=True)
    version: int
    event_id: str = Field(max_length=64, unique=True)
    event_type: str = Field(max_length=120)
    event_time: datetime = Field(sa_column=tz_column())
    snapshot: dict[str, Any] = Field(sa_column=json_column())


class OfftakeRecord(SQLModel, table=True):
    """The offtake register (Art. 1.8-1, 48.6): the contract as its newest release says (by version)."""
    __tablename__ = "registry_offtake_record"
    contract_id: uuid.UUID = Field(primary_key=True)
    version: int
    customer_bin: str = Field(max_length=12, index=True)
    supplier_bin: str = Field(max_length=12, index=True)
    tnveds: str = Field(max_length=2000)
    status: str = Field(max_length=30, index=True)
    snapshot: dict[str, Any] = Field(sa_column=json_column())
    updated_at: datetime = Field(sa_column=tz_column())


TABLES = [*PLATFORM_TABLES, table_of(OfftakeRelease), table_of(OfftakeRecord), table_of(Application),
          table_of(ApplicationTransition), table_of(RegisterEntry),
          table_of(ChainHead), table_of(Producer), table_of(ProducerGood), table_of(CatalogueVersion),
          table_of(WhollyProducedFact), table_of(MonitoringCheck), table_of(RemedyNotice), table_of(Appeal),
          table_of(AppealAction), table_of(SoftwareContest), table_of(IssuedExtract)]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
