"""Composition root of the contracts service."""
from __future__ import annotations

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime
from ipp_common.service.scheduler import Duty

from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.config import ContractsSettings
from contracts.entrypoints import api
from contracts.service_layer import handlers, plans
from contracts.service_layer.context import ContractsContext

Runtime = ServiceRuntime[ContractsUnitOfWork, ContractsContext]


def build_runtime(settings: ContractsSettings | None = None, role: str = "all") -> Runtime:
    settings = settings or ContractsSettings()
    ctx = ContractsContext.build(settings)
    runtime = ServiceRuntime(settings, uow_class=ContractsUnitOfWork, context=ctx,
                             migrations_package="contracts", role=role, handlers=handlers.make_handlers(ctx))
    runtime.duties.append(Duty("plan_deadlines", settings.deadline_scan_interval_s,
                               lambda: plans.scan_overdue(runtime.uow(), ctx)))
    return runtime


def build_app(runtime: Runtime) -> FastAPI:
    app = create_app(runtime.settings, title="Contracts for industrial development",
                     description="Large customers, procurement plans, offtake / guaranteed-purchase / offset "
                                 "contracts and ICV development programmes (Art. 46-49, 47-1, 61-1).",
                     lifespan=runtime.lifespan)
    include_flat(app, api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.context.clock)
    instrument_app(app)
    return app
