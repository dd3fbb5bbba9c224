"""The service's clock. Legal dates (deadlines, terms) are dates in Kazakhstan (Asia/Almaty).

In the test environment (``IPP_ENV=test``) the clock can be started elsewhere in time (``IPP_TEST_TODAY``,
a date or an instant with its offset) and moved while the process runs (``PUT /test/clock``), so that a term
can be run to its last day and beyond without waiting for it, and so that the suite never depends on the day
it is run. Outside ``IPP_ENV=test`` neither exists: the clock is the real one.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from ipp_common.law.calendar import KZ, local_date

__all__ = ["KZ", "Clock"]

START_ENV = "IPP_TEST_TODAY"
"""Where a test run starts every service's clock: ``2029-12-05`` (that day, at the current time of day in
Almaty) or ``2029-12-05T01:30:00+05:00`` (that instant)."""


def instant_text(at: datetime) -> str:
    """An instant as every answer writes it: UTC, ISO 8601, ending in ``Z`` (as pydantic writes the instants of
    response models); a naive value, as SQLite returns one, is UTC."""
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def same_time_on(d: date, at: datetime) -> datetime:
    """The instant on Almaty date ``d`` at the Almaty time of day of ``at``."""
    return datetime.combine(d, at.astimezone(KZ).timetz())


def parse_start(value: str, real_now: datetime) -> datetime:
    """The instant a clock starts at, from ``IPP_TEST_TODAY`` (a date or an instant with an offset)."""
    value = value.strip()
    if len(value) == 10:
        return same_time_on(date.fromisoformat(value), real_now)
    at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if at.tzinfo is None:
        raise ValueError(f"{START_ENV}={value!r}: an instant needs its offset (e.g. +05:00)")
    return at


class Clock:
    """Real time plus an offset. The offset is zero outside tests; a test moves it, never the system clock
    (PostgreSQL and RabbitMQ keep real time, so only the services' sense of 'now' moves)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._start_offset = timedelta(0) if start is None else start - datetime.now(UTC)
        self.offset = self._start_offset

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Clock:
        """The real clock, or in ``IPP_ENV=test`` the one ``IPP_TEST_TODAY`` starts elsewhere in time."""
        env = os.environ if environ is None else environ
        start = env.get(START_ENV, "").strip()
        if env.get("IPP_ENV") != "test" or not start:
            return cls()
        return cls(parse_start(start, datetime.now(UTC)))

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def today(self) -> date:
        """Today's date in Kazakhstan."""
        return local_date(self.now())

    def set_today(self, d: date) -> None:
        """Move to that Almaty date, keeping the time of day."""
        self.set_now(same_time_on(d, self.now()))

    def set_now(self, at: datetime) -> None:
        self.offset = at - datetime.now(UTC)

    def reset(self) -> None:
        """Back to where the process started (real time unless ``IPP_TEST_TODAY`` moved it)."""
        self.offset = self._start_offset
