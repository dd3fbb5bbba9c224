"""The rate limit's client: the token's subject, else the peer address — or, from a trusted proxy, the address
it forwards; a forwarded address from anyone else is ignored (anyone can send the header)."""
from __future__ import annotations

from typing import Any

from ipp_common.core.settings import ServiceSettings
from ipp_common.http.middleware import RateLimitMiddleware


async def _ok(scope: dict, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


async def _status(mw: RateLimitMiddleware, peer: str, forwarded: str | None = None) -> tuple[int, dict[bytes, bytes]]:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    scope = {"type": "http", "method": "GET", "path": "/v1/things", "headers": headers, "client": (peer, 40000)}
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)
    await mw(scope, None, send)
    return sent[0]["status"], dict(sent[0]["headers"])


def _limiter(**kw: Any) -> RateLimitMiddleware:
    return RateLimitMiddleware(_ok, ServiceSettings(service_name="ratetest", rate_limit_per_s=0.01,
                                                    rate_limit_burst=1, **kw))


async def test_clients_behind_a_trusted_proxy_have_their_own_buckets() -> None:
    mw = _limiter(trusted_proxies=["10.0.0.0/8"])
    assert (await _status(mw, "10.0.0.5", "198.51.100.7, 10.0.0.9"))[0] == 200
    status, headers = await _status(mw, "10.0.0.6", "198.51.100.7")  # the same client through another replica
    assert status == 429 and headers[b"ratelimit"] == b'"client";r=0;t=100'
    assert (await _status(mw, "10.0.0.5", "203.0.113.4"))[0] == 200  # another client through the same proxy


async def test_a_forwarded_address_from_an_untrusted_peer_is_ignored() -> None:
    mw = _limiter(trusted_proxies=["10.0.0.0/8"])
    assert (await _status(mw, "192.0.2.1", "198.51.100.7"))[0] == 200
    assert (await _status(mw, "192.0.2.1", "203.0.113.99"))[0] == 429  # a made-up header does not buy a bucket


async def test_without_trusted_proxies_the_peer_is_the_client() -> None:
    mw = _limiter()
    status, headers = await _status(mw, "10.0.0.5", "198.51.100.7")
    assert status == 200 and headers[b"ratelimit-policy"] == b'"client";q=1;w=100'
    assert (await _status(mw, "10.0.0.5", "203.0.113.4"))[0] == 429
