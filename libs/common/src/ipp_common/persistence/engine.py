"""Engines, session factories and single-statement (autocommit) connections."""
from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool
from sqlmodel.ext.asyncio.session import AsyncSession

from ipp_common.core.database_url import async_database_url

# ---------------------------------------------------------------- engine and sessions

def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def make_engine(database_url: str, *, pool_size: int = 20, statement_timeout_ms: int = 5000,
                transaction_pooler: bool = False) -> AsyncEngine:
    database_url = async_database_url(database_url)
    if database_url.startswith("sqlite"):
        engine = create_async_engine(database_url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
            # SQLite's own lower() folds ASCII letters only; the register is searched by Kazakh and Russian
            # names (case-insensitive LIKE is lower() LIKE lower()), so lower() folds every letter here.
            dbapi_conn.create_function("lower", 1, _lower)
        return engine
    # A pooler ignores the statement_timeout startup parameter; asyncpg's command_timeout cancels a statement
    # that outlasts it there.
    connect_args: dict[str, Any] = {"timeout": 5, "command_timeout": statement_timeout_ms / 1000,
                                    "server_settings": {"statement_timeout": str(statement_timeout_ms)}}
    if transaction_pooler:
        # PgBouncer in transaction mode (ADR 30): a statement prepared under a name on one server connection
        # is not there on the next; with both caches off asyncpg parses each statement unnamed, in the same
        # message sequence as its execution.
        connect_args |= {"statement_cache_size": 0, "prepared_statement_cache_size": 0}
    if pool_size == 0:
        # no connection kept in the process: each unit of work opens one and closes it
        return create_async_engine(database_url, poolclass=NullPool, connect_args=connect_args)
    return create_async_engine(
        # No pre-ping: it costs a round trip per checkout. A dropped connection fails once (503 for HTTP, a
        # transient wait for consumers) and SQLAlchemy invalidates the pool on that disconnect.
        database_url, pool_size=pool_size, max_overflow=0, pool_recycle=1800, pool_timeout=5,
        connect_args=connect_args)


@contextlib.asynccontextmanager
async def autocommit_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection for one statement outside an explicit transaction (AUTOCOMMIT): on PostgreSQL one
    round trip instead of three (BEGIN, the statement, COMMIT/ROLLBACK). A single statement sees one
    snapshot and is atomic by itself, so this serves a read, or a write that is one statement."""
    async with engine.connect() as conn:
        yield await conn.execution_options(isolation_level="AUTOCOMMIT")


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
