"""Contracts for industrial development and the offtake register (Art. 46 … 49, 47-1, 61-1), end to end
over the real broker and databases."""
from __future__ import annotations

import asyncio
import uuid
from datetime import date
from typing import Any

import pytest
from harness import Platform, assert_instants_have_offsets, fresh_bin, publish_raw
from ipp_common.events.envelope import CloudEvent
from requests_of import SPEC, customer, offtake_body

pytestmark = [pytest.mark.integration, pytest.mark.dated]
SCENARIO_DAY = date(2026, 11, 20)
"""The contracts below are written on the 2026-2027 calendar (terms, volumes by year, amendments in force
from December 2026): every service's clock is set to this day before each test, so that the suite means the
same on any day it is run; tests that walk through the planning cycle move the clock on from here."""
@pytest.fixture(autouse=True)
async def _scenario_calendar(platform: Platform) -> None:
    await platform.set_all_today(SCENARIO_DAY)


async def signed(platform: Platform, c: str, s: str, **kw: Any) -> dict[str, Any]:
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=offtake_body(s, **kw))
    assert r.status_code == 201, r.text
    r = await platform.call("contracts", "POST", f"/v1/contracts/{r.json()['id']}/signature", role="applicant", bin_=s)
    assert r.status_code == 200 and r.json()["status"] == "signed", r.text
    return r.json()


async def offtake(platform: Platform, contract_id: str, version: int | None = None) -> dict[str, Any]:
    async def got() -> dict | None:
        r = await platform.call("registry", "GET", f"/v1/offtake/{contract_id}", role="public")
        if r.status_code == 200 and (version is None or r.json()["version"] >= version):
            return r.json()
        return None
    return await platform.until(got, 20, what=f"offtake record {contract_id} v{version}")


async def test_art_48_2_a_unilateral_term_cut_is_refused_and_a_bilateral_one_applies_on_countersignature(
        platform: Platform) -> None:
    """Art. 48.2 (no unilateral reduction of an offtake contract) and 48-1.2: cutting the term drops whole
    contracted years with their acceptance duty and penalty, so it is a reduction like a lower volume."""
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)  # 2026-2027, 100 a year
    url = f"/v1/contracts/{k['id']}/amendments"
    cut = {"mode": "unilateral", "rationale": "budget cut", "effective_on": "2026-12-01", "term_end": "2026-12-31"}
    r = await platform.call("contracts", "POST", url, role="customer", bin_=c, json=cut)
    p = r.json()
    assert r.status_code == 422 and p["article"] == "48.2" and p["field"] == "term_end", r.text
    assert {(e["field"], e["article"]) for e in p["errors"]} == {("term_end", "48.2"), ("volumes.2027", "48.2")}
    for field, value in (("term_start", "2027-01-01"), ("unit_price_kzt", "999"),
                         ("goods", [{"tnved": "7308100000", "name": "Другое", "specs": SPEC}])):
        r = await platform.call("contracts", "POST", url, role="customer", bin_=c,
                                json={**cut, "term_end": None, field: value})
        assert r.status_code == 422 and r.json()["article"] in ("48.2", "47.8"), (field, r.text)
        assert field in {e["field"] for e in r.json()["errors"]}, (field, r.text)
    r = await platform.call("contracts", "POST", url, role="customer", bin_=c, json={**cut, "acceptance_share": "0.1"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "body.acceptance_share"  # the law's, not a term

    r = await platform.call("contracts", "POST", url, role="customer", bin_=c, json={**cut, "mode": "bilateral"})
    assert r.status_code == 201 and r.json()["status"] == "proposed", r.text
    changed = {k: v for k, v in r.json()["changes"].items() if v is not None}  # a term not changed is null
    assert changed == {"volumes": {"2026": "100"}, "term_end": "2026-12-31"}
    k_now = (await platform.call("contracts", "GET", f"/v1/contracts/{k['id']}", role="customer", bin_=c)).json()
    assert k_now["term_end"] == "2027-12-31"  # nothing applies before the other party signs
    r = await platform.call("contracts", "POST", f"{url}/1/signature", role="applicant", bin_=s)
    assert r.status_code == 200 and r.json()["status"] == "applied", r.text
    rec = await offtake(platform, k["id"], version=3)
    assert rec["term"]["end"] == "2026-12-31" and rec["volumes"] == {"2026": "100"}  # the dropped year goes too
    assert assert_instants_have_offsets(rec) >= 3  # updated_at and each release's time, all with Z


async def test_art_48_2_a_delivery_dated_after_today_is_refused(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)
    url = f"/v1/contracts/{k['id']}/deliveries"
    r = await platform.call("contracts", "POST", url, role="applicant", bin_=s,
                            json={"year": 2026, "quantity": "10", "delivered_on": "2026-11-21"})  # tomorrow
    assert r.status_code == 422 and r.json()["code"] == "delivery_in_future" and r.json()["field"] == "delivered_on"
    r = await platform.call("contracts", "POST", url, role="applicant", bin_=s,
                            json={"year": 2026, "quantity": "10", "delivered_on": SCENARIO_DAY.isoformat()})
    assert r.status_code == 201, r.text


async def test_art_47_1_system_forming_test_and_low_capacity_monopoly(platform: Platform) -> None:
    base = {"name": "ТОО «Завод»", "region": "Павлодарская", "category": "system_forming"}
    r = await platform.call("contracts", "POST", "/v1/large-customers",
                            json={**base, "bin": fresh_bin(), "output_kzt": "30", "region_output_kzt": "1000"})
    assert r.status_code == 422 and r.json()["article"] == "47-1.1"
    r = await platform.call("contracts", "POST", "/v1/large-customers",
                            json={**base, "bin": fresh_bin(), "output_kzt": "31", "region_output_kzt": "1000"})
    assert r.status_code == 201
    r = await platform.call("contracts", "POST", "/v1/large-customers", json={
        "bin": fresh_bin(), "name": "ГКП", "category": "natural_monopoly", "low_capacity_monopoly": True})
    assert r.status_code == 422 and r.json()["article"] == "1.25"
    r = await platform.call("contracts", "POST", "/v1/large-customers", json={  # no figures: they are null
        "bin": fresh_bin(), "name": "АО «Квазигос»", "category": "quasi_state"})
    assert r.status_code == 201 and r.json()["figures"] == {"output_kzt": None, "region_output_kzt": None}, r.text


async def test_art_47_planning_cycle_through_every_deadline(platform: Platform) -> None:
    c = await customer(platform)
    items = [{"tnved": "7308909809", "name": "Металлоконструкции", "quantity": "500"},
             {"tnved": "8413702100", "name": "Насосы", "quantity": "10", "bought_on_domestic_market": True}]
    await platform.set_today(date(2026, 12, 11), "contracts")  # a day after the 10 December due date
    r = await platform.call("contracts", "POST", "/v1/plans", role="customer", bin_=c,
                            json={"purchase_year": 2027, "plan_kind": "annual", "items": items})
    plan = r.json()
    assert r.status_code == 201 and plan["late_submission"] is True
    assert plan["review_due"] == "2027-01-11"  # 30 calendar days end on Sunday 10 Jan → Monday 11 Jan
    pid = plan["id"]

    await platform.set_today(date(2027, 1, 12), "contracts")  # the Ministry has not reviewed in time
    r = await platform.call("contracts", "POST", "/v1/ops/plans/overdue-scan")
    assert {"plan_id": pid, "deadline": "review", "due": "2027-01-11", "party": "ministry"} in r.json()["overdue"]
    await platform.notice_of_type(c, "contracts.plan.overdue")
    r = await platform.call("contracts", "POST", f"/v1/plans/{pid}/review", json={"outcome": "approve"})
    assert r.status_code == 422 and r.json()["code"] == "plan_lists_excluded_goods" and r.json()["article"] == "47.3"
    r = await platform.call("contracts", "POST", f"/v1/plans/{pid}/review", json={"outcome": "remarks"})
    plan = r.json()
    assert plan["status"] == "remarks_sent" and plan["correction_due"] == "2027-01-19"  # 5 working days
    assert [x["rule"] for x in plan["remarks"]] == ["47.3-domestic-market"]
    notice = await platform.notice_of_type(c, "contracts.plan.remarks_issued")
    assert "19.01.2027" in notice["body_ru"]

    await platform.set_today(date(2027, 1, 21), "contracts")  # the correction is two working days late
    r = await platform.call("contracts", "POST", f"/v1/plans/{pid}/resubmission", role="customer", bin_=c,
                            json={"items": items[:1]})
    plan = r.json()
    assert "correction" in plan["overdue"] and plan["approval_due"] == "2027-02-04"  # 10 working days
    await platform.set_today(date(2027, 1, 25), "contracts")
    r = await platform.call("contracts", "POST", f"/v1/plans/{pid}/review", json={"outcome": "approve"})
    assert r.json()["status"] == "approved"
    await platform.notice_of_type(c, "contracts.plan.approved")
    await platform.set_today(date(2027, 1, 28), "contracts")  # before 1 February
    plan = (await platform.call("contracts", "POST", f"/v1/plans/{pid}/publication")).json()
    assert plan["status"] == "published" and "publication" not in plan["overdue"]
    assert plan["applications_until"] == "2027-03-01"  # 30 calendar days end on Saturday 27 Feb → Monday
    assert plan["conclusion_due"] == "2027-03-31"

    m = fresh_bin()
    await platform.set_today(date(2027, 2, 10), "contracts")
    r = await platform.call("contracts", "POST", f"/v1/plans/{pid}/applications", role="applicant", bin_=m,
                            json={"tnved": "7308909809", "kind": "offtake"})
    assert r.status_code == 201
    await platform.set_today(date(2027, 3, 2), "contracts")
    r = await platform.call("contracts", "POST", f"/v1/plans/{pid}/applications", role="applicant", bin_=fresh_bin(),
                            json={"tnved": "7308909809", "kind": "offtake"})
    assert r.status_code == 422 and r.json()["due"] == "2027-03-01" and r.json()["article"] == "47.6"

    # Art. 47.7: contracts with the manufacturers that applied are concluded by 31 March
    await platform.set_today(date(2027, 3, 31), "contracts")  # the last day is still in time
    r = await platform.call("contracts", "POST", "/v1/ops/plans/overdue-scan")
    assert pid not in {o["plan_id"] for o in r.json()["overdue"]}
    await platform.set_today(date(2027, 4, 1), "contracts")
    r = await platform.call("contracts", "POST", "/v1/ops/plans/overdue-scan")
    assert {"plan_id": pid, "deadline": "conclusion", "due": "2027-03-31", "party": "customer"} in r.json()["overdue"]

    async def conclusion_notice() -> dict | None:
        ns = [n for n in await platform.notices(c) if n["notice_type"] == "contracts.plan.overdue"
              and "заключение договоров" in n["body_ru"]]
        return ns[0] if ns else None
    notice = await platform.until(conclusion_notice, 20, what="conclusion overdue notice")
    assert "31.03.2027" in notice["body_ru"] and "шарттарды жасасу" in notice["body_kk"]
    k = (await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c,
                             json=offtake_body(m, plan_id=pid))).json()
    signed_late = (await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/signature", role="applicant",
                                       bin_=m)).json()
    assert signed_late["status"] == "signed" and signed_late["overdue"] == ["conclusion"]
    r = await platform.call("contracts", "POST", "/v1/ops/plans/overdue-scan")  # marked once, not again
    assert pid not in {o["plan_id"] for o in r.json()["overdue"]}


async def test_art_47_4_a_late_approval_of_a_corrected_plan_has_its_own_mark(platform: Platform) -> None:
    c = await customer(platform)
    items = [{"tnved": "7308909809", "name": "Металлоконструкции", "quantity": "500"},
             {"tnved": "8413702100", "name": "Насосы", "quantity": "10", "bought_on_domestic_market": True}]
    await platform.set_today(date(2026, 12, 1), "contracts")
    pid = (await platform.call("contracts", "POST", "/v1/plans", role="customer", bin_=c,
                               json={"purchase_year": 2027, "plan_kind": "annual", "items": items})).json()["id"]
    await platform.call("contracts", "POST", f"/v1/plans/{pid}/review", json={"outcome": "remarks"})
    plan = (await platform.call("contracts", "POST", f"/v1/plans/{pid}/resubmission", role="customer", bin_=c,
                                json={"items": items[:1]})).json()
    assert plan["overdue"] == [] and plan["approval_due"] == "2026-12-15"  # 10 working days (16 Dec a holiday)
    await platform.set_today(date(2026, 12, 16), "contracts")
    r = await platform.call("contracts", "POST", "/v1/ops/plans/overdue-scan")
    assert {"plan_id": pid, "deadline": "approval", "due": "2026-12-15", "party": "ministry"} in r.json()["overdue"]
    plan = (await platform.call("contracts", "POST", f"/v1/plans/{pid}/review", json={"outcome": "approve"})).json()
    assert plan["status"] == "approved" and plan["overdue"] == ["approval"]  # not the first review's mark


@pytest.mark.flow
async def test_art_48_offtake_signed_amended_and_supplier_excluded_in_the_register(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    await platform.include(s)
    k = await signed(platform, c, s)
    rec = await offtake(platform, k["id"])
    assert rec["executor"] == {"bin": s, "register_status": "included"} and rec["status"] == "signed"
    assert rec["volumes"] == {"2026": "100", "2027": "100"} and rec["goods"][0]["tnved"] == "7308909809"

    cut = {"mode": "unilateral", "rationale": "budget cut", "effective_on": "2026-12-01", "volumes": {"2027": "80"}}
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/amendments", role="customer", bin_=c, json=cut)
    assert r.status_code == 422 and r.json()["article"] == "48.2"
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/amendments", role="customer", bin_=c,
                            json={**cut, "mode": "bilateral"})
    assert r.status_code == 201 and r.json()["status"] == "proposed"
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/amendments/1/signature", role="applicant",
                            bin_=s)
    assert r.status_code == 200 and r.json()["status"] == "applied" and r.json()["signed_by"] == ["customer", "supplier"]
    rec = await offtake(platform, k["id"], version=3)
    assert rec["volumes"]["2027"] == "80"
    amended = [x for x in rec["releases"] if x["type"] == "contracts.contract.amended"]
    assert amended and amended[0]["change"]["before"]["volumes"]["2027"] == "100"
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/amendments", role="customer", bin_=c,
                            json={"mode": "bilateral", "rationale": "x", "effective_on": "2026-11-30",
                                  "volumes": {"2027": "90"}})
    assert r.status_code == 422 and r.json()["code"] == "amendment_date_order"
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/amendments", role="customer", bin_=c,
                            json={"mode": "bilateral", "rationale": "stricter steel", "effective_on": "2026-12-15",
                                  "goods": [{"tnved": "7308909809", "name": "Металлоконструкции",
                                             "specs": {**SPEC, "impact_test": "-60C"}}]})
    assert r.status_code == 422 and r.json()["article"] == "47.8"  # no technical requirements after signing

    r = await platform.call("registry", "POST", f"/v1/register/{s}/exclusion-requests", role="applicant", bin_=s,
                            json={"reason": "closing"})
    assert r.status_code == 201

    async def shows_exclusion() -> dict | None:
        rec = (await platform.call("registry", "GET", f"/v1/offtake/{k['id']}", role="public")).json()
        return rec if rec["executor"]["register_status"] == "excluded" and rec["flagged"] else None
    rec = await platform.until(shows_exclusion, 20, what="offtake register shows the excluded supplier")
    assert "excluded" in rec["flagged"]
    listed = (await platform.call("registry", "GET", "/v1/offtake", role="public", params={"supplier": s})).json()
    assert [x["contract_id"] for x in listed["items"]] == [k["id"]]
    # the public page of the offtake register finds it by customer and goods code, and not by another customer
    page = f"{platform.url('registry')}/offtake"
    found = await platform.http.get(page, params={"customer": c, "tnved": "7308909809", "lang": "ru"})
    assert found.status_code == 200 and f"/register/{s}?" in found.text and rec["ocid"] in found.text
    assert "<td>заключён</td>" in found.text  # the contract's status in the page's language, not a code
    other = await platform.http.get(page, params={"customer": fresh_bin(), "lang": "ru"})
    assert other.status_code == 200 and f"/register/{s}?" not in other.text
    # by status: the signed contract is found among the signed ones only
    only_signed = await platform.http.get(page, params={"customer": c, "status": "signed", "lang": "kk"})
    assert only_signed.status_code == 200 and rec["ocid"] in only_signed.text and "<td>жасалған</td>" in only_signed.text
    ended = await platform.http.get(page, params={"customer": c, "status": "terminated", "lang": "ru"})
    assert ended.status_code == 200 and rec["ocid"] not in ended.text
    for query in ({"tnved": "73089"}, {"status": "signd"}):
        bad = await platform.http.get(page, params={**query, "lang": "ru"})
        assert bad.status_code == 400 and 'role="alert"' in bad.text, query


async def test_art_48_2_year_two_acceptance_of_40_percent_gives_penalty(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)
    for year, accepted in ((2026, "100"), (2027, "40")):
        await platform.set_today(max(SCENARIO_DAY, date(year, 6, 1)), "contracts")  # a delivery is dated in the past
        r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/deliveries", role="applicant", bin_=s,
                                json={"year": year, "quantity": "100", "delivered_on": f"{year}-06-01"})
        assert r.status_code == 201, r.text
        r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/deliveries/{r.json()['id']}/acceptance",
                                role="customer", bin_=c, json={"accepted": accepted})
        assert r.status_code == 200
    y1 = (await platform.call("contracts", "GET", f"/v1/contracts/{k['id']}/acceptance/2026")).json()
    assert y1["required"] == "100" and y1["shortfall"] == "0" and y1["penalty_kzt"] == "0.00"
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/years/2027/closing")
    assert r.status_code == 422 and r.json()["code"] == "year_not_ended" and r.json()["article"] == "48.4"
    assert await platform.scalar("contracts", "SELECT count(*) FROM contracts_penalty WHERE contract_id = $1",
                                 uuid.UUID(k["id"])) == 0  # nothing written by the refused closing
    await platform.set_today(date(2028, 1, 10), "contracts")
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/years/2027/closing")
    y2 = r.json()
    assert y2["required"] == "50" and y2["accepted"] == "40" and y2["shortfall"] == "10"
    assert y2["rate_pct"] == "10" and y2["penalty_kzt"] == "1000.00"  # 10 units × 1000 KZT × 10%
    notice = await platform.notice_of_type(s, "contracts.penalty.assessed")
    assert "1000.00" in notice["body_ru"]
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/years/2027/closing")
    assert r.status_code == 409


async def test_art_48_4_refusal_for_supplier_fault_is_no_penalty(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)
    await platform.set_today(date(2027, 3, 1), "contracts")
    d = (await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/deliveries", role="applicant", bin_=s,
                             json={"year": 2027, "quantity": "100", "delivered_on": "2027-03-01"})).json()
    await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/deliveries/{d['id']}/acceptance", role="customer",
                        bin_=c, json={"accepted": "40", "refused_supplier_fault": "60", "note": "defective welds"})
    a = (await platform.call("contracts", "GET", f"/v1/contracts/{k['id']}/acceptance/2027")).json()
    assert a["shortfall"] == "0" and a["penalty_kzt"] == "0.00"


async def test_art_47_8_negative_pilot_terminates_for_supplier_fault(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s, pilot_required=True)
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/deliveries", role="applicant", bin_=s,
                            json={"year": 2026, "quantity": "1", "delivered_on": "2026-02-01"})
    assert r.status_code == 409 and r.json()["code"] == "pilot_pending"
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/pilot-test", role="customer", bin_=c,
                            json={"result": "negative", "report": "laboratory: yield strength below spec"})
    assert r.json()["status"] == "terminated"
    rec = await offtake(platform, k["id"], version=3)
    assert rec["status"] == "terminated"
    notice = await platform.notice_of_type(s, "contracts.contract.terminated")
    assert "по вине поставщика" in notice["body_ru"] and "жеткізушінің кінәсінен" in notice["body_kk"]


async def test_art_48_1_pledge_recorded(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/pledges", role="applicant", bin_=s,
                            json={"bank": "Development Bank of Kazakhstan", "pledged_on": "2026-03-01",
                                  "amount_kzt": "150000"})
    assert r.status_code == 201
    rec = await offtake(platform, k["id"], version=3)
    assert rec["pledged"] is True


@pytest.mark.parametrize("end,ok", [("2036-12-31", False), ("2035-12-31", True), ("2026-06-30", False)])
async def test_art_48_1_3_guaranteed_purchase_term_1_to_10_years(platform: Platform, end: str, ok: bool) -> None:
    c = await customer(platform)
    years = range(2026, int(end[:4]) + 1)
    body = {"kind": "guaranteed_purchase", "supplier_bin": fresh_bin(), "unit_price_kzt": "10", "contract_sum_kzt": "1000",
            "goods": [{"tnved": "7308909809", "name": "X", "specs": SPEC}], "volumes": {str(y): "10" for y in years},
            "term_start": "2026-01-01", "term_end": end, "liability": "penalty 0.1% per day of delay"}
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=body)
    assert (r.status_code == 201) is ok, r.text
    if not ok:
        assert r.json()["article"] == "48-1.3"
    else:
        s, k = body["supplier_bin"], r.json()["id"]
        await platform.call("contracts", "POST", f"/v1/contracts/{k}/signature", role="applicant", bin_=s)
        r = await platform.call("contracts", "POST", f"/v1/contracts/{k}/amendments", role="applicant",
                                bin_=s, json={"mode": "unilateral", "rationale": "more", "effective_on": "2026-12-01",
                                              "volumes": {"2030": "20"}})
        assert r.status_code == 422 and r.json()["article"] == "48-1.2"
        # the yearly acceptance and its penalty (Art. 48.2, 48.4) are the offtake contract's, not this one's
        r = await platform.call("contracts", "POST", f"/v1/contracts/{k}/years/2026/closing")
        assert r.status_code == 422 and r.json()["code"] == "not_offtake", r.text


@pytest.mark.parametrize("share,ok", [("4.9", False), ("5", True)])
async def test_art_49_offset_at_least_5_percent(platform: Platform, share: str, ok: bool) -> None:
    c = await customer(platform)
    body = {"kind": "offset", "supplier_bin": fresh_bin(), "unit_price_kzt": "1", "contract_sum_kzt": "1000000",
            "goods": [{"tnved": "8413702100", "name": "Насосы", "specs": {"flow_m3h": 500}}],
            "term_start": "2026-01-01", "term_end": "2028-12-31",
            "offset_obligations": [{"kind": "training_centres", "description": "welding school",
                                    "amount_kzt": str(int(float(share) * 10000)), "due": "2026-06-30"}]}
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=body)
    assert (r.status_code == 201) is ok, r.text
    if not ok:
        assert r.json()["article"] == "49.2"
        return
    k = r.json()
    await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/signature", role="applicant",
                        bin_=body["supplier_bin"])
    await platform.set_today(date(2026, 7, 1), "contracts")
    await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/offset-fulfilment",
                        json={"index": 0, "fulfilled_kzt": "20000"})
    a = (await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/offset-assessment")).json()
    assert a["unfulfilled_kzt"] == "30000" and a["penalty_kzt"] == "3000.00"
    again = await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/offset-assessment")
    assert again.status_code == 409 and again.json()["code"] == "offset_already_assessed"  # one penalty a year


async def test_art_49_1_offset_refused_below_500000_mrp_of_the_year(platform: Platform) -> None:
    c = await customer(platform, annual_purchases=2_162_500_000)  # exactly 500,000 × MRP 2026 (4,325): not above
    body = {"kind": "offset", "supplier_bin": fresh_bin(), "unit_price_kzt": "1", "contract_sum_kzt": "1000",
            "goods": [{"tnved": "8413702100", "name": "Насосы", "specs": {"flow_m3h": 500}}],
            "term_start": "2026-01-01", "term_end": "2027-12-31",
            "offset_obligations": [{"kind": "other", "description": "x", "amount_kzt": "100", "due": "2027-01-01"}]}
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=body)
    p = r.json()
    assert r.status_code == 422 and p["code"] == "offset_threshold_not_met" and p["article"] == "49.1"
    assert p["field"] == "annual_purchases_kzt" and "2162500000" in p["detail"]


async def test_art_48_5_offtake_content_required(platform: Platform) -> None:
    c = await customer(platform)
    body = offtake_body(fresh_bin(), volumes={"2026": "100"}, icv_programme_obligation=False, min_icv_pct=None)
    body["goods"][0]["specs"] = {}
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=body)
    assert r.status_code == 422
    fields = {e["field"] for e in r.json()["errors"]}
    assert fields == {"goods", "volumes", "min_icv_pct", "icv_programme_obligation"}


async def test_offtake_register_consistent_after_duplicates_and_out_of_order_and_rebuilt(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)
    await platform.call("contracts", "POST", f"/v1/contracts/{k['id']}/pledges", role="applicant", bin_=s,
                        json={"bank": "Halyk", "pledged_on": "2026-03-01", "amount_kzt": "1"})
    rec = await offtake(platform, k["id"], version=3)
    stale = CloudEvent(source="/ipp/contracts", type="contracts.contract.signed", subject=k["id"], sequence=2,
                       recipient=s, data={
        **{f: rec_f for f, rec_f in (("contract_id", k["id"]), ("kind", "offtake"), ("status", "signed"),
                                     ("customer_bin", c), ("supplier_bin", s))},
        "goods": k["goods"], "volumes": {"2026": "1", "2027": "1"}, "unit_price_kzt": "1", "term_start": "2026-01-01",
        "term_end": "2027-12-31", "version": 2, "changed_at": (await platform.clock_now("contracts")).isoformat()})
    await publish_raw(platform, stale)   # out of order: older than what the register shows
    await publish_raw(platform, stale)   # and duplicated
    await asyncio.sleep(1.5)
    rec2 = await offtake(platform, k["id"])
    assert rec2["version"] == 3 and rec2["volumes"] == rec["volumes"] and rec2["pledged"] is True
    assert len([x for x in rec2["releases"] if x["event_id"] == stale.id]) == 1

    feed = (await platform.call("registry", "GET", "/v1/offtake/changes", role="public", params={"limit": 500})).json()
    assert any(x["contract_id"] == k["id"] for x in feed["items"])
    before = (await platform.call("registry", "GET", "/v1/offtake", role="public", params={"limit": 200})).json()
    r = await platform.call("registry", "POST", "/v1/ops/offtake/rebuild")
    assert r.status_code == 200 and r.json()["records"] >= 1
    after = (await platform.call("registry", "GET", "/v1/offtake", role="public", params={"limit": 200})).json()
    assert after == before


async def test_art_61_1_icv_programme_grounds(platform: Platform) -> None:
    c = await customer(platform)
    base = {"start_year": 2027, "end_year": 2029, "baseline_icv_pct": "30", "icv_targets": {"2027": "35", "2028": "40"},
            "planned_contracts": 2, "sme_measures": ["supplier development days"]}
    r = await platform.call("contracts", "POST", "/v1/icv-programmes", role="customer", bin_=c,
                            json={**base, "end_year": 2028})
    assert r.status_code == 422 and r.json()["article"] == "61-1.2"
    for change, ground in ((dict(icv_targets={"2027": "30"}), "61-1.2(1)"), (dict(sme_measures=[]), "61-1.2(3)")):
        p = (await platform.call("contracts", "POST", "/v1/icv-programmes", role="customer", bin_=c,
                                 json={**base, **change})).json()
        d = (await platform.call("contracts", "POST", f"/v1/icv-programmes/{p['id']}/decision")).json()
        assert d["status"] == "refused" and [g["article"] for g in d["grounds"]] == [ground]
    p = (await platform.call("contracts", "POST", "/v1/icv-programmes", role="customer", bin_=c, json=base)).json()
    d = (await platform.call("contracts", "POST", f"/v1/icv-programmes/{p['id']}/decision")).json()
    assert d["status"] == "agreed" and d["grounds"] == []
    await platform.notice_of_type(c, "contracts.programme.decided")
    r = await platform.call("contracts", "POST", f"/v1/icv-programmes/{p['id']}/reports", role="customer", bin_=c,
                            json={"year": 2027, "icv_share_pct": "33", "contracts_concluded": 1})
    assert r.status_code == 201 and r.json()["reports"][0]["icv_target_met"] is False


async def test_contracts_are_visible_only_to_the_parties(platform: Platform) -> None:
    c, s = await customer(platform), fresh_bin()
    k = await signed(platform, c, s)
    assert (await platform.call("contracts", "GET", f"/v1/contracts/{k['id']}", role="applicant", bin_=s)).status_code == 200
    assert (await platform.call("contracts", "GET", f"/v1/contracts/{k['id']}", role="applicant",
                                bin_=fresh_bin())).status_code == 404
    assert (await platform.call("contracts", "GET", f"/v1/contracts/{uuid.uuid4()}")).status_code == 404
