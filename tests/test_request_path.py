"""Two costs found by sampling the register's submit with py-spy (docs/benchmarks.md, profiling log) that
must not creep back: FastAPI runs a plain ``def`` endpoint or dependency in a worker thread (≈6% of the
submit's CPU), and pydantic works out a default factory's signature for every ORM object built (≈5%)."""
from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

SERVICES = {"registry": "RegistrySettings", "verification": "VerificationSettings",
            "contracts": "ContractsSettings", "measures": "MeasuresSettings",
            "notifications": "NotificationsSettings"}


def _on_the_loop(call: Any) -> bool:
    if inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call):
        return True
    dunder = None if inspect.isroutine(call) else type(call).__dict__.get("__call__")  # security schemes
    return dunder is not None and (inspect.iscoroutinefunction(dunder) or inspect.isasyncgenfunction(dunder))


def _sync_calls(dependant: Dependant, where: str) -> list[str]:
    out = []
    for d in dependant.dependencies:
        call: Any = d.call
        if call is not None and not _on_the_loop(call):
            out.append(f"{where}: dependency {getattr(call, '__qualname__', call)}")
        out += _sync_calls(d, where)
    return out


def _api_routes(routes: list[Any]) -> list[APIRoute]:
    out = []
    for r in routes:
        if isinstance(r, APIRoute):
            out.append(r)
        elif getattr(r, "original_router", None) is not None:  # an included router (FastAPI >= 0.16x)
            out += _api_routes(r.original_router.routes)
        elif getattr(r, "routes", None):
            out += _api_routes(r.routes)
    return out


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_no_endpoint_or_dependency_runs_in_a_worker_thread(service: str) -> None:
    bootstrap = importlib.import_module(f"{service}.bootstrap")
    settings = getattr(importlib.import_module(f"{service}.config"), SERVICES[service])()
    app = bootstrap.build_app(bootstrap.build_runtime(settings, role="api"))
    routes = _api_routes(app.routes)
    assert any(r.path.startswith("/v1/") for r in routes), "the service's routes were not found"
    offenders = []
    for r in routes:
        where = f"{sorted(r.methods)} {r.path}"
        if not inspect.iscoroutinefunction(r.endpoint):
            offenders.append(f"{where}: endpoint {r.endpoint.__qualname__}")
        offenders += _sync_calls(r.dependant, where)
    assert offenders == []


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_table_models_default_factories_have_their_signature_worked_out(service: str) -> None:
    """pydantic inspects each default factory's signature for every object it builds; ours carry it
    precomputed (``ipp_common.persistence.columns.model_factory``) — the builtin ``list`` took ~180 µs per object."""
    importlib.import_module(f"{service}.adapters.orm")
    from sqlmodel import SQLModel

    def models(cls: type) -> list[type]:
        return [m for sub in cls.__subclasses__() for m in [sub, *models(sub)]]
    tables = [m for m in models(SQLModel) if getattr(m, "__table__", None) is not None
              and m.__module__.split(".")[0] in (service, "ipp_common")]
    assert tables, "no table models found"
    slow = [f"{m.__name__}.{name}: {f.default_factory!r}" for m in tables
            for name, f in m.model_fields.items()
            if f.default_factory is not None and "__signature__" not in vars(f.default_factory)]
    assert slow == []
