"""A database connection lost under a request — a pooler or a server restarting — is answered 503 with
Retry-After (the client sends the request again, with its Idempotency-Key), never 500: also when the
connection is closed during its handshake, which SQLAlchemy does not mark as a disconnect."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import httpx
import pytest
import sqlalchemy as sa
from ipp_common.core.settings import ServiceSettings
from ipp_common.http.app import create_app
from ipp_common.persistence.engine import make_engine

pytestmark = pytest.mark.integration


class CuttingProxy:
    """A TCP relay in front of PostgreSQL that closes both sides when the client sends its ``cut_at``-th
    packet: 2 is the first message after the startup packet (mid-handshake), a later one mid-session."""

    def __init__(self, upstream: tuple[str, int], cut_at: int):
        self.upstream, self.cut_at = upstream, cut_at
        self.server: asyncio.Server | None = None

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)

        async def client_to_server() -> None:
            sent = 0
            while data := await reader.read(65536):
                sent += 1
                if sent == self.cut_at:
                    writer.transport.abort()
                    up_writer.transport.abort()
                    return
                up_writer.write(data)
                await up_writer.drain()

        async def server_to_client() -> None:
            while data := await up_reader.read(65536):
                writer.write(data)
                await writer.drain()
        await asyncio.gather(client_to_server(), server_to_client(), return_exceptions=True)

    async def __aenter__(self) -> int:
        self.server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def __aexit__(self, *_: object) -> None:
        assert self.server is not None
        self.server.close()


@pytest.fixture
async def pg(infra) -> AsyncIterator[tuple[str, int]]:  # noqa: ANN001
    parts = urlsplit(infra.pg_base)
    yield parts.hostname or "127.0.0.1", parts.port or 5432


@pytest.mark.parametrize("cut_at", [2, 3, 4], ids=["mid-handshake", "first-statement", "later"])
async def test_a_connection_lost_under_a_request_is_503_with_retry_after(pg: tuple[str, int], cut_at: int) -> None:
    async with CuttingProxy(pg, cut_at) as port:
        engine = make_engine(f"postgresql://postgres@127.0.0.1:{port}/postgres", pool_size=0)
        app = create_app(ServiceSettings(service_name="outagetest"), title="t", description="d", lifespan=None)

        @app.get("/v1/now")
        async def now() -> dict[str, str]:
            async with engine.connect() as conn:
                return {"now": str((await conn.execute(sa.text("SELECT now()"))).scalar_one())}

        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                                         base_url="http://t") as client:
                r = await client.get("/v1/now")
        finally:
            await engine.dispose()
    assert r.status_code == 503, r.text
    assert r.headers["retry-after"] and r.json()["code"] == "service_unavailable"


async def test_the_same_request_through_an_unbroken_connection_is_answered(pg: tuple[str, int]) -> None:
    """The relay itself carries a whole session when it does not cut (the test above proves the cut)."""
    async with CuttingProxy(pg, cut_at=10**6) as port:
        engine = make_engine(f"postgresql://postgres@127.0.0.1:{port}/postgres", pool_size=0)
        try:
            async with engine.connect() as conn:
                assert (await conn.execute(sa.text("SELECT 1"))).scalar_one() == 1
        finally:
            await engine.dispose()
