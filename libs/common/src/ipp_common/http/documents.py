"""What the five OpenAPI documents say beyond what FastAPI derives from the routes: stable operationIds, the
roles of each operation, the headers the platform sends and reads, the links from creating operations to
what they created, and the examples recorded from the platform (ADR 24, 25, 26, 27)."""
from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from ipp_common.http import examples, idempotency, languages, preconditions
from ipp_common.http.auth import roles_of, scope_of
from ipp_common.http.problem_responses import Problem


def complete(spec: dict[str, Any], app: FastAPI, service: str) -> dict[str, Any]:
    """The service's document as FastAPI generated it, completed."""
    components = spec.setdefault("components", {})
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components.setdefault("schemas", {}).update({**problem.pop("$defs", {}), "Problem": problem})
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
    settings = app.state.settings
    add_servers(spec, settings.public_api_url, service)
    add_security(spec, app, settings.oauth_token_url)
    preconditions.document(spec, app.routes)
    add_rate_limit_headers(spec)
    add_links(spec)
    bound_decimals(spec)
    examples.add_examples(spec, examples.recorded(service))
    return spec


def add_servers(spec: dict[str, Any], url: str, service: str) -> None:
    """The service's public base URL (``api_base_url``) as the document's one server."""
    spec["servers"] = [{"url": url, "description": f"The {service} service (settings: api_base_url)"}]


AGENCY_SCHEME = "agencyOAuth2"


def add_security(spec: dict[str, Any], app: FastAPI, token_url: str) -> None:
    """Public operations say ``security: []``; agencies' operations also name the OAuth2 client-credentials
    flow by which an agency's system gets its token from the identity provider, with the scope each needs."""
    scopes: dict[str, str] = {}
    for ops in spec.get("paths", {}).values():
        for op in ops.values():
            op.setdefault("security", [])  # FastAPI leaves it out where no security dependency is: public
    for route in app.routes:
        if not isinstance(route, APIRoute):
            continue
        roles, scope = roles_of(route.dependant) or [], scope_of(route.dependant)
        for method in route.methods or ():
            op = spec.get("paths", {}).get(route.path_format, {}).get(method.lower())
            if op is None:
                continue
            if op["security"] and "agency" in roles:
                op["security"].append({AGENCY_SCHEME: [scope] if scope else []})
                if scope:
                    scopes[scope] = f"Agency operations that need the `{scope}` scope"
    spec.setdefault("components", {}).setdefault("securitySchemes", {})[AGENCY_SCHEME] = {
        "type": "oauth2",
        "description": "How an agency's system gets a token: the OAuth2 client-credentials grant (RFC 6749 §4.4) at "
                       "the e-gov identity provider, which issues a JWT with `role: agency` and the scopes granted "
                       "to the agency (docs/operations.md, \"Tokens for agencies\"). Send it as a bearer token.",
        "flows": {"clientCredentials": {"tokenUrl": token_url, "scopes": dict(sorted(scopes.items()))}}}


RATE_LIMIT_HEADERS = {
    "RateLimit-Policy": {"description": "The client's bucket (IETF RateLimit fields): `q` requests, refilled in "
                                        "`w` seconds", "schema": {"type": "string"}, "example": '"client";q=200;w=4'},
    "RateLimit": {"description": "Requests left (`r`) and seconds until the bucket is full again (`t`)",
                  "schema": {"type": "string"}, "example": '"client";r=199;t=1'},
}
"""The fields the rate limiter adds to every answer but those of /health and /metrics."""


def add_rate_limit_headers(spec: dict[str, Any]) -> None:
    spec.setdefault("components", {}).setdefault("headers", {}).update(RATE_LIMIT_HEADERS)
    for path, ops in spec.get("paths", {}).items():
        if path.startswith(("/health", "/metrics")):
            continue
        for op in ops.values():
            for answer in op.get("responses", {}).values():
                answer["headers"] = {**answer.get("headers", {}), **{h: _ref(h) for h in RATE_LIMIT_HEADERS}}


_DECIMAL_ANY = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"
_DECIMAL_NOT_NEGATIVE = r"^\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"
_DECIMAL_POSITIVE = r"^\+?([0-9]*[1-9][0-9]*(\.[0-9]*)?|[0-9]*\.[0-9]*[1-9][0-9]*)$"
"""A decimal's string form bounded as its number form is: any sign; not negative (``minimum: 0``); more than
zero (``exclusiveMinimum: 0``) — with no look-ahead, which not every generated client's regex engine has."""


def bound_decimals(spec: dict[str, Any]) -> None:
    """A request decimal is a number or a string (``DecimalForm``): the string branch gets the pattern its
    number branch's lower bound implies, and a default (which pydantic writes as a string, a type only one
    branch has) moves into the description, so that typed models generated from the document agree."""
    for schema in spec.get("components", {}).get("schemas", {}).values():
        for prop in (schema.get("properties") or {}).values():
            branches = prop.get("anyOf", [])
            number = next((b for b in branches if b.get("type") == "number"), None)
            text = next((b for b in branches if b.get("type") == "string" and b.get("pattern") == _DECIMAL_ANY), None)
            if number is None or text is None:
                continue
            if number.get("exclusiveMinimum", -1) >= 0 or number.get("minimum", -1) > 0:
                text["pattern"] = _DECIMAL_POSITIVE
            elif number.get("minimum", -1) >= 0:
                text["pattern"] = _DECIMAL_NOT_NEGATIVE
            if "default" in prop:
                default = prop.pop("default")
                prop["description"] = (prop.get("description", "") + f" Default: {default}.").strip()


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
