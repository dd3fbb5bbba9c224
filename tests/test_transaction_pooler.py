"""The connection model of the manifests (ADR 30, issue 35): a small pool per process behind PgBouncer in
transaction mode. Consecutive transactions on one kept client connection run on whichever server connection
the pooler lends; PgBouncer before 1.21 (Debian's 1.18 here) does not carry a prepared statement across, so
the engine made for a transaction pooler prepares nothing for reuse. Shown against the real pooler, and shown
to be needed: the same drive with asyncpg's statement cache on fails on the pooler."""
from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import pytest
import sqlalchemy as sa
from debian_packages import ensure
from harness import Platform, free_port
from infra import Infra
from ipp_common.persistence.engine import autocommit_connection, make_engine

pytestmark = [pytest.mark.integration]


@pytest.fixture(scope="module")
def database(infra: Infra) -> Iterator[str]:
    """A database of this module's own on the suite's PostgreSQL."""
    name = f"ipp_txpool_{uuid.uuid4().hex[:8]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(f"{infra.pg_base}/postgres")
        try:
            await conn.execute(sql)
        finally:
            await conn.close()
    asyncio.run(admin(f"CREATE DATABASE {name}"))
    yield name
    asyncio.run(admin(f"DROP DATABASE {name} WITH (FORCE)"))


@pytest.fixture(scope="module")
def pooler(infra: Infra, database: str) -> Iterator[str]:
    """PgBouncer in transaction mode with two server connections, in front of ``database``; its URL. It runs
    as ``postgres``, so its directory is one that user can reach (pytest's own are private to root)."""
    ensure("pgbouncer", "/usr/sbin/pgbouncer")
    pg = urlsplit(infra.pg_base)
    d = Path(tempfile.mkdtemp(prefix="ipp-txpool-"))
    d.chmod(0o755)
    shutil.chown(d, "postgres")
    port = free_port()
    password = f" password={pg.password}" if pg.password else ""
    (d / "pgbouncer.ini").write_text(
        f"[databases]\n{database} = host={pg.hostname} port={pg.port} dbname={database} user={pg.username}{password}\n"
        f"[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\nauth_type = any\n"
        "pool_mode = transaction\ndefault_pool_size = 2\nmax_client_conn = 100\n"
        "ignore_startup_parameters = statement_timeout,extra_float_digits\n"
        f"logfile = {d}/pgbouncer.log\npidfile = {d}/pgbouncer.pid\n")
    proc = subprocess.Popen(["pgbouncer", "-u", "postgres", str(d / "pgbouncer.ini")],
                            stdout=open(d / "stdout.log", "wb"), stderr=subprocess.STDOUT)
    url = f"postgresql://{pg.username}@127.0.0.1:{port}/{database}"
    try:
        asyncio.run(_until_up(url))
        yield url
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(d, ignore_errors=True)


async def _until_up(url: str) -> None:
    async def answers() -> bool:
        try:
            await (await asyncpg.connect(url, statement_cache_size=0)).close()
        except (OSError, asyncpg.PostgresError):
            return False
        return True
    await Platform.until(answers, timeout=10, interval=0.1, what=f"PgBouncer at {url}")


@pytest.fixture
async def table(pooler: str) -> AsyncIterator[str]:
    name = f"t_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(pooler, statement_cache_size=0)
    try:
        await conn.execute(f"CREATE TABLE {name} (id int PRIMARY KEY, bin text NOT NULL)")
        yield name
    finally:
        await conn.close()


async def drive(engine: sa.ext.asyncio.AsyncEngine, table: str) -> set[int]:
    """Forty units of work from four kept connections — each a transaction with a parameterised read and a
    write — and single statements outside a transaction; the server backends that ran them."""
    backends: set[int] = set()

    async def unit(i: int) -> None:
        async with engine.begin() as conn:
            backends.add(int((await conn.execute(sa.text("SELECT pg_backend_pid()"))).scalar_one()))
            await conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE bin = :b"), {"b": f"{i:012d}"})
            await conn.execute(sa.text(f"INSERT INTO {table} (id, bin) VALUES (:i, :b)"), {"i": i, "b": f"{i:012d}"})
        async with autocommit_connection(engine) as conn:
            await conn.execute(sa.text(f"SELECT bin FROM {table} WHERE id = :i"), {"i": i})
    for start in range(0, 40, 8):
        await asyncio.gather(*(unit(i) for i in range(start, start + 8)))
    return backends


async def test_a_kept_pool_behind_a_transaction_pooler_runs_every_unit_of_work(pooler: str, table: str) -> None:
    """ADR 30: the roles keep ``db_pool_size`` connections to the pooler and their transactions move between
    its server connections; nothing fails for a statement prepared on another one."""
    engine = make_engine(pooler, pool_size=4, transaction_pooler=True)
    try:
        backends = await drive(engine, table)
        async with engine.connect() as conn:
            assert (await conn.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one() == 40
        assert engine.sync_engine.pool.checkedin() <= 4  # type: ignore[attr-defined]  # a QueuePool's count
    finally:
        await engine.dispose()
    assert len(backends) == 2, backends  # the four kept connections shared both server connections


async def test_prepared_statements_break_on_a_transaction_pooler_before_1_21(pooler: str, table: str) -> None:
    """Why the setting exists: with asyncpg's statement cache on, two kept connections that prepare the same
    statement meet on one server connection (or miss theirs on another), and the pooler cannot follow."""
    engine = make_engine(pooler, pool_size=4, transaction_pooler=False)
    try:
        with pytest.raises(sa.exc.DBAPIError, match="prepared statement"):
            await drive(engine, table)
    finally:
        await engine.dispose()

