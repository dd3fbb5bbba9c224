"""``ipp-dlq``: list and replay dead-lettered events of a service's queue.

    ipp-dlq list --service registry
    ipp-dlq replay --service registry --id <event-id>
    ipp-dlq replay --service registry --all

Replay moves the message back to the service's main queue with its retry count reset, with publisher
confirms, and only then removes it from the DLQ. Neither listing nor replay returns a message to the DLQ by
requeueing it (``_move``).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import AsyncIterator
from typing import Any

import aio_pika
from aio_pika.abc import AbstractChannel

from ipp_common.core.settings import ServiceSettings
from ipp_common.messaging.bus import dead_letter_queue
from ipp_common.messaging.delivery import RETRY_HEADER


async def list_dead_letters(amqp_url: str, queue_name: str, limit: int = 1000) -> list[dict[str, Any]]:
    """The dead letters of a queue, oldest first, each left in the DLQ as it was (``_move`` back to its tail)."""
    conn = await aio_pika.connect(amqp_url)
    try:
        ch = await conn.channel(publisher_confirms=True)
        out = []
        async for m in _dead_letters(ch, queue_name, limit):
            h = m.headers or {}
            out.append({"event_id": m.message_id, "type": m.type, "error": h.get("x-last-error"),
                        "failed_at": h.get("x-failed-at"), "attempts": h.get(RETRY_HEADER),
                        "consumer": h.get("x-consumer")})
            await _move(ch, m, dead_letter_queue(queue_name), h)
        await ch.close()
        return out
    finally:
        await conn.close()


async def replay_dead_letters(amqp_url: str, queue_name: str, event_id: str | None = None,
                              limit: int = 100000) -> int:
    """Move dead letters (all, or the one with ``event_id``) back to the service's queue, their retry count
    reset; the others stay in the DLQ as they were."""
    conn = await aio_pika.connect(amqp_url)
    replayed = 0
    try:
        ch = await conn.channel(publisher_confirms=True)
        async for m in _dead_letters(ch, queue_name, limit):
            h = m.headers or {}
            if event_id is not None and m.message_id != event_id:
                await _move(ch, m, dead_letter_queue(queue_name), h)
                continue
            await _move(ch, m, queue_name, {**{k: v for k, v in h.items() if k != RETRY_HEADER},
                                            "x-replayed-from-dlq": True})
            replayed += 1
        await ch.close()
        return replayed
    finally:
        await conn.close()


async def _dead_letters(ch: AbstractChannel, queue_name: str,
                        limit: int) -> AsyncIterator[aio_pika.abc.AbstractIncomingMessage]:
    """The dead letters waiting when this starts (at most ``limit``), each to be ``_move``d by the caller: a
    message moved back to the DLQ's tail is not read twice."""
    q = await ch.declare_queue(dead_letter_queue(queue_name), passive=True)
    for _ in range(min(q.declaration_result.message_count or 0, limit)):
        m = await q.get(no_ack=False, fail=False)
        if m is None:
            return
        yield m


async def _move(ch: AbstractChannel, m: aio_pika.abc.AbstractIncomingMessage, routing_key: str,
                headers: dict[str, Any]) -> None:
    """Publish the message anew to ``routing_key`` (the same body and properties, these headers, without the
    broker's delivery count) and, once the broker confirms, acknowledge the original. Never a requeue: that
    would mark it redelivered and count a delivery on a quorum queue. Stopped between the confirm and the ack,
    the message is left twice; the consumer's inbox applies an event once."""
    await ch.default_exchange.publish(
        aio_pika.Message(body=m.body, headers={k: v for k, v in headers.items() if k != "x-delivery-count"},
                         content_type=m.content_type, message_id=m.message_id, type=m.type, timestamp=m.timestamp,
                         delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
        routing_key=routing_key, mandatory=True)
    await m.ack()


def main(argv: list[str] | None = None) -> None:
    s = ServiceSettings()
    p = argparse.ArgumentParser(prog="ipp-dlq", description="Inspect and replay dead-lettered events.")
    p.add_argument("action", choices=["list", "replay"])
    p.add_argument("--service", help="service whose queue to use (queue = <prefix>.<service>)")
    p.add_argument("--queue", help="the main queue name, instead of --service")
    p.add_argument("--id", help="replay only the event with this id")
    p.add_argument("--all", action="store_true", help="replay every dead letter")
    p.add_argument("--amqp-url", default=s.amqp_url)
    a = p.parse_args(argv)
    queue = a.queue or (f"{s.queue_prefix}.{a.service}" if a.service else None)
    if not queue:
        p.error("give --service or --queue")
    if a.action == "list":
        rows = asyncio.run(list_dead_letters(a.amqp_url, queue))
        print(json.dumps(rows, indent=2, default=str))
        print(f"{len(rows)} dead letter(s) in {dead_letter_queue(queue)}", file=sys.stderr)
    else:
        if not a.id and not a.all:
            p.error("replay needs --id or --all")
        n = asyncio.run(replay_dead_letters(a.amqp_url, queue, a.id))
        print(f"replayed {n} message(s) to {queue}")


if __name__ == "__main__":
    main()
