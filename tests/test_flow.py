"""The first flow end to end over the real broker and databases (Art. 51-1.1-3, 51-1.6):
application → digital verification → decision → notice in the applicant's cabinet — driven, as an integrator
would, through the clients generated from the OpenAPI documents (clients/)."""
from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from harness import (
    NO_EMPLOYEES,
    PASSING,
    TAX_ARREARS,
    Answer,
    Platform,
    application_body,
    assert_instants_have_offsets,
    fresh_bin,
)
from notifications_client.api.cabinet import notifications_mark_read as mark_read
from notifications_client.api.cabinet import notifications_read_notice as read_notice
from notifications_client.models import Problem as NotificationsProblem
from registry_client.api.applications import registry_read_application as read_application
from registry_client.models import Problem as RegistryProblem
from verification_client.api.verification import verification_pending as pending
from verification_client.api.verification import verification_read_run as read_run

pytestmark = [pytest.mark.integration, pytest.mark.dated]


@pytest.mark.flow
async def test_art_51_1_passing_company_advances_to_assessment_and_gets_notice(platform: Platform) -> None:
    r = await platform.file(PASSING)
    assert r.status_code == 202, r.text
    app = r.json()
    assert app["status"] == "verification"
    assert r.headers["location"] == f"/v1/applications/{app['id']}"

    decided = await platform.wait_status(app["id"], PASSING)
    assert decided["status"] == "awaiting_assessment"
    assert decided["reasons"] == []
    assert [h["to_status"] for h in decided["history"]] == ["verification", "awaiting_assessment"]
    assert decided["history"][1]["event_id"]  # every transition names the event that caused it
    assert assert_instants_have_offsets(decided) >= 4  # filed_at, updated_at, history[].at

    notice = await platform.wait_notice(PASSING, app["id"])
    assert notice["notice_type"] == "registry.application.verified"
    assert "прошло цифровую верификацию" in notice["body_ru"]
    assert "цифрлық верификациядан өтті" in notice["body_kk"]
    assert assert_instants_have_offsets(notice) >= 1

    # The verification run kept its evidence: every source was asked, answers stored.
    run_id = decided["verification_run_id"]
    async with platform.client("verification", "officer") as officer:
        run = Answer(await read_run.asyncio_detailed(uuid.UUID(run_id), client=officer)).ok()
    assert run["outcome"] == "passed"
    assert {c["code"] for c in run["criteria"]} >= {"LEGAL_ENTITY_ACTIVE", "EMPLOYEES_PRESENT", "NO_TAX_ARREARS"}
    assert {e["source"] for e in run["evidence"]} == {"gbd-ul", "sgd", "kgd", "esf", "utilities", "video"}
    # The applicant sees the reasons but not the evidence.
    async with platform.client("verification", "applicant", PASSING) as applicant:
        assert "evidence" not in Answer(await read_run.asyncio_detailed(uuid.UUID(run_id), client=applicant)).ok()


@pytest.mark.flow
@pytest.mark.parametrize("bin_,code", [(TAX_ARREARS, "NO_TAX_ARREARS"), (NO_EMPLOYEES, "EMPLOYEES_PRESENT")])
async def test_art_51_1_3_failing_company_refused_with_motivated_answer(platform: Platform, bin_: str,
                                                                       code: str) -> None:
    app = (await platform.file(bin_)).json()
    decided = await platform.wait_status(app["id"], bin_)
    assert decided["status"] == "refused"
    assert [r["code"] for r in decided["reasons"]] == [code]  # exactly the failed criterion, nothing else
    reason = decided["reasons"][0]
    assert reason["expected"] and reason["found"] and reason["article"]

    notice = await platform.wait_notice(bin_, app["id"])
    assert notice["notice_type"] == "registry.application.refused"
    assert code in notice["body_ru"] and code in notice["body_kk"]
    assert reason["found"] in notice["body_ru"]
    assert "отказано" in notice["body_ru"] and "қабылданбады" in notice["body_kk"]


async def test_another_bin_cannot_see_application_or_notice(platform: Platform) -> None:
    mine, other = fresh_bin(), fresh_bin()
    app = (await platform.file(mine)).json()
    notice = await platform.wait_notice(mine, app["id"])

    async with platform.client("registry", "applicant", other) as c:
        r = Answer(await read_application.asyncio_detailed(uuid.UUID(app["id"]), client=c))
    assert r.status_code == 404 and isinstance(r.parsed, RegistryProblem)
    async with platform.client("notifications", "applicant", other) as c:
        r = Answer(await read_notice.asyncio_detailed(uuid.UUID(notice["id"]), client=c))
    assert r.status_code == 404 and isinstance(r.parsed, NotificationsProblem)
    assert r.headers["content-type"].startswith("application/problem+json")
    assert await platform.notices(other) == []
    # and the officer sees it
    async with platform.client("registry", "officer") as c:
        assert Answer(await read_application.asyncio_detailed(uuid.UUID(app["id"]), client=c)).ok()["id"] == app["id"]


@pytest.mark.flow
async def test_service_time_recorded_once_on_first_retrieval(platform: Platform) -> None:
    b = fresh_bin()
    app = (await platform.file(b)).json()
    n = await platform.wait_notice(b, app["id"])
    assert n["served_at"] is None  # listing is not retrieval
    async with platform.client("notifications", "applicant", b) as c:
        first = Answer(await read_notice.asyncio_detailed(uuid.UUID(n["id"]), client=c)).ok()
        second = Answer(await read_notice.asyncio_detailed(uuid.UUID(n["id"]), client=c)).ok()
    assert first["served_at"] is not None and first["served_at"] == second["served_at"]
    served = await platform.scalar("notifications",
                                   "SELECT count(*) FROM outbox WHERE event_type='notifications.notice.served'"
                                   " AND body LIKE '%' || $1 || '%'", n["id"])  # SQL of both databases
    assert served == 1


@pytest.mark.flow
async def test_a_notice_acknowledged_without_retrieval_is_served_then(platform: Platform) -> None:
    """A cabinet may list notices and acknowledge one without retrieving it: its recipient has it, so it is
    served at the acknowledgement — the service time from which legal terms run is never left unset."""
    b = fresh_bin()
    app = (await platform.file(b)).json()
    n = await platform.wait_notice(b, app["id"])
    async with platform.client("notifications", "applicant", b) as c:
        read = Answer(await mark_read.asyncio_detailed(uuid.UUID(n["id"]), client=c)).ok()
        again = Answer(await read_notice.asyncio_detailed(uuid.UUID(n["id"]), client=c)).ok()
    assert read["served_at"] is not None and read["served_at"] == read["read_at"] == again["served_at"]
    served = await platform.scalar("notifications",
                                   "SELECT count(*) FROM outbox WHERE event_type='notifications.notice.served'"
                                   " AND body LIKE '%' || $1 || '%'", n["id"])
    assert served == 1


async def test_idempotency_key_files_one_application(platform: Platform) -> None:
    b, key = fresh_bin(), str(uuid.uuid4())
    r1 = await platform.file(b, key=key)
    r2 = await platform.file(b, key=key)
    assert r1.status_code == r2.status_code == 202
    assert r1.json()["id"] == r2.json()["id"]
    assert await platform.scalar("registry", "SELECT count(*) FROM registry_application WHERE bin=$1", b) == 1
    # sent again after the decision (the application no longer open): still the first answer, still one
    await platform.wait_notice(b, r1.json()["id"])
    r4 = await platform.file(b, key=key)
    assert r4.status_code == 202 and r4.json() == r1.json()
    assert await platform.scalar("registry", "SELECT count(*) FROM registry_application WHERE bin=$1", b) == 1
    # the same key with another body is refused, naming the header
    r3 = await platform.file(b, body=application_body(b, company_name="Other"), key=key)
    assert r3.status_code == 422 and r3.json()["code"] == "idempotency_key_reused"


async def test_every_write_is_audited(platform: Platform) -> None:
    b = fresh_bin()
    app = (await platform.file(b)).json()
    rows = await platform.sql("registry", "SELECT actor, role, actor_bin, action, request_id FROM audit_log "
                                          "WHERE resource_id=$1", app["id"])
    assert len(rows) == 1
    assert rows[0]["action"] == "application.file" and rows[0]["actor_bin"] == b and rows[0]["request_id"]


async def test_one_trace_spans_the_whole_flow(platform: Platform) -> None:
    """HTTP request → outbox → broker → verification (with its calls to the e-gov sources) → registry →
    notifications: one trace id, carried through the outbox in the envelope's traceparent."""
    b = fresh_bin()
    app = (await platform.file(b)).json()
    await platform.wait_notice(b, app["id"])

    def spans_of_flow() -> tuple[set[str], list[dict]]:
        spans = platform.spans()
        post = [s for s in spans if s["attributes"].get("ipp.application_id") == app["id"]]
        consumed = [s for s in spans if s["name"].startswith("consume ")
                    and s["attributes"].get("ipp.subject") == app["id"]]
        return {s["trace_id"] for s in post + consumed}, post + consumed

    async def complete() -> bool:
        _, found = spans_of_flow()
        names = {(s["service"], s["name"]) for s in found}
        return {("verification", "consume registry.application.submitted"),
                ("registry", "consume verification.run.completed"),
                ("notifications", "consume registry.application.verified")} <= names
    await platform.until(complete, 15, what="spans of every hop")
    trace_ids, found = spans_of_flow()
    assert len(trace_ids) == 1, trace_ids
    tid = trace_ids.pop()
    egov_calls = [s for s in platform.spans() if s["trace_id"] == tid and s["service"] == "verification"
                  and s["kind"] == "CLIENT"]
    assert len(egov_calls) >= 6  # one per source at least, inside the same trace


async def test_art_51_1_3_unavailable_source_waits_never_refuses(platform: Platform) -> None:
    """A source that errors (or times out) gives "source unavailable", not a failed criterion: the
    application waits in verification and completes when the source answers again."""
    await platform.sim("PUT", "/admin/faults", json={"source": "kgd", "mode": "fail"})
    await platform.sim("PUT", "/admin/faults", json={"source": "video", "mode": "slow", "delay_ms": 3000})
    b = fresh_bin()
    app = (await platform.file(b)).json()

    async def waiting() -> bool:
        async with platform.client("verification", "officer") as c:
            return Answer(await pending.asyncio_detailed(client=c)).ok()["waiting"] >= 1
    await platform.until(waiting, 30, what="request waiting for the source")
    await asyncio.sleep(2)
    assert (await platform.application(app["id"], b))["status"] == "verification"
    runs = await platform.sql("verification", "SELECT id, outcome FROM verification_run WHERE application_id::text=$1",
                              app["id"])
    assert runs and all(r["outcome"] == "incomplete" for r in runs)
    statuses = await platform.sql("verification", "SELECT code, status, found FROM verification_criterion WHERE "
                                  "run_id = $1", runs[0]["id"])
    by_code = {r["code"]: r for r in statuses}
    assert by_code["NO_TAX_ARREARS"]["status"] == "source_unavailable"
    assert by_code["VIDEO_FEED"]["status"] == "source_unavailable"  # timed out
    assert by_code["EMPLOYEES_PRESENT"]["status"] == "passed"

    await platform.sim("DELETE", "/admin/faults")
    decided = await platform.wait_status(app["id"], b, timeout=40)
    assert decided["status"] == "awaiting_assessment" and decided["reasons"] == []


@pytest.mark.flow
async def test_every_message_on_the_bus_is_its_asyncapi_message(platform: Platform) -> None:
    """Issue 34, item 11: the flow tests tap the exchange and check each message against its AsyncAPI payload
    (conftest); here, that the tap sees the platform's messages and that the check refuses a wrong one."""
    from asyncapi_check import asyncapi_violation

    before = len(platform.tapped)
    b = fresh_bin()
    assert (await platform.file(b)).status_code == 202
    submitted = await platform.until(lambda: _first(platform.tapped[before:], "registry.application.submitted"), 20,
                                     what="the submitted event on the tap")
    assert asyncapi_violation("registry.application.submitted", submitted) is None
    wrong = json.loads(submitted)
    del wrong["data"]["bin"]
    assert "bin" in (asyncapi_violation("registry.application.submitted", json.dumps(wrong).encode()) or "")
    wrong = {**json.loads(submitted), "type": "registry.application.verified"}  # data of another event
    assert asyncapi_violation("registry.application.verified", json.dumps(wrong).encode()) is not None


async def _first(tapped: list[tuple[str, bytes]], routing_key: str) -> bytes | None:
    return next((body for key, body in tapped if key == routing_key), None)
