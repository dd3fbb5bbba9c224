"""Safe retries (ADR 23): every POST that creates or changes something, sent again with the same
Idempotency-Key, gets the first answer and changes nothing again; the same key with another body is 422.

One scenario walks every authenticated POST of the five services once, each request sent twice with one key;
the parametrised test then holds each route's pair of answers to the rule, and a route the scenario does not
reach fails the test, so a new POST cannot be added without its retry being proved."""
from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from harness import SERVICES, Platform, application_body, free_port, fresh_bin, publish_raw
from receiver import Receiver
from requests_of import OBSERVER, agreement, application, customer, fail_monitoring, in_register, offtake_body, refused_event

pytestmark = [pytest.mark.integration, pytest.mark.dated, pytest.mark.flow]
SCENARIO_DAY = date(2026, 11, 20)

ANSWERS: dict[tuple[str, str], tuple[httpx.Response, httpx.Response]] = {}
"""(service, route template) → (first answer, answer to the retry with the same key)."""


async def twice(platform: Platform, service: str, route: str, role: str = "officer", bin_: str | None = None,
                token: dict[str, Any] | None = None, json: Any = None, **path: str) -> dict[str, Any]:
    """POST ``route`` (its ``{names}`` filled from ``path``) and again with the same Idempotency-Key."""
    headers = {**platform.headers(role, bin_, **(token or {})), "Idempotency-Key": str(uuid.uuid4())}
    url = platform.url(service) + route.format(**path)

    async def send() -> httpx.Response:
        # As a client does: a 503 (the suite restarts PostgreSQL before this module; a pooled connection may
        # be found dead once) is sent again, with the same key, after its Retry-After.
        for _ in range(3):
            r = await platform.http.post(url, headers=headers, json=json)
            if r.status_code != 503:
                return r
            await asyncio.sleep(min(int(r.headers.get("retry-after", "1")), 2))
        return r
    first = await send()
    again = await send()
    ANSWERS[(service, route)] = (first, again)
    assert first.status_code < 300, (route, first.status_code, first.text)
    return first.json() if first.content else {}


async def post(platform: Platform, service: str, path: str, role: str = "officer", **kw: Any) -> dict[str, Any]:
    r = await platform.call(service, "POST", path, role=role, **kw)
    assert r.status_code < 300, (path, r.text)
    return r.json()


async def registry_routes(platform: Platform, receiver: Receiver) -> None:
    await platform.ensure_catalogue()
    tnved = f"96{uuid.uuid4().int % 10**8:08d}"  # a good no other test amends (the suite shares one register)
    await twice(platform, "registry", "/v1/catalogue/{tnved}/versions", tnved=tnved, json={
        "effective_from": "2026-01-01", "conditions": ["technical_documents"], "min_operations": 2,
        "operations": ["сборка", "пайка", "тестирование"], "basis": "order No. 9"})
    b = fresh_bin()
    body = application_body(b)
    body["goods"][0]["declared_operations"] = ["резка", "сварка", "покраска"]
    app = await twice(platform, "registry", "/v1/applications", role="applicant", bin_=b, json=body)
    assert await platform.scalar("registry", "SELECT count(*) FROM registry_application WHERE bin = $1", b) == 1
    await platform.wait_status(app["id"], b)
    decided = await twice(platform, "registry", "/v1/applications/{application_id}/assessment", application_id=app["id"], json={
        "participants": [{"organisation": "Ministry of Industry, sectoral dept.", "kind": "sectoral_agency"}],
        "outcome": "decide", "findings": [{"tnved": "7308909809", "conditions_met": ["technical_documents"],
                                           "confirmed_operations": ["резка", "сварка", "покраска"]}]})
    assert decided["status"] == "included", decided
    await twice(platform, "registry", "/v1/register/{bin}/extracts", role="applicant", bin_=b, bin=b)
    await twice(platform, "registry", "/v1/register/{bin}/monitoring-checks", bin=b)
    exclusion = await twice(platform, "registry", "/v1/register/{bin}/exclusion-requests", role="applicant", bin_=b,
                            bin=b, json={"reason": "closing"})
    assert exclusion["kind"] == "exclusion"
    await twice(platform, "registry", "/v1/wholly-produced-facts", role="agency",
                token={"scopes": ["agriculture"], "sub": "agency:agriculture"},
                json={"bin": fresh_bin(), "tnved": "1001990000", "kind": "agricultural", "document_ref": "AGRI-7",
                      "valid_from": "2026-01-01"})

    s = fresh_bin()
    agency = {"scopes": ["informatization"], "sub": "agency:informatization"}
    notice = {"bin": s, "action": "include", "company_name": "ТОО «Софт»", "region": "Астана",
              "goods": [{"tnved": "8523491000", "name": "ERP", "trusted_register_ref": "TSR-78"}],
              "reason": "entered in the trusted software register"}
    await post(platform, "registry", "/v1/software-notices", role="agency", token=agency, json=notice)
    out = await twice(platform, "registry", "/v1/software-notices", role="agency", token=agency,
                      json={**notice, "action": "exclude", "reason": "not produced in KZ"})
    await twice(platform, "registry", "/v1/software-contests", role="applicant", bin_=s,
                json={"exclusion_entry_id": out["id"], "grounds": "we do produce it"})

    t = fresh_bin()
    await platform.include(t)
    notice = await fail_monitoring(platform, t)
    await platform.set_today(date.fromisoformat(notice["due"]) + timedelta(days=1), "registry")
    await twice(platform, "registry", "/v1/ops/monitoring/run")
    await platform.wait_producer_status(t, "excluded")
    entry = (await platform.history(t))[-1]
    assert entry["kind"] == "exclusion" and entry["ground"] == "monitoring"
    appeal = await twice(platform, "registry", "/v1/appeals", role="applicant", bin_=t, json={
        "exclusion_entry_id": entry["id"], "grounds": "Arrears were paid; see the receipt."})
    await twice(platform, "registry", "/v1/appeals/{appeal_id}/actions", role="appeals", appeal_id=appeal["id"],
                json={"action": "hearing", "detail": "Hearing with the producer", "scheduled_on": "2026-11-27"})
    await twice(platform, "registry", "/v1/appeals/{appeal_id}/decision", role="appeals", appeal_id=appeal["id"],
                json={"outcome": "refused", "reasons_ru": "Задолженность не погашена",
                      "reasons_kk": "Берешек өтелмеді"})
    await twice(platform, "registry", "/v1/ops/offtake/rebuild")


async def contracts_routes(platform: Platform) -> None:
    c = await customer(platform)
    await twice(platform, "contracts", "/v1/large-customers", json={
        "bin": fresh_bin(), "name": "АО «Заказчик»", "category": "subsoil_solid_minerals", "region": "Карагандинская",
        "annual_purchases_kzt": {"2026": 5_000_000_000_000}})
    items = [{"tnved": "7308909809", "name": "Металлоконструкции", "quantity": "500"},
             {"tnved": "8413702100", "name": "Насосы", "quantity": "10", "bought_on_domestic_market": True}]
    plan = await twice(platform, "contracts", "/v1/plans", role="customer", bin_=c,
                       json={"purchase_year": 2027, "plan_kind": "annual", "items": items})
    await twice(platform, "contracts", "/v1/plans/{plan_id}/review", plan_id=plan["id"], json={"outcome": "remarks"})
    await twice(platform, "contracts", "/v1/plans/{plan_id}/resubmission", role="customer", bin_=c,
                plan_id=plan["id"], json={"items": items[:1]})
    await post(platform, "contracts", f"/v1/plans/{plan['id']}/review", json={"outcome": "approve"})
    await twice(platform, "contracts", "/v1/plans/{plan_id}/publication", plan_id=plan["id"])
    await twice(platform, "contracts", "/v1/plans/{plan_id}/applications", role="applicant", bin_=fresh_bin(),
                plan_id=plan["id"], json={"tnved": "7308909809", "kind": "offtake"})
    await twice(platform, "contracts", "/v1/ops/plans/overdue-scan")

    s = fresh_bin()
    k = await twice(platform, "contracts", "/v1/contracts", role="customer", bin_=c, json=offtake_body(s))
    listed = await platform.scalar("contracts", "SELECT count(*) FROM contracts_contract WHERE supplier_bin = $1", s)
    assert listed == 1  # the retry made no second contract
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/signature", role="applicant", bin_=s,
                contract_id=k["id"])
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/amendments", role="customer", bin_=c,
                contract_id=k["id"], json={"mode": "bilateral", "rationale": "budget cut",
                                           "effective_on": "2026-12-01", "volumes": {"2027": "80"}})
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/amendments/{seq}/signature", role="applicant",
                bin_=s, contract_id=k["id"], seq="1")
    d = await twice(platform, "contracts", "/v1/contracts/{contract_id}/deliveries", role="applicant", bin_=s,
                    contract_id=k["id"], json={"year": 2026, "quantity": "100", "delivered_on": "2026-06-01"})
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/deliveries/{delivery_id}/acceptance",
                role="customer", bin_=c, contract_id=k["id"], delivery_id=d["id"], json={"accepted": "100"})
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/pledges", role="applicant", bin_=s,
                contract_id=k["id"], json={"bank": "Development Bank of Kazakhstan", "pledged_on": "2026-03-01",
                                           "amount_kzt": "150000"})
    await platform.set_today(date(2027, 1, 10), "contracts")
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/years/{year}/closing", contract_id=k["id"],
                year="2026")
    await platform.set_today(SCENARIO_DAY, "contracts")

    p = fresh_bin()
    piloted = await post(platform, "contracts", "/v1/contracts", role="customer", bin_=c,
                         json=offtake_body(p, pilot_required=True))
    await post(platform, "contracts", f"/v1/contracts/{piloted['id']}/signature", role="applicant", bin_=p)
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/pilot-test", role="customer", bin_=c,
                contract_id=piloted["id"], json={"result": "positive", "report": "laboratory: within spec"})

    o = fresh_bin()
    offset = await post(platform, "contracts", "/v1/contracts", role="customer", bin_=c, json={
        "kind": "offset", "supplier_bin": o, "unit_price_kzt": "1", "contract_sum_kzt": "1000000",
        "goods": [{"tnved": "8413702100", "name": "Насосы", "specs": {"flow_m3h": 500}}],
        "term_start": "2026-01-01", "term_end": "2028-12-31",
        "offset_obligations": [{"kind": "training_centres", "description": "welding school", "amount_kzt": "50000",
                                "due": "2026-06-30"}]})
    await post(platform, "contracts", f"/v1/contracts/{offset['id']}/signature", role="applicant", bin_=o)
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/offset-fulfilment", contract_id=offset["id"],
                json={"index": 0, "fulfilled_kzt": "20000"})
    await twice(platform, "contracts", "/v1/contracts/{contract_id}/offset-assessment", contract_id=offset["id"])

    programme = await twice(platform, "contracts", "/v1/icv-programmes", role="customer", bin_=c, json={
        "start_year": 2027, "end_year": 2029, "baseline_icv_pct": "30", "icv_targets": {"2027": "35", "2028": "40"},
        "planned_contracts": 2, "sme_measures": ["supplier development days"]})
    await twice(platform, "contracts", "/v1/icv-programmes/{programme_id}/decision", programme_id=programme["id"])
    await twice(platform, "contracts", "/v1/icv-programmes/{programme_id}/reports", role="customer", bin_=c,
                programme_id=programme["id"], json={"year": 2027, "icv_share_pct": "33", "contracts_concluded": 1})


async def measures_routes(platform: Platform) -> None:
    b = await in_register(platform)
    await twice(platform, "measures", "/v1/measure-applications", role="applicant", bin_=b, json=application())
    grant = await post(platform, "measures", "/v1/measure-applications", role="applicant", bin_=b,
                       json=application(measure="industrial_grant",
                                        documents=["project_passport", "co_financing_proof"]))
    await twice(platform, "measures", "/v1/measure-applications/{application_id}/expertise",
                application_id=grant["id"], json={"outcome": "positive", "conclusion": "technically sound"})
    a = await twice(platform, "measures", "/v1/agreements", json=agreement(b))
    await twice(platform, "measures", "/v1/agreements/{agreement_id}/reports", role="applicant", bin_=b,
                agreement_id=a["id"], json={"period": "2025", "actuals": {"0": "10", "1": "40"}})
    await twice(platform, "measures", "/v1/agreements/{agreement_id}/refund-demands", agreement_id=a["id"],
                json={"demanded_on": "2026-01-01"})
    assembly = await post(platform, "measures", "/v1/agreements", json=agreement(b, kind="assembly"))
    breach = await twice(platform, "measures", "/v1/agreements/{agreement_id}/breaches", agreement_id=assembly["id"],
                         json={"reason": "localisation points below the agreed level"})
    await twice(platform, "measures", "/v1/agreements/{agreement_id}/breaches/{breach_id}/cure",
                agreement_id=assembly["id"], breach_id=breach["breaches"][0]["id"])
    await twice(platform, "measures", "/v1/ops/agreements/termination-scan")


async def notifications_routes(platform: Platform, receiver: Receiver) -> None:
    sub = await twice(platform, "notifications", "/v1/webhooks/subscriptions", role="agency", token=OBSERVER,
                      json={"url": receiver.url("reject"), "event_types": ["registry.application.refused"]})
    await twice(platform, "notifications", "/v1/webhooks/subscriptions/{sub_id}/verify", role="agency",
                token=OBSERVER, sub_id=sub["id"])
    b = fresh_bin()
    ev = refused_event(b)
    await publish_raw(platform, ev)

    async def failed() -> dict | None:
        r = await platform.call("notifications", "GET", f"/v1/webhooks/subscriptions/{sub['id']}/deliveries",
                                role="agency", token=OBSERVER)
        ds = [d for d in r.json()["items"] if d["event_id"] == ev.id and d["status"] == "failed"]
        return ds[0] if ds else None
    delivery = await platform.until(failed, 20, what="delivery failed")
    await twice(platform, "notifications", "/v1/webhooks/deliveries/{delivery_id}/replay", role="agency",
                token=OBSERVER, delivery_id=delivery["id"])
    notice = await platform.notice_of_type(b, "registry.application.refused")
    await twice(platform, "notifications", "/v1/cabinet/notices/{notice_id}/read", role="applicant", bin_=b,
                notice_id=notice["id"])
    await twice(platform, "notifications", "/v1/ops/retention/purge")
    await twice(platform, "notifications", "/v1/webhooks/subscriptions/{sub_id}/disable", role="agency",
                token=OBSERVER, sub_id=sub["id"])


@pytest.fixture(scope="module")
async def answers(platform: Platform) -> dict[tuple[str, str], tuple[httpx.Response, httpx.Response]]:
    receiver = Receiver(free_port())
    await receiver.start()
    try:
        await platform.set_all_today(SCENARIO_DAY)
        await registry_routes(platform, receiver)
        await contracts_routes(platform)
        await measures_routes(platform)
        await notifications_routes(platform, receiver)
    finally:
        await platform.reset_clocks()
        await receiver.stop()
    return ANSWERS


async def authenticated_posts(platform: Platform) -> set[tuple[str, str]]:
    routes = set()
    for s in SERVICES:
        spec = (await platform.http.get(f"{platform.url(s)}/openapi.json")).json()
        routes |= {(s, path) for path, ops in spec["paths"].items() if "post" in ops and ops["post"].get("security")}
    return routes


ROUTES = sorted([
    ("registry", "/v1/applications"), ("registry", "/v1/applications/{application_id}/assessment"),
    ("registry", "/v1/catalogue/{tnved}/versions"), ("registry", "/v1/register/{bin}/extracts"),
    ("registry", "/v1/register/{bin}/monitoring-checks"), ("registry", "/v1/register/{bin}/exclusion-requests"),
    ("registry", "/v1/wholly-produced-facts"), ("registry", "/v1/software-notices"),
    ("registry", "/v1/software-contests"), ("registry", "/v1/appeals"), ("registry", "/v1/appeals/{appeal_id}/actions"),
    ("registry", "/v1/appeals/{appeal_id}/decision"), ("registry", "/v1/ops/offtake/rebuild"),
    ("registry", "/v1/ops/monitoring/run"),
    ("contracts", "/v1/large-customers"), ("contracts", "/v1/plans"), ("contracts", "/v1/plans/{plan_id}/review"),
    ("contracts", "/v1/plans/{plan_id}/resubmission"), ("contracts", "/v1/plans/{plan_id}/publication"),
    ("contracts", "/v1/plans/{plan_id}/applications"), ("contracts", "/v1/ops/plans/overdue-scan"),
    ("contracts", "/v1/contracts"), ("contracts", "/v1/contracts/{contract_id}/signature"),
    ("contracts", "/v1/contracts/{contract_id}/amendments"),
    ("contracts", "/v1/contracts/{contract_id}/amendments/{seq}/signature"),
    ("contracts", "/v1/contracts/{contract_id}/pilot-test"), ("contracts", "/v1/contracts/{contract_id}/deliveries"),
    ("contracts", "/v1/contracts/{contract_id}/deliveries/{delivery_id}/acceptance"),
    ("contracts", "/v1/contracts/{contract_id}/years/{year}/closing"),
    ("contracts", "/v1/contracts/{contract_id}/pledges"), ("contracts", "/v1/contracts/{contract_id}/offset-fulfilment"),
    ("contracts", "/v1/contracts/{contract_id}/offset-assessment"), ("contracts", "/v1/icv-programmes"),
    ("contracts", "/v1/icv-programmes/{programme_id}/decision"),
    ("contracts", "/v1/icv-programmes/{programme_id}/reports"),
    ("measures", "/v1/measure-applications"), ("measures", "/v1/measure-applications/{application_id}/expertise"),
    ("measures", "/v1/agreements"), ("measures", "/v1/agreements/{agreement_id}/reports"),
    ("measures", "/v1/agreements/{agreement_id}/breaches"),
    ("measures", "/v1/agreements/{agreement_id}/breaches/{breach_id}/cure"),
    ("measures", "/v1/agreements/{agreement_id}/refund-demands"), ("measures", "/v1/ops/agreements/termination-scan"),
    ("notifications", "/v1/webhooks/subscriptions"), ("notifications", "/v1/webhooks/subscriptions/{sub_id}/verify"),
    ("notifications", "/v1/webhooks/deliveries/{delivery_id}/replay"),
    ("notifications", "/v1/cabinet/notices/{notice_id}/read"), ("notifications", "/v1/ops/retention/purge"),
    ("notifications", "/v1/webhooks/subscriptions/{sub_id}/disable"),
])


async def test_every_authenticated_post_is_in_the_list(platform: Platform) -> None:
    assert await authenticated_posts(platform) == set(ROUTES)


@pytest.mark.parametrize("service,route", ROUTES, ids=[f"{s}:{p}" for s, p in ROUTES])
async def test_a_retried_post_gets_the_first_answer(answers: dict, service: str, route: str) -> None:
    first, again = answers[(service, route)]
    assert again.status_code == first.status_code, (again.status_code, again.text)
    assert again.headers.get("Idempotent-Replayed") == "true" and first.headers.get("Idempotent-Replayed") is None
    assert again.content == first.content or again.json() == first.json()
    assert again.headers.get("Location") == first.headers.get("Location")


async def test_the_same_key_with_another_body_is_refused(platform: Platform) -> None:
    c = await customer(platform)
    headers = {**platform.headers("customer", c), "Idempotency-Key": str(uuid.uuid4())}
    url = f"{platform.url('contracts')}/v1/contracts"
    s = fresh_bin()
    first = await platform.http.post(url, headers=headers, json=offtake_body(s))
    assert first.status_code == 201, first.text
    other = await platform.http.post(url, headers=headers, json=offtake_body(s, unit_price_kzt="999"))
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert other.json()["field"] == "Idempotency-Key"
    assert await platform.scalar("contracts", "SELECT count(*) FROM contracts_contract WHERE supplier_bin = $1",
                                 s) == 1


async def test_a_key_is_the_callers_own(platform: Platform) -> None:
    """Another caller's identical key is another request: keys are scoped by the token's subject."""
    key = str(uuid.uuid4())
    made = []
    for _ in range(2):
        c = await customer(platform)
        r = await platform.http.post(f"{platform.url('contracts')}/v1/icv-programmes",
                                     headers={**platform.headers("customer", c), "Idempotency-Key": key}, json={
                                         "start_year": 2027, "end_year": 2029, "baseline_icv_pct": "30",
                                         "icv_targets": {"2027": "35"}, "planned_contracts": 1,
                                         "sme_measures": ["days"]})
        assert r.status_code == 201 and r.headers.get("Idempotent-Replayed") is None, r.text
        made.append(r.json()["id"])
    assert made[0] != made[1]


async def test_twins_sent_at_once_make_one_contract(platform: Platform) -> None:
    """A retry that overtakes its first attempt: one of the two makes the contract, the other gets its answer
    or is told to retry (409, Retry-After) — never a second contract."""
    c, s = await customer(platform), fresh_bin()
    headers = {**platform.headers("customer", c), "Idempotency-Key": str(uuid.uuid4())}
    url = f"{platform.url('contracts')}/v1/contracts"
    answers = await asyncio.gather(*(platform.http.post(url, headers=headers, json=offtake_body(s)) for _ in range(2)))
    made = [r for r in answers if r.status_code == 201]
    assert made and all(r.json()["id"] == made[0].json()["id"] for r in made)
    for r in answers:
        assert r.status_code == 201 or (r.status_code == 409 and r.json()["code"] == "idempotency_key_in_flight"
                                        and r.headers.get("Retry-After")), r.text
    assert await platform.scalar("contracts", "SELECT count(*) FROM contracts_contract WHERE supplier_bin = $1",
                                 s) == 1
    again = await platform.http.post(url, headers=headers, json=offtake_body(s))
    assert again.status_code == 201 and again.json() == made[0].json()
