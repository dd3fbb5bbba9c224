"""The identity provider's signing keys from its JWKS URL, so that a key rotation needs no redeploy.

Keys are cached by ``kid``. A token signed with a key not in the cache makes the cache refresh at once — but
at most once per ``jwks_refresh_min_s``, so that tokens with made-up key ids cannot turn the service into a
load generator against the identity provider; the whole set is also refreshed every ``jwks_ttl_s`` so that
a withdrawn key stops verifying. The static keys of ``jwt_public_keys`` keep working beside the JWKS.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import jwt

log = logging.getLogger("ipp.auth")


class JwksKeys:
    def __init__(self, url: str, *, refresh_min_s: float, ttl_s: float, timeout_s: float = 5.0):
        self.url, self.refresh_min_s, self.ttl_s, self.timeout_s = url, refresh_min_s, ttl_s, timeout_s
        self.keys: dict[str, Any] = {}
        self.fetched_at: float | None = None
        self._lock = asyncio.Lock()

    async def key_for(self, kid: str) -> Any | None:
        """The public key with this id, refreshing the set when the id is unknown or the set is stale (and
        the last refresh is old enough); None when the identity provider does not publish it."""
        now = time.monotonic()
        stale = self.fetched_at is None or now - self.fetched_at >= self.ttl_s
        if kid in self.keys and not stale:
            return self.keys[kid]
        async with self._lock:
            if self.fetched_at is None or time.monotonic() - self.fetched_at >= self.refresh_min_s:
                await self._refresh()
        return self.keys.get(kid)

    async def _refresh(self) -> None:
        self.fetched_at = time.monotonic()  # also on failure: the refresh rate stays bounded
        try:
            # A fresh client per refresh: refreshes are minutes apart, and nothing needs closing at shutdown.
            async with httpx.AsyncClient(timeout=self.timeout_s) as client:
                r = await client.get(self.url)
                r.raise_for_status()
                jwk_set = jwt.PyJWKSet.from_dict(r.json())
        except (httpx.HTTPError, ValueError, jwt.PyJWKSetError) as e:
            log.warning("JWKS not refreshed; the keys fetched before stay", extra={"url": self.url, "error": str(e)})
            return
        self.keys = {k.key_id: k.key for k in jwk_set.keys if k.key_id}
        log.info("JWKS refreshed", extra={"url": self.url, "kids": sorted(self.keys)})
