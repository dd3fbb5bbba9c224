"""Keyset pagination: the position after the last item of a page, as an opaque cursor."""
from __future__ import annotations

import base64
import json
from typing import Any

from ipp_common.law.errors import Malformed


def encode_cursor(values: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict[str, Any] | None:
    if not cursor:
        return None
    try:
        pad = "=" * (-len(cursor) % 4)
        return json.loads(base64.urlsafe_b64decode(cursor + pad))
    except Exception as e:  # noqa: BLE001
        raise Malformed("invalid_cursor", "Invalid cursor", "The cursor is not one this API issued.",
                        field="cursor") from e
