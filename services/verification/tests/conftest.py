"""Verification in this process on a SQLite file of its own, its e-gov adapters sending to the e-gov
simulator's ASGI app in this process (ipp_common.testing.in_process)."""
from collections.abc import AsyncIterator

import httpx
import pytest
from egov_sim.app import app as egov_simulator
from ipp_common.testing.in_process import service_fixture
from verification.adapters.egov import EgovSources
from verification.bootstrap import Runtime, build_runtime
from verification.config import VerificationSettings


@pytest.fixture(autouse=True)
async def egov() -> AsyncIterator[httpx.AsyncClient]:
    """The simulator's admin switches; its state is reset before and after each test."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=egov_simulator), base_url="http://egov") as c:
        (await c.post("/admin/reset")).raise_for_status()
        yield c
        (await c.post("/admin/reset")).raise_for_status()


def settings() -> VerificationSettings:
    """One attempt per source and no pause between attempts: a source that fails is unavailable at once."""
    return VerificationSettings(egov_base_url="http://egov", source_attempts=1, source_backoff_s=0)


def build(s: VerificationSettings) -> Runtime:
    return build_runtime(s, sources=EgovSources(s, transport=httpx.ASGITransport(app=egov_simulator)))


verification = service_fixture(build, settings)
