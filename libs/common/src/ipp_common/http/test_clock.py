"""The test clock's endpoints (``PUT``/``GET /test/clock``), mounted only in dev and test."""
from __future__ import annotations

from datetime import date, datetime

from fastapi import FastAPI
from pydantic import AwareDatetime, BaseModel, ConfigDict, model_validator

from ipp_common.http.app import include_flat, service_router
from ipp_common.http.fields import IsoDate
from ipp_common.law.clock import Clock


class ClockSet(BaseModel):
    """Either a day (kept at the current Almaty time of day) or an instant; neither resets the clock to
    where the process started."""
    model_config = ConfigDict(extra="forbid")
    today: IsoDate | None = None
    now: AwareDatetime | None = None

    @model_validator(mode="after")
    def _one(self) -> ClockSet:
        if self.today is not None and self.now is not None:
            raise ValueError("give either today or now, not both")
        return self


class ClockState(BaseModel):
    today: date
    now: datetime


def mount_test_clock(app: FastAPI, clock: Clock) -> None:
    router = service_router("/test", tags=["test only"])

    @router.put("/clock", summary="Move this process's clock (IPP_ENV=test only)", response_model=ClockState)
    async def set_clock(body: ClockSet) -> ClockState:
        if body.now is not None:
            clock.set_now(body.now)
        elif body.today is not None:
            clock.set_today(body.today)
        else:
            clock.reset()
        return ClockState(today=clock.today(), now=clock.now())

    @router.get("/clock", summary="This process's clock (IPP_ENV=test only)", response_model=ClockState)
    async def get_clock() -> ClockState:
        return ClockState(today=clock.today(), now=clock.now())

    include_flat(app, router)
