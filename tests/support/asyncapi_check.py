"""A message as it travelled on the bus, checked against its AsyncAPI message's payload schema
(docs/asyncapi.json): the CloudEvents envelope with ``data`` typed by the event type (issue 34, item 11)."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "asyncapi.json"


@cache
def _document() -> dict[str, Any]:
    return json.loads(DOCUMENT.read_text())


@cache
def _validator(event_type: str) -> Draft202012Validator | None:
    doc = _document()
    key = event_type.replace(".", "_")
    message = doc["components"]["messages"].get(key)
    if message is None:
        return None
    registry: Registry[Any] = Registry().with_resource("urn:asyncapi", DRAFT202012.create_resource(doc))
    schema = {"$ref": "urn:asyncapi#" + message["payload"]["$ref"].removeprefix("#")}
    return Draft202012Validator(schema, registry=registry)


def asyncapi_violation(routing_key: str, body: bytes) -> str | None:
    """Why the message does not match its message's payload schema, or None when it does."""
    try:
        envelope = json.loads(body)
    except ValueError as e:
        return f"not JSON: {e}"
    validator = _validator(str(envelope.get("type", routing_key)))
    if validator is None:
        return f"no AsyncAPI message for {envelope.get('type')!r}"
    error = next(iter(validator.iter_errors(envelope)), None)
    return None if error is None else f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
