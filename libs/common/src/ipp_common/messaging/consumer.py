"""The event consumer: idempotent (inbox), acks after commit, retries with back-off, then dead-letters.

For each delivery:
1. parse the CloudEvent; an unparseable body can never succeed → straight to the DLQ;
2. if the inbox already holds (consumer, event id) → ack and stop (duplicate delivery);
3. run the handler under the trace context carried by the event; the handler opens
   ``delivery.unit_of_work()``, whose commit also writes the inbox row (one transaction);
4. ack only after that commit. A failure publishes a copy to the next retry queue (or, when the retries
   are spent, to the DLQ) with confirms, and only then acks the original: a failed message is never lost
   and never acked without a copy. A crash before the ack redelivers; step 2 makes that harmless."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import aio_pika
import aiormq
from aio_pika.abc import AbstractIncomingMessage
from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from sqlalchemy.exc import IntegrityError

from ipp_common.core.outages import is_transient
from ipp_common.events.envelope import CloudEvent
from ipp_common.messaging.bus import Bus, dead_letter_queue, retry_queue
from ipp_common.messaging.delivery import (
    RETRY_HEADER,
    Delivery,
    EventHandler,
    Handler,
    PermanentError,
    apply_event,
    registered,
)
from ipp_common.observability.metrics import DEAD_LETTERS, EVENT_HANDLER_SECONDS, EVENTS_CONSUMED
from ipp_common.persistence.unit_of_work import AlreadyApplied, UnitOfWork

log = logging.getLogger("ipp.consumer")
tracer = trace.get_tracer("ipp.consumer")


async def _prefetch(uow: UnitOfWork, todo: list[tuple[CloudEvent, EventHandler]]) -> None:
    by_hook: dict[int, tuple[Any, list[CloudEvent]]] = {}
    for event, handler in todo:
        if handler.prefetch is not None:
            by_hook.setdefault(id(handler.prefetch), (handler.prefetch, []))[1].append(event)
    for prefetch, events in by_hook.values():
        await prefetch(uow, events)


def _channel_of(message: AbstractIncomingMessage) -> Any:
    """The AMQP channel a delivery came on, or None if it is closed already."""
    try:
        return message.channel
    except aiormq.exceptions.ChannelInvalidStateError:
        return None


async def _ignores(handler: EventHandler, event: CloudEvent) -> bool:
    return handler.ignores is not None and bool(await handler.ignores(event))


def retry_count(message: AbstractIncomingMessage) -> int:
    """How many times this event was retried before (the ``x-retry-count`` header of its copies)."""
    value = (message.headers or {}).get(RETRY_HEADER)
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else 0


class Consumer:
    def __init__(self, bus: Bus, *, consumer_name: str, queue_name: str,
                 handlers: Mapping[str, Handler | EventHandler],
                 uow_factory: Callable[[], UnitOfWork], binding_keys: list[str] | None = None,
                 precheck_inbox: bool = False):
        """``precheck_inbox``: for handlers that act on the outside world (HTTP calls) before opening their
        unit of work — a redelivered or retried event is looked up before the handler runs, and every
        event is claimed at commit. Otherwise the inbox is claimed when the handler's transaction opens."""
        self.precheck_inbox = precheck_inbox
        self.bus = bus
        self.settings = bus.settings
        self.consumer_name = consumer_name
        self.queue_name = queue_name
        self.handlers = {t: registered(h) for t, h in handlers.items()}
        self.binding_keys = binding_keys or sorted(handlers)
        self.uow_factory = uow_factory
        self._sem = asyncio.Semaphore(self.settings.consumer_concurrency)
        self._channel: Any = None
        # Handlers that call the outside world before their transaction (precheck_inbox) run one event at a
        # time; the others apply the events that are waiting together, in one transaction (ADR 0010).
        self.batch_max = 1 if precheck_inbox else self.settings.consumer_batch_max
        self._waiting: list[AbstractIncomingMessage] = []
        self._batches = asyncio.Semaphore(self.settings.consumer_batches)
        self._drainer: asyncio.Task | None = None
        self._running = 0  # batches being applied
        self._batch_tasks: set[asyncio.Task] = set()
        self._wake = asyncio.Event()
        self._active = 0  # deliveries received and not yet acked or handed back
        # batch mode: deliveries received and not yet acked, with the AMQP channel each came on (aio-pika's
        # ``message.channel`` raises once that channel is closed, so it is read while it is open)
        self._unsettled: dict[int, tuple[AbstractIncomingMessage, Any]] = {}
        self._queue: Any = None
        self._tag: str | None = None
        self._gauge_channel: Any = None

    # What it is doing, for those who watch it: its AMQP channel (aio-pika's robust one; None before
    # ``start``), the deliveries waiting for a batch, the batches being applied, whether it began batching.
    channel = property(lambda self: self._channel)
    waiting = property(lambda self: len(self._waiting))
    batches_in_flight = property(lambda self: self._running)
    draining = property(lambda self: self._drainer is not None)

    async def start(self) -> None:
        assert self.bus.connection is not None
        self._channel = await self.bus.connection.channel()
        await self._channel.set_qos(prefetch_count=self.settings.prefetch)
        queue = await self.bus.declare_consumer_queues(self._channel, self.queue_name, self.binding_keys)
        self._queue = queue
        self._tag = await queue.consume(self._on_message, no_ack=False)
        log.info("consuming", extra={"queue": self.queue_name, "bindings": self.binding_keys})

    async def stop(self, grace_s: float = 10.0) -> None:
        """Stop taking deliveries, let those being applied finish and ack (an ack on a channel being closed
        would make the broker close the whole connection), then close the channel. What is left unacked
        is redelivered to another consumer; the inbox makes that harmless."""
        if self._channel is None or self._channel.is_closed:
            return
        with contextlib.suppress(Exception):
            await self._queue.cancel(self._tag)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(grace_s):
                while self._active:
                    await asyncio.sleep(0.02)
        await self._channel.close()
        if self._gauge_channel is not None:
            with contextlib.suppress(Exception):
                await self._gauge_channel.close()

    async def _on_message(self, message: AbstractIncomingMessage) -> None:
        self._active += 1
        if self.batch_max <= 1:
            try:
                async with self._sem:
                    started = time.perf_counter()
                    await self._process(message)
                    EVENT_HANDLER_SECONDS.labels(self.settings.service_name).observe(time.perf_counter() - started)
            finally:
                self._active -= 1
            return
        self._unsettled[id(message)] = (message, _channel_of(message))
        self._waiting.append(message)
        self._wake.set()
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain())

    async def _drain(self) -> None:
        """Hand the waiting deliveries to batches of at most ``consumer_batch_max``. Nothing waits for a
        batch to fill: with no batch running, whatever waits goes at once (one event at low load); while
        one runs, the next gathers behind it, and another starts alongside only when a full batch waits
        (up to ``consumer_batches`` at once) — so batches grow with the load instead of splitting it."""
        while self._waiting:
            if self._running and len(self._waiting) < self.batch_max:
                self._wake.clear()
                await self._wake.wait()
                continue
            await self._batches.acquire()
            self._running += 1
            batch, self._waiting = self._waiting[:self.batch_max], self._waiting[self.batch_max:]
            task = asyncio.create_task(self._run_batch(batch))
            self._batch_tasks.add(task)  # the loop keeps only weak references to tasks
            task.add_done_callback(self._batch_done)
            await asyncio.sleep(0)

    def _batch_done(self, task: asyncio.Task) -> None:
        self._batch_tasks.discard(task)
        self._running -= 1
        self._batches.release()
        self._wake.set()

    async def _run_batch(self, messages: list[AbstractIncomingMessage]) -> None:
        started = time.perf_counter()
        try:
            await self._run_batch_inner(messages)
        finally:
            self._active -= len(messages)
            EVENT_HANDLER_SECONDS.labels(self.settings.service_name).observe(time.perf_counter() - started)

    async def dead_letters(self) -> int:
        """Messages in this consumer's dead-letter queue; sets the gauge the DLQ alert reads. Asked on a
        channel of its own, opened again when closed: a failed passive declaration closes its channel."""
        assert self.bus.connection is not None
        dlq = dead_letter_queue(self.queue_name)
        if self._gauge_channel is None or self._gauge_channel.is_closed:
            self._gauge_channel = await self.bus.connection.channel()
        queue = await self._gauge_channel.declare_queue(dlq, passive=True)
        # a robust channel hands back the queue it declared before, with that declaration's count: ask again
        n = int((await queue.declare()).message_count or 0)
        DEAD_LETTERS.labels(self.settings.service_name, dlq).set(n)
        return n

    async def _run_batch_inner(self, messages: list[AbstractIncomingMessage]) -> None:
        if len(messages) == 1:
            await self._process(messages[0])
            return
        try:
            outcomes = await self._apply_batch(messages)
        except Exception as e:  # noqa: BLE001 - one of them failed: nothing of the batch was committed
            log.info("batch rolled back; applying its events one by one",
                     extra={"events": len(messages), "error": f"{type(e).__name__}: {e}"[:300]})
            for m in messages:
                await self._process(m)
            return
        for m in messages:
            outcome, event_type = outcomes[id(m)]
            EVENTS_CONSUMED.labels(self.settings.service_name, event_type, outcome).inc()
        if self.settings.ack_strategy == "batch":
            await self._ack_batch(messages)
        else:
            for m in messages:
                await self._ack(m)

    async def _ack_batch(self, messages: list[AbstractIncomingMessage]) -> None:
        """Ack a committed batch with one frame — ``multiple``, up to its highest delivery tag — when no
        earlier delivery of the channel is still unacked outside it (another batch being applied, one
        being retried); otherwise one ack each. An ack is a write to the socket and a wake-up of the broker:
        one per batch instead of one per event (ADR 0018). Never raises: a channel closed meanwhile makes
        the broker redeliver the batch, and the inbox makes that harmless."""
        top = max(messages, key=lambda m: m.delivery_tag or 0)
        entry = self._unsettled.get(id(top))
        channel = entry[1] if entry else None
        mine = {id(m) for m in messages}
        if (channel is None or channel.is_closed or not top.delivery_tag
                or any(self._unsettled.get(id(m), (None, None))[1] is not channel for m in messages)
                or any(ch is channel and (o.delivery_tag or 0) < top.delivery_tag and i not in mine
                       for i, (o, ch) in self._unsettled.items())):
            for m in messages:
                await self._ack(m)
            return
        for m in messages:
            self._unsettled.pop(id(m), None)
        try:
            await top.ack(multiple=True)
        except Exception as e:  # noqa: BLE001 - channel lost: the broker redelivers, the inbox dedupes
            log.warning("ack failed; messages will be redelivered", extra={"error": str(e), "events": len(messages)})

    async def _apply_batch(self, messages: list[AbstractIncomingMessage]) -> dict[int, tuple[str, str]]:
        """Apply every event of the batch in one transaction: one INSERT claims them all in the inbox, then
        each handler runs as it would alone (its ``commit()`` marks its part done; the batch's commit writes
        all of it). Any failure raises, and the caller applies the events one by one, so a bad event fails
        alone and gets its retries."""
        outcomes: dict[int, tuple[str, str]] = {}
        todo: list[tuple[AbstractIncomingMessage, CloudEvent, EventHandler]] = []
        first_of: dict[str, int] = {}
        for m in messages:
            event = CloudEvent.from_bytes(m.body)  # unreadable: raises, and the one-by-one path dead-letters it
            handler = self.handlers.get(event.type) or self.handlers.get("*")
            if handler is None or await _ignores(handler, event):
                outcomes[id(m)] = ("ignored", event.type)
            elif event.id in first_of:
                outcomes[id(m)] = ("duplicate", event.type)  # the same event twice in one batch
            else:
                first_of[event.id] = id(m)
                todo.append((m, event, handler))
        uow = self.uow_factory()
        async with uow:
            claimed = await uow.claim_many(self.consumer_name, [(e.id, e.type) for _, e, _ in todo]) if todo else set()
            await _prefetch(uow, [(e, h) for _, e, h in todo if e.id in claimed])
            uow.shared = True
            try:
                for m, event, handler in todo:
                    outcomes[id(m)] = (await self._apply_in_batch(uow, m, event, handler)
                                       if event.id in claimed else "duplicate", event.type)
            finally:
                uow.shared = False  # on failure, leaving the block rolls back and closes the whole batch
            await uow.commit()
        return outcomes

    async def _apply_in_batch(self, uow: UnitOfWork, m: AbstractIncomingMessage, event: CloudEvent,
                              handler: EventHandler) -> str:
        attempt = retry_count(m)
        delivery = Delivery(event, self.consumer_name, self.uow_factory, attempt, shared=uow)
        uow.committed = False
        with self._span(event, attempt):
            await handler.handle(event, delivery)
            if not uow.committed and uow.claimed == event.id:
                # Alone, its uncommitted changes would be discarded; in a batch they cannot be told apart
                # from the others', so the batch is applied one by one.
                raise RuntimeError(f"handler left {event.type} uncommitted")
        # Claimed with the batch: an event whose handler wrote nothing is recorded as seen all the same.
        return "applied"

    def _span(self, event: CloudEvent, attempt: int) -> Any:
        parent = propagate.extract({k: v for k, v in (("traceparent", event.traceparent),
                                                      ("tracestate", event.tracestate)) if v})
        return tracer.start_as_current_span(f"consume {event.type}", context=parent, kind=SpanKind.CONSUMER,
                                            attributes={"messaging.system": "rabbitmq",
                                                        "messaging.destination.name": self.queue_name,
                                                        "messaging.message.id": event.id,
                                                        "ipp.consumer": self.consumer_name,
                                                        "ipp.subject": event.subject or "",
                                                        "ipp.attempt": attempt})

    async def _process(self, message: AbstractIncomingMessage) -> None:
        attempt = retry_count(message)
        try:
            event = CloudEvent.from_bytes(message.body)
        except Exception as e:  # noqa: BLE001 - a body we cannot read will never succeed
            await self._fail(message, attempt, PermanentError(f"unreadable CloudEvent: {e}"), "?")
            return
        handler = self.handlers.get(event.type) or self.handlers.get("*")
        with self._span(event, attempt) as span:
            if handler is None:
                await self._ack(message)
                EVENTS_CONSUMED.labels(self.settings.service_name, event.type, "ignored").inc()
                return
            # A prechecked event is claimed at commit: the handler's writes and the claim can then be one
            # statement (UnitOfWork.commit); a delivery racing it still finds the claim taken there.
            delivery = Delivery(event, self.consumer_name, self.uow_factory, attempt,
                                claim_at_commit=self.precheck_inbox)
            try:
                if await _ignores(handler, event):
                    EVENTS_CONSUMED.labels(self.settings.service_name, event.type, "ignored").inc()
                    await self._ack(message)
                    return
                # Looked up only when the broker says it may have been delivered before (a redelivery after
                # a lost ack, or a retry): a first delivery is new unless a relay published it twice, and
                # then the claim in the commit keeps its effect single (it costs a second e-gov check).
                if self.precheck_inbox and (message.redelivered or attempt > 0) and await delivery.seen():
                    EVENTS_CONSUMED.labels(self.settings.service_name, event.type, "duplicate").inc()
                    await self._ack(message)
                    return
                await apply_event(handler, event, delivery)
            except AlreadyApplied:
                EVENTS_CONSUMED.labels(self.settings.service_name, event.type, "duplicate").inc()
                await self._ack(message)
                return
            except IntegrityError as e:
                # A concurrent delivery of the same event committed first: that is success, not failure.
                if await delivery.seen():
                    EVENTS_CONSUMED.labels(self.settings.service_name, event.type, "duplicate").inc()
                    await self._ack(message)
                    return
                span.set_status(Status(StatusCode.ERROR, str(e)))
                await self._fail(message, attempt, e, event.type)
                return
            except Exception as e:  # noqa: BLE001
                span.record_exception(e)
                span.set_status(Status(StatusCode.ERROR, str(e)))
                await self._fail(message, attempt, e, event.type)
                return
            EVENTS_CONSUMED.labels(self.settings.service_name, event.type, "applied").inc()
            await self._ack(message)

    async def _ack(self, message: AbstractIncomingMessage) -> None:
        self._unsettled.pop(id(message), None)
        try:
            await message.ack()
        except Exception as e:  # noqa: BLE001 - channel lost: the broker redelivers, the inbox dedupes
            log.warning("ack failed; message will be redelivered", extra={"error": str(e)})

    async def _fail(self, message: AbstractIncomingMessage, attempt: int, error: Exception,
                    event_type: str) -> None:
        permanent = isinstance(error, PermanentError)
        delays = self.settings.retry_delays_ms
        next_attempt = attempt + 1
        if not permanent and is_transient(error):
            # The dependency is down: wait on the longest delay and try again, as often as it takes.
            target, outcome, next_attempt = retry_queue(self.queue_name, len(delays)), "waiting", attempt
        elif not permanent and attempt < len(delays):
            target, outcome = retry_queue(self.queue_name, attempt + 1), "retried"
        else:
            target, outcome, next_attempt = dead_letter_queue(self.queue_name), "dead_lettered", attempt
        headers = dict(message.headers or {})
        headers.update({RETRY_HEADER: next_attempt,
                        "x-last-error": f"{type(error).__name__}: {error}"[:500],
                        "x-failed-at": datetime.now(UTC).isoformat(),
                        "x-consumer": self.consumer_name})
        copy = aio_pika.Message(body=message.body, headers=headers, content_type=message.content_type,
                                message_id=message.message_id, type=message.type,
                                delivery_mode=aio_pika.DeliveryMode.PERSISTENT)
        log.warning("handler failed", extra={"event_type": event_type, "attempt": attempt, "to": target,
                                             "error": str(error)[:300]})
        try:
            await self.bus.publish_message(copy, target, exchange="")
        except Exception as e:  # noqa: BLE001 - could not park a copy: leave the original to redelivery
            log.error("could not publish retry copy; requeueing", extra={"error": str(e)})
            self._unsettled.pop(id(message), None)
            try:
                await message.nack(requeue=True)
            except Exception:  # noqa: BLE001
                pass
            return
        EVENTS_CONSUMED.labels(self.settings.service_name, event_type, outcome).inc()
        await self._ack(message)
