"""The composition of one service process: engine, sessions, bus, consumer and relay, created once and
closed once. Each service's ``bootstrap`` builds a ``ServiceRuntime``; the FastAPI lifespan and the
``consumer``/``relay`` roles start and stop it. Tests build their own with other settings."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ipp_common.core.settings import ServiceSettings
from ipp_common.http.health import ReadinessCheck
from ipp_common.messaging.bus import Bus
from ipp_common.messaging.consumer import Consumer
from ipp_common.messaging.delivery import EventHandler, Handler
from ipp_common.messaging.relay import OutboxRelay
from ipp_common.observability.metrics import DB_POOL_IN_USE
from ipp_common.observability.telemetry import instrument_engine, setup_logging, setup_tracing
from ipp_common.persistence.engine import autocommit_connection, make_engine, make_session_factory
from ipp_common.persistence.retention import purge_platform_tables
from ipp_common.persistence.unit_of_work import UnitOfWork
from ipp_common.persistence.write_request import WriteRequest
from ipp_common.service.scheduler import Duty

log = logging.getLogger("ipp.runtime")


U = TypeVar("U", bound=UnitOfWork)
C = TypeVar("C")


class ServiceRuntime(Generic[U, C]):
    """One service process's resources — engine, bus, relay, consumer, background loops — typed by the
    service's unit of work, which ``uow()`` makes, and by its context: what its use cases need besides a
    unit of work (clock, reference data, outbound clients), built in the service's ``bootstrap``."""

    def __init__(self, settings: ServiceSettings, *, uow_class: Callable[..., U], context: C, migrations_package: str,
                 handlers: Mapping[str, Handler | EventHandler] | None = None, binding_keys: list[str] | None = None,
                 role: str = "all", precheck_inbox: bool = False):
        self.context = context
        self.precheck_inbox = precheck_inbox
        self.settings = settings
        self.uow_class = uow_class
        self.migrations_package = migrations_package
        self.handlers = handlers or {}
        self.binding_keys = binding_keys
        self.role = role
        self.source = f"/ipp/{settings.service_name}"
        self.engine: Any = None
        self.session_factory: Any = None
        self.bus: Bus | None = None
        self.consumer: Consumer | None = None
        self.relay: OutboxRelay | None = None
        self.background: list[Callable[[asyncio.Event], Any]] = []
        """Loops every consumer replica runs (pollers of its own work); each gets the stop event."""
        self.duties: list[Duty] = [Duty("retention", settings.retention_poll_s,
                                        lambda: purge_platform_tables(self.session_factory, self.settings))]
        """Periodic duties run once platform-wide, by the active scheduler (``scheduler.py``)."""
        self._closers: list[Callable[[], Any]] = []
        self._started = False

    # ------------------------------------------------------------ lifecycle

    def init_db(self) -> None:
        if self.engine is None:
            if self.settings.is_sqlite:
                db_path = self.settings.database_url.split("///", 1)[-1]
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = make_engine(self.settings.database_url, pool_size=self.settings.db_pool_size,
                                      statement_timeout_ms=self.settings.db_statement_timeout_ms,
                                      transaction_pooler=self.settings.db_transaction_pooler)
            instrument_engine(self.engine)
            self.session_factory = make_session_factory(self.engine)
            pool = self.engine.sync_engine.pool
            if hasattr(pool, "checkedout"):  # a queue pool (PostgreSQL); SQLite's has no count
                DB_POOL_IN_USE.labels(self.settings.service_name).set_function(pool.checkedout)

    async def start(self, *, connect_broker: bool = True) -> None:
        """Engine, bus and relay; with ``connect_broker`` also waits for the broker (in-process use). The
        runner connects it with ``connect_broker()`` instead, so that the API serves without it."""
        if self._started:
            return
        self._started = True
        self.init_db()
        self.bus = Bus(self.settings, connection_name=f"{self.settings.service_name}:{self.role}")
        self.relay = OutboxRelay(self.session_factory, self.bus, postgres=not self.settings.is_sqlite)
        if connect_broker:
            await self.bus.connect()

    async def connect_broker(self, stop: asyncio.Event) -> bool:
        """Connect to RabbitMQ, retrying until it answers or ``stop`` is set (then False). Writes need only
        the database: their events wait in the outbox until the relay publishes them."""
        assert self.bus is not None
        return await self.bus.connect(attempts=None, max_delay_s=self.settings.broker_connect_max_delay_s,
                                      stop=stop)

    def on_close(self, closer: Callable[[], Any]) -> None:
        self._closers.append(closer)

    async def close(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()
        for c in reversed(self._closers):
            res = c()
            if asyncio.iscoroutine(res):
                await res
        if self.bus is not None:
            await self.bus.close()
        if self.engine is not None:
            await self.engine.dispose()
        self._started = False

    def uow(self, write: WriteRequest | None = None) -> U:
        """A unit of work; ``write``: the HTTP write it serves, whose audit row and Idempotency-Key record its
        commit writes with the change (``http.writes.request_unit_of_work``)."""
        return self.uow_class(self.session_factory, self.source, write_strategy=self.settings.write_strategy,
                              write=write)

    async def migrate(self) -> None:
        from ipp_common.persistence.migrations import upgrade

        await asyncio.to_thread(upgrade, self.settings.database_url, self.migrations_package)

    async def start_consumer(self) -> None:
        assert self.bus is not None
        if not self.handlers:
            return
        self.consumer = Consumer(self.bus, consumer_name=self.settings.service_name,
                                 queue_name=self.settings.queue_name(), handlers=self.handlers,
                                 uow_factory=self.uow, binding_keys=self.binding_keys,
                                 precheck_inbox=self.precheck_inbox)
        await self.consumer.start()

    # ------------------------------------------------------------ readiness

    async def check_db(self) -> None:
        """The database answers. A pooled connection the server dropped (a restart) fails once and the pool
        is invalidated; the probe then asks again on a fresh connection rather than report a database that
        is up as down."""
        for attempt in (1, 2):
            try:
                async with autocommit_connection(self.engine) as conn:
                    await conn.execute(text("SELECT 1"))
                return
            except DBAPIError as e:
                if attempt == 2 or not e.connection_invalidated:
                    raise

    async def check_consumer(self) -> None:
        if self.consumer is None or self.bus is None or not self.bus.is_connected:
            raise ConnectionError("not consuming: no broker connection yet")

    async def check_broker(self) -> None:
        if self.bus is None or not self.bus.is_connected:
            raise ConnectionError("no broker connection")

    def readiness(self, role: str) -> list[ReadinessCheck]:
        """What a role needs to do its work. An API needs the database only (its events wait in the
        outbox); a consumer also its subscription, a relay the broker it publishes to."""
        checks: list[ReadinessCheck] = [("database", self.check_db)]
        if role == "consumer" and self.handlers:
            checks.append(("consumer", self.check_consumer))
        if role == "relay":
            checks.append(("broker", self.check_broker))
        return checks

    @contextlib.asynccontextmanager
    async def lifespan(self, app: FastAPI) -> AsyncIterator[None]:
        await self.start()
        app.state.runtime = self
        # Ready means the database answers: a write needs nothing else (its events wait in the outbox while
        # the broker is away), and an API taken out of service for a broker outage would turn it into one.
        app.state.readiness = self.readiness("api")
        try:
            yield
        finally:
            if self.role == "api":
                await self.close()


def setup_observability(settings: ServiceSettings) -> None:
    setup_logging(settings.service_name, settings.log_level)
    setup_tracing(settings.service_name, settings.otel_exporter, settings.otel_endpoint)
