"""The outbound side of agency webhooks: an httpx client that resolves and checks the host before every
call (the SSRF guard), signs (Standard Webhooks) and sends. What came back is a fact the use cases record."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
from standardwebhooks.webhooks import Webhook

from notifications.adapters.orm import WebhookSubscription
from notifications.config import NotificationsSettings
from notifications.domain.webhooks import url_problems


class WebhookSender:
    """The outbound side: resolves and checks the host before every call, signs, sends."""

    def __init__(self, settings: NotificationsSettings, client: httpx.AsyncClient | None = None):
        self.settings = settings
        self.client = client or httpx.AsyncClient(timeout=settings.webhook_timeout_s, follow_redirects=False)

    async def close(self) -> None:
        await self.client.aclose()

    async def check_url(self, url: str) -> list[str]:
        host = urlsplit(url).hostname or ""
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None)
            resolved = sorted({str(i[4][0]) for i in infos})
        except OSError:
            resolved = []
        return url_problems(url, resolved, require_https=self.settings.webhook_require_https,
                            allowed_private=self.settings.webhook_allowed_private_cidrs)

    async def send(self, sub: WebhookSubscription, msg_id: str, payload: str) -> tuple[int | None, str | None, str]:
        problems = await self.check_url(sub.url)  # again at send time: DNS may have changed
        if problems:
            return None, "; ".join(problems), ""
        now = datetime.now(UTC)
        headers = {"webhook-id": msg_id, "webhook-timestamp": str(int(now.timestamp())),
                   "webhook-signature": Webhook(sub.secret).sign(msg_id, now, payload),
                   "content-type": "application/json", "user-agent": "ipp-notifications/1"}
        try:
            r = await self.client.post(sub.url, content=payload.encode(), headers=headers)
            return r.status_code, None, r.text[:2000]
        except httpx.HTTPError as e:
            return None, f"{type(e).__name__}: {e}"[:500], ""
