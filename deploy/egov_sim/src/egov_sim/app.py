"""E-government information systems simulator.

Stands in for the government systems that the platform cannot reach from here, at the far end of the
platform's real httpx adapters. Each source has its own path prefix, like the real systems:

- ``/gbd-ul``    legal-entities database (status, activity code OKED, region, reorganization)
- ``/sgd``       social contributions (employees with paid contributions)
- ``/kgd``       tax authority (tax arrears)
- ``/esf``       electronic invoices (raw-material purchases, sales by TN VED)
- ``/utilities`` utility consumption of a production site
- ``/video``     video-surveillance feed reachability

Data is deterministic: named fixture companies fail one criterion each; any other valid-looking BIN is a
healthy manufacturer. ``/admin`` switches a source to fail, slow down or return wrong data, changes a
company's status (the legal-entity status feed), and counts calls.
"""
from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import parse_qs

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel

SOURCES = ("gbd-ul", "sgd", "kgd", "esf", "utilities", "video")

# name -> BIN (valid check digits; see tests) and how the company deviates from a healthy one.
FIXTURES: dict[str, dict] = {
    "190540001012": {"name": "ТОО «Алатау Металл»", "case": "active"},
    "190540001101": {"name": "ТОО «Сарыарка Пластик»", "case": "active"},
    "190540001022": {"name": "ТОО «Ликвидированный завод»", "case": "liquidated", "status": "liquidated"},
    "190540001032": {"name": "ТОО «Пустой цех»", "case": "no_employees", "employees": 0},
    "190540001042": {"name": "ТОО «Должник»", "case": "tax_arrears", "arrears_kzt": 5_000_000},
    "190540001052": {"name": "ТОО «Перекупщик»", "case": "no_einvoices", "sales": False},
    "190540001062": {"name": "ТОО «Торговый дом»", "case": "not_manufacturing", "oked": "46.69"},
    "190540001072": {"name": "ТОО «Реорганизация»", "case": "reorganizing", "status": "reorganizing"},
    "190540001082": {"name": "ТОО «Тихий цех»", "case": "no_utilities", "kwh": 0},
    "190540001092": {"name": "ТОО «Без камер»", "case": "video_down", "video": False},
}


class Fault(BaseModel):
    source: Literal["gbd-ul", "sgd", "kgd", "esf", "utilities", "video"]
    mode: Literal["ok", "fail", "slow", "wrong"]
    delay_ms: int = 0
    times: int | None = None
    """How many calls the fault lasts; None = until cleared."""


class ProfileChange(BaseModel):
    """Change what the sources say about a company (not its legal status: that goes through the feed)."""
    employees: int | None = None
    arrears_kzt: int | None = None
    kwh: int | None = None
    video: bool | None = None
    sales: bool | None = None
    oked: str | None = None


class StatusChange(BaseModel):
    status: Literal["active", "liquidating", "liquidated", "reorganizing", "reorganized"]
    reorganization_form: Literal["merger", "acquisition", "division", "separation", "transformation"] | None = None
    successor_bin: str | None = None


admin = FastAPI(title="E-gov simulator", description=__doc__)
faults: dict[str, Fault] = {}
calls: dict[str, int] = {s: 0 for s in SOURCES}
status_overrides: dict[str, dict] = {}
status_feed: list[dict] = []


def _company(bin_: str) -> dict:
    base = {"name": f"ТОО «Производитель {bin_[-4:]}»", "case": "healthy", "status": "active",
            "oked": "25.11", "employees": 42, "arrears_kzt": 0, "sales": True, "kwh": 120_000, "video": True,
            "region": "Алматы"}
    base.update(FIXTURES.get(bin_, {}))
    base.update(status_overrides.get(bin_, {}))
    return base


async def _gate(source: str) -> str:
    """Apply the source's fault switch; returns the mode in force for this call."""
    calls[source] += 1
    f = faults.get(source)
    if f is None or f.mode == "ok":
        return "ok"
    if f.times is not None:
        if f.times <= 0:
            faults.pop(source, None)
            return "ok"
        f.times -= 1
    if f.mode == "slow":
        await asyncio.sleep(f.delay_ms / 1000)
        return "ok"
    if f.mode == "fail":
        raise HTTPException(503, f"{source} unavailable (simulated)")
    return f.mode


def _valid_bin(bin_: str) -> None:
    if len(bin_) != 12 or not bin_.isdigit():
        raise HTTPException(400, "BIN must be 12 digits")


# The sources' GET endpoints are answered by a small ASGI front (``Sources``, below) without FastAPI's
# routing, dependency solving and middleware: the simulator shares the benchmark machine with the platform
# it stands in front of, and FastAPI's per-request machinery was most of its CPU. The admin switches keep
# FastAPI and its models. Each source function takes the path's and the query's parameters and returns the
# JSON body, or raises HTTPException.

Query = dict[str, list[str]]


def _one(query: Query, name: str) -> str:
    values = query.get(name)
    if not values:
        raise HTTPException(422, f"query parameter {name} is required")
    return values[0]


async def legal_entity(bin_: str, query: Query) -> dict:
    mode = await _gate("gbd-ul")
    _valid_bin(bin_)
    c = _company(bin_)
    if mode == "wrong":
        return {"bin": bin_, "unexpected": "shape"}
    return {"bin": bin_, "name": c["name"], "status": c["status"], "oked": c["oked"], "region": c["region"],
            "reorganization_form": c.get("reorganization_form"), "successor_bin": c.get("successor_bin"),
            "registered_at": f"20{bin_[:2]}-{bin_[2:4]}-01"}


async def status_changes(_: str, query: Query) -> dict:
    """The legal-entity status feed: changes after sequence number ``since``."""
    try:
        since = int(query.get("since", ["0"])[0])
    except ValueError as e:
        raise HTTPException(422, "since must be an integer") from e
    await _gate("gbd-ul")
    return {"changes": [c for c in status_feed if c["seq"] > since],
            "last_seq": status_feed[-1]["seq"] if status_feed else since}


async def contributions(bin_: str, query: Query) -> dict:
    mode = await _gate("sgd")
    _valid_bin(bin_)
    if mode == "wrong":
        return {"bin": bin_, "employees_with_contributions": "many"}
    return {"bin": bin_, "period": "last_quarter", "employees_with_contributions": _company(bin_)["employees"]}


async def arrears(bin_: str, query: Query) -> dict:
    mode = await _gate("kgd")
    _valid_bin(bin_)
    if mode == "wrong":
        return {"bin": bin_}
    return {"bin": bin_, "arrears_kzt": _company(bin_)["arrears_kzt"],
            "as_of": datetime.now(UTC).date().isoformat()}


async def invoices(bin_: str, query: Query) -> dict:
    tnved = query.get("tnved", [])
    mode = await _gate("esf")
    _valid_bin(bin_)
    c = _company(bin_)
    if mode == "wrong":
        return {"bin": bin_, "sales": "n/a"}
    return {"bin": bin_, "period": "last_12_months", "raw_material_purchases": 37 if c["sales"] else 0,
            "sales": [{"tnved": t, "invoices": 120} for t in tnved] if c["sales"] else []}


async def consumption(_: str, query: Query) -> dict:
    bin_, site_id = _one(query, "bin"), _one(query, "site_id")
    mode = await _gate("utilities")
    _valid_bin(bin_)
    if mode == "wrong":
        return {"site_id": site_id}
    return {"bin": bin_, "site_id": site_id, "period": "last_quarter", "electricity_kwh": _company(bin_)["kwh"]}


async def video(_: str, query: Query) -> dict:
    bin_, site_id = _one(query, "bin"), _one(query, "site_id")
    mode = await _gate("video")
    _valid_bin(bin_)
    if mode == "wrong":
        return {"feed": None}
    return {"bin": bin_, "site_id": site_id, "reachable": _company(bin_)["video"]}


SOURCE_ROUTES: list[tuple[re.Pattern[str], Callable[[str, Query], Awaitable[dict]]]] = [
    (re.compile(r"/gbd-ul/v1/entities/([^/]+)"), legal_entity),
    (re.compile(r"/gbd-ul/v1/status-changes()"), status_changes),
    (re.compile(r"/sgd/v1/contributions/([^/]+)"), contributions),
    (re.compile(r"/kgd/v1/arrears/([^/]+)"), arrears),
    (re.compile(r"/esf/v1/invoices/([^/]+)/summary"), invoices),
    (re.compile(r"/utilities/v1/consumption()"), consumption),
    (re.compile(r"/video/v1/feeds()"), video),
]


class Sources:
    """ASGI front of the simulator: a GET to one of the sources is answered here; anything else goes on to
    the FastAPI app (admin switches, health, docs)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            for pattern, source in SOURCE_ROUTES:
                m = pattern.fullmatch(scope["path"])
                if m is not None:
                    query = parse_qs(scope["query_string"].decode(), keep_blank_values=True)
                    try:
                        status, body = 200, await source(m.group(1), query)
                    except HTTPException as e:
                        status, body = e.status_code, {"detail": e.detail}
                    payload = json.dumps(body, ensure_ascii=False).encode()
                    await send({"type": "http.response.start", "status": status,
                                "headers": [(b"content-type", b"application/json"),
                                            (b"content-length", str(len(payload)).encode())]})
                    await send({"type": "http.response.body", "body": payload})
                    return
        await self.app(scope, receive, send)


# ---------------------------------------------------------------- admin switches

@admin.put("/admin/faults")
async def set_fault(f: Fault) -> dict:
    if f.mode == "ok":
        faults.pop(f.source, None)
    else:
        faults[f.source] = f
    return {"faults": {k: v.model_dump() for k, v in faults.items()}}


@admin.delete("/admin/faults")
async def clear_faults() -> dict:
    faults.clear()
    return {"faults": {}}


@admin.get("/admin/calls")
async def get_calls() -> dict:
    return {"calls": calls}


@admin.put("/admin/entities/{bin_}/status")
async def change_status(bin_: str, change: StatusChange) -> JSONResponse:
    status_overrides.setdefault(bin_, {}).update(change.model_dump())
    seq = (status_feed[-1]["seq"] + 1) if status_feed else 1
    status_feed.append({"seq": seq, "bin": bin_, **change.model_dump(), "changed_at": time.time()})
    return JSONResponse({"seq": seq}, status_code=200)


@admin.put("/admin/entities/{bin_}/profile")
async def change_profile(bin_: str, change: ProfileChange) -> dict:
    status_overrides.setdefault(bin_, {}).update(change.model_dump(exclude_none=True))
    return {"bin": bin_, "profile": _company(bin_)}


@admin.post("/admin/reset")
async def reset() -> dict:
    faults.clear()
    status_overrides.clear()
    status_feed.clear()
    for s in SOURCES:
        calls[s] = 0
    return {"reset": True}


@admin.get("/health/live")
async def live() -> dict:
    return {"status": "live"}


@admin.get("/health/ready")
async def ready() -> dict:
    """Ready as soon as it answers: the simulator keeps its state in memory and depends on nothing."""
    return {"status": "ready"}


app = Sources(admin)
"""What uvicorn serves: the sources, then the admin switches."""
