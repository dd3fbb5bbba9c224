"""Alembic, once for all services. Each service keeps its migrations in ``<service>/migrations`` with an
``env.py`` that calls ``run_env(metadata)``. On PostgreSQL an advisory lock serialises replicas that
start at the same time."""
from __future__ import annotations

import asyncio
import zlib
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, text
from sqlalchemy.ext.asyncio import create_async_engine


def alembic_config(database_url: str, package: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files(package).joinpath("migrations")))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    cfg.attributes["package"] = package
    return cfg


def upgrade(database_url: str, package: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url, package), revision)


def run_env(target_metadata: MetaData) -> None:
    """Body of every service's ``migrations/env.py``."""
    from alembic import context

    config = context.config
    url = config.get_main_option("sqlalchemy.url")
    assert url

    def do_run(connection: object) -> None:
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
