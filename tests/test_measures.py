"""State stimulation measures end to end (Art. 25 … 28, 42, 62 … 65): eligibility from the local register
projection, agreements, counter-obligations, refunds, the repeat ban, assembly agreements, exclusion."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from harness import Platform, fresh_bin
from requests_of import GOOD, agreement, application, in_register

pytestmark = [pytest.mark.integration, pytest.mark.dated]
async def apply(platform: Platform, b: str, **kw: Any) -> dict[str, Any]:
    r = await platform.call("measures", "POST", "/v1/measure-applications", role="applicant", bin_=b,
                            json=application(**kw))
    assert r.status_code == 201, r.text
    return r.json()


@pytest.mark.flow
async def test_art_25_6_each_failing_condition_is_the_only_ground_and_granted_when_all_hold(platform: Platform) -> None:
    b = await in_register(platform)
    ok = await apply(platform, b)
    assert ok["status"] == "granted" and ok["grounds"] == [] and ok["score"] == 12
    for change, ground in ((dict(goods=["3920102500"]), "not_priority_goods"),
                           (dict(counter_obligations_accepted=False), "counter_obligations_not_accepted"),
                           (dict(documents=["business_plan"]), "documents_incomplete")):
        a = await apply(platform, b, **change)
        assert a["status"] == "refused" and [g["ground"] for g in a["grounds"]] == [ground]
    outsider = await apply(platform, fresh_bin())
    assert [g["ground"] for g in outsider["grounds"]] == ["not_in_register"]
    notice = await platform.notice_of_type(b, "measures.application.decided")
    assert "«Финансирование и софинансирование, лизинг (co_financing)»" in notice["body_ru"]  # words, then the code


async def test_art_42_industrial_grant_goes_through_expertise(platform: Platform) -> None:
    b = await in_register(platform)
    a = await apply(platform, b, measure="industrial_grant", documents=["project_passport", "co_financing_proof"])
    assert a["status"] == "expertise"
    r = await platform.call("measures", "POST", f"/v1/measure-applications/{a['id']}/expertise",
                            json={"outcome": "positive", "conclusion": "technically sound"})
    assert r.json()["status"] == "granted"


async def test_art_42_3_a_grant_agreement_needs_an_application_that_passed_expertise(platform: Platform) -> None:
    """Art. 42.3 (expertise of grant applications), 42.2 (priority goods), 25.5: the catalogue says a grant is
    given only on an application; naming none, or one still in expertise, is refused; one granted after a
    positive expertise concludes the agreement."""
    b = await in_register(platform)
    grant = agreement(b, kind="grant", measures=[{"measure": "industrial_grant", "amount_kzt": "5000000",
                                                  "disbursed_on": "2025-01-01"}])
    r = await platform.call("measures", "POST", "/v1/agreements", json=grant)
    p = r.json()
    assert r.status_code == 422 and p["code"] == "measure_requires_application" and p["article"] == "42.3", r.text
    assert p["field"] == "measures[0].application_id" and "42.3" in p["basis"]
    a = await apply(platform, b, measure="industrial_grant", documents=["project_passport", "co_financing_proof"])
    grant["measures"][0]["application_id"] = a["id"]
    r = await platform.call("measures", "POST", "/v1/agreements", json=grant)  # still in expertise
    assert r.status_code == 422 and r.json()["code"] == "measure_application_not_granted"
    assert r.json()["article"] == "42.3"
    r = await platform.call("measures", "POST", f"/v1/measure-applications/{a['id']}/expertise",
                            json={"outcome": "positive", "conclusion": "technically sound"})
    assert r.json()["status"] == "granted"
    r = await platform.call("measures", "POST", "/v1/agreements", json=grant)
    assert r.status_code == 201, r.text
    unknown = agreement(b, measures=[{"measure": "moon_landing", "amount_kzt": "1", "disbursed_on": "2025-01-01"}])
    r = await platform.call("measures", "POST", "/v1/agreements", json=unknown)
    assert r.status_code == 422 and r.json()["field"] == "measures[0].measure" and r.json()["article"] == "29"


async def test_art_27_4_refund_demand_is_computed_and_traceable(platform: Platform) -> None:
    b = await in_register(platform)
    a = (await platform.call("measures", "POST", "/v1/agreements", json=agreement(b))).json()
    r = await platform.call("measures", "POST", f"/v1/agreements/{a['id']}/reports", role="applicant", bin_=b,
                            json={"period": "2025", "actuals": {"0": "10", "1": "40"}})
    rep = r.json()
    assert r.status_code == 201 and rep["levels"] == {"0": "1", "1": "0.4"} and rep["level"] == "0.600000"
    again = await platform.call("measures", "POST", f"/v1/agreements/{a['id']}/reports", role="applicant", bin_=b,
                                json={"period": "2025", "actuals": {"0": "10", "1": "50"}})
    assert again.status_code == 409 and again.json()["code"] == "report_exists"  # one report per period
    d = (await platform.call("measures", "POST", f"/v1/agreements/{a['id']}/refund-demands",
                             json={"demanded_on": "2026-01-01"})).json()
    # principal 400,000; the base rate in the reference data changes twice in 2025:
    # 15.25% × 68 days + 16.5% × 217 days + 18% × 80 days → 400,000 × 60.575 / 365 = 66,383.56
    [m] = d["result"]["per_measure"]
    assert [(p["days"], p["rate_pct"]) for p in m["periods"]] == [(68, "15.25"), (217, "16.50"), (80, "18.00")]
    assert d["result"]["principal"] == "400000.00" and d["result"]["interest"] == "66383.56"
    assert d["refund_kzt"] == "466383.56"
    assert d["inputs"]["level"] == "0.600000" and "base_rate_series" in d["inputs"] and "formula" in d["inputs"]
    notice = await platform.notice_of_type(b, "measures.refund.demanded")
    assert "466383.56" in notice["body_ru"] and "466383.56" in notice["body_kk"]


async def test_art_28_4_repeat_competitiveness_agreement(platform: Platform) -> None:
    b, c = await in_register(platform), await in_register(platform)
    for recipient, beyond in ((b, False), (c, True)):
        a = (await platform.call("measures", "POST", "/v1/agreements", json=agreement(recipient))).json()
        await platform.call("measures", "POST", f"/v1/agreements/{a['id']}/breaches",
                            json={"reason": "export target missed", "beyond_control": beyond})
    r = await platform.call("measures", "POST", "/v1/agreements", json=agreement(b, start="2028-01-01", end="2030-12-31"))
    assert r.status_code == 422 and r.json()["code"] == "repeat_agreement_banned" and r.json()["article"] == "28.4"
    r = await platform.call("measures", "POST", "/v1/agreements", json=agreement(c, start="2028-01-01", end="2030-12-31"))
    assert r.status_code == 201
    # the ban is for competitiveness agreements only
    r = await platform.call("measures", "POST", "/v1/agreements", json=agreement(b, kind="grant"))
    assert r.status_code == 201


async def test_art_62_4_assembly_agreement_terminated_after_uncured_3_months_kept_after_cure(platform: Platform) -> None:
    kept, lost = await in_register(platform), await in_register(platform)
    ids = {}
    await platform.set_today(date(2026, 11, 30), "measures")
    for b in (kept, lost):
        a = (await platform.call("measures", "POST", "/v1/agreements", json=agreement(b, kind="assembly"))).json()
        br = (await platform.call("measures", "POST", f"/v1/agreements/{a['id']}/breaches",
                                  json={"reason": "localisation points below the agreed level"})).json()
        ids[b] = (a["id"], br["breaches"][0]["id"])
        assert br["breaches"][0]["cure_due"] == "2027-02-28"
    await platform.set_today(date(2027, 2, 28), "measures")  # last day of the cure period
    r = await platform.call("measures", "POST", f"/v1/agreements/{ids[kept][0]}/breaches/{ids[kept][1]}/cure")
    assert r.status_code == 200
    assert (await platform.call("measures", "POST", "/v1/ops/agreements/termination-scan")).json()["terminated"] == []
    await platform.set_today(date(2027, 3, 1), "measures")
    r = await platform.call("measures", "POST", f"/v1/agreements/{ids[lost][0]}/breaches/{ids[lost][1]}/cure")
    assert r.status_code == 422 and r.json()["article"] == "62.4"
    terminated = (await platform.call("measures", "POST", "/v1/ops/agreements/termination-scan")).json()["terminated"]
    assert ids[lost][0] in terminated and ids[kept][0] not in terminated
    await platform.set_today(None, "measures")
    await platform.notice_of_type(lost, "measures.agreement.terminated")
    kept_view = (await platform.call("measures", "GET", f"/v1/agreements/{ids[kept][0]}")).json()
    assert kept_view["status"] == "active"


async def test_art_28_4_ban_follows_from_reports_showing_unmet_counter_obligations(platform: Platform) -> None:
    b = await in_register(platform)
    a = (await platform.call("measures", "POST", "/v1/agreements", json=agreement(b))).json()
    r = await platform.call("measures", "POST", f"/v1/agreements/{a['id']}/reports", role="applicant", bin_=b,
                            json={"period": "2027", "actuals": {"0": "10", "1": "40"}})
    assert r.status_code == 201 and r.json()["level"] == "0.600000"
    r = await platform.call("measures", "POST", "/v1/agreements", json=agreement(b, start="2028-01-01", end="2030-12-31"))
    p = r.json()
    assert r.status_code == 422 and p["code"] == "repeat_agreement_banned" and p["article"] == "28.4"
    assert p["previous"]["unfulfilled"] == {"period": "2027", "level": "0.600000"}


async def test_art_25_5_an_agreement_is_a_measure_and_needs_the_register_and_a_granted_application(
        platform: Platform) -> None:
    outsider = fresh_bin()
    before = await platform.scalar("measures", "SELECT count(*) FROM measures_agreement")
    r = await platform.call("measures", "POST", "/v1/agreements", json=agreement(outsider))
    assert r.status_code == 422 and r.json()["code"] == "not_in_register" and r.json()["article"] == "25.5"
    assert await platform.scalar("measures", "SELECT count(*) FROM measures_agreement") == before
    b = await in_register(platform)
    refused = await apply(platform, b, documents=["business_plan"])
    assert refused["status"] == "refused"
    named = agreement(b)
    named["measures"][0]["application_id"] = refused["id"]
    r = await platform.call("measures", "POST", "/v1/agreements", json=named)
    assert r.status_code == 422 and r.json()["code"] == "measure_application_not_granted"
    assert r.json()["field"] == "measures[0].application_id"
    granted = await apply(platform, b)
    named["measures"][0]["application_id"] = granted["id"]
    assert (await platform.call("measures", "POST", "/v1/agreements", json=named)).status_code == 201
    other = await in_register(platform)
    named["bin"] = other  # someone else's granted application grants nothing to this recipient
    assert (await platform.call("measures", "POST", "/v1/agreements", json=named)).status_code == 422


async def test_art_65_support_for_vehicle_producers_needs_assembly_agreement(platform: Platform) -> None:
    b = await in_register(platform)
    body = dict(measure="assembly_support", goods=["8703231940"], documents=["production_report"])
    assert [g["ground"] for g in (await apply(platform, b, **body))["grounds"]] == ["no_assembly_agreement"]
    await platform.call("measures", "POST", "/v1/agreements", json=agreement(b, kind="assembly"))
    assert (await apply(platform, b, **body))["status"] == "granted"


@pytest.mark.flow
async def test_registry_exclusion_flags_agreements_and_refuses_new_applications(platform: Platform) -> None:
    b = await in_register(platform)
    assert (await apply(platform, b))["status"] == "granted"
    a = (await platform.call("measures", "POST", "/v1/agreements", json=agreement(b, start="2026-01-01"))).json()
    r = await platform.call("registry", "POST", f"/v1/register/{b}/exclusion-requests", role="applicant", bin_=b,
                            json={"reason": "stopping production"})
    assert r.status_code == 201

    async def flagged() -> dict | None:
        v = (await platform.call("measures", "GET", f"/v1/agreements/{a['id']}")).json()
        return v if v["status"] == "flagged_for_review" else None
    v = await platform.until(flagged, 15, interval=0.1, what="agreement flagged from the registry event")
    assert v["flag"] == "register_exclusion" and "заявление производителя" in v["flag_ru"]
    assert "өндірушінің өз өтініші" in v["flag_kk"]
    flagged_notice = await platform.notice_of_type(b, "measures.agreement.flagged")
    assert "заявление производителя" in flagged_notice["body_ru"] and "own_request" not in flagged_notice["body_ru"]
    assert [g["ground"] for g in (await apply(platform, b))["grounds"]] == ["not_in_register"]


async def test_transparency_aggregates_have_no_company_data(platform: Platform) -> None:
    b = await in_register(platform)
    await apply(platform, b, region="Туркестанская")
    r = await platform.call("measures", "GET", "/v1/transparency", role="public")
    t = r.json()
    assert r.status_code == 200 and t["granted_by_region"]["Туркестанская"]["count"] >= 1
    assert b not in r.text
    ref = (await platform.call("measures", "GET", "/v1/reference", role="public")).json()
    assert GOOD in {g["tnved"] for g in ref["priority_goods"]} and all(m["basis"] for m in ref["measures"])
