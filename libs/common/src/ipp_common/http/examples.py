"""Examples in the OpenAPI documents, taken from the platform's own answers.

Every operation of the five documents shows a request and an answer that the running platform really sent:
``ExampleRecorder`` (mounted only when ``IPP_ENV=test`` and ``IPP_RECORD_EXAMPLES`` names a directory) keeps
the first successful JSON exchange of each operation while the test suite drives the platform;
``clients/examples.py`` gathers them into ``<service>/openapi_examples.json`` in each service's package; and
``add_examples`` puts them into the document the service serves. The refusals each operation gave while the
suite ran (one per status and code, the generic 401/413/429 aside) become named examples of its problem
answers: an integrator sees which codes an operation answers, with a real body. An example is real data in the current
shape: a test validates every one against its operation's schemas, so a schema change that leaves an example
behind fails until the examples are recorded again (ADR 25)."""
from __future__ import annotations

import asyncio
import copy
import json
import os
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from ipp_common.http.problems import PROBLEM_MEDIA_TYPE

EXAMPLES_FILE = "openapi_examples.json"
GENERIC_REFUSALS = (401, 413, 429)
"""Refusals every operation gives alike (no token, too big, too many): documented once for all, not recorded."""


def operation_key(method: str, path: str) -> str:
    """How an operation is named in the examples file: ``"POST /v1/contracts"``, with the path template."""
    return f"{method.upper()} {path}"


class ExampleRecorder:
    """Pure ASGI: writes the first successful (2xx, JSON) exchange of each operation to
    ``<directory>/<service>/<operation>.json`` — the concrete path, the request body and the answer.
    Several processes of one service may record at once: the first file created wins."""

    def __init__(self, app: Any, service: str, directory: str):
        self.app, self.dir = app, Path(directory) / service
        self.dir.mkdir(parents=True, exist_ok=True)
        self.done: set[str] = {p.stem for p in self.dir.glob("*.json")}

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["path"].startswith(("/test/", "/docs", "/openapi")):
            return await self.app(scope, receive, send)
        request: list[bytes] = []
        answer: dict[str, Any] = {"body": []}

        async def receive_copy() -> dict:
            message = await receive()
            if message["type"] == "http.request":
                request.append(message.get("body", b""))
            return message

        async def send_copy(message: dict) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                kind = next((v for k, v in message.get("headers", []) if k == b"content-type"), b"")
                answer["json"] = kind.split(b";")[0].strip() == b"application/json"  # not application/jsonl
                answer["problem"] = kind.startswith(PROBLEM_MEDIA_TYPE.encode())
            elif message["type"] == "http.response.body":
                answer["body"].append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive_copy, send_copy)
        route = getattr(scope.get("route"), "path", None)
        status = answer.get("status", 0)
        if route is None or not (200 <= status < 300 or answer.get("problem") and status not in GENERIC_REFUSALS):
            return
        key = operation_key(scope["method"], route)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", key)
        response = json.loads(b"".join(answer["body"])) if answer["json"] or answer["problem"] else None
        if status >= 400:  # one refusal of each kind: what this operation was seen to answer, with its code
            code = response.get("code") if isinstance(response, dict) else None
            name = f"{name}~{status}~{re.sub(r'[^a-z0-9_]+', '_', str(code))}"
        if name in self.done:
            return
        self.done.add(name)
        body = b"".join(request)
        record = {"operation": key, "path": scope["path"], "status": status,
                  "request": json.loads(body) if body and status < 400 else None, "response": response}
        await asyncio.to_thread(_write_once, self.dir / f"{name}.json", record)


def _write_once(path: Path, record: dict[str, Any]) -> None:
    try:
        with open(path, "x", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=2)
    except FileExistsError:
        pass


def recorded(service: str) -> dict[str, Any]:
    """The examples kept in the service's package (empty when there are none)."""
    try:
        text = (resources.files(service) / EXAMPLES_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return dict(json.loads(text))


def add_examples(spec: dict[str, Any], examples: dict[str, Any]) -> None:
    """Put each recorded exchange into its operation: the request body's ``example``, the answer's
    ``example`` under the status it came with, the path parameters' values, and each refusal the operation
    was seen to give as a named example (its code) of the problem answer of that status."""
    for path, ops in spec.get("paths", {}).items():
        names = re.findall(r"\{(\w+)\}", path)
        pattern = re.compile("^" + re.sub(r"\\\{\w+\\\}", "([^/]+)", re.escape(path)) + "$")
        for method, op in ops.items():
            record = examples.get(operation_key(method, path))
            if record is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None and record.get("request") is not None:
                body["example"] = record["request"]
            answer = op.get("responses", {}).get(str(record.get("status")), {}).get("content", {}).get("application/json")
            if answer is not None and record.get("response") is not None:
                answer["example"] = record["response"]
            for label, problem in sorted(record.get("problems", {}).items()):
                _add_problem(op, label.split()[0], problem)
            values = pattern.match(record.get("path", ""))
            for param in op.get("parameters", []):
                if values is not None and param.get("in") == "path" and param["name"] in names:
                    param["example"] = _typed(values.group(names.index(param["name"]) + 1), param.get("schema", {}))


def _add_problem(op: dict[str, Any], status: str, problem: dict[str, Any]) -> None:
    """A refusal the operation was seen to give, as a named example of its problem answer (by code)."""
    if status not in op.get("responses", {}):
        return
    answer = op["responses"][status] = copy.deepcopy(op["responses"][status])  # shared by the operations
    media = answer.setdefault("content", {}).setdefault(PROBLEM_MEDIA_TYPE, {})
    article = f" (Art. {problem['article']})" if problem.get("article") else ""
    media.setdefault("examples", {})[problem["code"]] = {"summary": f"{problem['title']}{article}", "value": problem}


def _typed(value: str, schema: dict[str, Any]) -> Any:
    """A path segment as the value its parameter's schema describes (``"2026"`` → 2026 for an integer)."""
    return int(value) if schema.get("type") == "integer" and value.lstrip("-").isdigit() else value


def recording_directory() -> str | None:
    """Where ``ExampleRecorder`` writes, when asked to (``IPP_RECORD_EXAMPLES``)."""
    return os.environ.get("IPP_RECORD_EXAMPLES") or None
