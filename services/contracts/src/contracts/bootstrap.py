"""Composition root of the contracts service."""
from __future__ import annotations

from fastapi import FastAPI
from ipp_common.http.app import create_app, include_flat
from ipp_common.http.test_clock import mount_test_clock
from ipp_common.observability.telemetry import instrument_app
from ipp_common.service.runtime import ServiceRuntime

from contracts.adapters.unit_of_work import ContractsUnitOfWork
from contracts.config import ContractsSettings
from contracts.entrypoints import api
from contracts.service_layer.handlers import HANDLERS, ContractsContext


def build_runtime(settings: ContractsSettings | None = None, role: str = "all") -> ServiceRuntime[ContractsUnitOfWork]:
    runtime = ServiceRuntime(settings or ContractsSettings(), uow_class=ContractsUnitOfWork,
                             migrations_package="contracts", role=role, handlers=HANDLERS)
    runtime.resources["ctx"] = ContractsContext.build()
    return runtime


def build_app(runtime: ServiceRuntime[ContractsUnitOfWork]) -> FastAPI:
    app = create_app(runtime.settings, title="Contracts for industrial development",
                     description="Large customers, procurement plans, offtake / guaranteed-purchase / offset "
                                 "contracts and ICV development programmes (Art. 46-49, 47-1, 61-1).",
                     lifespan=runtime.lifespan)
    include_flat(app, api.router)
    if runtime.settings.env == "test":
        mount_test_clock(app, runtime.resources["ctx"].clock)
    instrument_app(app)
    return app
