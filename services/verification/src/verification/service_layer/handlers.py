"""Digital verification use cases (Art. 1.23-1, 51-1.3, 51-4): for an application or for monitoring, check
the BIN against every source; a complete run publishes its result; a run with an unavailable source waits
and is re-tried until the sources answer — it never becomes a refusal."""
from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ipp_common.core.loops import pause
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ApplicationSubmitted, MonitoringRequested
from ipp_common.events.verification import CriterionOutcome, LegalEntityStatusChanged, VerificationCompleted
from ipp_common.law.errors import NotFound
from ipp_common.law.principal import Principal, Role
from ipp_common.law.refdata import reference_data
from ipp_common.messaging.delivery import Delivery, Handler

from verification.adapters.egov import EgovSources, SourceAnswer
from verification.adapters.orm import PendingCheck, VerificationRun
from verification.adapters.unit_of_work import VerificationUnitOfWork
from verification.domain.criteria import CRITERIA, Outcome, RunOutcome, Thresholds, evaluate, run_outcome
from verification.domain.requests import VerificationRequest
from verification.service_layer.context import VerificationContext

log = logging.getLogger("verification")


def thresholds_on(day: date) -> Thresholds:
    """Thresholds in force on that day, from dated reference data (MRP of the right year)."""
    ref = reference_data()
    return Thresholds(max_tax_arrears_kzt=int(ref.value_on("verification_max_tax_arrears_mrp", day)) * ref.mrp(day),
                      min_employees=int(ref.value_on("verification_min_employees", day)))


async def check(sources: EgovSources, bin_: str, site_ids: list[str], tnved: list[str],
                th: Thresholds) -> tuple[list[Outcome], list[SourceAnswer]]:
    answers = await asyncio.gather(sources.legal_entity(bin_), sources.contributions(bin_), sources.arrears(bin_),
                                   sources.invoices(bin_, tnved), sources.utilities(bin_, site_ids),
                                   sources.video(bin_, site_ids))
    by_source = {a.source: a for a in answers}
    outcomes = [evaluate(c, by_source[c.source].data, th, tnved, by_source[c.source].unavailable_reason)
                for c in CRITERIA]
    return outcomes, list(answers)


def request_from(event: CloudEvent) -> VerificationRequest:
    """One shape for both kinds of request: an application (Art. 51-1.3) or a monitoring check (Art. 51-4)."""
    if event.type == "registry.monitoring.requested":
        m = MonitoringRequested.model_validate(event.data)
        return VerificationRequest(event.id, m.check_id, m.bin, "monitoring", tuple(g.tnved for g in m.goods),
                                   tuple(m.site_ids))
    a = ApplicationSubmitted.model_validate(event.data)
    return VerificationRequest(event.id, a.application_id, a.bin, str(a.purpose), tuple(g.tnved for g in a.goods),
                               tuple(a.site_ids))


class Verifier:
    """Runs the checks of an application or a monitoring request, and the waiting ones again."""

    def __init__(self, ctx: VerificationContext):
        self.sources = ctx.sources
        self.settings = ctx.settings
        self.clock = ctx.clock

    async def attempt(self, req: VerificationRequest) -> tuple[VerificationRun, list[Outcome], list[Any], list[Any]]:
        started = self.clock.now()
        outcomes, answers = await check(self.sources, req.bin, list(req.site_ids), list(req.tnved),
                                        thresholds_on(self.clock.today()))
        run = VerificationRun(application_id=req.subject_id, bin=req.bin, purpose=req.purpose,
                              outcome=run_outcome(outcomes), request_event_id=req.event_id, started_at=started,
                              completed_at=self.clock.now())
        criteria = [{"run_id": run.id, "code": o.code, "criterion": o.criterion, "status": o.status,
                     "source": o.source, "expected": o.expected, "found": (o.found or "")[:1000],
                     "article": o.article, "text_kk": o.text_kk, "text_ru": o.text_ru} for o in outcomes]
        calls = [{"run_id": run.id, "source": a.source, "record": c} for a in answers for c in a.calls]
        return run, outcomes, criteria, calls

    @staticmethod
    def publish_result(uow: VerificationUnitOfWork, req: VerificationRequest, run: VerificationRun,
                       outcomes: list[Outcome]) -> None:
        uow.publish(VerificationCompleted(
            run_id=run.id, application_id=run.application_id, bin=run.bin, purpose=run.purpose,
            outcome=run.outcome, completed_at=run.completed_at,
            criteria=[CriterionOutcome(code=o.code, criterion=o.criterion, status=o.status, source=o.source,
                                       expected=o.expected, found=o.found, article=o.article, text_kk=o.text_kk,
                                       text_ru=o.text_ru) for o in outcomes]),
            subject=str(req.subject_id))

    def backoff(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(self.settings.pending_backoff_max_s,
                                     self.settings.pending_backoff_s * 2 ** max(0, attempts - 1)))

    async def on_request(self, event: CloudEvent, delivery: Delivery[VerificationUnitOfWork]) -> None:
        req = request_from(event)
        run, outcomes, criteria, calls = await self.attempt(req)
        uow = delivery.unit_of_work()
        async with uow:
            uow.runs.add(run, criteria, calls)  # evidence of every attempt, complete or not
            if run.outcome == RunOutcome.incomplete:
                down = sorted({o.source for o in outcomes if o.status == "source_unavailable"})
                uow.pending.save(PendingCheck(request_event_id=event.id, request=req.to_json(), attempts=1,
                                              next_attempt_at=self.clock.now() + self.backoff(1),
                                              last_reason="unavailable: " + ",".join(down)))
            else:
                self.publish_result(uow, req, run, outcomes)
            await uow.commit()

    async def retry_pending(self, uow_factory: Callable[[], VerificationUnitOfWork], limit: int = 100) -> int:
        """Re-run waiting requests whose back-off has passed; returns how many completed."""
        completed = 0
        async with uow_factory() as uow:
            due = await uow.pending.due(self.clock.now(), limit)
            for p in due:
                req = VerificationRequest.from_json(p.request)
                run, outcomes, criteria, calls = await self.attempt(req)
                uow.runs.add(run, criteria, calls)
                if run.outcome == RunOutcome.incomplete:
                    p.attempts += 1
                    p.next_attempt_at = self.clock.now() + self.backoff(p.attempts)
                    p.last_reason = "unavailable: " + ",".join(
                        sorted({o.source for o in outcomes if o.status == "source_unavailable"}))
                    uow.pending.save(p)
                else:
                    self.publish_result(uow, req, run, outcomes)
                    await uow.pending.remove(p)
                    completed += 1
            await uow.commit()
        return completed

    async def pending_loop(self, uow_factory: Callable[[], VerificationUnitOfWork], stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                n = await self.retry_pending(uow_factory)
                if n:
                    log.info("waiting verifications completed", extra={"completed": n})
            except Exception as e:  # noqa: BLE001 - next tick retries
                log.warning("pending re-run failed", extra={"error": str(e)[:300]})
            await pause(stop, self.settings.pending_poll_s)

    async def poll_status_feed(self, uow_factory: Callable[[], VerificationUnitOfWork]) -> int:
        """Read the legal-entities status feed and publish each change (liquidation, reorganization) for
        the registry's automatic exclusion (Art. 51-6). Cursor and events commit together.

        A feed whose last sequence number is behind our cursor was restarted or reset at its source: the
        changes it numbers anew would never be read past the cursor, so it is read again from its start
        (logged at WARNING). A change read twice is harmless: the registry excludes a producer once."""
        async def read(since: int) -> dict[str, Any]:
            r = await self.sources.client.get("/gbd-ul/v1/status-changes", params={"since": since})
            r.raise_for_status()
            return r.json()

        async with uow_factory() as uow:
            cur = await uow.pending.cursor("gbd-ul-status")
            feed = await read(cur.position)
            if int(feed.get("last_seq", cur.position)) < cur.position:
                log.warning("legal-entity status feed went backwards; reading it again from its start",
                            extra={"cursor": cur.position, "feed_last_seq": feed.get("last_seq")})
                cur.position = 0
                feed = await read(0)
            changes = feed["changes"]
            for c in changes:
                uow.publish(LegalEntityStatusChanged(
                    bin=c["bin"], status=c["status"], reorganization_form=c.get("reorganization_form"),
                    successor_bin=c.get("successor_bin"), feed_seq=c["seq"],
                    changed_at=datetime.fromtimestamp(c["changed_at"], UTC)), subject=c["bin"], sequence=c["seq"])
                cur.position = max(cur.position, int(c["seq"]))
            uow.session.add(cur)
            await uow.commit()
            return len(changes)

    def handlers(self) -> dict[str, Handler]:
        return {"registry.application.submitted": self.on_request, "registry.monitoring.requested": self.on_request}


def make_handlers(ctx: VerificationContext) -> dict[str, Handler]:
    """The consumer's handlers by event type."""
    return Verifier(ctx).handlers()


def background_loops(ctx: VerificationContext, uow_factory: Callable[[], VerificationUnitOfWork]
                     ) -> list[Callable[[asyncio.Event], Awaitable[None]]]:
    """What every consumer replica polls: its waiting verifications, re-run when their back-off has passed."""
    v = Verifier(ctx)
    return [lambda stop: v.pending_loop(uow_factory, stop)]


async def poll_status_feed(ctx: VerificationContext, uow_factory: Callable[[], VerificationUnitOfWork]) -> int:
    """The legal-entities status feed, read once platform-wide (a duty of the active scheduler)."""
    return await Verifier(ctx).poll_status_feed(uow_factory)


async def get_run(uow: VerificationUnitOfWork, run_id: uuid.UUID, principal: Principal) -> dict[str, Any]:
    """Applicants see the reasons; officers also see the evidence (what each source was asked and said)."""
    async with uow:
        run = await uow.runs.get(run_id)
        if run is None or not principal.can_see_bin(run.bin):
            raise NotFound("verification run")
        out: dict[str, Any] = run.model_dump(mode="json")
        out["criteria"] = [c.model_dump(mode="json", exclude={"id", "run_id"}) for c in await uow.runs.criteria(run.id)]
        if principal.role in (Role.officer, Role.appeals):
            out["evidence"] = [c.record for c in await uow.runs.calls(run.id)]
        return out


async def list_runs(uow: VerificationUnitOfWork, principal: Principal, *, application_id: uuid.UUID | None,
                    bin_: str | None, purpose: str | None, outcome: str | None, cursor: str | None,
                    limit: int) -> dict[str, Any]:
    """Verification runs newest first, by application, BIN, purpose and outcome; an applicant reads its own
    BIN's only."""
    async with uow:
        runs, nxt = await uow.runs.page(application_id=application_id, bin_=principal.confined_bin or bin_,
                                        purpose=purpose, outcome=outcome, cursor=cursor, limit=limit)
        return {"items": [r.model_dump(mode="json") for r in runs], "next_cursor": nxt}


async def pending_count(uow: VerificationUnitOfWork) -> int:
    async with uow:
        return await uow.pending.count()
