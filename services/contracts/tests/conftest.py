"""The contracts in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.bootstrap import build_runtime
from contracts.config import ContractsSettings
from contracts.service_layer.context import ContractsContext
from ipp_common.testing.in_process import InProcessService, TemplateDatabases, in_process


@pytest.fixture
async def contracts(template_databases: TemplateDatabases, tmp_path: Path
                   ) -> AsyncIterator[InProcessService[ContractsUnitOfWork, ContractsContext]]:
    svc = await in_process(build_runtime, ContractsSettings(), template_databases, tmp_path / "contracts.db")
    svc.ctx.clock.set_today(date(2026, 3, 2))
    yield svc
    await svc.close()
