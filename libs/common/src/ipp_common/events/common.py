"""Value objects shared by several payloads."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field

from ipp_common.law.codes import TNVED_PATTERN


class Good(BaseModel):
    """A good as the law identifies it: TN VED EAEU code (10 digits) and name (Art. 51-1.2)."""
    tnved: str = Field(pattern=TNVED_PATTERN)
    name: str
    declared_operations: list[str] = []
    declared_icv_pct: Decimal | None = None


class Reason(BaseModel):
    """One machine-readable reason of a motivated answer: which criterion, expected, found, and the
    human text in Kazakh and Russian."""
    code: str
    criterion: str
    expected: str | None = None
    found: str | None = None
    article: str | None = None
    text_kk: str
    text_ru: str


class Deadline(BaseModel):
    due: date
    term: str
    """How the term was counted, e.g. ``10 working days``."""
