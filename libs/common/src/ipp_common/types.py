"""Input types shared by the services' HTTP models."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def _iso(pattern: re.Pattern[str], what: str) -> Any:
    def check(v: Any) -> Any:
        if isinstance(v, (date, datetime)):
            return v
        if not isinstance(v, str) or not pattern.match(v):
            raise ValueError(f"must be an ISO 8601 {what}")
        return v
    return BeforeValidator(check)


IsoDate = Annotated[date, _iso(_DATE, "date (YYYY-MM-DD)")]
"""A date written as YYYY-MM-DD; numbers (which pydantic would read as a Unix time) are refused."""
IsoDateTime = Annotated[datetime, _iso(_DATETIME, "date-time")]
