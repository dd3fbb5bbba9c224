"""problem+json answers: how a ProblemError and a request validation error become RFC 9457 responses."""
from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from ipp_common.http.languages import problem_content
from ipp_common.http.problem_pages import type_url
from ipp_common.http.problems import PROBLEM_MEDIA_TYPE, ProblemError
from ipp_common.law.errors import Conflict, DomainError, Forbidden, Malformed, NotFound, Rejected


def problem_response(p: ProblemError, request: Request | None = None) -> JSONResponse:
    """The problem as an answer, in the language the request's Accept-Language asks for (``languages``)."""
    body, headers = p.body(str(request.url.path) if request else None), dict(p.headers or {})
    if request is not None:
        settings = getattr(request.app.state, "settings", None)
        if settings is not None:
            body["type"] = type_url(settings.public_api_url, p.code)
        body, language = problem_content(body, request.headers.get("accept-language"),
                                         getattr(settings, "service_name", ""))
        headers |= language
    return JSONResponse(body, status_code=p.status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(x) for x in loc)


DOMAIN_STATUS: dict[type[DomainError], int] = {Rejected: 422, Forbidden: 403, NotFound: 404, Conflict: 409,
                                                Malformed: 422}
"""The HTTP status of each kind of domain error. A malformed value is one its schema admits (a cursor
has the documented form and was not issued by this API): the content is unprocessable, 422, where 400 would
tell a client that generates requests from the schema that it sent what the schema forbids."""


def domain_problem(e: DomainError) -> ProblemError:
    """The problem a domain error is answered with (its kind decides the status; 422 for any other)."""
    status = next((s for kind, s in DOMAIN_STATUS.items() if isinstance(e, kind)), 422)
    headers = {"Retry-After": str(e.retry_after_s)} if e.retry_after_s is not None else None
    return ProblemError(status, e.code, e.title, e.detail, article=e.article, field=e.field, errors=e.errors,
                        extra=e.extra, headers=headers)


def _json_media(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def validation_problem(exc: RequestValidationError, content_type: str | None = None) -> ProblemError:
    """422 for a body or parameter that breaks its schema; 400 for a body that is not JSON at all, and 415 for
    a body sent as another media type than JSON (RFC 9110 §15.5.1, §15.5.16) — a request the schema cannot
    even be applied to."""
    raw = exc.errors()
    if any(e.get("type") == "json_invalid" for e in raw):
        first = next(e for e in raw if e.get("type") == "json_invalid")
        return ProblemError(400, "json_invalid", "Malformed JSON",
                            f"The body is not valid JSON: {first.get('msg')}", field="body",
                            errors=[{"field": "body", "rule": "json_invalid", "message": str(first.get("msg"))}])
    body_errors = [e for e in raw if tuple(e.get("loc", ()))[:1] == ("body",)]
    if body_errors and content_type is not None and not _json_media(content_type):
        return ProblemError(415, "unsupported_media_type", "Unsupported media type",
                            f"The body must be application/json; it was sent as {content_type.split(';')[0]}.",
                            field="content-type", headers={"Accept-Post": "application/json"})
    errors = []
    for e in raw:
        ctx = e.get("ctx") or {}
        item = {"field": _field(e.get("loc", ())), "rule": e.get("type"), "message": e.get("msg")}
        if ctx.get("article"):
            item["article"] = ctx["article"]
        errors.append(item)
    first = errors[0] if errors else {}
    return ProblemError(422, "validation_failed", "Request is not valid",
                        f"{first.get('field')}: {first.get('message')}" if first else None,
                        field=first.get("field"), article=first.get("article"), errors=errors)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"description": d, "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    for s, d in {400: "Bad request (a body that is not JSON)", 401: "No or invalid token", 403: "Role, scope or BIN not allowed",
                 404: "Not found (or not yours)", 405: "Method not allowed", 409: "Conflict with the current state",
                 412: "If-Match names an ETag the resource no longer has",
                 413: "Body too large", 415: "The body is not application/json",
                 422: "Input breaks a rule (field, rule, article)", 429: "Rate limited",
                 500: "Internal error", 503: "Dependency unavailable; retry after Retry-After"}.items()}
_RETRY_AFTER = {"description": "Seconds to wait before sending the request again", "schema": {"type": "integer"}}
for _answer in PROBLEM_RESPONSES.values():
    _answer["headers"] = {"Content-Language": {"$ref": "#/components/headers/Content-Language"}}
PROBLEM_RESPONSES[429]["headers"] |= {"Retry-After": _RETRY_AFTER}  # and RateLimit, as every answer (documents)
PROBLEM_RESPONSES[503]["headers"] |= {"Retry-After": _RETRY_AFTER}


class ProblemRule(BaseModel):
    """One broken rule: the field, the rule's code (its page is ``/problems/{rule}``), a message in the
    answer's language and the article of the law where one applies."""
    model_config = ConfigDict(extra="allow")
    field: str
    rule: str
    message: str | None = None
    article: str | None = None


class Problem(BaseModel):
    """RFC 9457 problem details, with the rule's code and the article of the law where one applies."""
    model_config = ConfigDict(extra="allow")
    type: str = Field(description="The problem type's page (`/problems/{code}` on the service): its title in "
                                  "Kazakh, Russian and English, the articles and fields it names, and what to do",
                      json_schema_extra={"format": "uri"})
    title: str
    status: int
    code: str
    detail: str | None = None
    instance: str | None = None
    article: str | None = None
    field: str | None = None
    errors: list[ProblemRule] | None = None
