"""The registry in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from ipp_common.testing.in_process import InProcessService, TemplateDatabases, in_process
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.bootstrap import build_runtime
from registry.config import RegistrySettings
from registry.service_layer.context import RegistryContext


@pytest.fixture
async def registry(template_databases: TemplateDatabases, tmp_path: Path
                   ) -> AsyncIterator[InProcessService[RegistryUnitOfWork, RegistryContext]]:
    svc = await in_process(build_runtime, RegistrySettings(), template_databases, tmp_path / "registry.db")
    svc.ctx.clock.set_today(date(2026, 3, 2))
    yield svc
    await svc.close()
