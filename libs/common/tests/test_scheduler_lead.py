"""The active scheduler stands down the moment its lock's session is lost (ADR 22) — a pooler or server
restart, a terminated backend — not at its next check, so a standby that takes the lock does not find it
still running its duties."""
from __future__ import annotations

import asyncio
import uuid
import zlib
from collections.abc import Callable

import asyncpg
import pytest
from ipp_common.service.scheduler import Duty, run_scheduler
from ipp_common.service.settings import ServiceSettings
from prometheus_client import REGISTRY

pytestmark = pytest.mark.integration


async def test_the_active_scheduler_stands_down_when_its_lock_session_is_terminated(infra) -> None:  # noqa: ANN001
    service = f"schedtest{uuid.uuid4().hex[:6]}"
    settings = ServiceSettings(service_name=service, database_url=f"{infra.pg_base}/postgres",
                               scheduler_poll_s=120)  # its own check would come two minutes later
    runs: list[int] = []

    async def duty() -> None:
        runs.append(1)
    stop = asyncio.Event()
    task = asyncio.create_task(run_scheduler(settings, [Duty("probe", 3600, duty)], stop))
    key = zlib.crc32(f"ipp-scheduler:{service}".encode())
    admin = await asyncpg.connect(f"{infra.pg_base}/postgres")

    async def holder() -> int | None:
        row = await admin.fetchrow("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted",
                                   key)
        return None if row is None else int(row["pid"])

    async def until(check: Callable[[], bool], what: str) -> None:
        for _ in range(200):  # 20 s: well inside the two minutes of its own check
            if check():
                return
            await asyncio.sleep(0.1)
        raise AssertionError(what)
    try:
        await until(lambda: len(runs) == 1, "the scheduler never led")
        first = await holder()
        assert first is not None
        assert REGISTRY.get_sample_value("ipp_scheduler_leader", {"service": service}) == 1
        await admin.execute("SELECT pg_terminate_backend($1)", first)
        # it stood down at once (its duties stopped), then, nobody else holding the lock, led again on a new
        # session — starting its duties anew; without the listener it would not notice for two minutes
        await until(lambda: len(runs) == 2, "the scheduler did not notice its lost session")
        second = await holder()
        assert second is not None and second != first
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await admin.close()
