"""The measures in this process on a SQLite file of its own (ipp_common.testing.in_process)."""
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from ipp_common.testing.in_process import InProcessService, TemplateDatabases, in_process
from measures.adapters.unit_of_work import MeasuresUnitOfWork
from measures.bootstrap import build_runtime
from measures.config import MeasuresSettings
from measures.service_layer.context import MeasuresContext


@pytest.fixture
async def measures(template_databases: TemplateDatabases, tmp_path: Path
                   ) -> AsyncIterator[InProcessService[MeasuresUnitOfWork, MeasuresContext]]:
    svc = await in_process(build_runtime, MeasuresSettings(), template_databases, tmp_path / "measures.db")
    svc.ctx.clock.set_today(date(2026, 3, 2))
    yield svc
    await svc.close()
