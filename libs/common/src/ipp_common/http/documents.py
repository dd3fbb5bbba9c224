"""What the five OpenAPI documents say beyond what FastAPI derives from the routes: stable operationIds, the
roles of each operation, the headers the platform sends and reads, the links from creating operations to
what they created, and the examples recorded from the platform (ADR 24, 25, 26, 27)."""
from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from ipp_common.http import examples, idempotency, languages, preconditions
from ipp_common.http.auth import roles_of
from ipp_common.http.problem_responses import Problem


def complete(spec: dict[str, Any], app: FastAPI, service: str) -> dict[str, Any]:
    """The service's document as FastAPI generated it, completed."""
    components = spec.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = Problem.model_json_schema()
    components["parameters"] = {"Accept-Language": languages.PARAMETER}
    components["headers"] = {"Content-Language": languages.CONTENT_LANGUAGE, **ANSWER_HEADERS}
    for ops in spec.get("paths", {}).values():
        for method, op in ops.items():  # ``<service>.<endpoint function>``: stable names for clients
            op["operationId"] = f"{service}.{op['operationId']}"
            params = op.setdefault("parameters", [])
            params.append({"$ref": "#/components/parameters/Accept-Language"})
            keyed = method == "post" and bool(op.get("security"))
            if keyed and not any(p.get("name") == idempotency.HEADER for p in params):
                params.append(idempotency.PARAMETER)
            for code, answer in op.get("responses", {}).items():
                answer["headers"] = {**answer.get("headers", {}), "X-Request-Id": _ref("X-Request-Id")}
                if keyed and code.startswith("2"):
                    answer["headers"][idempotency.REPLAYED] = _ref(idempotency.REPLAYED)
    add_roles(spec, app)
    preconditions.document(spec, app.routes)
    add_links(spec)
    examples.add_examples(spec, examples.recorded(service))
    return spec


ANSWER_HEADERS = {
    "X-Request-Id": {"description": "The request's id (the caller's X-Request-Id when it is 1-80 printable "
                                    "characters, else a new one): in the logs, the traces and the audit trail",
                     "schema": {"type": "string"}},
    idempotency.REPLAYED: {"description": "`true` when this is the stored answer to an earlier request with the "
                                          "same Idempotency-Key (ADR 23)", "schema": {"type": "string", "enum": ["true"]}},
}
"""Response headers the documents declare once (``components.headers``) and refer to from each answer."""


def _ref(header: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{header}"}


def add_roles(spec: dict[str, Any], app: FastAPI) -> None:
    """Name in each operation's bearer requirement the roles that may call it (``require_roles``), so that
    an integrator — and the fuzzing, which sends each operation a token of a role it admits — can tell."""
    for route in app.routes:
        roles = roles_of(route.dependant) if isinstance(route, APIRoute) else None
        for method in getattr(route, "methods", None) or ():
            op = spec.get("paths", {}).get(getattr(route, "path_format", ""), {}).get(method.lower())
            if roles and op is not None and op.get("security"):
                op["security"] = [{name: roles for name in requirement} for requirement in op["security"]]


def add_links(spec: dict[str, Any]) -> None:
    """OpenAPI links from each creating POST to the operations on what it created (the paths below it with
    one more parameter, filled from the answer's ``id`` — or ``bin`` where the parameter is the BIN), so
    that clients and stateful fuzzing can follow create → read → act."""
    paths = spec.get("paths", {})
    for path, ops in paths.items():
        post = ops.get("post")
        if post is None:
            continue
        links: dict[str, Any] = {}
        for other, other_ops in paths.items():
            m = re.fullmatch(re.escape(path) + r"/\{(\w+)\}(/.*)?", other)
            if m is None or m.group(2) and "{" in m.group(2):
                continue
            param = m.group(1)
            for op in other_ops.values():
                links[op["operationId"]] = {"operationId": op["operationId"], "parameters": {
                    param: f"$response.body#/{'bin' if param == 'bin' else 'id'}"}}
        for code, answer in post["responses"].items():
            if code.startswith("2") and links:
                answer["links"] = links
