"""Integration fixtures: the real broker and database (testcontainers or local), and the platform run as
real processes. Nothing here skips: unreachable infrastructure is a failure with its reason."""
from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "tests" / "support"))

from harness import Platform  # noqa: E402
from infra import Infra, resolve  # noqa: E402


@pytest.fixture(scope="session")
def infra() -> Iterator[Infra]:
    inf = resolve()
    print(f"\n[infra] PostgreSQL and RabbitMQ via {inf.via}: {inf.pg_base} {inf.amqp_url}")
    yield inf
    inf.stop()


@pytest.fixture(scope="session")
async def platform(infra: Infra, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Platform]:
    p = Platform(infra, tmp_path_factory.mktemp("platform"))
    try:
        await p.start()
        yield p
        # Nothing lost: no event may end in a dead-letter queue unless a test put it there on purpose.
        unexpected = await p.unexpected_dead_letters()
        assert not unexpected, f"events dead-lettered during the session: {unexpected}"
    finally:
        await p.stop()


@pytest.fixture(autouse=True)
async def _sim_reset(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """Every test starts with the simulator's faults cleared."""
    yield
    if "platform" in request.fixturenames:
        p: Platform = request.getfixturevalue("platform")
        await p.sim("DELETE", "/admin/faults")
        await p.reset_clocks()
