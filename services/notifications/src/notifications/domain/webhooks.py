"""Agency webhooks: which events an agency may receive, which URLs may be called, and how deliveries are
retried. Pure rules."""
from __future__ import annotations

import ipaddress
from fnmatch import fnmatchcase
from urllib.parse import urlsplit


def type_allowed(event_type: str, patterns: list[str]) -> bool:
    return any(fnmatchcase(event_type, p) for p in patterns)


def permitted_patterns(scopes: frozenset[str], scope_map: dict[str, list[str]]) -> list[str]:
    """The event-type patterns an agency's token scopes allow it to subscribe to."""
    return sorted({p for s in scopes for p in scope_map.get(s, [])})


def url_problems(url: str, resolved: list[str], *, require_https: bool, allowed_private: list[str]) -> list[str]:
    """SSRF guard: a webhook URL must be https, carry no credentials, and every address its host resolves
    to must be public — loopback, private, link-local (cloud metadata), multicast and reserved ranges are
    refused unless an operator explicitly allows a range (test environments)."""
    problems = []
    parts = urlsplit(url)
    if parts.scheme != "https" and (require_https or parts.scheme != "http"):
        problems.append("the URL must use https")
    if parts.username or parts.password:
        problems.append("the URL must not carry credentials")
    if not parts.hostname:
        problems.append("the URL has no host")
        return problems
    if not resolved:
        problems.append(f"the host {parts.hostname} does not resolve")
    allowed = [ipaddress.ip_network(c) for c in allowed_private]
    for addr in resolved:
        ip = ipaddress.ip_address(addr.split("%")[0])
        if any(ip in net for net in allowed):
            continue
        if not ip.is_global or ip.is_multicast:
            problems.append(f"{parts.hostname} resolves to a non-public address ({ip})")
    return problems


def delivery_outcome(status_code: int | None) -> str:
    """succeeded on 2xx; retry on no answer (time-out, connection), 5xx and 429; failed on other 4xx (the
    receiver refused it; sending it again would not help)."""
    if status_code is None or status_code >= 500 or status_code == 429:
        return "retry"
    if 200 <= status_code < 300:
        return "succeeded"
    return "failed"


def backoff_s(attempts: int, base: float, cap: float) -> float:
    return float(min(cap, base * 2.0 ** max(0, attempts - 1)))
