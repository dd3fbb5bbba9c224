"""The webhook deliveries to agencies as OpenAPI 3.1 ``webhooks`` (docs/webhooks.md): one POST for each event type
an agency can subscribe to, its body the CloudEvents envelope with ``data`` typed by the event (the schemas of
the AsyncAPI document), its headers those of Standard Webhooks; and the verification handshake."""
from __future__ import annotations

from typing import Any

from ipp_common.cli.asyncapi import build as asyncapi

from notifications.adapters.bindings import foreign_types

HEADERS = [
    {"name": "webhook-id", "in": "header", "required": True, "schema": {"type": "string"},
     "description": "The event's id: the same event delivered again has the same id (process each id once)"},
    {"name": "webhook-timestamp", "in": "header", "required": True,
     "schema": {"type": "string", "pattern": "^[0-9]+$"},
     "description": "Unix seconds when it was sent; refuse one more than 5 minutes from your clock"},
    {"name": "webhook-signature", "in": "header", "required": True,
     "schema": {"type": "string", "pattern": "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$"},
     "description": "`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with "
                    "the subscription's secret (Standard Webhooks)"},
]
ANSWERS = {
    "2XX": {"description": "Delivered"},
    "4XX": {"description": "Refused by the receiver: not sent again (408 and 429 are retried)"},
    "5XX": {"description": "Not delivered: retried with back-off, then parked (docs/webhooks.md §5)"},
}
VERIFICATION = {"type": "object", "required": ["type", "subscription_id", "challenge"],
                "properties": {"type": {"const": "webhook.verification"},
                               "subscription_id": {"type": "string", "format": "uuid"},
                               "challenge": {"type": "string"}},
                "description": "The handshake a new subscription's URL receives before any event: answer 2xx "
                               "with `{\"challenge\": \"<the same challenge>\"}`"}


def add_webhooks(spec: dict[str, Any]) -> dict[str, Any]:
    events = asyncapi()
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in events["components"]["schemas"].items():
        schemas.setdefault(name, schema)
    schemas["WebhookVerification"] = VERIFICATION
    messages = events["components"]["messages"]
    hooks: dict[str, Any] = {"webhook.verification": {"post": {
        "operationId": "notifications.webhook_verification", "summary": "The subscription's handshake",
        "tags": ["webhooks"], "parameters": HEADERS, "security": [],
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/WebhookVerification"}}}},
        "responses": {"2XX": {"description": "The URL answered the challenge", "content": {"application/json": {
            "schema": {"type": "object", "required": ["challenge"], "properties": {
                "challenge": {"type": "string"}}}}}}}}}}
    for event_type in foreign_types():
        message = messages[event_type.replace(".", "_")]
        hooks[event_type] = {"post": {
            "operationId": f"notifications.webhook.{event_type}", "tags": ["webhooks"],
            "summary": message["summary"], "parameters": HEADERS,
            "security": [],  # the receiver checks the signature (webhook-signature), not a token of ours
            "requestBody": {"required": True, "content": {"application/json": {"schema": message["payload"]}}},
            "responses": ANSWERS}}
    spec["webhooks"] = hooks
    return spec
