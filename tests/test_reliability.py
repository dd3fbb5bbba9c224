"""Nothing lost, nothing twice: duplicate deliveries, a relay that dies between commit and publish, and a
broker restart in the middle of 200 applications — against the real RabbitMQ and PostgreSQL."""
from __future__ import annotations

import asyncio
import os
import re
import signal
from collections.abc import AsyncIterator

import aio_pika
import pytest
from harness import SERVICES, TAX_ARREARS, Platform, free_port, fresh_bin
from infra import Infra

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module", params=["optimised", "reference"])
async def platform(request: pytest.FixtureRequest, infra: Infra,
                   tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Platform]:
    """The suite runs twice: on the default (optimised) settings, and on the reference path with every
    optimisation switched off (``REFERENCE_PATH``) — both must lose nothing and apply nothing twice."""
    p = Platform(infra, tmp_path_factory.mktemp(f"reliability-{request.param}"), path=request.param)
    try:
        await p.start()
        yield p
        unexpected = await p.unexpected_dead_letters()
        assert not unexpected, f"events dead-lettered during the suite: {unexpected}"
    finally:
        await p.stop()


async def snapshot(platform: Platform, app_ids: list[str]) -> dict[str, object]:
    return {
        "transitions": await platform.scalar(
            "registry", "SELECT count(*) FROM registry_application_transition WHERE application_id::text = ANY($1)",
            app_ids),
        "applications": [tuple(r) for r in await platform.sql(
            "registry", "SELECT id::text, status, version FROM registry_application WHERE id::text = ANY($1) "
                        "ORDER BY id", app_ids)],
        "runs": await platform.scalar(
            "verification", "SELECT count(*) FROM verification_run WHERE application_id::text = ANY($1)", app_ids),
        "notices": await platform.scalar(
            "notifications", "SELECT count(*) FROM notice WHERE subject = ANY($1)", app_ids),
        **{f"outbox_{s}": await platform.scalar(s, "SELECT count(*) FROM outbox") for s in SERVICES},
    }


async def drained(platform: Platform) -> bool:
    conn = await aio_pika.connect(platform.infra.amqp_url)
    try:
        ch = await conn.channel()
        for s in SERVICES:
            q = await ch.declare_queue(f"{platform.queue_prefix}.{s}", passive=True)
            if q.declaration_result.message_count:
                return False
        return True
    finally:
        await conn.close()


async def test_duplicate_delivery_of_every_event_changes_nothing(platform: Platform) -> None:
    conn = await aio_pika.connect(platform.infra.amqp_url)
    ch = await conn.channel()
    tap = await ch.declare_queue(exclusive=True, auto_delete=True)
    await tap.bind(platform.exchange, routing_key="#")

    apps = []
    for b in (fresh_bin(), TAX_ARREARS):
        app = (await platform.file(b)).json()
        await platform.wait_notice(b, app["id"])
        apps.append(app["id"])
    await asyncio.sleep(1.0)  # let the last events (notice.delivered) be published too
    captured = []
    while (m := await tap.get(no_ack=True, fail=False)) is not None:
        captured.append(m)
    mine = [m for m in captured if any(a.encode() in m.body for a in apps)]
    ids = [m.message_id.encode() for m in mine]
    mine += [m for m in captured if m not in mine and any(i in m.body for i in ids)]  # notice.delivered
    types = {m.type for m in mine}
    assert {"registry.application.submitted", "verification.run.completed", "registry.application.verified",
            "registry.application.refused", "notifications.notice.delivered"} <= types
    before = await snapshot(platform, apps)

    pub = await conn.channel(publisher_confirms=True)
    exchange = await pub.get_exchange(platform.exchange)
    for m in mine:  # every event of both flows, delivered a second time
        await exchange.publish(aio_pika.Message(m.body, content_type=m.content_type, message_id=m.message_id,
                                                type=m.type, headers=m.headers), routing_key=m.routing_key)
    await platform.until(lambda: drained(platform), 30, what="queues drained")
    await asyncio.sleep(1.5)
    after = await snapshot(platform, apps)
    await conn.close()
    assert after == before


SHORT_LEASE = {"REGISTRY_RELAY_LEASE_S": "2", "REGISTRY_RELAY_PUBLISH_TIMEOUT_S": "1"}


async def test_relay_killed_between_commit_and_publish_republishes_once(platform: Platform) -> None:
    relay = platform.find("registry", "relay")
    assert platform.kill(relay) == -signal.SIGKILL

    b = fresh_bin()
    app = (await platform.file(b)).json()  # committed with its outbox row; nobody publishes it
    await asyncio.sleep(1.0)
    row = await platform.sql("registry", "SELECT event_id, published_at FROM outbox WHERE event_type = "
                             "'registry.application.submitted' AND body LIKE '%' || $1 || '%'", app["id"])
    assert len(row) == 1 and row[0]["published_at"] is None
    event_id = row[0]["event_id"]
    assert await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE "
                                 "application_id::text=$1", app["id"]) == 0

    # A relay that publishes and dies before marking the row sent (fault injection, a real os._exit). Its
    # lease on the row (ADR 16) is short here so that the restarted relay need not wait the default 30 s.
    crashing = platform.spawn("registry", "relay", SHORT_LEASE, fault="relay-after-publish")
    assert await asyncio.to_thread(crashing.popen.wait, 30) == 137
    row = await platform.sql("registry", "SELECT published_at FROM outbox WHERE event_id=$1", event_id)
    assert row[0]["published_at"] is None  # the publish happened, the mark did not

    platform.spawn("registry", "relay")  # restart: publishes the row again once its lease has ended

    async def republished() -> bool:
        return await platform.scalar("registry", "SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0
    await platform.until(republished, 30, what="the row published again and marked")
    decided = await platform.wait_status(app["id"], b)
    assert decided["status"] == "awaiting_assessment"
    await platform.wait_notice(b, app["id"])
    await asyncio.sleep(1.0)
    # The event reached verification twice; it was applied once.
    assert await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE "
                                 "application_id::text=$1", app["id"]) == 1
    assert await platform.scalar("verification", "SELECT count(*) FROM inbox WHERE event_id=$1", event_id) == 1
    assert len(await platform.notices(b, app["id"])) == 1
    assert await platform.scalar("registry", "SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0


async def test_api_started_without_broker_is_ready_and_its_filing_is_published_when_it_returns(
        platform: Platform) -> None:
    """The registry's API and relay are restarted while RabbitMQ is down. The API is ready on the database
    alone and accepts a filing (its event waits in the outbox); a process waiting for the broker stops at
    SIGTERM; once the broker is back the relay publishes the event, and the flow completes once."""
    stopped = -signal.SIGTERM  # uvicorn shuts down, then re-raises the signal it caught
    for role in ("api", "relay"):
        old = platform.find("registry", role)
        assert platform.kill(old, signal.SIGTERM) in (0, stopped)
        platform.forget(old)
    relay_ops, consumer_ops = free_port(), free_port()
    await asyncio.to_thread(platform.infra.rabbitmqctl, "stop_app")
    try:
        platform.spawn("registry", "api")
        platform.spawn("registry", "relay", {"REGISTRY_OPS_PORT": str(relay_ops)})
        await platform.wait_http(f"{platform.url('registry')}/health/ready", timeout=60)
        b = fresh_bin()
        r = await platform.file(b)
        assert r.status_code == 202, r.text
        app = r.json()
        row = await platform.sql("registry", "SELECT event_id, published_at FROM outbox WHERE event_type = "
                                 "'registry.application.submitted' AND body LIKE '%' || $1 || '%'", app["id"])
        assert len(row) == 1 and row[0]["published_at"] is None
        # The relay serves its ops endpoints meanwhile: alive, not ready (no broker), counting the backlog.
        await platform.wait_http(f"http://127.0.0.1:{relay_ops}/health/live")
        async def backlog_counted() -> str | None:
            n, page = await platform.metric(relay_ops, "ipp_outbox_backlog")
            return page if n is not None and n >= 1 else None
        metrics = await platform.until(backlog_counted, 30, what="the relay's outbox backlog gauge")
        assert re.search(r'^ipp_outbox_oldest_unpublished_age_seconds\{service="registry"\} [0-9.e+]+$', metrics,
                         re.M)
        not_ready = await platform.http.get(f"http://127.0.0.1:{relay_ops}/health/ready")
        assert not_ready.status_code == 503 and "broker" in not_ready.json()["failures"]
        # still waiting for the broker: not ready, and SIGTERM ends it
        waiting = platform.spawn("registry", "consumer", {"REGISTRY_OPS_PORT": str(consumer_ops)})
        await platform.wait_http(f"http://127.0.0.1:{consumer_ops}/health/live")
        not_ready = await platform.http.get(f"http://127.0.0.1:{consumer_ops}/health/ready")
        assert not_ready.status_code == 503 and "consumer" in not_ready.json()["failures"]
        assert waiting.alive
        assert await asyncio.to_thread(platform.kill, waiting, signal.SIGTERM) in (0, stopped)
        platform.forget(waiting)
    finally:
        await asyncio.to_thread(platform.infra.rabbitmqctl, "start_app")
    await platform.wait_http(f"http://127.0.0.1:{relay_ops}/health/ready", timeout=90)
    decided = await platform.wait_status(app["id"], b, timeout=90)
    assert decided["status"] == "awaiting_assessment"
    await platform.wait_notice(b, app["id"], timeout=60)
    event_id = row[0]["event_id"]
    assert await platform.scalar("verification", "SELECT count(*) FROM inbox WHERE event_id=$1", event_id) == 1
    assert await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE "
                                 "application_id::text=$1", app["id"]) == 1
    async def backlog_gone() -> bool:
        return (await platform.metric(relay_ops, "ipp_outbox_backlog"))[0] == 0
    await platform.until(backlog_gone, 30, what="the backlog gauge back at 0")
    assert platform.all_current_alive() == []


async def test_one_scheduler_leads_and_a_standby_takes_over_when_it_dies(platform: Platform) -> None:
    """ADR 22: of two scheduler candidates exactly one is active (``ipp_scheduler_leader``) and runs the
    duties; killed, it is replaced by the standby within seconds, which then runs them."""
    old = platform.find("registry", "scheduler")
    assert platform.kill(old, signal.SIGTERM) in (0, -signal.SIGTERM)
    platform.forget(old)
    first, second = free_port(), free_port()

    async def leading(port: int) -> bool:
        return (await platform.metric(port, "ipp_scheduler_leader"))[0] == 1

    async def ran(port: int, duty: str) -> bool:
        n, _ = await platform.metric(port, "ipp_scheduled_runs_total", duty=duty, outcome="done")
        return n is not None and n >= 1

    leader = platform.spawn("registry", "scheduler", {"REGISTRY_OPS_PORT": str(first)})
    await platform.wait_http(f"http://127.0.0.1:{first}/health/ready")
    await platform.until(lambda: leading(first), 30, what="the first scheduler leading")
    platform.spawn("registry", "scheduler", {"REGISTRY_OPS_PORT": str(second)})
    await platform.wait_http(f"http://127.0.0.1:{second}/health/ready")  # a standby is ready too
    await asyncio.sleep(2)  # several of the standby's tries (every 0.5 s here)
    assert await leading(first) and not await leading(second)
    assert await ran(first, "retention") and await ran(first, "monitoring")
    assert not await ran(second, "retention")

    assert platform.kill(leader, signal.SIGKILL) == -signal.SIGKILL
    platform.forget(leader)
    await platform.until(lambda: leading(second), 15, what="the standby taking the lead")
    await platform.until(lambda: ran(second, "monitoring"), 15, what="the new leader running the duties")
    assert platform.all_current_alive() == []


N = int(os.environ.get("IPP_RELIABILITY_N", "2000"))


@pytest.mark.slow
async def test_broker_restart_mid_flight_all_final_none_twice(platform: Platform) -> None:
    """RabbitMQ stopped and restarted while N (default 2,000) applications are in flight."""
    bins = [fresh_bin() for _ in range(N)]
    ids: dict[str, str] = {}
    sem = asyncio.Semaphore(16)

    async def submit(b: str) -> None:
        async with sem:
            r = await platform.file(b)
            assert r.status_code == 202, r.text
            ids[b] = r.json()["id"]

    a, b2 = int(N * 0.4), int(N * 0.8)
    await asyncio.gather(*(submit(b) for b in bins[:a]))
    await asyncio.to_thread(platform.infra.rabbitmqctl, "stop_app")  # while the first batch is in flight
    try:
        await asyncio.gather(*(submit(b) for b in bins[a:b2]))  # accepted while the broker is down
        await asyncio.sleep(2)
    finally:
        await asyncio.to_thread(platform.infra.rabbitmqctl, "start_app")
    await asyncio.gather(*(submit(b) for b in bins[b2:]))
    assert len(ids) == N
    app_ids = list(ids.values())

    async def all_noticed() -> bool:
        n = await platform.scalar("notifications", "SELECT count(DISTINCT subject) FROM notice WHERE "
                                  "subject = ANY($1)", app_ids)
        return n == N
    await platform.until(all_noticed, 60 + N * 0.5, interval=2, what=f"{N} final notices")
    await asyncio.sleep(2)
    per_app = await platform.sql("notifications", "SELECT subject, count(*) AS n FROM notice WHERE "
                                 "subject = ANY($1) GROUP BY subject", app_ids)
    assert len(per_app) == N and all(r["n"] == 1 for r in per_app)
    runs = await platform.sql("verification", "SELECT application_id::text AS a, count(*) AS n FROM "
                              "verification_run WHERE application_id::text = ANY($1) AND outcome <> 'incomplete' "
                              "GROUP BY 1", app_ids)
    assert len(runs) == N and all(r["n"] == 1 for r in runs)
    statuses = await platform.sql("registry", "SELECT status, count(*) AS n FROM registry_application WHERE "
                                  "id::text = ANY($1) GROUP BY status", app_ids)
    assert {r["status"]: r["n"] for r in statuses} == {"awaiting_assessment": N}
    transitions = await platform.scalar("registry", "SELECT count(*) FROM registry_application_transition "
                                        "WHERE application_id::text = ANY($1)", app_ids)
    assert transitions == 2 * N
    assert platform.all_current_alive() == []


async def test_consumer_killed_after_commit_before_ack_applies_once(platform: Platform) -> None:
    """SIGKILL-equivalent death (os._exit) of a consumer between its commit and its ack: the broker
    redelivers to the restarted consumer, the inbox recognises the event, nothing is applied twice."""
    healthy = platform.find("verification", "all")
    platform.kill(healthy)
    crashing = platform.spawn("verification", "consumer", fault="consumer-after-commit")
    b = fresh_bin()
    app = (await platform.file(b)).json()
    assert await asyncio.to_thread(crashing.popen.wait, 60) == 137
    platform.forget(crashing)
    runs = await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE application_id::text=$1",
                                 app["id"])
    assert runs == 1  # committed before the crash
    platform.spawn("verification", "all")
    await platform.wait_consumers(f"{platform.queue_prefix}.verification", 1)
    decided = await platform.wait_status(app["id"], b)
    assert decided["status"] == "awaiting_assessment"
    await platform.wait_notice(b, app["id"])
    await asyncio.sleep(1)
    assert await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE "
                                 "application_id::text=$1", app["id"]) == 1
    assert len(await platform.notices(b, app["id"])) == 1


async def test_relay_dying_mid_batch_loses_nothing_and_applies_once(platform: Platform) -> None:
    platform.kill(platform.find("registry", "relay"))
    bins = [fresh_bin() for _ in range(40)]
    apps = [(await platform.file(b)).json()["id"] for b in bins]
    crashing = platform.spawn("registry", "relay", {"REGISTRY_RELAY_BATCH_SIZE": "25", **SHORT_LEASE},
                              fault="relay-after-publish")
    assert await asyncio.to_thread(crashing.popen.wait, 30) == 137  # published 25, marked none
    platform.spawn("registry", "relay")

    async def all_noticed() -> bool:
        return await platform.scalar("notifications", "SELECT count(DISTINCT subject) FROM notice WHERE "
                                     "subject = ANY($1)", apps) == 40
    await platform.until(all_noticed, 90, interval=0.5, what="40 notices")
    await asyncio.sleep(1.5)
    per_app = await platform.sql("verification", "SELECT count(*) AS n FROM verification_run WHERE "
                                 "application_id::text = ANY($1) GROUP BY application_id", apps)
    assert len(per_app) == 40 and {r["n"] for r in per_app} == {1}
    assert await platform.scalar("notifications", "SELECT count(*) FROM notice WHERE subject = ANY($1)", apps) == 40


async def test_poison_message_dead_lettered_after_retries_and_service_stays_healthy(platform: Platform) -> None:
    from harness import publish_raw
    from ipp_common.events.envelope import CloudEvent
    from ipp_common.messaging.dlq import list_dead_letters

    poison = CloudEvent(source="/ipp/registry", type="registry.application.submitted", subject="poison",
                        data={"application_id": "not-a-uuid", "bin": "x"})
    platform.expected_dead_letters.add(poison.id)
    await publish_raw(platform, poison)
    queue = f"{platform.queue_prefix}.verification"

    async def dead() -> list | None:
        rows = [d for d in await list_dead_letters(platform.infra.amqp_url, queue) if d["event_id"] == poison.id]
        return rows or None
    [dl] = await platform.until(dead, 30, what="poison in the DLQ")
    assert dl["attempts"] == 3 and "ValidationError" in dl["error"]  # the configured retries, then parked
    b = fresh_bin()
    app = (await platform.file(b)).json()
    assert (await platform.wait_status(app["id"], b))["status"] == "awaiting_assessment"
    r = await platform.http.get(f"{platform.url('verification')}/health/ready")
    assert r.status_code == 200
    # and says so in its metrics: the dead letter counted, the handlers' time observed

    async def dead_letter_counted() -> bool:
        n, _ = await platform.metric(platform.ports["verification"], "ipp_dead_letter_queue_messages")
        return n is not None and n >= 1
    await platform.until(dead_letter_counted, 30, what="the dead-letter queue gauge")
    handled, _ = await platform.metric(platform.ports["verification"], "ipp_event_handler_seconds_count",
                                       service="verification")
    assert handled is not None and handled >= 1


async def test_postgres_unreachable_20s_write_api_answers_503_quickly_and_all_resumes(platform: Platform) -> None:
    before = [fresh_bin() for _ in range(10)]
    apps = {b: (await platform.file(b)).json()["id"] for b in before}
    await asyncio.to_thread(platform.infra.postgres, "stop")
    try:
        t0 = asyncio.get_running_loop().time()
        r = await platform.file(fresh_bin())
        took = asyncio.get_running_loop().time() - t0
        assert r.status_code == 503 and r.headers.get("retry-after") and took < 12, (r.status_code, took)
        assert r.json()["code"] == "service_unavailable"
        r = await platform.http.get(f"{platform.url('registry')}/health/ready")
        assert r.status_code == 503 and "database" in r.json()["failures"]
        await asyncio.sleep(20)
    finally:
        await asyncio.to_thread(platform.infra.postgres, "start")
    for p in list(Platform.running):  # this platform, and any other the session runs on the same PostgreSQL
        await p.until(lambda p=p: _ready(p), 60, what="every service ready again")
    after = [fresh_bin() for _ in range(5)]
    for b in after:
        r = await platform.file(b)
        assert r.status_code == 202, r.text
        apps[b] = r.json()["id"]
    for b, app_id in apps.items():
        await platform.wait_notice(b, app_id, timeout=90)
    ids = list(apps.values())
    n = await platform.scalar("notifications", "SELECT count(*) FROM notice WHERE subject = ANY($1)", ids)
    assert n == len(ids)
    assert platform.all_current_alive() == []


async def _ready(platform: Platform) -> bool:
    for s in SERVICES:
        try:
            if (await platform.http.get(f"{platform.url(s)}/health/ready")).status_code != 200:
                return False
        except Exception:  # noqa: BLE001 - not up yet
            return False
    return True
