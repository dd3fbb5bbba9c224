"""``ipp-dlq``: list and replay dead-lettered events of a service's queue.

    ipp-dlq list --service registry
    ipp-dlq replay --service registry --id <event-id>
    ipp-dlq replay --service registry --all

Replay moves the message back to the service's main queue with its retry count reset, with publisher
confirms, and only then removes it from the DLQ.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

import aio_pika

from ipp_common.messaging.bus import dead_letter_queue
from ipp_common.messaging.delivery import RETRY_HEADER
from ipp_common.service.settings import ServiceSettings


async def list_dead_letters(amqp_url: str, queue_name: str, limit: int = 1000) -> list[dict[str, Any]]:
    """The dead letters of a queue, oldest first, read without returning any to the queue: each one read is
    published again at the DLQ's tail (publisher confirms) and only then acknowledged, so after a listing the
    DLQ holds the same messages, none marked redelivered and none with a quorum queue's delivery count raised
    (a requeue would do both, and a delivery limit on the DLQ would then drop them). Only the messages there
    when the listing starts are read. Stopped between the confirm and the ack, a listing leaves one message
    twice; replaying both is harmless (the consumer's inbox applies an event once)."""
    conn = await aio_pika.connect(amqp_url)
    try:
        ch = await conn.channel(publisher_confirms=True)
        q = await ch.declare_queue(dead_letter_queue(queue_name), passive=True)
        waiting = q.declaration_result.message_count or 0
        out = []
        for _ in range(min(waiting, limit)):
            m = await q.get(no_ack=False, fail=False)
            if m is None:
                break
            h = m.headers or {}
            out.append({"event_id": m.message_id, "type": m.type, "error": h.get("x-last-error"),
                        "failed_at": h.get("x-failed-at"), "attempts": h.get(RETRY_HEADER),
                        "consumer": h.get("x-consumer")})
            await ch.default_exchange.publish(_copy(m, h), routing_key=q.name, mandatory=True)
            await m.ack()
        await ch.close()
        return out
    finally:
        await conn.close()


def _copy(m: aio_pika.abc.AbstractIncomingMessage, headers: dict[str, Any]) -> aio_pika.Message:
    """The dead letter as a new message: the same body and properties, without the broker's delivery count."""
    return aio_pika.Message(body=m.body, headers={k: v for k, v in headers.items() if k != "x-delivery-count"},
                            content_type=m.content_type, message_id=m.message_id, type=m.type,
                            timestamp=m.timestamp, delivery_mode=aio_pika.DeliveryMode.PERSISTENT)


async def replay_dead_letters(amqp_url: str, queue_name: str, event_id: str | None = None,
                              limit: int = 100000) -> int:
    conn = await aio_pika.connect(amqp_url)
    replayed = 0
    try:
        ch = await conn.channel(publisher_confirms=True)
        q = await ch.get_queue(dead_letter_queue(queue_name), ensure=True)
        for _ in range(limit):
            m = await q.get(no_ack=False, fail=False)
            if m is None:
                break
            if event_id is not None and m.message_id != event_id:
                continue  # left unacked: back to the DLQ when the channel closes
            headers = {k: v for k, v in (m.headers or {}).items() if k != RETRY_HEADER}
            headers["x-replayed-from-dlq"] = True
            await ch.default_exchange.publish(
                aio_pika.Message(body=m.body, headers=headers, content_type=m.content_type,
                                 message_id=m.message_id, type=m.type,
                                 delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                routing_key=queue_name, mandatory=True)
            await m.ack()
            replayed += 1
        await ch.close()
        return replayed
    finally:
        await conn.close()


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
