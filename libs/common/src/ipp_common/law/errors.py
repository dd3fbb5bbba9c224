"""Errors of the domain: a request the law (or the state of a thing) does not allow, named by a
machine-readable ``code``, with the ``article`` of the law and the ``field`` where they apply.

Domain and service layers raise these and know nothing of HTTP; the edge (``http.problem_responses``)
turns each kind into its RFC 9457 problem: ``Rejected`` → 422, ``NotFound`` → 404, ``Conflict`` → 409,
``Forbidden`` → 403,
``Malformed`` → 422.
"""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of the domain's refusals."""

    def __init__(self, code: str, title: str, detail: str | None = None, *, article: str | None = None,
                 field: str | None = None, errors: list[dict[str, Any]] | None = None,
                 extra: dict[str, Any] | None = None, retry_after_s: int | None = None):
        super().__init__(detail or title)
        self.code, self.title, self.detail = code, title, detail
        self.article, self.field, self.errors = article, field, errors
        self.extra = extra or {}
        self.retry_after_s = retry_after_s
        """When the same request may succeed if sent again (a twin still in flight): after how many seconds."""


class Rejected(DomainError):
    """The request breaks a rule: a value the law does not allow, a threshold not met."""


class Malformed(DomainError):
    """The input has the documented form but cannot be read (a cursor this API did not issue)."""


class Forbidden(DomainError):
    """The acting party may not do this (not a party to the contract, not a registered large customer)."""


class NotFound(DomainError):
    """The thing named does not exist (or is not visible to the acting party)."""

    def __init__(self, what: str):
        super().__init__("not_found", "Not found", f"{what} not found.")


class Conflict(DomainError):
    """The thing's current state does not allow the action (a plan not published, a breach closed)."""

    def __init__(self, detail: str, code: str = "conflict", **kw: Any):
        super().__init__(code, "Conflict", detail, **kw)
