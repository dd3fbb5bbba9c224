"""ETags on every JSON read, and If-Match on the POSTs that change a resource (RFC 9110 §13).

- ``ETagMiddleware`` gives each successful JSON GET an ETag — the hash of the exact bytes, as
  ``responses.conditional_json`` does for the reads that set their own — and answers 304 to a matching
  If-None-Match.
- ``check_if_match`` evaluates ``If-Match`` on a POST that acts on a resource (``/v1/contracts/{id}/signature``
  acts on ``/v1/contracts/{id}``, the nearest path above it with a GET): it reads the resource as the caller
  sees it now and refuses with 412 ``precondition_failed``, the current ETag in the answer, unless a tag
  matches (``*``: the resource exists). A client that read a contract and then signs it learns that someone
  changed it in between, instead of signing what it has not seen.
- When: ``auth.current_principal`` calls ``defer_if_match`` once the caller is known and after an idempotent
  replay had its chance (a retried POST still gets its first answer); the request's first unit of work runs the
  check on entering — after the normal checks (caller, role, validation of path, query and body) and just
  before the action, where RFC 9110 §13.2.2 puts it.

The check reads, then the use case writes: two writes that both pass the check at the same instant are
ordered by what each use case does about concurrency (the registry's decisions compare the version at commit,
409) — If-Match protects against acting on a stale view, which is what clients send it for (ADR 27)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute

from ipp_common.http.problems import ProblemError
from ipp_common.http.responses import etag_of, matches
from ipp_common.http.writes import write_of

IF_MATCH = {"name": "If-Match", "in": "header", "required": False,
            "description": "Act only if the resource (the path above with a GET) still has one of these ETags "
                           "(from its GET); otherwise 412 with the current ETag. `*`: only if it exists.",
            "schema": {"type": "string"}, "example": '"3f5a0c1d9e8b7a6f5e4d3c2b1a0f9e8d"'}
ETAG_HEADER = {"description": "The representation's entity tag: send it in If-None-Match (304) or, to change "
                              "the resource, in If-Match", "schema": {"type": "string"}}


class ETagMiddleware:
    """Pure ASGI: an ETag on every 200 JSON answer to a GET that has none, and 304 to a matching
    If-None-Match. Answers that carry an ETag already (``conditional_json``) pass untouched."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return await self.app(scope, receive, send)
        held: list[dict] = []

        async def send_tagged(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                tagged = any(k == b"etag" for k, _ in headers)
                json_ = any(k == b"content-type" and v.startswith(b"application/json") for k, v in headers)
                if message["status"] != 200 or tagged or not json_:
                    return await send(message)
                held.append(message)
                return
            if not held:
                return await send(message)
            held.append(message)
            if message.get("more_body"):
                return
            await self._send_held(scope, send, held)

        await self.app(scope, receive, send_tagged)

    @staticmethod
    async def _send_held(scope: dict, send: Callable, held: list[dict]) -> None:
        start, body = held[0], b"".join(m.get("body", b"") for m in held[1:])
        tag = etag_of(body)
        headers = [(k, v) for k, v in start.get("headers", []) if k != b"content-length"]
        headers.append((b"etag", tag.encode()))
        asked = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"if-none-match"), None)
        if asked is not None and matches(asked, tag):
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(k, v) for k, v in headers if k != b"content-type"]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def resource_template(routes: list[Any], path: str) -> str | None:
    """The nearest path above a POST's path template that has a GET: the resource the POST changes."""
    gets = {r.path_format for r in routes if isinstance(r, APIRoute) and "GET" in (r.methods or ())}
    parts = path.rstrip("/").split("/")
    for end in range(len(parts) - 1, 2, -1):
        candidate = "/".join(parts[:end])
        if candidate in gets and "{" in candidate:
            return candidate
    return None


async def current_etag(request: Request, template: str) -> str | None:
    """The ETag of the resource as its GET answers the same caller now (None: it does not answer 200)."""
    depth = template.count("/")
    path = "/".join(request.url.path.split("/")[:depth + 1])
    headers = [(k, v) for k, v in request.scope.get("headers", [])
               if k not in (b"if-match", b"if-none-match", b"content-length", b"content-type", b"idempotency-key")]
    scope = {**request.scope, "method": "GET", "path": path, "raw_path": path.encode(), "query_string": b"",
             "headers": headers, "state": {}}
    answer: dict[str, Any] = {"body": []}

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            answer["status"], answer["headers"] = message["status"], dict(message.get("headers", []))
        elif message["type"] == "http.response.body":
            answer["body"].append(message.get("body", b""))

    # The read is not the POST: its scope has a state of its own, without the POST's write record, so
    # whatever its GET writes (a recipient's first retrieval of a notice) commits without the POST's audit
    # row and Idempotency-Key record, which belong to the POST's own change.
    await request.app.router(scope, receive, send)
    if answer.get("status") != 200:
        return None
    tag = answer["headers"].get(b"etag")
    return tag.decode() if tag else etag_of(b"".join(answer["body"]))


_TEMPLATES: dict[tuple[int, str], str | None] = {}


def _template_of(app: Any, route: Any) -> str | None:
    key = (id(app), getattr(route, "path_format", ""))
    if key not in _TEMPLATES:
        _TEMPLATES[key] = resource_template(app.routes, key[1])
    return _TEMPLATES[key]


class ChangedETagMiddleware:
    """Pure ASGI: a POST sent with If-Match that succeeds answers with the ETag the changed resource has now
    (as its GET would answer the same caller), so that the client's next conditional change needs no GET
    first. The answer's ETag is the resource's, not the body's (the POST may answer another view of it); the
    documents say so on each such POST."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not any(
                k == b"if-match" for k, _ in scope.get("headers", [])):
            return await self.app(scope, receive, send)

        async def send_tagged(message: dict) -> None:
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                template = _template_of(scope["app"], scope.get("route"))
                tag = await current_etag(Request(scope), template) if template else None
                if tag is not None:
                    message = {**message, "headers": [*(h for h in message.get("headers", []) if h[0] != b"etag"),
                                                      (b"etag", tag.encode())]}
            await send(message)
        await self.app(scope, receive, send_tagged)


def defer_if_match(request: Request) -> None:
    """Leave the If-Match of this POST to be checked when its first unit of work begins (see above)."""
    if request.method != "POST" or request.headers.get("if-match") is None:
        return
    template = _template_of(request.app, request.scope.get("route"))
    if template is None:
        return  # the POST creates, or acts on nothing with a representation: If-Match does not apply
    write = write_of(request.state)
    if write is not None:
        write.precondition = lambda: check_if_match(request, template)


async def check_if_match(request: Request, template: str) -> None:
    """412 unless the resource this POST changes still has a tag the If-Match names."""
    header = request.headers.get("if-match", "")
    tag = await current_etag(request, template)
    if not matches(header, tag):
        raise ProblemError(412, "precondition_failed", "Precondition failed",
                           "The resource has changed since the ETag in If-Match was read (or does not exist): "
                           "read it again.", field="If-Match", headers={"ETag": tag} if tag else None)


CHANGED_ETAG = {"description": "Sent when the request carried If-Match: the ETag the changed resource (the path "
                               "above with a GET) has now — send it in If-Match of the next change",
                "schema": {"type": "string"}}
IF_NONE_MATCH = {"name": "If-None-Match", "in": "header", "required": False,
                 "description": "Answer 304 with no body if the representation still has one of these ETags",
                 "schema": {"type": "string"}, "example": '"3f5a0c1d9e8b7a6f5e4d3c2b1a0f9e8d"'}
NOT_MODIFIED = {"description": "Not modified: If-None-Match names the representation's current ETag (no body)",
                "headers": {"ETag": ETAG_HEADER}}


def document(spec: dict[str, Any], routes: list[Any]) -> None:
    """If-Match on each POST that changes a resource; on the GETs, the ETag of the 200 answer, If-None-Match
    and its 304."""
    for path, ops in spec.get("paths", {}).items():
        if "post" in ops and resource_template(routes, path):
            ops["post"].setdefault("parameters", []).append(dict(IF_MATCH))
            for code, answer in ops["post"].get("responses", {}).items():
                if code.startswith("2"):
                    answer.setdefault("headers", {})["ETag"] = CHANGED_ETAG
        get = ops.get("get", {})
        answer = get.get("responses", {}).get("200")
        if answer is not None and "application/json" in answer.get("content", {}) and not path.startswith("/health"):
            answer.setdefault("headers", {})["ETag"] = ETAG_HEADER
            get.setdefault("parameters", []).append(dict(IF_NONE_MATCH))
            get["responses"]["304"] = dict(NOT_MODIFIED)
