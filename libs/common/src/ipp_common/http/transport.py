"""A lean HTTP/1.1 transport for httpx: keep-alive connections on asyncio protocols, responses parsed by
httptools (the C parser uvicorn uses). ADR 0009.

Why: profiling the verification consumer showed httpcore's pool and its anyio/h11 layers taking most of
the CPU of an e-gov call (the pool re-scans every connection for every waiting request). The adapters
keep the httpx API — `AsyncClient`, `Request`, `Response`, its time-outs and exceptions — and only the
bytes-on-the-wire part is replaced. What this transport does not do (HEAD, streaming request bodies,
``Upgrade``) goes to httpx's own transport, so a caller never sees a difference in behaviour.

Responses are read whole (the e-gov answers are small JSON documents) up to ``max_body_bytes``.
Time-outs follow the request's httpx ``timeout`` extension: ``pool`` while waiting for a connection,
``connect`` for the TCP/TLS handshake, ``read`` for the whole response.
"""
from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque

import httptools
import httpx

_RETRYABLE_ON_STALE = frozenset({b"GET", b"PUT", b"DELETE", b"OPTIONS"})


class _Connection(asyncio.Protocol):
    """One keep-alive connection; one request at a time (HTTP/1.1 without pipelining)."""

    def __init__(self, max_body_bytes: int) -> None:
        self.max_body_bytes = max_body_bytes
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self.idle_since = time.monotonic()
        self.requests = 0
        self._reset()

    def _reset(self) -> None:
        self.waiter: asyncio.Future[None] | None = None
        self.received = False
        self.headers: list[tuple[bytes, bytes]] = []
        self.body: list[bytes] = []
        self.body_size = 0
        self.headers_done = False
        self.complete = False
        self.keep_alive = False
        self.status = 0
        self.reason = b""
        self.version = "1.1"

    # ---- asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a stream connection is always given a Transport

    def data_received(self, data: bytes) -> None:
        self.received = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as e:
            self._fail(httpx.RemoteProtocolError(f"malformed response: {e}"))
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.waiter is None or self.waiter.done():
            return
        if self.headers_done and not self._framed():
            # No Content-Length and not chunked: the body ends with the connection (RFC 9112 §6.3).
            self.keep_alive = False
            self.complete = True
            self.waiter.set_result(None)
        elif not self.received:
            self.waiter.set_exception(httpx.RemoteProtocolError("Server disconnected without sending a response."))
        else:
            self.waiter.set_exception(httpx.ReadError("connection closed before the response was complete"))

    # ---- httptools callbacks
    def on_status(self, status: bytes) -> None:
        self.reason += status

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.headers_done = True
        self.status = self.parser.get_status_code()
        self.version = self.parser.get_http_version()

    def on_body(self, body: bytes) -> None:
        self.body_size += len(body)
        if self.body_size > self.max_body_bytes:
            self._fail(httpx.RemoteProtocolError(f"response body over {self.max_body_bytes} bytes"))
            self.close()
            return
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.complete = True
        self.keep_alive = self.parser.should_keep_alive()
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    # ----
    def _framed(self) -> bool:
        return any(n.lower() in (b"content-length", b"transfer-encoding") for n, _ in self.headers)

    def _fail(self, exc: Exception) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(exc)

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    def usable(self, expiry: float) -> bool:
        return (not self.closed and self.transport is not None and not self.transport.is_closing()
                and time.monotonic() - self.idle_since < expiry)

    async def exchange(self, head: bytes, body: bytes, read_timeout: float | None) -> None:
        loop = asyncio.get_running_loop()
        self._reset()
        self.requests += 1
        self.waiter = loop.create_future()
        if self.closed or self.transport is None or self.transport.is_closing():
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        self.transport.write(head + body)
        try:
            async with asyncio.timeout(read_timeout):
                await self.waiter
        except TimeoutError as e:
            self.close()
            raise httpx.ReadTimeout("timed out reading the response") from e
        except BaseException:
            self.close()  # failed or cancelled mid-exchange: the connection's state is unknown
            raise


class _Origin:
    def __init__(self, max_connections: int) -> None:
        self.slots = asyncio.Semaphore(max_connections)
        self.idle: deque[_Connection] = deque()


class LeanTransport(httpx.AsyncBaseTransport):
    """httpx transport: HTTP/1.1 keep-alive pool per origin, at most ``max_connections`` in use per origin."""

    def __init__(self, *, max_connections: int = 16, keepalive_expiry: float = 4.0, max_body_bytes: int = 16 << 20,
                 verify: ssl.SSLContext | bool = True) -> None:
        self.max_connections = max_connections
        self.keepalive_expiry = keepalive_expiry
        self.max_body_bytes = max_body_bytes
        self._verify = verify
        self._ssl: ssl.SSLContext | None = None
        self._origins: dict[tuple[bytes, bytes, int], _Origin] = {}
        self._fallback: httpx.AsyncHTTPTransport | None = None
        self._closed = False

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            if isinstance(self._verify, ssl.SSLContext):
                self._ssl = self._verify
            else:
                self._ssl = ssl.create_default_context()
                if not self._verify:
                    self._ssl.check_hostname = False
                    self._ssl.verify_mode = ssl.CERT_NONE
        return self._ssl

    def _fallback_transport(self) -> httpx.AsyncHTTPTransport:
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport(verify=self._verify)
        return self._fallback

    @property
    def idle_connections(self) -> int:
        """Connections kept open for reuse, over every origin."""
        return sum(len(o.idle) for o in self._origins.values())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("transport closed")
        url = request.url
        method = request.method.encode()
        if (method == b"HEAD" or url.scheme not in ("http", "https") or not isinstance(request.stream, httpx.ByteStream)
                or "upgrade" in request.headers):
            return await self._fallback_transport().handle_async_request(request)
        body = request.read()
        timeout: dict[str, float | None] = request.extensions.get("timeout", {})
        port = url.port or (443 if url.scheme == "https" else 80)
        key = (url.raw_scheme, url.raw_host, port)
        origin = self._origins.get(key)
        if origin is None:
            origin = self._origins[key] = _Origin(self.max_connections)

        target = url.raw_path  # path and query, already percent-encoded by httpx
        lines = [method, b" ", target, b" HTTP/1.1\r\n"]
        for name, value in request.headers.raw:
            lines += [name, b": ", value, b"\r\n"]
        lines.append(b"\r\n")
        head = b"".join(lines)

        try:
            async with asyncio.timeout(timeout.get("pool")):
                await origin.slots.acquire()
        except TimeoutError as e:
            raise httpx.PoolTimeout("no connection free within the pool time-out") from e
        try:
            conn, reused = await self._connection(origin, url, port, timeout.get("connect"))
            try:
                await conn.exchange(head, body, timeout.get("read"))
            except httpx.RemoteProtocolError:
                # A kept-alive connection the server closed just as we wrote: nothing was processed, so an
                # idempotent request is sent again on a fresh connection (as browsers and httpcore do).
                if not (reused and not conn.received and method in _RETRYABLE_ON_STALE):
                    raise
                conn, reused = await self._connection(origin, url, port, timeout.get("connect"), fresh=True)
                await conn.exchange(head, body, timeout.get("read"))
            response = httpx.Response(
                conn.status, headers=conn.headers, stream=httpx.ByteStream(b"".join(conn.body)),
                extensions={"http_version": b"HTTP/" + conn.version.encode(), "reason_phrase": conn.reason.strip()},
                request=request)
            if conn.keep_alive and not conn.closed and not self._closed:
                conn.idle_since = time.monotonic()
                origin.idle.append(conn)
            else:
                conn.close()
            return response
        finally:
            origin.slots.release()

    async def _connection(self, origin: _Origin, url: httpx.URL, port: int, connect_timeout: float | None,
                          fresh: bool = False) -> tuple[_Connection, bool]:
        while origin.idle and not fresh:
            conn = origin.idle.pop()  # most recently used first: the least likely to have been closed
            if conn.usable(self.keepalive_expiry):
                return conn, True
            conn.close()
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(connect_timeout):
                _, conn = await loop.create_connection(
                    lambda: _Connection(self.max_body_bytes), host=url.host, port=port,
                    ssl=self._ssl_context() if url.scheme == "https" else None,
                    server_hostname=url.host if url.scheme == "https" else None)
        except TimeoutError as e:
            raise httpx.ConnectTimeout(f"connecting to {url.host}:{port} timed out") from e
        except OSError as e:
            raise httpx.ConnectError(f"{type(e).__name__}: {e}") from e
        return conn, False

    async def aclose(self) -> None:
        self._closed = True
        for origin in self._origins.values():
            while origin.idle:
                origin.idle.pop().close()
        if self._fallback is not None:
            await self._fallback.aclose()
