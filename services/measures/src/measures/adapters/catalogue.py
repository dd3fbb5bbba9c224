"""The priority goods list (Art. 26) and the catalogue of measures (Art. 29), dated reference data with the
legal basis on each entry (``data/reference.json``)."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).resolve().parents[1] / "data" / "reference.json"


def _in_force(e: dict[str, Any], on: date) -> bool:
    return date.fromisoformat(e["effective_from"]) <= on and (
        not e.get("effective_to") or on < date.fromisoformat(e["effective_to"]))


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    return json.loads(_FILE.read_text())


def priority_goods(on: date) -> dict[str, dict[str, Any]]:
    return {e["tnved"]: e for e in _raw()["priority_goods"] if _in_force(e, on)}


def measure(code: str, on: date) -> dict[str, Any] | None:
    return next((m for m in _raw()["measures"] if m["code"] == code and _in_force(m, on)), None)


def measures(on: date) -> list[dict[str, Any]]:
    return [m for m in _raw()["measures"] if _in_force(m, on)]
