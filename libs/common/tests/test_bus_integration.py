"""The bus mechanisms themselves, on the real RabbitMQ and PostgreSQL: a handler that always fails ends in
the dead-letter queue after the configured retries, is listed there, and after a fix is replayed and
applied exactly once; an unreadable message goes straight to the DLQ."""
from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aio_pika
import asyncpg
import pytest
from ipp_common.core.settings import ServiceSettings
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ApplicationSubmitted
from ipp_common.messaging.bus import Bus, dead_letter_queue, retry_queue
from ipp_common.messaging.consumer import Consumer
from ipp_common.messaging.delivery import Delivery, EventHandler
from ipp_common.messaging.dlq import list_dead_letters, replay_dead_letters
from ipp_common.messaging.relay import OutboxRelay
from ipp_common.persistence.engine import make_engine, make_session_factory
from ipp_common.persistence.tables import PLATFORM_TABLES
from ipp_common.persistence.unit_of_work import UnitOfWork
from pydantic import BaseModel
from sqlalchemy import text

pytestmark = pytest.mark.integration


class Env(BaseModel):
    settings: ServiceSettings
    db_url: str
    model_config = {"arbitrary_types_allowed": True}


@pytest.fixture(params=["classic", "quorum"])
async def env(request: pytest.FixtureRequest, infra) -> AsyncIterator[Env]:  # noqa: ANN001 - root conftest
    """Every bus test on both queue types: classic (the local default) and quorum (the cluster's)."""
    tag = "b" + uuid.uuid4().hex[:8]
    admin = await asyncpg.connect(infra.pg_base + "/postgres")
    await admin.execute(f'CREATE DATABASE "ipp_{tag}"')
    url = infra.sqlalchemy_url(f"ipp_{tag}")
    engine = make_engine(url)
    async with engine.begin() as conn:
        for t in PLATFORM_TABLES:
            await conn.run_sync(t.create)
    await engine.dispose()
    s = ServiceSettings(service_name="bustest", database_url=url, amqp_url=infra.amqp_url,
                        exchange=f"ipp-test-{tag}.events", queue_prefix=f"ipp-test-{tag}",
                        retry_delays_ms=[100, 200, 300], queue_type=request.param)
    yield Env(settings=s, db_url=url)
    conn = await aio_pika.connect(infra.amqp_url)
    ch = await conn.channel()
    q = s.queue_name()
    for name in [q, dead_letter_queue(q), *(retry_queue(q, i) for i in (1, 2, 3))]:
        await ch.queue_delete(name)
    await ch.exchange_delete(s.exchange)
    await conn.close()
    await admin.execute(f'DROP DATABASE "ipp_{tag}" WITH (FORCE)')
    await admin.close()


async def wired(s: ServiceSettings, db_url: str) -> tuple[Any, Any, Bus]:
    """An engine, its session factory and a connected bus."""
    engine = make_engine(db_url)
    bus = Bus(s)
    await bus.connect()
    return engine, make_session_factory(engine), bus


def sample_event() -> CloudEvent:
    p = ApplicationSubmitted(application_id=uuid.uuid4(), bin="190540001012", goods=[], site_ids=["S1"],
                             filed_at="2026-11-25T10:00:00Z")
    return CloudEvent(source="/test", type="registry.application.submitted", subject=str(p.application_id),
                      data=p.model_dump(mode="json"))


async def wait_for(pred, timeout: float = 20) -> None:  # noqa: ANN001
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if await pred():
            return
        await asyncio.sleep(0.1)
    raise TimeoutError("condition not met")


async def test_always_failing_handler_dead_letters_after_retries_then_replays_once(env: Env) -> None:
    s = env.settings
    engine, sf, bus = await wired(s, env.db_url)
    attempts: list[int] = []
    applied: list[str] = []
    broken = True

    async def handler(event: CloudEvent, delivery: Delivery) -> None:
        attempts.append(delivery.attempt)
        if broken:
            raise RuntimeError("handler bug")
        async with delivery.unit_of_work() as uow:
            applied.append(event.id)
            await uow.commit()

    consumer = Consumer(bus, consumer_name="bustest", queue_name=s.queue_name(),
                        handlers={"registry.application.submitted": handler},
                        uow_factory=lambda: UnitOfWork(sf, "/test"))
    await consumer.start()
    ev = sample_event()
    assert await bus.publish(ev) is True

    async def dead() -> bool:
        return len(await list_dead_letters(s.amqp_url, s.queue_name())) == 1
    await wait_for(dead)
    assert attempts == [0, 1, 2, 3]  # first delivery + the three configured retries
    [dl] = await list_dead_letters(s.amqp_url, s.queue_name())
    assert dl["event_id"] == ev.id and "handler bug" in dl["error"] and dl["attempts"] == 3
    assert applied == []

    broken = False  # the fix is deployed
    assert await replay_dead_letters(s.amqp_url, s.queue_name(), event_id=ev.id) == 1

    async def done() -> bool:
        return applied == [ev.id]
    await wait_for(done)
    assert await list_dead_letters(s.amqp_url, s.queue_name()) == []
    # replaying the same event again (a duplicate) is absorbed by the inbox
    await bus.publish(ev)
    await asyncio.sleep(1.0)
    assert applied == [ev.id]
    async with engine.connect() as conn:
        n = (await conn.execute(text("SELECT count(*) FROM inbox WHERE event_id=:e"), {"e": ev.id})).scalar()
    assert n == 1
    await consumer.stop()
    await bus.close()
    await engine.dispose()


async def test_listing_the_dlq_returns_nothing_to_it(env: Env) -> None:
    """Issue 20: ``ipp-dlq list`` reads without requeueing — after three listings the DLQ holds the same dead
    letters in the same order, none redelivered, none with a (quorum) delivery count; a replay of one by id
    leaves the others so too."""
    s = env.settings
    bus = Bus(s)
    await bus.connect()
    try:
        assert bus.connection is not None
        ch = await bus.connection.channel()
        await bus.declare_consumer_queues(ch, s.queue_name(), ["bus.test"])
        dlq = dead_letter_queue(s.queue_name())
        for i in range(3):
            await ch.default_exchange.publish(aio_pika.Message(b"{}", message_id=f"m{i}", type="bus.test",
                                                               headers={"x-last-error": "boom"}), routing_key=dlq)
        for _ in range(3):
            listed = await list_dead_letters(s.amqp_url, s.queue_name())
            assert [d["event_id"] for d in listed] == ["m0", "m1", "m2"] and listed[0]["error"] == "boom"
        # replaying one by id leaves the others as they were too
        assert await replay_dead_letters(s.amqp_url, s.queue_name(), event_id="m1") == 1
        main = await ch.get_queue(s.queue_name())
        replayed = await main.get(no_ack=True, timeout=5)
        assert replayed.message_id == "m1" and replayed.headers["x-replayed-from-dlq"] is True
        queue = await ch.get_queue(dlq)
        for i in (0, 2):
            m = await queue.get(no_ack=True, timeout=5)
            assert m.message_id == f"m{i}" and m.redelivered is False
            assert (m.headers or {}).get("x-delivery-count", 0) == 0  # quorum: no delivery counted
        assert await queue.get(no_ack=True, fail=False) is None
        await ch.close()
    finally:
        await bus.close()


async def test_unreadable_message_goes_straight_to_dlq(env: Env) -> None:
    s = env.settings
    engine = make_engine(env.db_url)
    bus = Bus(s)
    await bus.connect()
    calls = []

    async def handler(event: CloudEvent, delivery: Delivery) -> None:
        calls.append(event)

    consumer = Consumer(bus, consumer_name="bustest", queue_name=s.queue_name(),
                        handlers={"registry.application.submitted": handler},
                        uow_factory=lambda: UnitOfWork(make_session_factory(engine), "/test"))
    await consumer.start()
    await bus.publish_message(aio_pika.Message(b"{not a cloudevent", message_id="poison-1"),
                              "registry.application.submitted")

    async def dead() -> bool:
        return len(await list_dead_letters(s.amqp_url, s.queue_name())) == 1
    await wait_for(dead)
    [dl] = await list_dead_letters(s.amqp_url, s.queue_name())
    assert dl["event_id"] == "poison-1" and "unreadable CloudEvent" in dl["error"] and dl["attempts"] == 0
    assert calls == []
    await consumer.stop()
    await bus.close()
    await engine.dispose()


async def test_waiting_events_are_applied_in_one_transaction_and_a_bad_one_fails_alone(env: Env) -> None:
    """Events that wait together are applied in one transaction (ADR 0010); an event whose handler fails
    rolls the batch back, the others are then applied one by one (each exactly once), and the bad one
    takes its retries to the DLQ alone. A duplicate inside a batch is applied once."""
    s = env.settings.model_copy(update={"consumer_batches": 1, "consumer_batch_max": 16})
    engine, sf, bus = await wired(s, env.db_url)
    gate = asyncio.Event()
    txid_of: dict[str, int] = {}  # event id -> the transaction that applied it last
    poison = sample_event()

    async def handler(event: CloudEvent, delivery: Delivery) -> None:
        await gate.wait()
        if event.id == poison.id:
            raise RuntimeError("handler bug")
        async with delivery.unit_of_work() as uow:
            uow.audit(actor="test", role="system", action="apply", resource="event", resource_id=event.id)
            txid_of[event.id] = (await (await uow.session.connection()).execute(text("SELECT txid_current()"))).scalar_one()
            await uow.commit()

    skipped = sample_event()

    async def ignores(event: CloudEvent) -> bool:
        return event.id == skipped.id
    prefetched: dict[int, list[str]] = {}  # transaction -> the events its handlers' prefetch was given

    async def prefetch(uow: UnitOfWork, events: list[CloudEvent]) -> None:
        tx = (await (await uow.session.connection()).execute(text("SELECT txid_current()"))).scalar_one()
        prefetched.setdefault(tx, []).extend(e.id for e in events)

    consumer = Consumer(bus, consumer_name="bustest", queue_name=s.queue_name(),
                        handlers={"registry.application.submitted": EventHandler(handler, ignores=ignores,
                                                                                 prefetch=prefetch)},
                        uow_factory=lambda: UnitOfWork(sf, "/test"))
    await consumer.start()
    first = sample_event()
    await bus.publish(first)  # held at the gate: the rest queue up behind it
    await wait_for(lambda: asyncio.sleep(0, result=consumer.draining))
    good = [sample_event() for _ in range(20)]
    for ev in good[:10]:
        await bus.publish(ev)
    await bus.publish(good[3])  # the same event twice, inside one batch
    await bus.publish(poison)
    await bus.publish(skipped)  # no effect here: acked without a transaction, no inbox row
    for ev in good[10:]:
        await bus.publish(ev)
    await asyncio.sleep(0.5)
    gate.set()

    async def settled() -> bool:
        return len(txid_of) == 21 and len(await list_dead_letters(s.amqp_url, s.queue_name())) == 1
    await wait_for(settled)
    await asyncio.sleep(0.5)  # anything applied twice would show now
    async with engine.connect() as conn:
        effects = dict((await conn.execute(text(
            "SELECT resource_id, count(*) FROM audit_log GROUP BY resource_id"))).all())
        inbox = (await conn.execute(text("SELECT count(*) FROM inbox"))).scalar()
    assert effects == {ev.id: 1 for ev in [first, *good]}  # every good event once, the bad one never
    assert inbox == 21  # and none for the event the handler ignores
    assert skipped.id not in txid_of
    sizes: dict[int, int] = {}
    for tx in txid_of.values():
        sizes[tx] = sizes.get(tx, 0) + 1
    assert max(sizes.values()) > 1, "no two events were applied in one transaction"
    for tx, n in sizes.items():  # a committed batch's prefetch got exactly its events, each once
        if n > 1:
            assert sorted(prefetched[tx]) == sorted(e for e, t in txid_of.items() if t == tx)
    assert skipped.id not in {e for ids in prefetched.values() for e in ids}
    [dl] = await list_dead_letters(s.amqp_url, s.queue_name())
    assert dl["event_id"] == poison.id and dl["attempts"] == 3
    await consumer.stop()
    await bus.close()
    await engine.dispose()


async def test_outbox_relay_keeps_rows_when_broker_unreachable_and_publishes_later(env: Env) -> None:
    s = env.settings
    engine = make_engine(env.db_url)
    sf = make_session_factory(engine)
    async with UnitOfWork(sf, "/test") as uow:
        p = ApplicationSubmitted(application_id=uuid.uuid4(), bin="190540001012", goods=[], site_ids=["S"],
                                 filed_at="2026-11-25T10:00:00Z")
        uow.publish(p, subject=str(p.application_id))
        await uow.commit()
    bus = Bus(s)
    await bus.connect()
    # bind a queue so the event is routable, and read it back
    ch = await bus.connection.channel()
    q = await ch.declare_queue(exclusive=True)
    await q.bind(s.exchange, "registry.application.submitted")
    await bus.close()  # broker connection gone: publishing must fail and keep the row
    relay = OutboxRelay(sf, bus, postgres=True)
    with pytest.raises(Exception):
        await relay.publish_pending()
    assert await relay.backlog() == 1
    await bus.connect()
    ch = await bus.connection.channel()
    q = await ch.declare_queue(exclusive=True)
    await q.bind(s.exchange, "registry.application.submitted")
    assert await relay.publish_pending() == 1  # the failed publish released its lease: retried at once
    assert await relay.backlog() == 0
    msg = await q.get(timeout=5)
    assert CloudEvent.from_bytes(msg.body).type == "registry.application.submitted"
    await bus.close()
    await engine.dispose()


async def test_relay_in_another_process_is_woken_by_the_outbox_trigger_not_its_poll(env: Env) -> None:
    """ADR 8: a commit that writes outbox rows NOTIFYs; a relay polling only every 60 s publishes the row
    at once. The row is written over a separate connection, as another process would."""
    from ipp_common.persistence.migration_ops import OUTBOX_NOTIFY_DDL

    s = env.settings.model_copy(update={"relay_poll_interval_s": 60.0})
    engine = make_engine(env.db_url)
    async with engine.begin() as conn:
        for statement in OUTBOX_NOTIFY_DDL:
            await conn.execute(text(statement))
    bus = Bus(s)
    await bus.connect()
    ch = await bus.connection.channel()
    q = await ch.declare_queue(exclusive=True)
    await q.bind(s.exchange, "registry.application.submitted")
    relay = OutboxRelay(make_session_factory(engine), bus, postgres=True)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    try:
        await asyncio.sleep(1.0)  # the relay has made its first (empty) pass and now waits up to 60 s
        ev = sample_event()
        writer = await asyncpg.connect(env.db_url.replace("postgresql+asyncpg://", "postgresql://"))
        await writer.execute("INSERT INTO outbox (event_id, event_type, body, created_at, attempts) "
                             "VALUES ($1, $2, $3, now(), 0)", ev.id, ev.type, ev.to_bytes().decode())
        await writer.close()
        msg = await _get(q, timeout=10)
        assert CloudEvent.from_bytes(msg.body).id == ev.id
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await bus.close()
        await engine.dispose()


async def _get(q: aio_pika.abc.AbstractQueue, timeout: float) -> aio_pika.abc.AbstractIncomingMessage:
    for _ in range(int(timeout / 0.1)):
        m = await q.get(fail=False)
        if m is not None:
            return m
        await asyncio.sleep(0.1)
    raise AssertionError("the row was not published before the relay's poll")


async def test_retention_deletes_only_expired_platform_rows(env: Env) -> None:
    """ADR 12: published outbox rows past their retention go, unpublished ones never (however old); inbox
    rows and idempotency keys past theirs go; the audit trail stays; recent rows of every kind stay."""
    from datetime import timedelta

    from ipp_common.persistence.columns import utcnow
    from ipp_common.persistence.retention import purge_platform_tables

    s = env.settings.model_copy(update={"retention_batch": 2})  # several batches per table
    engine = make_engine(env.db_url)
    now = utcnow()
    old, recent = now - timedelta(days=400), now - timedelta(hours=1)
    async with engine.begin() as conn:
        for i, (created, published) in enumerate([(old, old), (old, old), (old, old), (old, None),
                                                  (old, now - timedelta(days=6)), (recent, recent)]):
            await conn.execute(text("INSERT INTO outbox (event_id, event_type, body, created_at, published_at, "
                                    "attempts) VALUES (:e, 't', '{}', :c, :p, 0)"),
                               {"e": f"ev-{i}", "c": created, "p": published})
        for i, at in enumerate([old, old, old, now - timedelta(days=29), recent]):
            await conn.execute(text("INSERT INTO inbox (consumer, event_id, event_type, processed_at) "
                                    "VALUES ('c', :e, 't', :at)"), {"e": f"in-{i}", "at": at})
        for i, at in enumerate([old, now - timedelta(days=8), recent]):
            await conn.execute(text("INSERT INTO idempotency_key (principal, key, request_hash, status_code, "
                                    "response, created_at) VALUES ('p', :k, 'h', 202, '{}', :at)"),
                               {"k": f"k-{i}", "at": at})
        await conn.execute(text("INSERT INTO audit_log (actor, role, action, resource, resource_id, at, detail) "
                                "VALUES ('a', 'officer', 'x', 'y', 'z', :at, '{}')"), {"at": old})
    deleted = await purge_platform_tables(make_session_factory(engine), s, now)
    assert deleted == {"outbox": 3, "inbox": 3, "idempotency_key": 2}
    async with engine.connect() as conn:
        left = [r[0] for r in await conn.execute(text("SELECT event_id FROM outbox ORDER BY id"))]
        assert left == ["ev-3", "ev-4", "ev-5"]  # unpublished (400 days old), published 6 days ago, recent
        assert [r[0] for r in await conn.execute(text("SELECT event_id FROM inbox ORDER BY event_id"))] == \
            ["in-3", "in-4"]
        assert [r[0] for r in await conn.execute(text("SELECT key FROM idempotency_key"))] == ["k-2"]
        assert (await conn.execute(text("SELECT count(*) FROM audit_log"))).scalar() == 1
    assert await purge_platform_tables(make_session_factory(engine), s, now) == \
        {"outbox": 0, "inbox": 0, "idempotency_key": 0}
    await engine.dispose()


async def test_platform_rows_of_several_tables_in_one_statement_read_back_as_written(env: Env) -> None:
    """The one-statement write (CTEs over unnest arrays) stores what the per-table INSERTs store: JSON as
    JSON, NULLs as NULL, times with their zone — and a duplicate idempotency key still fails the whole write."""
    from ipp_common.persistence.audit import audit_row
    from ipp_common.persistence.columns import utcnow
    from ipp_common.persistence.row_writer import write_appended_rows
    from ipp_common.persistence.tables import AUDIT_TABLE, IDEMPOTENCY_TABLE, OUTBOX_TABLE
    from sqlalchemy.exc import IntegrityError

    engine = make_engine(env.db_url)
    now = utcnow()
    detail = {"status": 202, "nested": {"ключ": "значение", "list": [1, None, "x"]}}
    rows = {OUTBOX_TABLE: [{"event_id": f"one-{i}", "event_type": "t", "body": '{"a": 1}', "created_at": now,
                            "published_at": None, "routed": None, "attempts": 0, "last_error": None} for i in (1, 2)],
            AUDIT_TABLE: [audit_row(actor="a", role="officer", action="x", resource="r", resource_id="1",
                                    detail=detail), audit_row(actor="b", role="applicant", action="y", resource="r",
                                                              resource_id="2", actor_bin="190540001012")],
            IDEMPOTENCY_TABLE: [{"principal": "p", "key": "k1", "request_hash": "h", "status_code": 202,
                                 "response": {"id": "x", "n": 1.5}, "created_at": now}]}
    async with engine.begin() as conn:
        await write_appended_rows(conn, rows)
    async with engine.connect() as conn:
        out = (await conn.execute(text("SELECT event_id, published_at, routed, attempts, created_at FROM outbox "
                                       "ORDER BY event_id"))).all()
        assert [tuple(r) for r in out] == [("one-1", None, None, 0, now), ("one-2", None, None, 0, now)]
        audit = (await conn.execute(text("SELECT actor, actor_bin, detail FROM audit_log ORDER BY actor"))).all()
        assert [tuple(r) for r in audit] == [("a", None, detail), ("b", "190540001012", {})]
        idem = (await conn.execute(text("SELECT status_code, response FROM idempotency_key"))).one()
        assert tuple(idem) == (202, {"id": "x", "n": 1.5})
    rows[OUTBOX_TABLE] = [{**rows[OUTBOX_TABLE][0], "event_id": "one-3"}]
    with pytest.raises(IntegrityError):  # the same idempotency key again: nothing of this write stays
        async with engine.begin() as conn:
            await write_appended_rows(conn, rows)
    async with engine.connect() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM outbox"))).scalar() == 2
    await engine.dispose()


async def test_a_unit_of_work_that_only_appends_commits_in_one_statement_with_its_claim(env: Env) -> None:
    """A prechecked event's handler that only appends rows commits them with the event's inbox claim as one
    statement outside an explicit transaction; the same event again writes nothing and is AlreadyApplied.
    With an ORM change the claim and the rows still commit in the session's one transaction."""
    import sqlalchemy as sa
    from ipp_common.persistence.audit import audit_row
    from ipp_common.persistence.tables import AUDIT_TABLE, InboxMessage
    from ipp_common.persistence.unit_of_work import AlreadyApplied

    engine = make_engine(env.db_url)
    statements: list[str] = []
    sa.event.listen(engine.sync_engine, "before_cursor_execute",
                    lambda _c, _cur, sql, *_: statements.append(sql.split()[0]))
    sf = make_session_factory(engine)

    def delivery(event_id: str) -> Delivery:
        ev = sample_event().model_copy(update={"id": event_id})
        return Delivery(ev, "c1", lambda: UnitOfWork(sf, "/test"), 0, claim_at_commit=True)

    async def handle(d: Delivery, actor: str, orm_row: bool = False) -> None:
        async with d.unit_of_work() as uow:
            uow.publish(ApplicationSubmitted(application_id=uuid.uuid4(), bin="190540001012", goods=[],
                                             site_ids=[], filed_at="2026-11-25T10:00:00Z"), subject="s")
            uow.append_row(AUDIT_TABLE, audit_row(actor=actor, role="officer", action="a", resource="r",
                                                  resource_id="1"))
            if orm_row:
                uow.session.add(InboxMessage(consumer="other", event_id=actor, event_type="t"))
            await uow.commit()

    async def count(sql: str) -> int:
        async with engine.connect() as conn:
            return (await conn.execute(text(sql))).scalar()

    await handle(delivery("e1"), "first")
    assert statements == ["WITH"]  # claim, outbox row and audit row: one statement, no BEGIN/COMMIT
    with pytest.raises(AlreadyApplied):
        await handle(delivery("e1"), "again")
    assert (await count("SELECT count(*) FROM outbox"), await count("SELECT count(*) FROM audit_log")) == (1, 1)

    statements.clear()
    await handle(delivery("e2"), "with-orm", orm_row=True)
    assert len(statements) > 1  # the session's transaction: claim, rows, the ORM insert
    with pytest.raises(AlreadyApplied):
        await handle(delivery("e2"), "with-orm-again", orm_row=True)
    assert await count("SELECT count(*) FROM audit_log WHERE actor LIKE 'with-orm%'") == 1
    assert await count("SELECT count(*) FROM inbox WHERE consumer = 'other'") == 1
    assert await count("SELECT count(*) FROM inbox WHERE consumer = 'c1'") == 2
    await engine.dispose()


async def test_a_prechecking_consumer_looks_up_only_what_may_have_been_delivered_before(env: Env) -> None:
    """A consumer whose handler calls the outside world first (precheck_inbox) looks a redelivered or
    retried event up and skips it when applied; a first delivery goes to the handler, and a duplicate that a
    relay published twice is stopped by the claim at commit — its effect stays single."""
    from ipp_common.messaging.delivery import RETRY_HEADER

    s = env.settings
    engine, sf, bus = await wired(s, env.db_url)
    calls: list[str] = []

    async def handler(event: CloudEvent, delivery: Delivery) -> None:
        calls.append(event.id)  # the outside world is asked here, before the transaction
        async with delivery.unit_of_work() as uow:
            uow.audit(actor="test", role="system", action="apply", resource="event", resource_id=event.id)
            await uow.commit()

    consumer = Consumer(bus, consumer_name="bustest", queue_name=s.queue_name(),
                        handlers={"registry.application.submitted": handler},
                        uow_factory=lambda: UnitOfWork(sf, "/test"), precheck_inbox=True)
    await consumer.start()
    ev = sample_event()

    async def inbox() -> int:
        async with engine.connect() as conn:
            return (await conn.execute(text("SELECT count(*) FROM inbox"))).scalar()

    async def inbox_is(n: int) -> bool:
        return await inbox() == n

    async def publish(headers: dict | None = None) -> None:
        await bus.publish_message(aio_pika.Message(ev.to_bytes(), message_id=ev.id, type=ev.type,
                                                   headers=headers or {}), s.queue_name(), exchange="")
    await publish()
    await wait_for(lambda: asyncio.sleep(0, result=len(calls) == 1))
    await wait_for(lambda: inbox_is(1))
    await publish()  # published twice: a first delivery again — the handler runs, its commit writes nothing
    await wait_for(lambda: asyncio.sleep(0, result=len(calls) == 2))
    await publish({RETRY_HEADER: 1})  # a retry: looked up, applied already, acked without the handler
    await asyncio.sleep(1.0)
    async with engine.connect() as conn:
        effects = (await conn.execute(text("SELECT count(*) FROM audit_log"))).scalar()
    assert (len(calls), effects, await inbox()) == (2, 1, 1)
    await consumer.stop()
    await bus.close()
    await engine.dispose()


def outbox(event_id: str) -> dict[str, Any]:
    """An outbox row as a unit of work appends it."""
    from ipp_common.persistence.columns import utcnow

    return {"event_id": event_id, "event_type": "t", "body": "{}", "created_at": utcnow(), "published_at": None,
            "routed": None, "attempts": 0, "last_error": None}


async def _engine_with(url: str, table: Any) -> Any:
    """An engine on ``url`` with ``table`` and the outbox created."""
    from ipp_common.persistence.tables import OUTBOX_TABLE

    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(table.metadata.create_all)
        await conn.run_sync(OUTBOX_TABLE.create, checkfirst=True)
    return engine


async def test_merged_rows_never_move_a_row_back_to_an_older_state(env: Env, tmp_path: Any) -> None:
    """A table declared ``merge_on(key, newer)``: an appended row with a key already stored replaces that
    row when its ``newer`` column is not lower and is dropped when it is — in the one-statement write with
    other tables, in a table's own INSERT, and on SQLite as on PostgreSQL."""
    import sqlalchemy as sa
    from ipp_common.persistence.row_writer import write_appended_rows
    from ipp_common.persistence.tables import OUTBOX_TABLE, merge_on

    state = sa.Table("merge_probe", sa.MetaData(), sa.Column("k", sa.String(20), primary_key=True),
                     sa.Column("seq", sa.Integer, nullable=False), sa.Column("what", sa.String(20)))
    merge_on(state, key=("k",), newer="seq")

    for url in (env.db_url, f"sqlite+aiosqlite:///{tmp_path}/merge.db"):
        engine = await _engine_with(url, state)
        writes = [{state: [{"k": "a", "seq": 5, "what": "five"}, {"k": "b", "seq": 1, "what": "one"}]},
                  {state: [{"k": "a", "seq": 3, "what": "three"}], OUTBOX_TABLE: [outbox("m-1")]},  # older: 5 stays
                  {state: [{"k": "b", "seq": 2, "what": "two"}], OUTBOX_TABLE: [outbox("m-2")]},  # newer: replaces
                  {state: [{"k": "a", "seq": 5, "what": "five again"}]},  # the same sequence: replaces
                  {state: [{"k": "a", "seq": 4, "what": "four"}]}]  # older, alone: 5 stays
        for rows in writes:
            async with engine.begin() as conn:
                await write_appended_rows(conn, rows)
        async with engine.connect() as conn:
            got = {r.k: (r.seq, r.what) for r in await conn.execute(sa.select(state))}
            assert got == {"a": (5, "five again"), "b": (2, "two")}, url
            assert (await conn.execute(sa.text("SELECT count(*) FROM outbox"))).scalar() == 2  # the others stayed
        await engine.dispose()


async def test_compare_and_set_at_commit_lets_one_of_two_writers_win(env: Env, tmp_path: Any) -> None:
    """A ``versioned`` table's row set at commit: updated (version + 1) only if its version is still the
    one read; otherwise the write raises StaleVersion and, rolled back, leaves nothing of itself — on
    PostgreSQL in the one statement with the other rows, on SQLite row by row."""
    import sqlalchemy as sa
    from ipp_common.persistence.row_writer import StaleVersion, write_appended_rows
    from ipp_common.persistence.tables import OUTBOX_TABLE, versioned

    t = sa.Table("cas_probe", sa.MetaData(), sa.Column("id", sa.Uuid, primary_key=True),
                 sa.Column("version", sa.Integer, nullable=False), sa.Column("status", sa.String(20)),
                 sa.Column("reasons", sa.JSON))
    versioned(t, key="id", version="version")
    a, b = uuid.uuid4(), uuid.uuid4()

    for url in (env.db_url, f"sqlite+aiosqlite:///{tmp_path}/cas.db"):
        engine = await _engine_with(url, t)
        async with engine.begin() as conn:
            await conn.execute(sa.insert(t), [{"id": a, "version": 1, "status": "new", "reasons": []},
                                              {"id": b, "version": 1, "status": "new", "reasons": []}])
        async with engine.begin() as conn:  # both read at version 1: both move on
            await write_appended_rows(conn, {OUTBOX_TABLE: [outbox("c-1")]}, {t: [
                {"id": a, "version": 1, "status": "won", "reasons": [{"code": "x"}]},
                {"id": b, "version": 1, "status": "won", "reasons": []}]})
        with pytest.raises(StaleVersion):  # a second writer that read a at version 1 too
            async with engine.begin() as conn:
                await write_appended_rows(conn, {OUTBOX_TABLE: [outbox("c-2")]}, {t: [
                    {"id": b, "version": 2, "status": "next", "reasons": []},
                    {"id": a, "version": 1, "status": "lost", "reasons": []}]})
        async with engine.connect() as conn:
            rows = {r.id: (r.version, r.status, r.reasons) for r in await conn.execute(sa.select(t))}
            assert rows == {a: (2, "won", [{"code": "x"}]), b: (2, "won", [])}, url  # b's update went back too
            assert [r[0] for r in await conn.execute(sa.text("SELECT event_id FROM outbox"))] == ["c-1"], url
        # one row alone (sent as plain values, not one-element arrays): the same rule
        async with engine.begin() as conn:
            await write_appended_rows(conn, {OUTBOX_TABLE: [outbox("c-3")]}, {t: [
                {"id": a, "version": 2, "status": "again", "reasons": [{"code": "y"}]}]})
        with pytest.raises(StaleVersion):
            async with engine.begin() as conn:
                await write_appended_rows(conn, {OUTBOX_TABLE: [outbox("c-4")]}, {t: [
                    {"id": a, "version": 2, "status": "stale", "reasons": []}]})
        async with engine.connect() as conn:
            assert (await conn.execute(sa.select(t.c.version, t.c.status, t.c.reasons).where(t.c.id == a))).one() \
                == (3, "again", [{"code": "y"}]), url
            assert sorted(r[0] for r in await conn.execute(sa.text("SELECT event_id FROM outbox"))) == ["c-1", "c-3"]
        await engine.dispose()


async def test_claimed_rows_are_leased_and_a_dead_relays_rows_are_published_when_the_lease_ends(
        env: Env, tmp_path: Any) -> None:
    """ADR 16: a relay claims rows by leasing them, not by holding a transaction open while the broker
    confirms. Rows another relay leased (and died holding, after publishing) are left alone until the
    lease ends, then published in their commit order — on PostgreSQL (SKIP LOCKED) and on SQLite."""
    import sqlalchemy as sa
    from ipp_common.messaging.relay import _CLAIM
    from ipp_common.persistence.columns import utcnow
    from ipp_common.persistence.tables import OUTBOX_TABLE

    s = env.settings.model_copy(update={"relay_lease_s": 1.5, "relay_publish_timeout_s": 1.0})
    bus = Bus(s)
    await bus.connect()
    ch = await bus.connection.channel()
    q = await ch.declare_queue(exclusive=True)
    await q.bind(s.exchange, "t")
    try:
        for url in (env.db_url, f"sqlite+aiosqlite:///{tmp_path}/lease.db"):
            engine = await _engine_with(url, OUTBOX_TABLE)
            ids = [str(uuid.uuid4()) for _ in range(3)]
            async with engine.begin() as conn:
                await conn.execute(sa.insert(OUTBOX_TABLE), [outbox(i) for i in ids])
                # a relay claims the first two and dies before marking them (as after its publish)
                now = utcnow()
                dead = await conn.execute(_CLAIM, {"now": now, "n": 2, "until": now + timedelta(seconds=1.5)})
                assert len(dead.all()) == 2
            relay = OutboxRelay(make_session_factory(engine), bus, postgres=url.startswith("postgresql"))
            assert await relay.publish_pending() == 1, url  # only the free row
            assert (await _get(q, 5)).message_id == ids[2]
            assert await relay.publish_pending() == 0, url  # the others are still leased
            await asyncio.sleep(1.6)
            assert await relay.publish_pending() == 2, url  # lease over: published again, oldest first
            assert [(await _get(q, 5)).message_id for _ in range(2)] == ids[:2], url
            assert await relay.backlog() == 0
            await engine.dispose()
    finally:
        await bus.close()


async def bus_and_listener(s: ServiceSettings) -> tuple[Bus, aio_pika.abc.AbstractQueue]:
    """A connected bus and a queue of its own that receives what it publishes as an application filed."""
    bus = Bus(s)
    await bus.connect()
    q = await (await bus.connection.channel()).declare_queue(exclusive=True)
    await q.bind(s.exchange, "registry.application.submitted")
    return bus, q


async def test_stored_events_are_published_each_with_its_own_confirm(env: Env) -> None:
    """The relay's batch goes out with every publish in flight at once through aio-pika's public API; each
    event gets its own confirm — routed ones True, an unroutable one (no queue bound to its type:
    ``mandatory``) False — and they arrive in order with their headers."""
    bus, q = await bus_and_listener(env.settings)
    try:
        events = [sample_event() for _ in range(5)]
        items: list[Any] = [(e.to_bytes(), e.type, e.id, f"00-{uuid.uuid4().hex}-{'1' * 16}-01") for e in events]
        items.insert(2, (b"{}", "nobody.listens.to.this", uuid.uuid4().hex, None))
        assert await bus.publish_stored(items) == [True, True, False, True, True, True]
        received = [await q.get(timeout=5) for _ in events]
        assert [m.message_id for m in received] == [e.id for e in events]
        assert [m.headers["traceparent"] for m in received] == [i[3] for i in items if i[1] != "nobody.listens.to.this"]
        assert all(m.type == "registry.application.submitted" and m.delivery_mode == 2 for m in received)
        assert await bus.publish_stored([]) == []
        await bus.close()
        with pytest.raises(Exception):
            await bus.publish_stored(items)  # a closed channel refuses the batch: the relay then releases its rows
    finally:
        await bus.close()


async def test_a_batch_cancelled_while_it_waits_for_its_confirms_leaves_the_channel_usable(env: Env) -> None:
    """A relay stopped mid-batch (its task cancelled while the broker confirms): what was handed over is
    published all the same, and the next batch on the same channel is confirmed event by event as itself."""
    bus, q = await bus_and_listener(env.settings)
    try:
        events = [sample_event() for _ in range(3)]
        task = asyncio.create_task(bus.publish_stored([(e.to_bytes(), e.type, e.id, None) for e in events]))
        await asyncio.sleep(0.001)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        later = [sample_event() for _ in range(3)]
        items: list[Any] = [(e.to_bytes(), e.type, e.id, None) for e in later]
        items.insert(1, (b"{}", "nobody.listens.to.this", uuid.uuid4().hex, None))
        assert await bus.publish_stored(items, timeout=10) == [True, False, True, True]
        got = set()
        await asyncio.sleep(0.5)
        while (m := await q.get(fail=False)) is not None:
            got.add(m.message_id)
        assert {e.id for e in later} <= got <= {e.id for e in events + later}
    finally:
        await bus.close()


async def auditing_consumer(bus: Bus, s: ServiceSettings, sf: Any, hold: Any) -> tuple[Consumer, list[str]]:
    """A started consumer whose handler first waits for the event ``hold(event)`` returns (if any), then
    writes one audit row for the event and records its id in the returned list."""
    applied: list[str] = []

    async def handler(event: CloudEvent, delivery: Delivery) -> None:
        gate = hold(event)
        if gate is not None:
            await gate.wait()
        async with delivery.unit_of_work() as uow:
            uow.audit(actor="test", role="system", action="apply", resource="event", resource_id=event.id)
            await uow.commit()
        applied.append(event.id)

    consumer = Consumer(bus, consumer_name="bustest", queue_name=s.queue_name(),
                        handlers={"registry.application.submitted": handler},
                        uow_factory=lambda: UnitOfWork(sf, "/test"))
    await consumer.start()
    return consumer, applied


async def stopped_all_acked_each_applied_once(consumer: Consumer, bus: Bus, s: ServiceSettings, engine: Any,
                                              events: list[CloudEvent]) -> None:
    """Stop the consumer (closing its channel requeues whatever it left unacked): the queue must be empty and
    each event applied exactly once (one audit row)."""
    await consumer.stop()
    declared = await (await bus.connection.channel()).declare_queue(s.queue_name(), passive=True)
    assert declared.declaration_result.message_count == 0
    async with engine.connect() as conn:
        effects = dict((await conn.execute(text(
            "SELECT resource_id, count(*) FROM audit_log GROUP BY resource_id"))).all())
    assert effects == {ev.id: 1 for ev in events}


async def test_a_committed_batch_is_acked_with_one_frame_unless_an_earlier_delivery_is_still_unacked(
        env: Env) -> None:
    """ADR 0018: a batch whose events were all committed is acked by one ``multiple`` ack up to its highest
    delivery tag — but only when no earlier delivery of the channel is still being applied, which such an
    ack would acknowledge before its commit; then each event is acked alone. Either way every event is
    applied once and nothing stays unacked (closing the channel requeues nothing)."""
    from amqp_wire import AmqpWire

    wire = AmqpWire(env.settings.amqp_url)  # the acks, read from what the consumer writes to the broker
    s = env.settings.model_copy(update={"consumer_batches": 2, "consumer_batch_max": 8, "prefetch": 64,
                                        "amqp_url": await wire.start()})
    engine, sf, bus = await wired(s, env.db_url)
    gates: dict[str, asyncio.Event] = {}
    consumer, applied = await auditing_consumer(bus, s, sf, lambda ev: gates.get(ev.id))
    acks = wire.acks

    async def until_applied(n: int) -> None:
        await wait_for(lambda: asyncio.sleep(0, result=len(applied) == n))

    async def hold_one_then_publish(n: int) -> tuple[CloudEvent, list[CloudEvent]]:
        held = sample_event()
        gates[held.id] = asyncio.Event()
        await bus.publish(held)
        await wait_for(lambda: asyncio.sleep(0, result=consumer.batches_in_flight == 1))
        behind = [sample_event() for _ in range(n)]
        for ev in behind:
            await bus.publish(ev)
        return held, behind

    # 1. one event held alone; seven wait behind it and then go as one batch with nothing earlier unacked
    first, batch = await hold_one_then_publish(7)
    await wait_for(lambda: asyncio.sleep(0, result=consumer.waiting == 7))
    gates[first.id].set()
    await until_applied(8)
    await asyncio.sleep(0.2)
    assert acks == [(1, False), (8, True)]  # the held one alone, then the batch of seven with one frame

    # 2. one event held; a full batch after it commits first and must not ack the held one with it
    held, later = await hold_one_then_publish(8)
    await until_applied(16)
    await asyncio.sleep(0.2)
    assert acks[2:] == [(t, False) for t in range(10, 18)]  # one each: delivery 9 is still being applied
    gates[held.id].set()
    await until_applied(17)
    await asyncio.sleep(0.2)
    assert acks[-1] == (9, False)

    await stopped_all_acked_each_applied_once(consumer, bus, s, engine, [first, *batch, held, *later])
    await bus.close()
    await engine.dispose()
    await wire.close()


async def test_a_batch_whose_channel_closed_before_its_ack_leaves_later_batches_acked(env: Env) -> None:
    """The broker closes the consumer's channel while a batch is being applied (here: an ack of an unknown
    delivery tag, a channel error; in life a broker restart). The batch's ack fails quietly, the robust
    channel comes back, the broker redelivers, the inbox absorbs the duplicates — and batches on the new
    channel are acked again (a delivery of the dead channel must not hold up the acks of the new one)."""
    s = env.settings.model_copy(update={"consumer_batches": 2, "consumer_batch_max": 8, "prefetch": 64})
    engine, sf, bus = await wired(s, env.db_url)
    gate = asyncio.Event()
    consumer, applied = await auditing_consumer(bus, s, sf, lambda ev: gate)
    first = [sample_event() for _ in range(8)]
    for ev in first:
        await bus.publish(ev)
    await wait_for(lambda: asyncio.sleep(0, result=consumer.waiting == 7))  # one held alone, seven behind
    old = await consumer.channel.get_underlay_channel()
    with contextlib.suppress(Exception):
        await old.basic_ack(10_000)  # unknown tag: the broker closes the channel
    await wait_for(lambda: asyncio.sleep(0, result=old.is_closed))
    gate.set()
    later = [sample_event() for _ in range(12)]
    await wait_for(lambda: asyncio.sleep(0, result=len(set(applied)) == 8))
    for ev in later:
        await bus.publish(ev)
    await wait_for(lambda: asyncio.sleep(0, result=len(set(applied)) == 20))
    await asyncio.sleep(1)  # redeliveries settle
    await stopped_all_acked_each_applied_once(consumer, bus, s, engine, [*first, *later])
    await bus.close()
    await engine.dispose()


def manifest_policies(service: str) -> list[dict[str, Any]]:
    """The RabbitMQ Policy objects the production overlay (deploy/k8s) gives ``service``."""
    from manifests import render

    return [d for d in render("prod") if d["kind"] == "Policy" and d["metadata"]["labels"]["service"] == service]


async def test_quorum_policies_of_the_manifests_dead_letter_a_message_no_consumer_survives(infra) -> None:  # noqa: ANN001
    """Issue 20: the RabbitMQ policies that deploy/k8s/platform.yaml gives a service's quorum queues, applied
    here to a test queue: a message whose consumer never acks it (killed while handling it, again and again)
    is dead-lettered to the DLQ after the delivery limit, and browsing the DLQ more often than that limit
    (ipp-dlq list) never drops a dead letter."""
    import json
    import re

    policies = manifest_policies("registry")
    assert {p["spec"]["applyTo"] for p in policies} == {"queues"} and len(policies) == 2
    tag = "q" + uuid.uuid4().hex[:8]
    s = ServiceSettings(service_name="registry", amqp_url=infra.amqp_url, exchange=f"ipp-test-{tag}.events",
                        queue_prefix=f"ipp-test-{tag}", queue_type="quorum", retry_delays_ms=[100])
    q = s.queue_name()
    names = []
    for p in policies:  # the manifest's pattern and targets, moved to this test's queue names
        spec = p["spec"]
        name, pattern = f"{tag}-{spec['name']}", spec["pattern"].replace(r"^ipp\.registry", "^" + re.escape(q))
        definition = {k: (f"{q}.dlq" if k == "dead-letter-routing-key" else v) for k, v in spec["definition"].items()}
        await asyncio.to_thread(infra.rabbitmqctl, "set_policy", "--apply-to", spec["applyTo"], "--priority",
                                str(spec["priority"]), name, pattern, json.dumps(definition))
        names.append(name)
    limit = next(p["spec"]["definition"]["delivery-limit"] for p in policies
                 if "delivery-limit" in p["spec"]["definition"])
    bus = Bus(s)
    await bus.connect()
    try:
        assert bus.connection is not None
        ch = await bus.connection.channel()
        await bus.declare_consumer_queues(ch, q, ["bus.test"])
        await asyncio.sleep(1)  # policies apply asynchronously
        await ch.default_exchange.publish(aio_pika.Message(b"{}", message_id="m1"), routing_key=q)
        queue = await ch.get_queue(q)
        deliveries = 0
        for _ in range(limit + 10):
            m = await queue.get(no_ack=False, fail=False, timeout=5)
            if m is None:
                await asyncio.sleep(0.2)
                if (m := await queue.get(no_ack=False, fail=False, timeout=5)) is None:
                    break
            deliveries += 1
            await m.nack(requeue=True)  # what the broker does when the consumer's connection dies unacked
        assert deliveries >= limit

        async def parked() -> list[dict[str, Any]]:
            return await list_dead_letters(infra.amqp_url, q)
        for _ in range(20):
            if await parked():
                break
            await asyncio.sleep(0.2)
        for _ in range(limit + 2):  # browsing more often than the limit drops nothing
            assert [d["event_id"] for d in await parked()] == ["m1"]
        await ch.close()
    finally:
        conn = await aio_pika.connect(infra.amqp_url)
        ch = await conn.channel()
        for name in [q, dead_letter_queue(q), retry_queue(q, 1)]:
            await ch.queue_delete(name)
        await ch.exchange_delete(s.exchange)
        await conn.close()
        await bus.close()
        for name in names:
            await asyncio.to_thread(infra.rabbitmqctl, "clear_policy", name)
