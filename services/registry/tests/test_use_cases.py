"""The registry's use cases in this process (real unit of work and repositories on SQLite, no broker, no
network): filing (Art. 51-1.1, 51-1.6), exclusion of an unremedied producer (Art. 51-4.2), the term of an
appeal (Art. 51-5.3) and automatic exclusion on a status change (Art. 51-6), each read back from what it
committed — its rows, its events in the outbox, its audit trail."""
from datetime import UTC, date, datetime, timedelta

import pytest
from harness import application_body, fresh_bin
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.verification import LegalEntityStatusChanged
from ipp_common.law.calendar import add_working_days
from ipp_common.law.errors import Conflict, NotFound, Rejected
from ipp_common.law.principal import Principal, Role
from ipp_common.persistence.audit import audit_row
from ipp_common.persistence.write_request import IdempotencyClaim, WriteRequest
from ipp_common.testing.in_process import InProcessService
from registry.adapters.orm import MonitoringCheck, RemedyNotice
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.register import Basis
from registry.schemas import AppealCreate, ApplicationCreate
from registry.service_layer import appeals, monitoring, register
from registry.service_layer.context import RegistryContext
from registry.service_layer.handlers import submit_application

Registry = InProcessService[RegistryUnitOfWork, RegistryContext]
GOODS = [{"tnved": "7308909809", "name": "Металлоконструкции", "icv_pct": "62.5"}]


def applicant(bin_: str) -> Principal:
    return Principal(sub=f"egov:{bin_}", role=Role.applicant, bin=bin_)


async def included(registry: Registry, bin_: str) -> None:
    async with registry.uow() as uow:
        await register.include(uow, registry.ctx, bin_=bin_, goods=GOODS, basis=Basis.application, actor="test",
                               company_name=f"ТОО {bin_}", region="Алматы", site_ids=[f"SITE-{bin_}-1"])
        await uow.commit()


async def with_open_notice(registry: Registry, bin_: str, due: date) -> None:
    """A failed monitoring check of ``bin_`` and the remedy notice it opened, due on ``due``."""
    now = registry.ctx.clock.now()
    async with registry.uow() as uow:
        check = MonitoringCheck(bin=bin_, reason="quarterly", requested_at=now, outcome="failed", completed_at=now)
        uow.monitoring.add(check)
        uow.monitoring.add(RemedyNotice(bin=bin_, check_id=check.id, issued_at=now, due=due, status="open",
                                        reasons=[{"code": "NO_TAX_ARREARS", "criterion": "Tax arrears",
                                                  "expected": "<= 6 MRP", "found": "9000000 KZT",
                                                  "article": "51-1.3", "text_kk": "Салық берешегі",
                                                  "text_ru": "Налоговая задолженность"}]))
        await uow.commit()


async def status_of(registry: Registry, bin_: str) -> str:
    async with registry.uow() as uow:
        p = await uow.register.producer(bin_)
        assert p is not None
        return str(p.status)


def http_write(key: str | None = None, request_hash: str = "h-1") -> WriteRequest:
    """What the edge hands the units of work of a POST: its audit row and, with a key, its claim."""
    return WriteRequest(
        lambda status: audit_row(actor="egov:x", role="applicant", action="http.POST /v1/applications",
                                 resource="http", resource_id="/v1/applications", detail={"status": status}),
        idempotency=IdempotencyClaim("egov:x", key, request_hash) if key else None)


async def test_art_51_1_1_a_filing_commits_its_application_event_audit_rows_and_key(registry: Registry) -> None:
    b = fresh_bin()
    cmd = ApplicationCreate.model_validate(application_body(b))
    write = http_write(key="k-1")
    body = await submit_application(registry.runtime.uow(write), cmd, applicant(b), request_id="req-1")
    assert body["status"] == "verification"
    [event] = await registry.published("registry.application.submitted")
    assert event["data"]["application_id"] == body["id"] and event["subject"] == body["id"]
    assert [a["action"] for a in await registry.audited()] == ["application.file", "http.POST /v1/applications"]
    assert (write.written, write.idempotency_recorded) == (True, True)
    [key] = await registry.rows("SELECT key, status_code FROM idempotency_key")
    assert key == {"key": "k-1", "status_code": 0}  # in flight: the edge stores the answer on it

    twin = http_write(key="k-1")  # the same request racing the first: its commit fails on the key
    with pytest.raises(Conflict) as racing:
        await submit_application(registry.runtime.uow(twin), ApplicationCreate.model_validate(application_body(
            fresh_bin())), applicant(b), request_id="req-2")
    assert racing.value.code == "idempotency_key_in_flight"
    assert len(await registry.rows("SELECT id FROM registry_application")) == 1  # nothing of the twin stayed


async def test_art_51_1_6_a_second_open_application_of_a_bin_is_refused(registry: Registry) -> None:
    b = fresh_bin()
    cmd = ApplicationCreate.model_validate(application_body(b))
    await submit_application(registry.uow(), cmd, applicant(b), request_id=None)
    with pytest.raises(Conflict) as refused:
        await submit_application(registry.uow(), cmd, applicant(b), request_id=None)
    assert refused.value.code == "application_already_open" and "51-1.6" in str(refused.value)
    assert len(await registry.rows("SELECT id FROM registry_application")) == 1


async def test_art_51_4_2_an_unremedied_notice_excludes_the_day_after_its_due_day(registry: Registry) -> None:
    b = fresh_bin()
    await included(registry, b)
    due = add_working_days(registry.ctx.clock.today(), 30)
    await with_open_notice(registry, b, due)

    registry.ctx.clock.set_today(due)  # the last day to remedy is still in time
    assert await monitoring.sweep_overdue(registry.ctx, registry.uow(), 100) == 0
    assert await status_of(registry, b) == "included"

    registry.ctx.clock.set_today(due + timedelta(days=1))
    assert await monitoring.sweep_overdue(registry.ctx, registry.uow(), 100, wait_for_locked=True) == 1
    assert await status_of(registry, b) == "excluded"
    [excluded] = await registry.published("registry.producer.excluded")
    assert excluded["data"]["ground"] == "monitoring" and excluded["data"]["reasons"][0]["code"] == "NO_TAX_ARREARS"
    assert excluded["data"]["appeal_due"] == add_working_days(due + timedelta(days=1), 30).isoformat()  # 51-5.3
    [closed] = await registry.published("registry.remedy_notice.closed")
    assert closed["data"]["outcome"] == "excluded"
    assert await monitoring.sweep_overdue(registry.ctx, registry.uow(), 100) == 0  # nothing twice


async def test_a_commit_tells_the_writing_process_which_producers_it_changed(registry: Registry) -> None:
    """The hook that keeps a writer's reads of the register its own (ADR 8)."""
    told: list[set[str]] = []
    b, other = fresh_bin(), fresh_bin()
    uow = RegistryUnitOfWork(registry.runtime.session_factory, registry.runtime.source,
                             on_producers_committed=told.append)
    async with uow:
        for x in (b, other):
            await register.include(uow, registry.ctx, bin_=x, goods=GOODS, basis=Basis.application, actor="test",
                                   company_name=None, region=None, site_ids=[])
        await uow.commit()
    assert told == [{b, other}]


async def test_art_51_5_3_an_appeal_is_filed_up_to_the_last_day_of_its_term(registry: Registry) -> None:
    b = fresh_bin()
    await included(registry, b)
    due = add_working_days(registry.ctx.clock.today(), 30)
    await with_open_notice(registry, b, due)
    excluded_on = due + timedelta(days=1)
    registry.ctx.clock.set_today(excluded_on)
    await monitoring.sweep_overdue(registry.ctx, registry.uow(), 100)
    [entry] = [e for e in await registry.rows("SELECT id, contest_due FROM registry_entry WHERE kind = 'exclusion'")]
    last_day = add_working_days(excluded_on, 30)
    cmd = AppealCreate(exclusion_entry_id=entry["id"], grounds="The arrears were paid.")

    registry.ctx.clock.set_today(last_day + timedelta(days=1))
    with pytest.raises(Rejected) as late:
        await appeals.file_appeal(registry.uow(), registry.ctx, cmd, applicant(b), request_id=None)
    assert (late.value.code, late.value.article, late.value.extra["due"]) == ("term_expired", "51-5.3",
                                                                               last_day.isoformat())
    assert await registry.published("registry.appeal.received") == []

    registry.ctx.clock.set_today(last_day)
    filed = await appeals.file_appeal(registry.uow(), registry.ctx, cmd, applicant(b), request_id=None)
    assert filed["due"] == last_day.isoformat() and filed["status"] == "received"
    with pytest.raises(NotFound):  # another business does not learn that the exclusion exists
        await appeals.file_appeal(registry.uow(), registry.ctx, cmd, applicant(fresh_bin()), request_id=None)


@pytest.mark.parametrize(("form", "excluded"), [("merger", True), ("transformation", False)])
async def test_art_51_6_a_reorganization_excludes_unless_it_is_a_transformation(
        registry: Registry, form: str, excluded: bool) -> None:
    b = fresh_bin()
    await included(registry, b)
    event = CloudEvent(source="/ipp/verification", type="verification.legal_entity.status_changed", subject=b,
                       data=LegalEntityStatusChanged(bin=b, status="reorganized", reorganization_form=form,
                                                     feed_seq=1, changed_at=datetime(2026, 3, 2, tzinfo=UTC)
                                                     ).model_dump(mode="json"))
    assert await registry.deliver(event)
    assert await status_of(registry, b) == ("excluded" if excluded else "included")
    assert not await registry.deliver(event)  # the broker delivers it again: the inbox holds it, no effect
    assert len(await registry.published("registry.producer.excluded")) == (1 if excluded else 0)
