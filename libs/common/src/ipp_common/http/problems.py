"""RFC 9457 problem details. Every error the platform returns is ``application/problem+json`` with a
machine-readable ``code`` per rule, the ``article`` of the law where one applies, and for validation
errors the list of fields and the rule each broke."""
from __future__ import annotations

from typing import Any

PROBLEM_MEDIA_TYPE = "application/problem+json"


class ProblemError(Exception):
    def __init__(self, status: int, code: str, title: str, detail: str | None = None, *,
                 article: str | None = None, field: str | None = None,
                 errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None,
                 extra: dict[str, Any] | None = None):
        super().__init__(detail or title)
        self.status, self.code, self.title, self.detail = status, code, title, detail
        self.article, self.field, self.errors, self.headers = article, field, errors, headers
        self.extra = extra or {}

    def body(self, instance: str | None = None) -> dict[str, Any]:
        b: dict[str, Any] = {"type": f"urn:ipp:problem:{self.code}", "title": self.title,
                             "status": self.status, "code": self.code}
        if self.detail:
            b["detail"] = self.detail
        if instance:
            b["instance"] = instance
        if self.article:
            b["article"] = self.article
        if self.field:
            b["field"] = self.field
        if self.errors:
            b["errors"] = self.errors
        b.update(self.extra)
        return b
