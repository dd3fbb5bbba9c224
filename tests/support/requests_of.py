"""Requests the scenarios of several test modules send: a large customer, an offtake contract, a producer in
the measures' register projection, a measure application, an agreement, a refused-application event, a
failed monitoring check."""
from __future__ import annotations

import uuid
from typing import Any

from harness import Platform, fresh_bin
from ipp_common.events.envelope import CloudEvent

SPEC = {"steel_grade": "09G2S", "thickness_mm": 12, "standard": "GOST 19281-2014"}
GOOD = "7308909809"
OBSERVER = {"scopes": ["registry-observer"], "sub": "agency:observer"}
"""An agency token that may subscribe to the register's events."""


async def customer(platform: Platform, annual_purchases: int = 5_000_000_000_000) -> str:
    c = fresh_bin()
    r = await platform.call("contracts", "POST", "/v1/large-customers", json={
        "bin": c, "name": f"АО «Заказчик {c[-4:]}»", "category": "subsoil_solid_minerals", "region": "Карагандинская",
        "annual_purchases_kzt": {"2026": annual_purchases, "2027": annual_purchases}})
    assert r.status_code == 201, r.text
    return c


def offtake_body(supplier: str, **kw: Any) -> dict[str, Any]:
    return {"kind": "offtake", "supplier_bin": supplier, "unit_price_kzt": "1000", "contract_sum_kzt": "200000",
            "goods": [{"tnved": "7308909809", "name": "Металлоконструкции", "specs": SPEC}],
            "volumes": {"2026": "100", "2027": "100"}, "term_start": "2026-01-01", "term_end": "2027-12-31",
            "min_icv_pct": "40", "icv_programme_obligation": True, **kw}


async def in_register(platform: Platform) -> str:
    """A producer included in the register, once the measures service's projection has it."""
    b = fresh_bin()
    await platform.include(b)

    async def projected() -> bool:
        r = await platform.call("measures", "GET", f"/v1/eligibility/{b}/register")
        return r.json()["met"] is True
    await platform.until(projected, 20, what="measures projection")
    return b


def application(**kw: Any) -> dict[str, Any]:
    """A measure application (Art. 25)."""
    return {"measure": "co_financing", "goods": [GOOD], "amount_kzt": "1000000", "region": "Алматы",
            "counter_obligations_accepted": True, "documents": ["business_plan", "financial_statements"],
            "scores": {"innovativeness": 7, "export_orientation": 5}, **kw}


def agreement(b: str, kind: str = "competitiveness", **kw: Any) -> dict[str, Any]:
    return {"bin": b, "kind": kind, "region": "Алматы", "start": "2025-01-01", "end": "2027-12-31",
            "measures": [{"measure": "co_financing", "amount_kzt": "1000000", "disbursed_on": "2025-01-01"}],
            "obligations": [{"direction": "labour_productivity", "indicator": "output per employee, m KZT",
                             "target": "10"},
                            {"direction": "export_output", "indicator": "export, m KZT", "target": "100", "weight": "2"}],
            **kw}


def refused_event(bin_: str, subject: str | None = None, sequence: int | None = None) -> CloudEvent:
    return CloudEvent(source="/ipp/registry", type="registry.application.refused", subject=subject or str(uuid.uuid4()),
                      recipient=bin_, sequence=sequence, data={
                          "application_id": str(uuid.uuid4()), "bin": bin_, "stage": "verification",
                          "reasons": [{"code": "NO_TAX_ARREARS", "criterion": "Tax", "expected": "<= 1",
                                       "found": "2", "article": "51-1.3", "text_kk": "Салық", "text_ru": "Налог"}]})


async def fail_monitoring(platform: Platform, b: str) -> dict:
    """A monitoring check of an included producer that finds tax arrears: its open remedy notice."""
    await platform.sim("PUT", f"/admin/entities/{b}/profile", json={"arrears_kzt": 9_000_000})
    r = await platform.registry("POST", f"/v1/register/{b}/monitoring-checks")
    assert r.status_code == 202, r.text

    async def notice() -> dict | None:
        ns = [n for n in await platform.remedy_notices(b) if n["status"] == "open"]
        return ns[0] if ns else None
    return await platform.until(notice, 30, what="remedy notice")
