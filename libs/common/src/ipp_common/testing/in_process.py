"""A service's use cases run in this process, on the real unit of work and repositories over a SQLite file
of its own with the service's migrations applied — no PostgreSQL, no broker, no network. The fast tier of
the tests (``make test-fast``): a handler is called as its entrypoint calls it, and what it committed is read
back — the answer, the rows, the events in the outbox, the audit trail.

Migrating takes longer than a test, so each service is migrated once per run into a template file that
every test copies (``TemplateDatabases``).
"""
from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

import sqlalchemy as sa

from ipp_common.core.settings import ServiceSettings
from ipp_common.events.envelope import CloudEvent
from ipp_common.messaging.delivery import Delivery, apply_event, registered
from ipp_common.persistence.engine import autocommit_connection
from ipp_common.persistence.migrations import upgrade
from ipp_common.persistence.unit_of_work import AlreadyApplied, UnitOfWork
from ipp_common.service.runtime import ServiceRuntime

U = TypeVar("U", bound=UnitOfWork)
C = TypeVar("C")
S = TypeVar("S", bound=ServiceSettings)


@dataclass
class InProcessService(Generic[U, C]):
    """One service's runtime with its database and no broker: ``uow()`` and ``ctx`` are what its
    entrypoints hand a use case."""

    runtime: ServiceRuntime[U, C]

    @property
    def ctx(self) -> C:
        return self.runtime.context

    def uow(self) -> U:
        return self.runtime.uow()

    async def deliver(self, event: CloudEvent) -> bool:
        """Apply ``event`` as the service's consumer applies one that the broker delivers: its registered
        handler (``ignores`` asked first) in a delivery whose unit of work claims the event in the inbox.
        False when the handler ignores it or the inbox already holds it (a redelivery)."""
        handler = self.runtime.handlers.get(event.type) or self.runtime.handlers.get("*")
        if handler is None:
            raise LookupError(f"{self.runtime.settings.service_name} has no handler for {event.type}")
        handler = registered(handler)
        if handler.ignores is not None and await handler.ignores(event):
            return False
        delivery = Delivery(event, self.runtime.settings.service_name, self.uow, attempt=0,
                            claim_at_commit=self.runtime.precheck_inbox)
        try:
            await apply_event(handler, event, delivery)
        except AlreadyApplied:
            return False
        return True

    async def rows(self, query: str, **params: Any) -> list[dict[str, Any]]:
        async with autocommit_connection(self.runtime.engine) as conn:
            return [dict(r) for r in (await conn.execute(sa.text(query), params)).mappings().all()]

    async def published(self, event_type: str | None = None) -> list[dict[str, Any]]:
        """The CloudEvents the service's commits put in its outbox (oldest first), optionally of one type."""
        rows = await self.rows("SELECT event_type, body FROM outbox ORDER BY id")
        return [json.loads(r["body"]) for r in rows if event_type in (None, r["event_type"])]

    async def audited(self, action: str | None = None) -> list[dict[str, Any]]:
        rows = await self.rows("SELECT actor, role, action, resource, resource_id FROM audit_log ORDER BY id")
        return [r for r in rows if action in (None, r["action"])]

    async def close(self) -> None:
        await self.runtime.close()


class TemplateDatabases:
    """Each service migrated once into ``root/<service>-template.db``; every test gets a copy."""

    def __init__(self, root: Path):
        self.root = root

    async def copy_for(self, runtime: ServiceRuntime[Any, Any], to: Path) -> None:
        name = runtime.settings.service_name
        template = self.root / f"{name}-template.db"
        if not template.exists():
            building = self.root / f"{name}-building.db"
            migrating = runtime.settings.model_copy(update={"database_url": f"sqlite+aiosqlite:///{building}"})
            await asyncio.to_thread(upgrade, migrating.database_url, runtime.migrations_package)
            building.rename(template)
        shutil.copyfile(template, to)


async def in_process(build: Callable[[S], ServiceRuntime[U, C]], settings: S,
                     databases: TemplateDatabases, db_file: Path) -> InProcessService[U, C]:
    """The service that ``build`` composes from ``settings`` (its database set to ``db_file``, a copy of
    the migrated template), with its engine open and no broker connection."""
    settings = settings.model_copy(update={"database_url": f"sqlite+aiosqlite:///{db_file}", "env": "test"})
    runtime = build(settings)
    await databases.copy_for(runtime, db_file)
    runtime.init_db()
    return InProcessService(runtime)


USE_CASE_TODAY = date(2026, 3, 2)
"""The Almaty date every in-process service starts at (a Monday); a test moves it as its rule needs."""


def service_fixture(build: Callable[[S], ServiceRuntime[U, C]], settings: Callable[[], S]) -> Any:
    """A pytest fixture of the service that ``build`` composes, in process (``in_process``), its clock at
    ``USE_CASE_TODAY``; each service's ``tests/conftest.py`` declares its own with one line. Needs the
    ``template_databases`` fixture (the repository's root ``conftest.py``)."""
    import pytest

    @pytest.fixture
    async def service(template_databases: TemplateDatabases, tmp_path: Path) -> AsyncIterator[InProcessService[U, C]]:
        svc = await in_process(build, settings(), template_databases, tmp_path / "service.db")
        clock = getattr(svc.ctx, "clock", None)
        if clock is not None:
            clock.set_today(USE_CASE_TODAY)
        yield svc
        await svc.close()
    return service
