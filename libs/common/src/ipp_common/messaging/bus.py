"""The message bus on aio-pika (RabbitMQ).

Topology, declared idempotently by every service at start:
- one durable topic exchange for domain events (routing key = event type);
- per consuming service a durable queue ``<prefix>.<service>`` bound to the types it handles, classic or
  quorum (setting); replicas of a service share it (competing consumers);
- retry queues ``<queue>.retry.<n>``: no consumers, a message TTL of the n-th back-off delay, and the
  main queue as dead-letter target, so a failed message comes back after the delay;
- a dead-letter queue ``<queue>.dlq`` that an operator inspects and replays (``ipp-dlq``).

Publishing goes through aio-pika's public API only, with publisher confirms and ``mandatory``; a returned
(unroutable) message is reported to the caller. Consuming acks manually, only after the handler's
transaction committed (see ``consumer.py``).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import aio_pika
import aiormq
from aio_pika.abc import AbstractChannel, AbstractExchange, AbstractQueue, AbstractRobustConnection

from ipp_common.core.loops import pause
from ipp_common.core.settings import ServiceSettings
from ipp_common.events.envelope import CONTENT_TYPE, CloudEvent

log = logging.getLogger("ipp.bus")

StoredEvent = tuple[bytes, str, str, str | None]
"""An outbox row as the relay publishes it: envelope, event type (routing key), event id, traceparent."""


class Bus:
    def __init__(self, settings: ServiceSettings, connection_name: str | None = None):
        self.settings = settings
        self.connection_name = connection_name or settings.service_name
        self.connection: AbstractRobustConnection | None = None
        self._publish_channel: AbstractChannel | None = None
        self.exchange: AbstractExchange | None = None

    async def connect(self, *, attempts: int | None = 60, delay_s: float = 1.0, max_delay_s: float = 1.0,
                      stop: asyncio.Event | None = None) -> bool:
        """Connect (aio-pika's robust connection, which reconnects by itself afterwards), declare the
        exchange. Retries ``attempts`` times (``None``: until connected), the delay doubling from ``delay_s``
        up to ``max_delay_s``; raises ``ConnectionError`` when the attempts run out. Returns False without
        a connection if ``stop`` is set meanwhile, so a process asked to stop never waits for the broker."""
        last: Exception | None = None
        tried, delay = 0, delay_s
        while attempts is None or tried < attempts:
            tried += 1
            try:
                self.connection = await aio_pika.connect_robust(
                    self.settings.amqp_url, client_properties={"connection_name": self.connection_name})
                break
            except (TimeoutError, OSError, aiormq.exceptions.AMQPError) as e:
                last = e
                log.warning("broker not reachable, retrying", extra={"error": str(e), "attempt": tried,
                                                                     "retry_in_s": delay})
            if stop is None:
                await asyncio.sleep(delay)
            else:
                await pause(stop, delay)
                if stop.is_set():
                    return False
            delay = min(delay * 2, max(max_delay_s, delay_s))
        else:
            raise ConnectionError(f"RabbitMQ not reachable at {self.settings.amqp_url}") from last
        self._publish_channel = await self.connection.channel(publisher_confirms=True, on_return_raises=False)
        self.exchange = await self._publish_channel.declare_exchange(
            self.settings.exchange, aio_pika.ExchangeType.TOPIC, durable=True)
        return True

    @property
    def is_connected(self) -> bool:
        return self.connection is not None and not self.connection.is_closed

    async def close(self) -> None:
        if self.connection is not None:
            await self.connection.close()
            self.connection = None

    # ------------------------------------------------------------ publishing

    @staticmethod
    def message_for(ev: CloudEvent, headers: dict[str, Any] | None = None) -> aio_pika.Message:
        h: dict[str, Any] = {"ce-type": ev.type}
        if ev.traceparent:
            h["traceparent"] = ev.traceparent
        if headers:
            h.update(headers)
        return aio_pika.Message(body=ev.to_bytes(), content_type=CONTENT_TYPE, message_id=ev.id, type=ev.type,
                                timestamp=ev.time, delivery_mode=aio_pika.DeliveryMode.PERSISTENT, headers=h)

    async def publish_stored(self, items: Sequence[StoredEvent], *, timeout: float | None = None
                             ) -> list[bool | BaseException]:
        """Publish envelopes already serialised (outbox rows) as they are, each a ``mandatory`` publish
        awaited for its own confirm, all of them in flight at once (aio-pika's public ``Exchange.publish``).
        Returns, per item in order: True when confirmed and routed, False when returned unroutable, or the
        exception (nack, channel closed, no confirm within ``timeout``)."""
        if not items:
            return []
        if self._publish_channel is None or self.exchange is None or self._publish_channel.is_closed:
            raise aiormq.exceptions.ChannelInvalidStateError("publishing channel is closed")
        exchange = self.exchange
        timeout = timeout or self.settings.relay_publish_timeout_s

        async def one(body: bytes, event_type: str, event_id: str, traceparent: str | None) -> bool:
            headers: dict[str, Any] = {"ce-type": event_type}
            if traceparent:
                headers["traceparent"] = traceparent
            message = aio_pika.Message(body=body, content_type=CONTENT_TYPE, message_id=event_id, type=event_type,
                                       delivery_mode=aio_pika.DeliveryMode.PERSISTENT, headers=headers)
            confirm = await exchange.publish(message, event_type, mandatory=True, timeout=timeout)
            return isinstance(confirm, aiormq.spec.Basic.Ack)

        return await asyncio.gather(*(one(*item) for item in items), return_exceptions=True)

    async def publish(self, ev: CloudEvent, *, timeout: float | None = None) -> bool:
        """Publish to the domain exchange and wait for the broker's confirm. Returns False when the broker
        returned the message as unroutable (no queue bound to its type); raises if it was not confirmed."""
        return await self.publish_message(self.message_for(ev), ev.type, timeout=timeout)

    async def publish_message(self, msg: aio_pika.Message, routing_key: str, *, exchange: str | None = None,
                              timeout: float | None = None) -> bool:
        assert self._publish_channel is not None, "bus not connected"
        ex = self.exchange if exchange is None else (
            self._publish_channel.default_exchange if exchange == "" else
            await self._publish_channel.get_exchange(exchange, ensure=False))
        assert ex is not None
        result = await ex.publish(msg, routing_key, mandatory=True,
                                  timeout=timeout or self.settings.relay_publish_timeout_s)
        return isinstance(result, aiormq.spec.Basic.Ack)

    # ------------------------------------------------------------ topology

    def _queue_args(self) -> dict[str, Any]:
        return {"x-queue-type": self.settings.queue_type}

    async def declare_consumer_queues(self, channel: AbstractChannel, queue_name: str,
                                      binding_keys: list[str]) -> AbstractQueue:
        """Declare the service's queue, its retry ladder and its DLQ; bind the queue to its event types."""
        exchange = await channel.declare_exchange(self.settings.exchange, aio_pika.ExchangeType.TOPIC,
                                                  durable=True)
        queue = await channel.declare_queue(queue_name, durable=True, arguments=self._queue_args())
        for key in binding_keys:
            await queue.bind(exchange, routing_key=key)
        for i, delay in enumerate(self.settings.retry_delays_ms, start=1):
            await channel.declare_queue(retry_queue(queue_name, i), durable=True, arguments={
                **self._queue_args(), "x-message-ttl": delay,
                "x-dead-letter-exchange": "", "x-dead-letter-routing-key": queue_name})
        await channel.declare_queue(dead_letter_queue(queue_name), durable=True, arguments=self._queue_args())
        return queue


def retry_queue(queue_name: str, attempt: int) -> str:
    return f"{queue_name}.retry.{attempt}"


def dead_letter_queue(queue_name: str) -> str:
    return f"{queue_name}.dlq"
