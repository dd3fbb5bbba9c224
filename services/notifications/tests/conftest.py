"""The notifications in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from ipp_common.testing.in_process import InProcessService, TemplateDatabases, in_process
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.bootstrap import build_runtime
from notifications.config import NotificationsSettings
from notifications.service_layer.context import NotificationsContext


@pytest.fixture
async def notifications(template_databases: TemplateDatabases, tmp_path: Path
                   ) -> AsyncIterator[InProcessService[NotificationsUnitOfWork, NotificationsContext]]:
    svc = await in_process(build_runtime, NotificationsSettings(), template_databases, tmp_path / "notifications.db")
    svc.ctx.clock.set_today(date(2026, 3, 2))
    yield svc
    await svc.close()
