"""Verification's use cases in this process, its real e-gov adapters sending to the simulator's ASGI app
(no network): the digital check of an application (Art. 51-1.3) and the evidence it keeps, a source that
is down (the check waits and is run again), a request delivered twice, and the legal-entity status feed
that drives automatic exclusion (Art. 51-6)."""
import uuid
from datetime import UTC, datetime, timedelta

import httpx
from harness import fresh_bin
from ipp_common.events.common import Good
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ApplicationSubmitted
from ipp_common.testing.in_process import InProcessService
from verification.adapters.unit_of_work import VerificationUnitOfWork
from verification.service_layer.context import VerificationContext
from verification.service_layer.handlers import Verifier, poll_status_feed

Verification = InProcessService[VerificationUnitOfWork, VerificationContext]
TAX_DEBTOR = "190540001042"
"""The simulator's company with tax arrears above the limit."""


def submitted(bin_: str) -> CloudEvent:
    a = ApplicationSubmitted(application_id=uuid.uuid4(), bin=bin_, company_name=f"ТОО {bin_}",
                             goods=[Good(tnved="7308909809", name="Металлоконструкции")],
                             site_ids=[f"SITE-{bin_}-1"], filed_at=datetime(2026, 3, 2, 9, tzinfo=UTC))
    return CloudEvent(source="/ipp/registry", type="registry.application.submitted", subject=str(a.application_id),
                      recipient=bin_, data=a.model_dump(mode="json"))


async def test_art_51_1_3_a_healthy_manufacturer_passes_and_the_evidence_is_kept(verification: Verification) -> None:
    event = submitted(fresh_bin())
    assert await verification.deliver(event)
    [done] = await verification.published("verification.run.completed")
    assert done["data"]["outcome"] == "passed" and done["subject"] == event.subject
    assert {c["status"] for c in done["data"]["criteria"]} == {"passed"}
    sources = {r["source"] for r in await verification.rows("SELECT source FROM verification_source_call")}
    assert sources == {"gbd-ul", "sgd", "kgd", "esf", "utilities", "video"}  # what was asked, kept as evidence


async def test_art_51_1_3_tax_arrears_fail_the_check_naming_the_criterion(verification: Verification) -> None:
    assert await verification.deliver(submitted(TAX_DEBTOR))
    [done] = await verification.published("verification.run.completed")
    failed = [c for c in done["data"]["criteria"] if c["status"] == "failed"]
    assert done["data"]["outcome"] == "failed"
    assert [(c["code"], c["article"]) for c in failed] == [("NO_TAX_ARREARS", "51-1.3")]
    assert failed[0]["text_ru"] and failed[0]["text_kk"]


async def test_a_source_down_leaves_the_check_waiting_until_it_answers(verification: Verification,
                                                                       egov: httpx.AsyncClient) -> None:
    (await egov.put("/admin/faults", json={"source": "kgd", "mode": "fail"})).raise_for_status()
    assert await verification.deliver(submitted(fresh_bin()))
    assert await verification.published() == []  # no verdict on an incomplete check
    [waiting] = await verification.rows("SELECT attempts, last_reason FROM verification_pending")
    assert waiting == {"attempts": 1, "last_reason": "unavailable: kgd"}

    (await egov.delete("/admin/faults")).raise_for_status()
    verifier = Verifier(verification.ctx)
    assert await verifier.retry_pending(verification.uow) == 0  # its back-off has not passed
    verification.ctx.clock.set_now(verification.ctx.clock.now() + timedelta(hours=1))
    assert await verifier.retry_pending(verification.uow) == 1
    [done] = await verification.published("verification.run.completed")
    assert done["data"]["outcome"] == "passed"
    assert await verification.rows("SELECT * FROM verification_pending") == []


async def test_a_request_delivered_twice_gives_one_verdict(verification: Verification) -> None:
    event = submitted(fresh_bin())
    assert await verification.deliver(event)
    assert not await verification.deliver(event)
    assert len(await verification.published("verification.run.completed")) == 1


async def test_art_51_6_the_status_feed_publishes_each_change_once(verification: Verification,
                                                                   egov: httpx.AsyncClient) -> None:
    b = fresh_bin()
    r = await egov.put(f"/admin/entities/{b}/status", json={"status": "liquidated"})
    r.raise_for_status()
    assert await poll_status_feed(verification.ctx, verification.uow) == 1
    assert await poll_status_feed(verification.ctx, verification.uow) == 0  # the cursor moved with the event
    [changed] = await verification.published("verification.legal_entity.status_changed")
    assert changed["data"]["bin"] == b and changed["data"]["status"] == "liquidated"
