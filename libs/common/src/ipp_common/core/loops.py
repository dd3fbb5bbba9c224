"""Periodic background loops of a service process."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("ipp.loops")


async def pause(stop: asyncio.Event, seconds: float) -> None:
    """A periodic loop's wait: ``seconds``, or less if the process is stopping."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def every(stop: asyncio.Event, seconds: float, fn: Callable[[], Awaitable[Any]], *, what: str) -> None:
    """Run ``fn`` every ``seconds`` until ``stop`` is set; a failure is logged (``what`` failed) and the next
    round tries again."""
    while not stop.is_set():
        try:
            await fn()
        except Exception as e:  # noqa: BLE001 - a dependency away: the next round tries again
            log.warning(f"{what} failed", extra={"error": str(e)[:300]})
        await pause(stop, seconds)
