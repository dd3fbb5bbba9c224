"""Integration fixtures: the real broker and database (testcontainers or local), and the platform run as
real processes. Nothing here skips: unreachable infrastructure is a failure with its reason."""
from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "tests" / "support"))

from asyncapi_check import asyncapi_violation  # noqa: E402
from harness import Platform, test_database  # noqa: E402
from infra import Infra, resolve  # noqa: E402
from ipp_common.testing.in_process import TemplateDatabases  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On SQLite (IPP_TEST_DB=sqlite) the platform runs as `make up` runs it; only the flow tests are
    written for both databases (the others read PostgreSQL to assert), so the rest are deselected there —
    reported as such, never skipped."""
    if test_database() != "sqlite":
        return
    keep = [i for i in items if i.get_closest_marker("flow") or not i.get_closest_marker("integration")]
    dropped = [i for i in items if i not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


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
    """Every test ends with the simulator's faults cleared and the clocks back where the run started them;
    a flow test ends by asserting that no event reached a dead-letter queue while it ran."""
    tapped_before = len(request.getfixturevalue("platform").tapped) if request.node.get_closest_marker("flow") else 0
    yield
    if request.node.get_closest_marker("flow"):
        flow: Platform = request.getfixturevalue("platform")
        dead = await flow.unexpected_dead_letters()
        assert not dead, f"events dead-lettered during this flow: {dead}"
        # Every message the flow put on the bus is what the AsyncAPI document says it is.
        await asyncio.sleep(0.2)  # the tap's last deliveries
        invalid = [f"{key}: {why}" for key, body in flow.tapped[tapped_before:]
                   if (why := asyncapi_violation(key, body)) is not None]
        assert not invalid, "messages that do not match their AsyncAPI payload:\n" + "\n".join(invalid[:10])
    if "platform" in request.fixturenames:
        p: Platform = request.getfixturevalue("platform")
        await p.sim("DELETE", "/admin/faults")
        await p.reset_clocks()


@pytest.fixture(scope="session")
def template_databases(tmp_path_factory: pytest.TempPathFactory) -> TemplateDatabases:
    """Each service's migrated SQLite database, made once per run and copied by every use-case test."""
    return TemplateDatabases(tmp_path_factory.mktemp("templates"))
