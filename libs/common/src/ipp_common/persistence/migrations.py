"""Alembic, once for all services. Each service keeps its migrations in ``<service>/migrations`` with an
``env.py`` that calls ``run_env(metadata)``. On PostgreSQL an advisory lock serialises replicas that
start at the same time."""
from __future__ import annotations

import asyncio
import zlib
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ipp_common.core.database_url import async_database_url


def _scripts_config(package: str) -> Config:
    """Where a service's migration scripts are: enough to read its revisions."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files(package).joinpath("migrations")))
    return cfg


def alembic_config(database_url: str, package: str) -> Config:
    cfg = _scripts_config(package)
    cfg.set_main_option("sqlalchemy.url", async_database_url(database_url).replace("%", "%%"))
    cfg.attributes["package"] = package
    return cfg


def upgrade(database_url: str, package: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url, package), revision)


class SchemaBehind(RuntimeError):
    """The database is at an older revision than this release's migrations: the migrate step has not run."""


async def check_schema(engine: AsyncEngine, package: str) -> None:
    """Refuse to run against a database whose schema is older than this release's: its revision must be this
    release's head, or one this release does not know (a newer release migrated it first — migrations are
    additive, so an older release keeps working during a rolling upgrade)."""
    script = ScriptDirectory.from_config(_scripts_config(package))
    heads = set(script.get_heads())
    async with engine.connect() as conn:
        current = set(await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_heads()))
    known = {r.revision for r in script.walk_revisions()}
    if current & heads or (current and not current <= known):
        return
    raise SchemaBehind(f"the {package} database is at revision {', '.join(sorted(current)) or 'none'}; this "
                       f"release needs {', '.join(sorted(heads))}: run `python -m {package} migrate` (the "
                       "migrations Job) first")


def run_env(target_metadata: MetaData) -> None:
    """Body of every service's ``migrations/env.py``."""
    from alembic import context

    config = context.config
    url = config.get_main_option("sqlalchemy.url")
    assert url

    def do_run(connection: Connection) -> None:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=url.startswith("sqlite"), compare_type=True)
        with context.begin_transaction():
            context.run_migrations()

    async def run_async() -> None:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                lock = zlib.crc32(url.encode()) & 0x7FFFFFFF
                await conn.execute(text(f"SELECT pg_advisory_lock({lock})"))
                await conn.commit()
            await conn.run_sync(do_run)
            await conn.commit()
        await engine.dispose()

    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        asyncio.run(run_async())


def main(argv: list[str] | None = None) -> None:
    """``ipp-migrations``: upgrade a database, or autogenerate a new revision for a service (against a
    throw-away SQLite database at head, so the revision holds only the model changes)."""
    import argparse
    import tempfile

    p = argparse.ArgumentParser(prog="ipp-migrations", description="Alembic migrations of a service.")
    sub = p.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("upgrade", help="apply migrations up to head")
    up.add_argument("--service", required=True)
    up.add_argument("--database-url", required=True)
    rev = sub.add_parser("revision", help="autogenerate a revision from the service's models")
    rev.add_argument("--service", required=True)
    rev.add_argument("-m", "--message", required=True)
    a = p.parse_args(argv)
    if a.cmd == "upgrade":
        upgrade(a.database_url, a.service)
        return
    with tempfile.TemporaryDirectory() as d:
        url = f"sqlite+aiosqlite:///{d}/autogen.db"
        upgrade(url, a.service)
        command.revision(alembic_config(url, a.service), message=a.message, autogenerate=True)
