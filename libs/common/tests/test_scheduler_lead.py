"""The active scheduler stands down the moment its lock's session is lost (ADR 22) — a pooler or server
restart, a terminated backend — not at its next check, so a standby that takes the lock does not find it
still running its duties."""
from __future__ import annotations

import asyncio
import re
import subprocess
import uuid
import zlib
from collections.abc import Callable

import asyncpg
import pytest
from ipp_common.core.settings import ServiceSettings
from ipp_common.service.scheduler import Duty, run_scheduler
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


async def test_the_lock_session_keeps_alive_in_seconds_so_a_lost_leader_frees_the_lock(infra) -> None:  # noqa: ANN001
    """An operations rule, not the law's (ADR 22): the lock's session asks the server for TCP keepalives of a few
    seconds, so a leader whose node vanished (no FIN) frees the lock in ≈11 s, not after the kernel's two
    hours. Read from outside: the server's socket for the holder's backend carries a keepalive timer ≤ 5 s."""
    service = f"schedtest{uuid.uuid4().hex[:6]}"
    settings = ServiceSettings(service_name=service, database_url=f"{infra.pg_base}/postgres", scheduler_poll_s=120)
    led = asyncio.Event()

    async def duty() -> None:
        led.set()
    stop = asyncio.Event()
    task = asyncio.create_task(run_scheduler(settings, [Duty("probe", 3600, duty)], stop))
    key = zlib.crc32(f"ipp-scheduler:{service}".encode())
    admin = await asyncpg.connect(f"{infra.pg_base}/postgres")
    try:
        await asyncio.wait_for(led.wait(), 20)
        row = await admin.fetchrow(
            "SELECT a.client_port, a.client_addr FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
            " WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted", key)
        assert row is not None and row["client_port"] and row["client_port"] > 0, "the lock's session is not TCP"
        timers: list[tuple[str, str]] = []
        for _ in range(50):  # while bytes are in flight the socket shows its retransmission timer instead
            ss = ["ss", "-tnoH", "state", "established", f"( dport = :{row['client_port']} )"]
            seen = await asyncio.to_thread(subprocess.run, ss, capture_output=True, text=True, check=True)
            timers = re.findall(r"timer:\(keepalive,([\d.]+)(ms|sec|min)", seen.stdout)
            if timers:
                break
            await asyncio.sleep(0.1)
        assert timers, f"no keepalive timer on the lock's server socket: {seen.stdout!r}"
        value, unit = timers[0]
        seconds = float(value) * {"ms": 0.001, "sec": 1, "min": 60}[unit]
        assert seconds <= 5, f"the server probes the lock's session after {seconds} s, not within 5 s"
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await admin.close()
