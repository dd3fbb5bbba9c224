"""The service's clock. Legal dates (deadlines, terms) are dates in Kazakhstan (Asia/Almaty). In the
test environment the clock can be moved (``/test/clock``) so that a term can be run to its last day and
beyond without waiting for it; outside ``IPP_ENV=test`` that route does not exist."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict

from ipp_common.types import IsoDate
from ipp_common.web import include_flat, service_router

KZ = ZoneInfo("Asia/Almaty")


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def today(self) -> date:
        """Today's date in Kazakhstan."""
        return self.now().astimezone(KZ).date()

    def set_today(self, d: date) -> None:
        real = datetime.now(UTC)
        local = real.astimezone(KZ)
        self.offset = datetime.combine(d, local.timetz()) - local


class ClockSet(BaseModel):
    model_config = ConfigDict(extra="forbid")
    today: IsoDate | None = None
    """None resets the clock to real time."""


def mount_test_clock(app: FastAPI, clock: Clock) -> None:
    router = service_router("/test", tags=["test only"])

    @router.put("/clock", summary="Move this process's clock (IPP_ENV=test only)")
    async def set_clock(body: ClockSet) -> dict[str, str]:
        if body.today is None:
            clock.offset = timedelta(0)
        else:
            clock.set_today(body.today)
        return {"today": clock.today().isoformat(), "now": clock.now().isoformat()}

    include_flat(app, router)
