"""Monitoring of the register (Art. 51-4): every included producer re-verified at least once a quarter
(spread over the quarter, throttled); a mismatch issues a notice to remedy with a deadline in working
days; a passing re-check before the deadline closes it; an unremedied notice past its deadline excludes
the producer. Also automatic exclusion on liquidation or reorganization (Art. 51-6)."""
from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from ipp_common.events.common import Good, Reason
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import MonitoringRequested, RemedyNoticeClosed, RemedyNoticeIssued
from ipp_common.events.verification import LegalEntityStatusChanged, VerificationCompleted
from ipp_common.law.calendar import add_working_days
from ipp_common.law.errors import NotFound
from ipp_common.messaging.delivery import Delivery

from registry.adapters.orm import MonitoringCheck, Producer, RemedyNotice
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.register import Ground, ProducerStatus, automatic_exclusion_ground, next_monitoring_date
from registry.service_layer import register
from registry.service_layer.context import RegistryContext

log = logging.getLogger("registry.monitoring")


def _request(uow: RegistryUnitOfWork, ctx: RegistryContext, p: Producer, reason: str) -> MonitoringCheck:
    check = MonitoringCheck(bin=p.bin, reason=reason, requested_at=ctx.clock.now())
    uow.monitoring.add(check)
    uow.publish(MonitoringRequested(check_id=check.id, bin=p.bin, goods=[Good.model_validate(g) for g in p.goods],
                                    site_ids=p.site_ids or [f"SITE-{p.bin}-1"], reason=reason,
                                    requested_at=check.requested_at), subject=p.bin)
    return check


async def schedule_due(ctx: RegistryContext, uow: RegistryUnitOfWork, limit: int) -> int:
    """Request verification for producers whose check day has come, and set their next check day."""
    async with uow:
        today = ctx.clock.today()
        due = await uow.register.due_for_monitoring(today, limit)
        for p in due:
            _request(uow, ctx, p, "scheduled")
            p.next_check_on = next_monitoring_date(p.bin, today)
            uow.session.add(p)
        await uow.commit()
        return len(due)


async def request_check(uow: RegistryUnitOfWork, ctx: RegistryContext, bin_: str, reason: str, actor: str,
                        request_id: str | None) -> dict[str, Any]:
    async with uow:
        p = await uow.register.producer(bin_)
        if p is None or p.status != ProducerStatus.included:
            raise NotFound("included producer")
        check = _request(uow, ctx, p, reason)
        uow.audit(actor=actor, role=reason, action="monitoring.request", resource="producer", resource_id=bin_,
                  request_id=request_id)
        await uow.commit()
        return check.model_dump(mode="json")


async def load_for_results(uow: RegistryUnitOfWork, results: list[dict[str, Any]]) -> None:
    """A batch of monitoring results (ADR 10 prefetch): their checks, their producers (locked, in BIN order)
    and the BINs' open notices, one query each, instead of three look-ups per result."""
    if results:
        bins = [r["bin"] for r in results]
        await uow.register.lock_producers(bins)
        await uow.monitoring.load_for_results([uuid.UUID(r["application_id"]) for r in results], bins)


async def on_monitoring_result(ctx: RegistryContext, event: CloudEvent, p: VerificationCompleted,
                               delivery: Delivery[RegistryUnitOfWork]) -> None:
    uow = delivery.unit_of_work()
    async with uow:
        check = await uow.monitoring.check(p.application_id)
        producer = await uow.register.producer(p.bin, for_update=True)
        if check is None or check.outcome is not None or producer is None:
            await uow.commit()
            return
        now = ctx.clock.now()
        check.outcome, check.run_id, check.completed_at = p.outcome, p.run_id, now
        uow.monitoring.add(check)
        producer.last_checked_at = now
        uow.session.add(producer)
        notice = await uow.monitoring.open_notice(p.bin)
        if p.outcome == "passed":
            if notice is not None:  # remedied before the deadline
                notice.status, notice.closed_at = "remedied", now
                uow.monitoring.add(notice)
                uow.publish(RemedyNoticeClosed(notice_id=notice.id, bin=p.bin, outcome="remedied", closed_at=now),
                            subject=p.bin, recipient=p.bin)
        elif producer.status == ProducerStatus.included and notice is None:
            today = ctx.clock.today()
            days = int(ctx.ref.value_on("remedy_deadline_working_days", today))
            reasons = [Reason(code=c.code, criterion=c.criterion, expected=c.expected, found=c.found,
                              article=c.article, text_kk=c.text_kk, text_ru=c.text_ru)
                       for c in p.criteria if c.status == "failed"]
            notice = RemedyNotice(bin=p.bin, check_id=check.id, reasons=[r.model_dump() for r in reasons],
                                  issued_at=now, due=add_working_days(today, days), status="open")
            uow.monitoring.add(notice)
            uow.publish(RemedyNoticeIssued(notice_id=notice.id, bin=p.bin, check_id=check.id, reasons=reasons,
                                           due=notice.due, term=f"{days} working days"),
                        subject=p.bin, recipient=p.bin)
        await uow.commit()


async def sweep_overdue(ctx: RegistryContext, uow: RegistryUnitOfWork, limit: int, *,
                        wait_for_locked: bool = False) -> int:
    """Art. 51-4.2: a mismatch not remedied by the deadline excludes the producer. The scheduler passes over
    notices another transaction holds; an officer's run waits for them (``wait_for_locked``), so that when
    it returns no notice overdue today is still open."""
    async with uow:
        overdue = await uow.monitoring.overdue(ctx.clock.today(), limit, skip_locked=not wait_for_locked)
        for notice in overdue:
            producer = await uow.register.producer(notice.bin, for_update=True)
            now = ctx.clock.now()
            notice.status, notice.closed_at = "excluded", now
            uow.monitoring.add(notice)
            uow.publish(RemedyNoticeClosed(notice_id=notice.id, bin=notice.bin, outcome="excluded", closed_at=now),
                        subject=notice.bin, recipient=notice.bin)
            if producer is not None and producer.status == ProducerStatus.included:
                await register.exclude(uow, ctx, producer, ground=Ground.monitoring, actor="system:art-51-4",
                                       reasons=notice.reasons)
        await uow.commit()
        return len(overdue)


async def on_legal_entity_status(ctx: RegistryContext, event: CloudEvent, delivery: Delivery[RegistryUnitOfWork]) -> None:
    """Art. 51-6: automatic exclusion on liquidation, or reorganization other than transformation."""
    p = LegalEntityStatusChanged.model_validate(event.data)
    ground = automatic_exclusion_ground(p.status, p.reorganization_form)
    uow = delivery.unit_of_work()
    async with uow:
        producer = await uow.register.producer(p.bin, for_update=True)
        if ground is not None and producer is not None and producer.status == ProducerStatus.included:
            reason = {"code": f"LEGAL_ENTITY_{p.status.upper()}", "criterion": "Legal entity status",
                      "expected": "active", "found": p.status + (f" ({p.reorganization_form})"
                                                                  if p.reorganization_form else ""),
                      "article": "51-6", "text_kk": "Заңды тұлға таратылды немесе қайта ұйымдастырылды.",
                      "text_ru": "Юридическое лицо ликвидировано или реорганизовано."}
            await register.exclude(uow, ctx, producer, ground=ground, actor="system:gbd-ul", reasons=[reason])
            notice = await uow.monitoring.open_notice(p.bin)
            if notice is not None:
                notice.status, notice.closed_at = "superseded", ctx.clock.now()
                uow.monitoring.add(notice)
        await uow.commit()


async def tick(ctx: RegistryContext, uow_factory: Callable[[], RegistryUnitOfWork]) -> tuple[int, int]:
    """One period of the monitoring duty (run by the active scheduler, ADR 22): request the checks that are
    due, throttled to the sources' capacity — one scheduler for the platform, so the limit is
    platform-wide — and exclude the producers whose notices are overdue. Returns both counts."""
    s = ctx.settings
    per_tick = max(1, int(s.monitoring_rate_per_s * s.monitoring_tick_s))
    n = 0
    while n < per_tick:  # in transactions of at most one batch
        got = await schedule_due(ctx, uow_factory(), min(s.monitoring_batch_size, per_tick - n))
        n += got
        if got == 0:
            break
    m = await sweep_overdue(ctx, uow_factory(), 500)
    if n or m:
        log.info("monitoring tick", extra={"requested": n, "excluded_overdue": m})
    return n, m


async def notices_of(uow: RegistryUnitOfWork, bin_: str) -> list[dict[str, Any]]:
    async with uow:
        return [n.model_dump(mode="json") for n in await uow.monitoring.notices(bin_)]


