"""Circuit breaker and retries for external sources; settings that refuse development secrets in prod."""


import pytest
from ipp_common.core.settings import ServiceSettings
from ipp_common.http.resilience import CircuitBreaker, SourceUnavailable, call_with_retry


def test_breaker_opens_after_threshold_and_half_opens_after_reset() -> None:
    now = [0.0]
    b = CircuitBreaker("kgd", threshold=3, reset_after_s=10, clock=lambda: now[0])
    for _ in range(3):
        b.failure()
    assert b.state == "open" and not b.allow()
    now[0] = 10.0
    assert b.state == "half_open" and b.allow()
    b.failure()  # the trial call failed: open again
    assert b.state == "open"
    now[0] = 20.0
    b.success()
    assert b.state == "closed"


async def test_retry_then_source_unavailable() -> None:
    calls = []

    async def flaky() -> int:
        calls.append(1)
        raise ConnectionError("down")
    b = CircuitBreaker("esf", threshold=10)
    with pytest.raises(SourceUnavailable) as e:
        await call_with_retry("esf", flaky, breaker=b, attempts=3, base_delay_s=0.001)
    assert len(calls) == 3 and e.value.source == "esf"


async def test_open_circuit_fails_fast_without_calling() -> None:
    b = CircuitBreaker("video", threshold=1)
    b.failure()
    called = []

    async def never() -> None:
        called.append(1)
    with pytest.raises(SourceUnavailable, match="circuit open"):
        await call_with_retry("video", never, breaker=b)
    assert called == []


async def test_retry_succeeds_after_transient_failures() -> None:
    n = [0]

    async def twice_then_ok() -> str:
        n[0] += 1
        if n[0] < 3:
            raise TimeoutError()
        return "ok"
    assert await call_with_retry("sgd", twice_then_ok, breaker=CircuitBreaker("sgd"), attempts=3,
                                 base_delay_s=0.001) == "ok"


def test_prod_refuses_the_committed_dev_key_and_guest_credentials() -> None:
    with pytest.raises(ValueError, match="development key"):
        ServiceSettings(env="prod", amqp_url="amqp://u:p@mq/")
    with pytest.raises(ValueError, match="guest"):
        ServiceSettings(env="prod", jwt_public_keys=["-----BEGIN PUBLIC KEY-----\nX\n-----END PUBLIC KEY-----"])
    assert ServiceSettings(env="dev").env == "dev"




def test_a_relay_lease_shorter_than_a_publish_is_refused() -> None:
    """ADR 16: a lease that could end while its publish still waits for the confirm would let a second
    relay publish the same rows meanwhile."""
    with pytest.raises(ValueError, match="relay_lease_s"):
        ServiceSettings(relay_lease_s=5, relay_publish_timeout_s=10)
    assert ServiceSettings(relay_lease_s=11, relay_publish_timeout_s=10).relay_lease_s == 11


def test_dependency_outages_are_transient_handler_bugs_are_not() -> None:
    import asyncpg
    from ipp_common.core.outages import is_transient
    from ipp_common.messaging.delivery import PermanentError
    from pydantic import BaseModel, ValidationError
    from sqlalchemy.exc import OperationalError

    assert is_transient(ConnectionRefusedError(111, "refused"))
    assert is_transient(OperationalError("SELECT 1", {}, ConnectionRefusedError()))
    assert is_transient(asyncpg.exceptions.CannotConnectNowError("the database system is starting up"))
    wrapped = RuntimeError("handler")
    wrapped.__cause__ = TimeoutError()
    assert is_transient(wrapped)

    class M(BaseModel):
        x: int
    try:
        M.model_validate({"x": "no"})
    except ValidationError as e:
        assert not is_transient(e)
    assert not is_transient(FileNotFoundError("bug"))
    assert not is_transient(KeyError("bug")) and not is_transient(PermanentError("bad"))


def test_unroutable_events_are_warned_of_once_a_minute_per_type_with_a_count() -> None:
    from ipp_common.messaging.relay import UnroutableWarnings

    w = UnroutableWarnings(every_s=60)
    assert w.due("a", 0.0) == 1  # the first: warned at once
    assert [w.due("a", t) for t in (1.0, 2.0, 59.0)] == [0, 0, 0]
    assert w.due("b", 3.0) == 1  # another type has its own minute
    assert w.due("a", 60.0) == 4  # the three kept quiet, and this one
    assert w.due("a", 61.0) == 0


@pytest.mark.parametrize("given,used", [
    ("postgresql://app:s3cr%40t@registry-db-rw.ipp:5432/app", "postgresql+asyncpg://app:s3cr%40t@registry-db-rw.ipp:5432/app"),
    ("postgres://app:pw@db:5432/app?sslmode=require", "postgresql+asyncpg://app:pw@db:5432/app?ssl=require"),
    ("postgresql+asyncpg://u@h/d", "postgresql+asyncpg://u@h/d"),
    ("sqlite:///./.data/x.db", "sqlite+aiosqlite:///./.data/x.db"),
    ("sqlite+aiosqlite:///./.data/x.db", "sqlite+aiosqlite:///./.data/x.db"),
])
def test_database_urls_as_operators_provide_them(given: str, used: str) -> None:
    """CloudNativePG's `uri` and Heroku-style URLs name no driver: the service uses asyncpg for them."""
    assert ServiceSettings(database_url=given).database_url == used


async def test_breaker_state_and_each_attempt_are_metrics() -> None:
    """Issue 20: operators see a source's breaker open and every attempt's latency by outcome."""
    from prometheus_client import REGISTRY

    b = CircuitBreaker("metrics-src", threshold=2)

    async def down() -> int:
        raise ConnectionError("down")
    with pytest.raises(SourceUnavailable):
        await call_with_retry("metrics-src", down, breaker=b, attempts=2, base_delay_s=0.001)
    assert REGISTRY.get_sample_value("ipp_circuit_breaker_open", {"source": "metrics-src"}) == 1
    assert REGISTRY.get_sample_value("ipp_outbound_request_seconds_count",
                                     {"source": "metrics-src", "outcome": "failed"}) == 2
    b.success()
    assert REGISTRY.get_sample_value("ipp_circuit_breaker_open", {"source": "metrics-src"}) == 0
