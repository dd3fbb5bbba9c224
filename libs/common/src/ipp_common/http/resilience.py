"""Calling external systems: time-outs come from the httpx client; this adds retries with exponential
back-off and jitter, and a circuit breaker per source so that a source that is down is not hammered and
callers learn at once that it is unavailable."""
from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ipp_common.observability.metrics import BREAKER_OPEN, OUTBOUND_SECONDS

T = TypeVar("T")


class SourceUnavailable(Exception):
    """The source did not give a usable answer (time-out, 5xx, connection, open circuit, bad data).
    This is never the same as a criterion failing."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source} unavailable: {reason}")
        self.source, self.reason = source, reason


class CircuitBreaker:
    """closed → (``threshold`` consecutive failures) → open for ``reset_after_s`` → half-open: one trial
    call; success closes it, failure opens it again."""

    def __init__(self, name: str, threshold: int = 5, reset_after_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic):
        self.name, self.threshold, self.reset_after_s, self.clock = name, threshold, reset_after_s, clock
        self.failures = 0
        self.opened_at: float | None = None

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half_open" if self.clock() - self.opened_at >= self.reset_after_s else "open"

    def allow(self) -> bool:
        return self.state != "open"

    def success(self) -> None:
        self.failures, self.opened_at = 0, None
        BREAKER_OPEN.labels(self.name).set(0)

    def failure(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold or self.state == "half_open":
            self.opened_at = self.clock()
            BREAKER_OPEN.labels(self.name).set(1)


async def call_with_retry(source: str, fn: Callable[[], Awaitable[T]], *, breaker: CircuitBreaker,
                          attempts: int = 3, base_delay_s: float = 0.1, max_delay_s: float = 2.0,
                          retry_on: tuple[type[BaseException], ...] = (Exception,)) -> T:
    last: BaseException | None = None
    for i in range(attempts):
        if not breaker.allow():
            raise SourceUnavailable(source, "circuit open")
        started = time.perf_counter()
        try:
            result = await fn()
            OUTBOUND_SECONDS.labels(source, "ok").observe(time.perf_counter() - started)
            breaker.success()
            return result
        except retry_on as e:
            OUTBOUND_SECONDS.labels(source, "failed").observe(time.perf_counter() - started)
            last = e
            breaker.failure()
            if i + 1 < attempts:
                delay = min(max_delay_s, base_delay_s * 2 ** i) * (0.5 + random.random() / 2)
                await asyncio.sleep(delay)
    raise SourceUnavailable(source, f"{type(last).__name__}: {last}")
