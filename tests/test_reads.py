"""Complete reads: every resource that can be created can be read, and every collection pages the same way
(newest first, an opaque cursor) with its filters; a business pages only through its own BIN's, officers
through everything they decide on."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from harness import Platform, fresh_bin
from requests_of import agreement, application, customer, in_register, offtake_body

pytestmark = [pytest.mark.integration, pytest.mark.dated, pytest.mark.flow]
SCENARIO_DAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
async def _scenario_calendar(platform: Platform) -> None:
    await platform.set_all_today(SCENARIO_DAY)


async def get(platform: Platform, service: str, path: str, role: str = "officer", bin_: str | None = None,
              **params: Any) -> Any:
    r = await platform.call(service, "GET", path, role=role, bin_=bin_, params=params)
    assert r.status_code == 200, (path, r.text)
    return r.json()


async def every_page(platform: Platform, service: str, path: str, role: str = "officer", bin_: str | None = None,
                     **params: Any) -> list[list[dict[str, Any]]]:
    """Each page of a collection, following ``next_cursor`` to the end."""
    pages, cursor = [], None
    while True:
        page = await get(platform, service, path, role, bin_, **params, **({"cursor": cursor} if cursor else {}))
        pages.append(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return pages


async def test_contracts_page_by_party_and_a_business_sees_only_its_own(platform: Platform) -> None:
    c, s1, s2 = await customer(platform), fresh_bin(), fresh_bin()
    made = []
    for s in (s1, s2, s1):
        r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=offtake_body(s))
        assert r.status_code == 201, r.text
        made.append(r.json())
    pages = await every_page(platform, "contracts", "/v1/contracts", "customer", c, limit=2)
    assert [len(p) for p in pages] == [2, 1]
    assert [k["id"] for p in pages for k in p] == [k["id"] for k in reversed(made)]  # newest first, no repeats
    assert pages[0][0] == made[2]  # the list answers what the POST answered
    of_s1 = await get(platform, "contracts", "/v1/contracts", customer_bin=c, supplier_bin=s1)
    assert {k["id"] for k in of_s1["items"]} == {made[0]["id"], made[2]["id"]}
    # a supplier reads the contracts proposed to it, whatever it asks for; another customer none of c's
    as_s2 = await get(platform, "contracts", "/v1/contracts", "applicant", s2, customer_bin=c)
    assert [k["id"] for k in as_s2["items"]] == [made[1]["id"]]
    other = await get(platform, "contracts", "/v1/contracts", "customer", fresh_bin(), customer_bin=c)
    assert other["items"] == [] and other["next_cursor"] is None
    r = await platform.call("contracts", "GET", "/v1/contracts", params={"cursor": "bm90LWEtY3Vyc29y"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_cursor" and r.json()["field"] == "cursor"


async def test_art_47_plans_and_large_customers_are_readable_by_the_ministry_and_their_customer(
        platform: Platform) -> None:
    c = await customer(platform)
    r = await platform.call("contracts", "POST", "/v1/plans", role="customer", bin_=c, json={
        "purchase_year": 2027, "plan_kind": "annual",
        "items": [{"tnved": "7308909809", "name": "Металлоконструкции", "quantity": "500"}]})
    assert r.status_code == 201, r.text
    plan = r.json()
    assert await get(platform, "contracts", f"/v1/plans/{plan['id']}", "customer", c) == plan
    assert await get(platform, "contracts", f"/v1/plans/{plan['id']}") == plan
    r = await platform.call("contracts", "GET", f"/v1/plans/{plan['id']}", role="customer", bin_=fresh_bin())
    assert r.status_code == 404
    listed = await get(platform, "contracts", "/v1/plans", customer_bin=c, year=2027, status=plan["status"])
    assert [p["id"] for p in listed["items"]] == [plan["id"]]
    assert (await get(platform, "contracts", "/v1/plans", customer_bin=c, year=2028))["items"] == []

    lc = await get(platform, "contracts", f"/v1/large-customers/{c}", "customer", c)
    assert lc["bin"] == c and lc["annual_purchases_kzt"]["2027"] == "5000000000000"
    assert (await platform.call("contracts", "GET", f"/v1/large-customers/{c}", role="customer",
                                bin_=fresh_bin())).status_code == 404


async def test_art_25_measure_applications_and_agreements_for_the_officer_and_the_recipient(platform: Platform) -> None:
    b = await in_register(platform)
    granted = (await platform.call("measures", "POST", "/v1/measure-applications", role="applicant", bin_=b,
                                   json=application())).json()
    refused = (await platform.call("measures", "POST", "/v1/measure-applications", role="applicant", bin_=b,
                                   json=application(documents=["business_plan"]))).json()
    assert (granted["status"], refused["status"]) == ("granted", "refused")
    assert await get(platform, "measures", f"/v1/measure-applications/{refused['id']}", "applicant", b) == refused
    r = await platform.call("measures", "GET", f"/v1/measure-applications/{refused['id']}", role="applicant",
                            bin_=fresh_bin())
    assert r.status_code == 404
    own = await every_page(platform, "measures", "/v1/measure-applications", "applicant", b, limit=1)
    assert [a["id"] for p in own for a in p] == [refused["id"], granted["id"]]
    refusals = await get(platform, "measures", "/v1/measure-applications", bin=b, status="refused")
    assert [a["id"] for a in refusals["items"]] == [refused["id"]]
    assert refusals["items"][0]["grounds"][0]["ground"] == "documents_incomplete"
    stranger = await get(platform, "measures", "/v1/measure-applications", "applicant", fresh_bin(), bin=b)
    assert stranger["items"] == []

    a = (await platform.call("measures", "POST", "/v1/agreements", json=agreement(b))).json()
    listed = await get(platform, "measures", "/v1/agreements", bin=b, kind="competitiveness")
    assert [x["id"] for x in listed["items"]] == [a["id"]] and listed["items"][0] == a
    assert [x["id"] for x in (await get(platform, "measures", "/v1/agreements", "applicant", b))["items"]] == [a["id"]]


async def test_art_51_1_3_verification_runs_by_bin(platform: Platform) -> None:
    b = fresh_bin()
    app = (await platform.file(b)).json()
    await platform.wait_status(app["id"], b)
    runs = await get(platform, "verification", "/v1/runs", bin=b)
    assert [(r["bin"], r["application_id"], r["purpose"]) for r in runs["items"]] == [(b, app["id"], "inclusion")]
    assert (await get(platform, "verification", "/v1/runs", application_id=app["id"]))["items"] == runs["items"]
    assert (await get(platform, "verification", "/v1/runs", "applicant", b))["items"] == runs["items"]
    assert (await get(platform, "verification", "/v1/runs", "applicant", fresh_bin(), bin=b))["items"] == []


async def test_the_audit_trail_and_the_offtake_register_page_with_a_cursor(platform: Platform) -> None:
    c = await customer(platform)
    for _ in range(3):
        assert (await platform.call("contracts", "POST", "/v1/icv-programmes", role="customer", bin_=c, json={
            "start_year": 2027, "end_year": 2029, "baseline_icv_pct": "30", "icv_targets": {"2027": "35"},
            "planned_contracts": 1, "sme_measures": ["days"]})).status_code == 201
    actor = f"customer:{c}"
    pages = await every_page(platform, "contracts", "/v1/audit", actor=actor, limit=2)
    entries = [e for p in pages for e in p]
    assert all(len(p) == 2 for p in pages[:-1]) and len(entries) == len({e["id"] for e in entries}) >= 3
    assert sum(e["action"] == "http.POST /v1/icv-programmes" for e in entries) == 3
    assert all(e["actor"] == actor for e in entries) and entries == sorted(entries, key=lambda e: e["at"], reverse=True)
    since = entries[1]["at"]
    recent = (await get(platform, "contracts", "/v1/audit", actor=actor, since=since))["items"]
    assert {e["id"] for e in entries[:2]} <= {e["id"] for e in recent} and all(e["at"] >= since for e in recent)
    r = await platform.call("contracts", "GET", "/v1/audit", role="customer", bin_=c)
    assert r.status_code == 403

    s = fresh_bin()
    for _ in range(2):
        k = (await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c,
                                 json=offtake_body(s))).json()
        await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/signature", role="applicant", bin_=s)

    async def both_listed() -> list | None:
        pages = await every_page(platform, "registry", "/v1/offtake", "public", supplier=s, limit=1)
        return pages if sum(len(p) for p in pages) == 2 else None
    pages = await platform.until(both_listed, 20, what="two offtake records")
    assert len({p[0]["contract_id"] for p in pages if p}) == 2
