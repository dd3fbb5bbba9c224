"""NotifiedCache on the real PostgreSQL (ADR 8): a NOTIFY empties the key it names (or everything), a
load that overlaps a notification is not kept, and without a listening connection nothing is cached."""
from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest
from ipp_common.persistence.cache import NotifiedCache
from ipp_common.persistence.engine import make_engine
from sqlalchemy.ext.asyncio import AsyncEngine

pytestmark = pytest.mark.integration


@pytest.fixture
async def engine(infra) -> AsyncIterator[AsyncEngine]:  # noqa: ANN001 - fixture from the root conftest
    e = make_engine(infra.sqlalchemy_url("postgres"))
    yield e
    await e.dispose()


async def notify(infra, channel: str, payload: str) -> None:  # noqa: ANN001
    conn = await asyncpg.connect(infra.pg_base + "/postgres")
    await conn.execute("SELECT pg_notify($1, $2)", channel, payload)
    await conn.close()


async def settle(cond, timeout: float = 5.0) -> None:  # noqa: ANN001
    for _ in range(int(timeout / 0.02)):
        if cond():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached")


async def test_values_are_cached_until_a_notification_names_them(infra, engine: AsyncEngine) -> None:  # noqa: ANN001
    channel = "ipp_test_" + uuid.uuid4().hex[:8]
    cache: NotifiedCache[int] = NotifiedCache("t", channel, lambda: engine, enabled=True)
    loads: list[str] = []
    source = {"a": 1, "b": 2}

    async def load(k: str) -> int:
        loads.append(k)
        return source[k]
    try:
        assert await cache.get("a", lambda: load("a")) == 1
        assert await cache.get("b", lambda: load("b")) == 2
        source["a"] = 10
        assert await cache.get("a", lambda: load("a")) == 1  # not told yet: cached
        assert loads == ["a", "b"]
        await notify(infra, channel, "a")
        await settle(lambda: "a" not in cache)
        assert await cache.get("a", lambda: load("a")) == 10
        assert await cache.get("b", lambda: load("b")) == 2  # another key untouched
        assert loads == ["a", "b", "a"]
        await notify(infra, channel, "")  # empty payload: everything
        await settle(lambda: len(cache) == 0)
    finally:
        await cache.close()


async def test_a_load_overlapping_a_notification_is_not_kept(infra, engine: AsyncEngine) -> None:  # noqa: ANN001
    channel = "ipp_test_" + uuid.uuid4().hex[:8]
    cache: NotifiedCache[str] = NotifiedCache("t", channel, lambda: engine, enabled=True)
    await cache.trusted()
    gen = cache.generation

    async def slow_load() -> str:
        await notify(infra, channel, "k")  # the row changes while it is being read
        await settle(lambda: cache.generation > gen)
        return "read before the change"
    try:
        assert await cache.get("k", slow_load) == "read before the change"
        assert "k" not in cache
    finally:
        await cache.close()


async def test_nothing_is_cached_without_a_listener(infra, engine: AsyncEngine) -> None:  # noqa: ANN001
    channel = "ipp_test_" + uuid.uuid4().hex[:8]
    off: NotifiedCache[int] = NotifiedCache("t", channel, lambda: engine, enabled=False)
    calls = 0

    async def load() -> int:
        nonlocal calls
        calls += 1
        return calls
    assert await off.get("k", load) == 1 and await off.get("k", load) == 2
    on: NotifiedCache[int] = NotifiedCache("t", channel, lambda: engine, enabled=True)
    assert await on.get("k", load) == 3 and await on.get("k", load) == 3
    # the listening connection dies (e.g. PostgreSQL restarts): the cache empties and reads go through
    admin = await asyncpg.connect(infra.pg_base + "/postgres")
    await admin.execute("SELECT pg_terminate_backend($1)", on.listener.connection.get_server_pid())
    await admin.close()
    await settle(lambda: on.listener.connection.is_closed())
    on.listener.next_attempt = float("inf")  # keep it disconnected for the assertion
    assert not await on.trusted()
    assert await on.get("k", load) == 4 and await on.get("k", load) == 5
    await on.close()
