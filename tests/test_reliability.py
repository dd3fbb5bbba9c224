"""Nothing lost, nothing twice: duplicate deliveries, a relay that dies between commit and publish, and a
broker restart in the middle of 200 applications — against the real RabbitMQ and PostgreSQL."""
from __future__ import annotations

import asyncio
import signal

import aio_pika
import pytest

from harness import SERVICES, TAX_ARREARS, Platform, fresh_bin

pytestmark = pytest.mark.integration


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

    # A relay that publishes and dies before marking the row sent (fault injection, a real os._exit).
    crashing = platform.spawn("registry", "relay", {"REGISTRY_FAULT_RELAY_CRASH_AFTER_PUBLISH": "true"})
    assert await asyncio.to_thread(crashing.popen.wait, 30) == 137
    row = await platform.sql("registry", "SELECT published_at FROM outbox WHERE event_id=$1", event_id)
    assert row[0]["published_at"] is None  # the publish happened, the mark did not

    platform.spawn("registry", "relay")  # restart: publishes the row again
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


@pytest.mark.slow
async def test_broker_restart_mid_200_applications_all_final_none_twice(platform: Platform) -> None:
    bins = [fresh_bin() for _ in range(200)]
    ids: dict[str, str] = {}
    sem = asyncio.Semaphore(16)

    async def submit(b: str) -> None:
        async with sem:
            r = await platform.file(b)
            assert r.status_code == 202, r.text
            ids[b] = r.json()["id"]

    first = asyncio.gather(*(submit(b) for b in bins[:80]))
    await first
    await asyncio.to_thread(platform.infra.rabbitmqctl, "stop_app")
    try:
        await asyncio.gather(*(submit(b) for b in bins[80:160]))  # accepted while the broker is down
        await asyncio.sleep(2)
    finally:
        await asyncio.to_thread(platform.infra.rabbitmqctl, "start_app")
    await asyncio.gather(*(submit(b) for b in bins[160:]))
    assert len(ids) == 200
    app_ids = list(ids.values())

    async def all_noticed() -> bool:
        n = await platform.scalar("notifications", "SELECT count(DISTINCT subject) FROM notice WHERE "
                                  "subject = ANY($1)", app_ids)
        return n == 200
    await platform.until(all_noticed, 240, interval=1, what="200 final notices")
    await asyncio.sleep(2)
    per_app = await platform.sql("notifications", "SELECT subject, count(*) AS n FROM notice WHERE "
                                 "subject = ANY($1) GROUP BY subject", app_ids)
    assert len(per_app) == 200 and all(r["n"] == 1 for r in per_app)
    runs = await platform.sql("verification", "SELECT application_id::text AS a, count(*) AS n FROM "
                              "verification_run WHERE application_id::text = ANY($1) AND outcome <> 'incomplete' "
                              "GROUP BY 1", app_ids)
    assert len(runs) == 200 and all(r["n"] == 1 for r in runs)
    statuses = await platform.sql("registry", "SELECT status, count(*) AS n FROM registry_application WHERE "
                                  "id::text = ANY($1) GROUP BY status", app_ids)
    assert {r["status"]: r["n"] for r in statuses} == {"awaiting_assessment": 200}
    transitions = await platform.scalar("registry", "SELECT count(*) FROM registry_application_transition "
                                        "WHERE application_id::text = ANY($1)", app_ids)
    assert transitions == 400
    assert all(p.alive for p in platform.procs if p.role != "relay" or p.popen.returncode is None)
