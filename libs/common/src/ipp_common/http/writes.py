"""How a route's use case gets its unit of work: made by the service's runtime with the request's write
record (``persistence.write_request``), which the middleware put in the request's state. The record is
passed, not looked up: only the units of work a route's dependencies make carry it."""
from __future__ import annotations

from typing import Any

from fastapi import Request

from ipp_common.persistence.write_request import WriteRequest


def write_of(state: Any) -> WriteRequest | None:
    """The write record the middleware made for this request (``request.state`` or the ASGI scope's state);
    None for a read."""
    found = state.get("write") if isinstance(state, dict) else getattr(state, "write", None)
    return found if isinstance(found, WriteRequest) else None


def request_unit_of_work(request: Request) -> Any:
    """A unit of work of the service's runtime for this request (each service's ``get_uow`` types it)."""
    return request.app.state.runtime.uow(write_of(request.state))
