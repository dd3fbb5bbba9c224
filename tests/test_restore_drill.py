"""The restore drill (issue 36; docs/operations.md, "Restore to a point in time"): the platform runs on a
PostgreSQL that archives its WAL with barman-cloud to an S3-compatible store; the cluster is lost; a new one is
restored from the base backup and the archive to a point in time, and the platform started on it: every decision
acknowledged before that time is there, none after, the register's hash chain verifies, and the outbox relays
what was committed but not yet published when the point was taken."""
from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from harness import Platform, fresh_bin
from infra import Infra
from pitr import Cluster, ObjectStore

pytestmark = [pytest.mark.integration]


def software(bin_: str) -> dict[str, Any]:
    """An inclusion the registry decides alone (Art. 51-2): acknowledged by its 201, its event in the outbox."""
    return {"bin": bin_, "action": "include", "company_name": f"ТОО «Софт {bin_[-4:]}»", "region": "Астана",
            "goods": [{"tnved": "8523491000", "name": "ERP", "trusted_register_ref": f"TSR-{bin_}"}],
            "reason": "entered in the trusted software register"}


AGENCY = {"scopes": ["informatization"], "sub": "agency:informatization"}


async def now_on(cluster: Cluster) -> datetime:
    conn = await asyncpg.connect(f"{cluster.url}/postgres")
    try:
        return await conn.fetchval("SELECT clock_timestamp()")
    finally:
        await conn.close()


async def archived(cluster: Cluster) -> str:
    """Close the current WAL segment and wait until the archive has it: the point is then recoverable."""
    conn = await asyncpg.connect(f"{cluster.url}/postgres")
    try:
        segment = await conn.fetchval("SELECT pg_walfile_name(pg_switch_wal())")
        for _ in range(240):
            last, failed = await conn.fetchrow("SELECT last_archived_wal, failed_count FROM pg_stat_archiver")
            if last and last[:24] >= segment:
                return str(segment)
            await asyncio.sleep(0.25)
        raise AssertionError(f"WAL {segment} not archived ({failed} failures)")
    finally:
        await conn.close()


async def test_a_point_in_time_restore_keeps_every_acknowledged_decision(infra: Infra) -> None:
    work = Path(tempfile.mkdtemp(prefix="ipp-restore-drill-"))
    shutil.chown(work, "postgres")
    store = await asyncio.to_thread(ObjectStore, work)
    lost, restored = Cluster(work, "lost", store), Cluster(work, "restored", store)
    before: Platform | None = None
    after: Platform | None = None
    try:
        await asyncio.to_thread(lost.init_archiving)
        await asyncio.to_thread(lost.start)
        before = Platform(Infra(pg_base=lost.url, amqp_url=infra.amqp_url, via="restore drill"), work / "before")
        await before.start()
        backup_id = await asyncio.to_thread(lost.base_backup)

        a, b, c = fresh_bin(), fresh_bin(), fresh_bin()
        await before.include(a)  # every stage, each service's decision committed and published
        relay = next(p for p in before.procs if p.service == "registry" and p.role == "relay")
        relay.popen.terminate()  # from here the registry's events wait in its outbox
        await asyncio.to_thread(relay.popen.wait, 15)
        r = await before.registry("POST", "/v1/software-notices", role="agency", json=software(b), token=AGENCY)
        assert r.status_code == 201, r.text  # acknowledged: b is in the register
        await asyncio.sleep(0.5)
        target = await now_on(lost)
        await asyncio.sleep(0.5)
        r = await before.registry("POST", "/v1/software-notices", role="agency", json=software(c), token=AGENCY)
        assert r.status_code == 201, r.text  # after the point in time: the restore leaves it out
        await archived(lost)
        for p in before.procs:
            p.popen.kill()
        await asyncio.to_thread(lost.crash)  # the cluster is gone

        started = time.monotonic()
        await asyncio.to_thread(restored.restore, backup_id, target.isoformat())
        await asyncio.to_thread(restored.start)
        conn = await asyncpg.connect(f"{restored.url}/postgres")
        try:
            for _ in range(240):
                if not await conn.fetchval("SELECT pg_is_in_recovery()"):
                    break
                await asyncio.sleep(0.25)
            else:
                raise AssertionError("the restored cluster did not finish its recovery")
            reached = await conn.fetchval("SELECT pg_last_xact_replay_timestamp()")
        finally:
            await conn.close()
        took = time.monotonic() - started
        print(f"\n[restore drill] target {target.isoformat()}; recovery point reached: the last transaction "
              f"replayed committed at {reached.isoformat()} (base backup {backup_id}); restored and promoted in "
              f"{took:.1f} s", flush=True)
        assert reached <= target

        after = Platform(Infra(pg_base=restored.url, amqp_url=infra.amqp_url, via="restore drill"), work / "after")
        after.tag = before.tag  # the same databases, restored; a fresh exchange and queues
        await after.start(existing_databases=True)
        for bin_ in (a, b):
            assert (await after.producer(bin_))["status"] == "included", bin_
        r = await after.registry("GET", f"/v1/register/{c}", role="public")
        assert r.status_code == 404, r.text  # decided after the point in time
        chain = (await after.registry("GET", "/v1/ops/register/chain")).json()
        assert chain["intact"] is True and chain["entries_checked"] >= 2, chain
        # b's inclusion was committed with its event unpublished: the restored relay publishes it, and the
        # notice reaches b's cabinet
        notice = await after.notice_of_type(b, "registry.producer.included", timeout=60)
        assert notice["recipient_bin"] == b
    finally:
        for platform in (after, before):
            if platform is not None:
                for p in platform.procs:
                    if p.alive:
                        p.popen.kill()
                await platform.http.aclose()
                await platform.drop_broker_objects()
                Platform.running.discard(platform)
        await asyncio.to_thread(restored.stop)
        await asyncio.to_thread(lost.stop)
        await asyncio.to_thread(store.stop)
        shutil.rmtree(work, ignore_errors=True)
