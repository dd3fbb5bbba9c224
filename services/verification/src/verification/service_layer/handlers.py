"""Digital verification use cases (Art. 1.23-1, 51-1.3, 51-4)."""
from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime
from typing import Any

from ipp_common.auth import Principal, Role
from ipp_common.consumer import Delivery, Handler
from ipp_common.envelope import CloudEvent
from ipp_common.events.registry import ApplicationSubmitted
from ipp_common.events.verification import CriterionOutcome, VerificationCompleted
from ipp_common.problems import NotFound
from ipp_common.refdata import reference_data
from ipp_common.resilience import SourceUnavailable
from verification.adapters.egov import EgovSources, SourceAnswer
from verification.adapters.orm import CriterionRecord, SourceCall, VerificationRun
from verification.adapters.repository import VerificationUnitOfWork
from verification.domain.criteria import CRITERIA, Outcome, Thresholds, evaluate, run_outcome


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


class VerificationIncomplete(SourceUnavailable):
    pass


def make_handlers(sources: EgovSources) -> dict[str, Handler]:
    async def on_application_submitted(event: CloudEvent, delivery: Delivery) -> None:
        p = ApplicationSubmitted.model_validate(event.data)
        started = datetime.now(UTC)
        outcomes, answers = await check(sources, p.bin, p.site_ids, [g.tnved for g in p.goods],
                                        thresholds_on(started.date()))
        outcome = run_outcome(outcomes)
        run = VerificationRun(application_id=p.application_id, bin=p.bin, purpose=p.purpose, outcome=outcome,
                              request_event_id=event.id, started_at=started)
        criteria = [CriterionRecord(run_id=run.id, code=o.code, criterion=o.criterion, status=o.status,
                                    source=o.source, expected=o.expected, found=(o.found or "")[:1000],
                                    article=o.article, text_kk=o.text_kk, text_ru=o.text_ru) for o in outcomes]
        calls = [SourceCall(run_id=run.id, source=a.source, record=c) for a in answers for c in a.calls]
        if outcome == "incomplete":
            # Keep the evidence of the attempt, then let the bus retry with back-off: an unavailable
            # source never turns into a refusal (the registry keeps waiting).
            async with delivery.side_unit_of_work() as uow:
                await uow.runs.add(run, criteria, calls)
                await uow.commit()
            down = sorted({o.source for o in outcomes if o.status == "source_unavailable"})
            raise VerificationIncomplete(",".join(down), "source unavailable; verification will be retried")
        uow: VerificationUnitOfWork = delivery.unit_of_work()  # type: ignore[assignment]
        async with uow:
            await uow.runs.add(run, criteria, calls)
            uow.publish(VerificationCompleted(
                run_id=run.id, application_id=p.application_id, bin=p.bin, purpose=p.purpose, outcome=outcome,
                completed_at=run.completed_at,
                criteria=[CriterionOutcome(code=o.code, criterion=o.criterion, status=o.status, source=o.source,
                                           expected=o.expected, found=o.found, article=o.article,
                                           text_kk=o.text_kk, text_ru=o.text_ru) for o in outcomes]),
                subject=str(p.application_id))
            await uow.commit()

    return {"registry.application.submitted": on_application_submitted}


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


async def runs_for_application(uow: VerificationUnitOfWork, application_id: uuid.UUID,
                               principal: Principal) -> list[dict[str, Any]]:
    async with uow:
        runs = [r for r in await uow.runs.for_application(application_id) if principal.can_see_bin(r.bin)]
        return [r.model_dump(mode="json") for r in runs]
