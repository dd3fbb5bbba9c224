"""Each service's Alembic migrations build exactly the schema its models describe (no drift), and can be
rolled back to nothing."""
import importlib
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from ipp_common.persistence.migrations import alembic_config, upgrade
from sqlalchemy import create_engine, inspect

SERVICES = ["registry", "verification", "contracts", "measures", "notifications"]


@pytest.mark.parametrize("service", SERVICES)
def test_migrations_match_models_and_downgrade(service: str, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/m.db"
    upgrade(url, service)
    metadata = importlib.import_module(f"{service}.adapters.orm").metadata
    engine = create_engine(f"sqlite:///{tmp_path}/m.db")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        assert diff == [], diff
        assert {"outbox", "inbox", "audit_log", "idempotency_key"} <= set(inspect(conn).get_table_names())
    command.downgrade(alembic_config(url, service), "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()


@pytest.mark.integration
async def test_migrate_takes_a_database_url_as_operators_provide_it(infra) -> None:  # noqa: ANN001
    """`python -m registry migrate` with a driverless ``postgresql://`` URL (CloudNativePG's secret)."""
    import asyncio
    import os
    import subprocess
    import sys
    import uuid

    import asyncpg
    name = f"ipp_migrate_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(infra.pg_base + "/postgres")
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        env = {**os.environ, "REGISTRY_DATABASE_URL": f"{infra.pg_base}/{name}"}
        assert env["REGISTRY_DATABASE_URL"].startswith("postgresql://")
        r = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "registry", "migrate"], env=env,
                                    capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        conn = await asyncpg.connect(f"{infra.pg_base}/{name}")
        try:
            assert await conn.fetchval("SELECT count(*) FROM registry_application") == 0
        finally:
            await conn.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def test_a_role_refuses_to_start_on_an_older_schema(tmp_path: Path) -> None:
    """Issue 20: migrations run before the roles (a Job); a role started against a database one migration
    behind this release exits (code 3) with a log line naming both revisions, and starts once migrated."""
    import asyncio
    import os
    import subprocess
    import sys

    from alembic.script import ScriptDirectory
    from ipp_common.persistence.migrations import SchemaBehind, check_schema
    from sqlalchemy.ext.asyncio import create_async_engine

    url = f"sqlite+aiosqlite:///{tmp_path}/r.db"
    script = ScriptDirectory.from_config(alembic_config(url, "registry"))
    [head] = script.get_heads()
    previous = script.get_revision(head).down_revision
    assert isinstance(previous, str)
    upgrade(url, "registry", previous)
    env = {**os.environ, "REGISTRY_DATABASE_URL": url, "IPP_ENV": "test", "REGISTRY_PORT": "0"}
    r = subprocess.run([sys.executable, "-m", "registry", "api", "--no-migrate"], env=env, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 3, r.stdout[-2000:] + r.stderr[-2000:]
    assert "database schema older than this release" in r.stdout + r.stderr
    assert previous in r.stdout + r.stderr and head in r.stdout + r.stderr

    async def checked() -> None:
        engine = create_async_engine(url)
        try:
            await check_schema(engine, "registry")
        finally:
            await engine.dispose()
    with pytest.raises(SchemaBehind):
        asyncio.run(checked())
    upgrade(url, "registry")
    asyncio.run(checked())  # at head: no complaint
