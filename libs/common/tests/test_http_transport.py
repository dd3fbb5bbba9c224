"""The lean httpx transport (ADR 9) against a scripted HTTP server on loopback: framing, keep-alive,
stale connections, time-outs, limits, and the httpx behaviour callers rely on."""
from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from ipp_common.http.transport import LeanTransport


class Server:
    """Answers by path; counts connections and the most open at once."""

    def __init__(self) -> None:
        self.connections = 0
        self.open = 0
        self.max_open = 0
        self.requests: list[tuple[str, str, bytes]] = []

    async def start(self) -> str:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        self.server.close()

    async def handle(self, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.open += 1
        self.max_open = max(self.max_open, self.open)
        try:
            while True:
                try:
                    head = await r.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode().split("\r\n")
                method, target, _ = lines[0].split(" ")
                headers = {k.lower(): v for k, v in (ln.split(": ", 1) for ln in lines[1:] if ln)}
                body = await r.readexactly(int(headers.get("content-length", 0)))
                self.requests.append((method, target, body))
                if not await self.answer(method, target, headers, body, w):
                    return
        finally:
            self.open -= 1
            w.close()

    async def answer(self, method: str, target: str, headers: dict, body: bytes, w: asyncio.StreamWriter) -> bool:
        path = target.split("?")[0]
        if path.startswith("http://"):  # absolute form: asked as a proxy
            path = "/" + path.split("/", 3)[3]

        def send(status: str, payload: bytes, extra: str = "") -> None:
            w.write(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
                    f"{extra}\r\n".encode() + payload)

        if path == "/json":
            send("200 OK", json.dumps({"target": target, "host": headers.get("host")}).encode())
        elif path == "/echo":
            send("201 Created", body, "X-Method: " + method + "\r\n")
        elif path == "/chunked":
            w.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        elif path == "/until-close":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nall of it")
            await w.drain()
            return False
        elif path == "/close-after":  # answers, then closes the kept-alive connection without saying so
            send("200 OK", b'{"ok": true}')
            await w.drain()
            return False
        elif path == "/close-later":  # answers, keeps the connection a moment, then drops it unread
            send("200 OK", b'{"ok": true}')
            await w.drain()
            await asyncio.sleep(0.1)
            return False
        elif path == "/slow":
            await asyncio.sleep(0.2)
            send("200 OK", b"{}")
        elif path == "/never":
            await asyncio.sleep(30)
        elif path == "/garbage":
            w.write(b"NOT HTTP AT ALL\r\n\r\n")
        elif path == "/set-cookie":
            send("200 OK", json.dumps({"cookie": headers.get("cookie")}).encode(), "Set-Cookie: session=abc; Path=/\r\n")
        elif path == "/big":
            send("200 OK", b"x" * 5000)
        elif path == "/503":
            send("503 Service Unavailable", b'{"detail": "down"}', "Retry-After: 1\r\n")
        else:
            send("404 Not Found", b"{}")
        await w.drain()
        return True


@pytest.fixture
async def server():
    s = Server()
    url = await s.start()
    yield s, url
    await s.stop()


async def test_json_request_with_params_and_keep_alive(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(), base_url=url) as c:
        r1 = await c.get("/json", params={"tnved": ["8703", "8704 10"], "bin": "190540001012"})
        r2 = await c.get("/json")
    assert r1.status_code == 200 and r1.http_version == "HTTP/1.1" and r1.reason_phrase == "OK"
    assert r1.json()["target"] == "/json?tnved=8703&tnved=8704+10&bin=190540001012"
    assert r1.json()["host"] == url.removeprefix("http://")
    assert r2.status_code == 200
    assert s.connections == 1  # the second request reused the kept-alive connection


async def test_post_body_and_headers_round_trip(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(), base_url=url) as c:
        r = await c.post("/echo", json={"a": "ä"})
    assert r.status_code == 201 and r.headers["x-method"] == "POST" and r.json() == {"a": "ä"}


async def test_chunked_and_read_until_close_bodies(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(), base_url=url) as c:
        assert (await c.get("/chunked")).text == "hello world"
        assert (await c.get("/until-close")).text == "all of it"
        assert (await c.get("/json")).status_code == 200
    assert s.connections == 2  # the connection that ended with the body was not reused


async def test_connection_closed_by_server_while_idle_is_replaced(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(), base_url=url) as c:
        assert (await c.get("/close-after")).json() == {"ok": True}
        await asyncio.sleep(0.05)
        assert (await c.get("/json")).status_code == 200
    assert s.connections == 2


async def test_stale_connection_race_retries_idempotent_request_only(server):
    """The server drops a kept-alive connection after the next request was written to it, unanswered:
    a GET is sent again on a fresh connection; a POST is not (it may have been processed)."""
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(), base_url=url) as c:
        assert (await c.get("/close-later")).status_code == 200
        await asyncio.sleep(0.02)  # the connection is idle and open; the server drops it at 0.1 s
        assert (await c.get("/json")).status_code == 200
        assert s.connections == 2 and [t for _, t, _ in s.requests] == ["/close-later", "/json"]
        assert (await c.get("/close-later")).status_code == 200
        await asyncio.sleep(0.02)
        with pytest.raises(httpx.RemoteProtocolError):
            await c.post("/echo", content=b"x")


async def test_errors_map_to_httpx_exceptions(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(max_body_bytes=1000), base_url=url,
                                 timeout=httpx.Timeout(0.3)) as c:
        with pytest.raises(httpx.ReadTimeout):
            await c.get("/never")
        with pytest.raises(httpx.RemoteProtocolError):
            await c.get("/garbage")
        with pytest.raises(httpx.RemoteProtocolError, match="over 1000 bytes"):
            await c.get("/big")
        r = await c.get("/503")
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
        # after all of that the pool still serves
        assert (await c.get("/json")).status_code == 200
    async with httpx.AsyncClient(transport=LeanTransport(), timeout=1) as c:
        with pytest.raises(httpx.ConnectError):
            await c.get("http://127.0.0.1:9/")  # discard port: nothing listens


async def test_connection_limit_and_pool_timeout(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(max_connections=2), base_url=url) as c:
        rs = await asyncio.gather(*(c.get("/slow") for _ in range(6)))
        assert [r.status_code for r in rs] == [200] * 6
        assert s.max_open == 2 and s.connections == 2
    async with httpx.AsyncClient(transport=LeanTransport(max_connections=1), base_url=url,
                                 timeout=httpx.Timeout(5, pool=0.05)) as c:
        results = await asyncio.gather(c.get("/slow"), c.get("/slow"), return_exceptions=True)
        assert sorted(type(x).__name__ for x in results) == ["PoolTimeout", "Response"]


async def test_cancelled_request_does_not_leave_connection_in_pool(server):
    s, url = server
    transport = LeanTransport()
    async with httpx.AsyncClient(transport=transport, base_url=url) as c:
        task = asyncio.create_task(c.get("/never"))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert transport.idle_connections == 0
        assert (await c.get("/json")).status_code == 200
        await asyncio.sleep(0.05)
    assert s.connections == 2


async def test_head_goes_to_httpx_own_transport(server):
    s, url = server
    async with httpx.AsyncClient(transport=LeanTransport(), base_url=url) as c:
        r = await c.head("/json")
    assert r.status_code == 200 and r.content == b"" and s.requests[-1][0] == "HEAD"


async def test_outbound_calls_go_through_the_proxy_the_environment_names(server, monkeypatch):
    """A government gateway is reached through the egress proxy of ``HTTP_PROXY``: the request arrives at
    the proxy in absolute form, on either transport (the lean one hands a proxied origin to httpx's)."""
    from ipp_common.http.outbound import outbound_transport, proxy_for
    s, url = server
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.setenv("NO_PROXY", "exempt.example")
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert proxy_for("http://egov.example/json") == url
    assert proxy_for("http://exempt.example/json") is None
    for kind in ("lean", "httpcore"):
        transport = outbound_transport(kind, "http://egov.example", max_connections=2)
        assert isinstance(transport, httpx.AsyncHTTPTransport)
        async with httpx.AsyncClient(transport=transport) as c:
            r = await c.get("http://egov.example/json")
        assert r.json()["target"] == "http://egov.example/json"  # absolute-form: the proxy was asked
    monkeypatch.delenv("HTTP_PROXY")
    assert isinstance(outbound_transport("lean", "http://egov.example", max_connections=2), LeanTransport)


def test_outbound_tls_context_presents_the_client_certificate(tmp_path):
    """Mutual TLS: the context built from the settings holds the client certificate and its key (a wrong
    pair is refused at start, not at the first call)."""
    import datetime
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from ipp_common.http.outbound import tls_context

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ipp-verification")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "k.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    ctx = tls_context(cert_file=str(tmp_path / "c.pem"), key_file=str(tmp_path / "k.pem"))
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    other = ec.generate_private_key(ec.SECP256R1())
    (tmp_path / "k2.pem").write_bytes(other.private_bytes(serialization.Encoding.PEM,
                                                          serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    with pytest.raises(ssl.SSLError):
        tls_context(cert_file=str(tmp_path / "c.pem"), key_file=str(tmp_path / "k2.pem"))
