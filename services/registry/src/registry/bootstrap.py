"""Composition root of the registry service."""
from __future__ import annotations

from fastapi import FastAPI

from ipp_common.runtime import ServiceRuntime
from ipp_common.telemetry import instrument_app
from ipp_common.web import create_app
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.config import RegistrySettings
from registry.entrypoints import api
from registry.service_layer import handlers


def build_runtime(settings: RegistrySettings | None = None, role: str = "all") -> ServiceRuntime:
    return ServiceRuntime(settings or RegistrySettings(), uow_class=RegistryUnitOfWork,
                          migrations_package="registry", role=role,
                          handlers={"verification.run.completed": handlers.on_verification_completed})


def build_app(runtime: ServiceRuntime) -> FastAPI:
    app = create_app(runtime.settings, title="Register of Kazakhstani producers",
                     description="Applications for inclusion (Art. 51-1), the register, monitoring, exclusion, "
                                 "appeals and extracts.", lifespan=runtime.lifespan)
    app.include_router(api.router)
    instrument_app(app)
    return app
