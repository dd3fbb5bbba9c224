"""Outbound HTTP clients to other systems (the e-gov information systems, agencies' webhooks).

A real government gateway sits behind an egress proxy and asks for a client certificate; both are honoured
whatever the transport. httpx reads ``HTTP(S)_PROXY``/``NO_PROXY`` itself only when it builds its own
transport, so the proxy is resolved here from the environment (``urllib.request``'s public functions) and a
proxied origin always goes through httpx's transport — the lean one (ADR 9) speaks only direct HTTP/1.1.
"""
from __future__ import annotations

import logging
import ssl
import urllib.request
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from ipp_common.http.transport import LeanTransport

log = logging.getLogger("ipp.http.outbound")

TransportKind = Literal["lean", "httpcore"]


def tls_context(*, ca_file: str | None = None, cert_file: str | None = None,
                key_file: str | None = None) -> ssl.SSLContext:
    """The TLS context of outbound calls: the system's trust store, or ``ca_file``; with ``cert_file``
    (and ``key_file`` where the key is separate) the client certificate the peer asks for."""
    ctx = ssl.create_default_context(cafile=ca_file)
    if cert_file:
        ctx.load_cert_chain(cert_file, key_file)
    return ctx


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for ``url`` (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``), unless
    ``NO_PROXY`` exempts its host."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    if not proxies or (parts.hostname and urllib.request.proxy_bypass(parts.hostname)):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


def outbound_transport(kind: TransportKind, url: str, *, max_connections: int,
                       tls: ssl.SSLContext | None = None) -> httpx.AsyncBaseTransport:
    """The transport for calls to ``url``: the lean one when asked for and no proxy applies, else httpx's
    own (through the proxy where one applies). Both verify with ``tls``."""
    verify: ssl.SSLContext | bool = tls if tls is not None else True
    proxy = proxy_for(url)
    if kind == "lean" and proxy is None:
        return LeanTransport(max_connections=max_connections, verify=verify)
    if kind == "lean":
        log.info("a proxy applies: httpx's transport instead of the lean one", extra={"url": url})
    return httpx.AsyncHTTPTransport(verify=verify, proxy=proxy, limits=httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections))


def service_client(transport: httpx.AsyncBaseTransport, **kwargs: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for machine-to-machine calls on ``transport``, traced like any other when
    tracing is on (the instrumentation wraps the transport, so a request sent on it directly is traced too)."""
    from ipp_common.observability.telemetry import instrument_client

    client = httpx.AsyncClient(transport=transport, **kwargs)
    instrument_client(client)
    return client
