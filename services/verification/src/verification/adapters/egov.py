"""httpx adapters to the e-gov information systems, one per source, each with its time-out, retries with
back-off and circuit breaker. What was asked and what came back is kept as evidence."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from ipp_common.http.outbound import outbound_transport, service_client, tls_context
from ipp_common.http.resilience import CircuitBreaker, SourceUnavailable, call_with_retry
from ipp_common.law.clock import instant_text

from verification.config import VerificationSettings


@dataclass
class SourceAnswer:
    source: str
    data: dict[str, Any] | None
    unavailable_reason: str | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)


class _Retryable(Exception):
    pass


class EgovSources:
    SOURCES = ("gbd-ul", "sgd", "kgd", "esf", "utilities", "video")

    def __init__(self, settings: VerificationSettings, *, transport: httpx.AsyncBaseTransport | None = None):
        """``transport``: one that every source's client sends on instead of the network's (the in-process
        tests give the e-gov simulator's ASGI app here); the clients, retries and breakers are the same."""
        self.settings = settings
        self.base_url = settings.egov_base_url.rstrip("/")
        # One client (connection pool) per source: they are separate systems with their own limits, and
        # httpcore's pool does work proportional to connections × waiting requests on every request, so
        # one large shared pool costs more CPU than six small ones.
        # Each client on the lean transport (ADR 9) unless configured back to httpx's own.
        tls = tls_context(ca_file=settings.egov_ca_file, cert_file=settings.egov_client_cert_file,
                          key_file=settings.egov_client_key_file)
        self.clients = {s: self._client(settings, transport or outbound_transport(
            settings.http_transport, self.base_url, max_connections=settings.sources_concurrency, tls=tls))
            for s in self.SOURCES}
        # A source's GET goes through its client (its event hooks, limits and tracing apply), with the
        # request built here once (absolute URL, headers, time-out) rather than merged from the client's.
        self._timeout = httpx.Timeout(settings.source_timeout_s).as_dict()
        self._headers = [(b"Accept", b"application/json"), (b"User-Agent", b"ipp-verification")]
        self.breakers = {s: CircuitBreaker(s, settings.breaker_threshold, settings.breaker_reset_s)
                         for s in self.SOURCES}

    @staticmethod
    def _client(settings: VerificationSettings, transport: httpx.AsyncBaseTransport) -> httpx.AsyncClient:
        return service_client(transport, base_url=settings.egov_base_url,
                              timeout=httpx.Timeout(settings.source_timeout_s))

    @property
    def client(self) -> httpx.AsyncClient:
        """The legal-entities register's client (its status feed is read outside a verification)."""
        return self.clients["gbd-ul"]

    async def close(self) -> None:
        for c in self.clients.values():
            await c.aclose()

    async def _get(self, source: str, path: str, params: dict[str, Any] | None, calls: list[dict]) -> dict:
        # The absolute URL is built here once: httpx would parse and validate it three times over (relative
        # path, base merge, query merge) — a third of the adapter's CPU when profiled.
        url = self.base_url + path + ("?" + urlencode(params, doseq=True) if params else "")

        async def once() -> dict:
            t0 = time.perf_counter()
            record: dict[str, Any] = {"source": source, "request": path, "params": params,
                                      "at": instant_text(datetime.now(UTC))}
            calls.append(record)
            try:
                r = await self.clients[source].send(
                    httpx.Request("GET", url, headers=self._headers, extensions={"timeout": self._timeout}))
            except httpx.HTTPError as e:
                record.update(error=f"{type(e).__name__}: {e}", latency_ms=_ms(t0))
                raise _Retryable(str(e)) from e
            record.update(status=r.status_code, latency_ms=_ms(t0))
            if r.status_code >= 500 or r.status_code == 429:
                record["error"] = r.text[:300]
                raise _Retryable(f"HTTP {r.status_code}")
            if r.status_code >= 400:
                record["error"] = r.text[:300]
                raise SourceUnavailable(source, f"HTTP {r.status_code}")
            body = r.json()
            record["response"] = body
            return body
        return await call_with_retry(source, once, breaker=self.breakers[source],
                                     attempts=self.settings.source_attempts,
                                     base_delay_s=self.settings.source_backoff_s, retry_on=(_Retryable,))

    async def _answer(self, source: str, fetch: Any) -> SourceAnswer:
        calls: list[dict] = []
        try:
            return SourceAnswer(source, await fetch(calls), calls=calls)
        except SourceUnavailable as e:
            return SourceAnswer(source, None, e.reason, calls)

    async def legal_entity(self, bin_: str) -> SourceAnswer:
        return await self._answer("gbd-ul", lambda c: self._get("gbd-ul", f"/gbd-ul/v1/entities/{bin_}", None, c))

    async def contributions(self, bin_: str) -> SourceAnswer:
        return await self._answer("sgd", lambda c: self._get("sgd", f"/sgd/v1/contributions/{bin_}", None, c))

    async def arrears(self, bin_: str) -> SourceAnswer:
        return await self._answer("kgd", lambda c: self._get("kgd", f"/kgd/v1/arrears/{bin_}", None, c))

    async def invoices(self, bin_: str, tnved: list[str]) -> SourceAnswer:
        return await self._answer("esf", lambda c: self._get("esf", f"/esf/v1/invoices/{bin_}/summary",
                                                             {"tnved": tnved}, c))

    async def utilities(self, bin_: str, site_ids: list[str]) -> SourceAnswer:
        async def fetch(c: list[dict]) -> dict:
            per_site = [await self._get("utilities", "/utilities/v1/consumption",
                                        {"bin": bin_, "site_id": s}, c) for s in site_ids]
            # Every declared site must show consumption: the weakest site decides.
            return {"electricity_kwh": min(int(p["electricity_kwh"]) for p in per_site), "sites": per_site}
        return await self._answer("utilities", fetch)

    async def video(self, bin_: str, site_ids: list[str]) -> SourceAnswer:
        async def fetch(c: list[dict]) -> dict:
            per_site = [await self._get("video", "/video/v1/feeds", {"bin": bin_, "site_id": s}, c)
                        for s in site_ids]
            reach = [p["reachable"] for p in per_site]
            return {"reachable": all(reach) if all(isinstance(x, bool) for x in reach) else None,
                    "sites": per_site}
        return await self._answer("video", fetch)


def _ms(t0: float) -> int:
    return int((time.perf_counter() - t0) * 1000)
