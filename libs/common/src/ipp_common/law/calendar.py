"""The Kazakhstan working-day calendar and deadline helpers.

Public holidays come from the `holidays` package (country KZ, with the "observed" days that the Labour
Code moves to the next working day). Government decrees that transfer days off (a Saturday or Sunday made
a working day, a weekday made a day off) are reference data in ``data/kz_day_transfers.json``, each entry
naming its decree: the package knows the weekday made a day off, not the weekend day worked instead.
"""
from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

KZ = ZoneInfo("Asia/Almaty")
"""Legal dates are Kazakhstan dates: the date in Almaty."""


def local_date(at: datetime) -> date:
    """The Kazakhstan (Almaty) date of an instant: the date a person there reads for it (a naive instant
    is taken as UTC, as the platform stores them)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(KZ).date()

_DATA = Path(__file__).parents[1] / "data" / "kz_day_transfers.json"


@lru_cache(maxsize=1)
def _transfers() -> tuple[frozenset[date], frozenset[date]]:
    raw = json.loads(_DATA.read_text())
    off = frozenset(date.fromisoformat(d["date"]) for d in raw.get("extra_days_off", []))
    work = frozenset(date.fromisoformat(d["date"]) for d in raw.get("working_weekend_days", []))
    return off, work


@lru_cache(maxsize=64)
def _kz_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("KZ", years=[year]).keys())


def is_working_day(d: date) -> bool:
    extra_off, working_weekends = _transfers()
    if d in working_weekends:
        return True
    if d in extra_off or d in _kz_holidays(d.year):
        return False
    return d.weekday() < 5


def add_working_days(start: date, n: int) -> date:
    """The date n working days after ``start`` (``start`` itself is not counted).

    This is how a term "within N working days of X" ends: the last day on which the act may still be done.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    d = start
    counted = 0
    while counted < n:
        d += timedelta(days=1)
        if is_working_day(d):
            counted += 1
    return d


def add_calendar_days(start: date, n: int) -> date:
    """A term in calendar days; if it ends on a non-working day it moves to the next working day
    (Civil Code of the RK, Art. 178: a term ending on a day off ends on the next working day)."""
    d = start + timedelta(days=n)
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def working_days_between(a: date, b: date) -> int:
    """Working days in (a, b]."""
    if b <= a:
        return 0
    return sum(1 for i in range(1, (b - a).days + 1) if is_working_day(a + timedelta(days=i)))
