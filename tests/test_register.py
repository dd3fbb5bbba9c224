"""The register of Kazakhstani producers end to end over the real broker and databases: every path of
Art. 51-1 … 51-7, monitoring, exclusion, appeals and verifiable extracts."""
from __future__ import annotations

import asyncio
import base64
import json
import signal
import uuid
from datetime import date, datetime, time, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from harness import TAX_ARREARS, Platform, application_body, fresh_bin
from ipp_common.law.calendar import add_working_days
from ipp_common.law.clock import KZ
from requests_of import fail_monitoring

pytestmark = [pytest.mark.integration, pytest.mark.dated]
TNVED = "7308909809"


async def test_art_51_1_4_refused_at_assessment_for_operations_below_minimum_threshold(platform: Platform) -> None:
    await platform.ensure_catalogue()
    b = fresh_bin()
    app = (await platform.file(b)).json()  # declares 2 operations: резка, сварка; the threshold is 3
    await platform.wait_status(app["id"], b)
    r = await platform.assess(app["id"], ["резка", "сварка"])
    assert r.status_code == 200, r.text
    decided = r.json()
    assert decided["status"] == "refused"
    [reason] = decided["reasons"]
    assert reason["code"] == "OPERATIONS_BELOW_THRESHOLD" and reason["article"] == "51-1.4, 51-7.3"
    assert reason["expected"].startswith(">= 3") and reason["found"].startswith("2")
    notice = await platform.notice_of_type(b, "registry.application.refused")
    assert "оценка производства" in notice["body_ru"] and "OPERATIONS_BELOW_THRESHOLD" in notice["body_kk"]
    # Art. 51-1.6: after fixing the shortcomings the company may apply again
    assert (await platform.file(b)).status_code == 202


async def test_art_51_1_6_inclusion_reaches_register_cabinet_measures_and_contracts(platform: Platform) -> None:
    b = fresh_bin()
    app = await platform.include(b)
    assert [h["to_status"] for h in app["history"]] == ["verification", "awaiting_assessment", "included"]
    p = await platform.producer(b)
    assert p["status"] == "included" and p["goods"][0]["tnved"] == TNVED and p["goods"][0]["icv_pct"] == "62.5"
    assert "sites" not in p and "evidence" not in p  # Art. 6.3: filings are not public
    await platform.notice_of_type(b, "registry.producer.included")

    async def projected(service: str, path: str, key: str, value: object) -> bool:
        r = await platform.http.get(f"{platform.url(service)}{path}", headers=platform.headers("officer"))
        return r.status_code == 200 and r.json()[key] == value
    await platform.until(lambda: projected("measures", f"/v1/eligibility/{b}/register", "met", True), 20,
                         what="measures projection")
    await platform.until(lambda: projected("contracts", f"/v1/suppliers/{b}/register-status", "included", True),
                         20, what="contracts projection")


async def test_art_51_1_4_assessment_needs_a_sectoral_agency(platform: Platform) -> None:
    await platform.ensure_catalogue()
    b = fresh_bin()
    app = (await platform.file(b)).json()
    await platform.wait_status(app["id"], b)
    r = await platform.registry("POST", f"/v1/applications/{app['id']}/assessment", json={
        "participants": [{"organisation": "Union of metallurgists", "kind": "industry_association"}],
        "outcome": "decide", "findings": []})
    assert r.status_code == 422 and r.json()["code"] == "sectoral_agency_required" and r.json()["article"] == "51-1.4"


async def test_art_51_1_5_on_site_inspection_then_decision_on_the_act(platform: Platform) -> None:
    await platform.ensure_catalogue()
    b = fresh_bin()
    body = application_body(b)
    body["goods"][0]["declared_operations"] = ["резка", "сварка", "покраска"]
    app = (await platform.file(b, body)).json()
    await platform.wait_status(app["id"], b)
    r = await platform.registry("POST", f"/v1/applications/{app['id']}/assessment", json={
        "participants": [{"organisation": "Sectoral dept.", "kind": "sectoral_agency"}],
        "outcome": "inspection_required", "inspection_reason": "the video does not show welding",
        "inspection_planned_on": "2026-12-01"})
    assert r.json()["status"] == "on_site_inspection"
    notice = await platform.notice_of_type(b, "registry.application.inspection_scheduled")
    assert "the video does not show welding" in notice["body_ru"] and "01.12.2026" in notice["body_kk"]
    r = await platform.assess(app["id"], ["резка", "сварка", "покраска"])
    assert r.status_code == 422 and r.json()["code"] == "assessment_act_required"
    r = await platform.assess(app["id"], ["резка", "сварка", "покраска"], act=True)
    assert r.status_code == 200 and r.json()["status"] == "included"
    assert r.json()["assessment"]["assessment_act"]["number"] == "A-1"


async def test_two_officers_deciding_at_once_exactly_one_wins(platform: Platform) -> None:
    await platform.ensure_catalogue()
    b = fresh_bin()
    body = application_body(b)
    body["goods"][0]["declared_operations"] = ["резка", "сварка", "покраска"]
    app = (await platform.file(b, body)).json()
    seen = await platform.wait_status(app["id"], b)
    results = await asyncio.gather(
        platform.assess(app["id"], ["резка", "сварка", "покраска"], expected_version=seen["version"]),
        platform.assess(app["id"], ["резка", "сварка"], expected_version=seen["version"]))
    assert sorted(r.status_code for r in results) == [200, 409]
    loser = next(r for r in results if r.status_code == 409).json()
    assert loser["code"] in ("concurrent_decision", "version_mismatch", "not_assessable")
    final = await platform.application(app["id"], b)
    assert [h["to_status"] for h in final["history"]].count(final["status"]) == 1
    winner = next(r for r in results if r.status_code == 200).json()
    assert final["status"] == winner["status"] and final["version"] == winner["version"]
    kinds = [r["kind"] for r in await platform.sql("registry", "SELECT kind FROM registry_entry WHERE bin=$1", b)]
    assert kinds == (["inclusion"] if winner["status"] == "included" else [])  # the loser left no trace


async def test_art_51_1_9_wholly_produced_included_without_assessment(platform: Platform) -> None:
    b = fresh_bin()
    fact = {"bin": b, "tnved": "1001990000", "kind": "agricultural", "document_ref": "AGRI-2026-0042",
            "valid_from": "2026-01-01"}
    r = await platform.registry("POST", "/v1/wholly-produced-facts", role="agency", json=fact,
                                token={"scopes": ["subsoil"], "sub": "agency:subsoil"})
    assert r.status_code == 403 and r.json()["article"] == "51-3.5"  # not the competent agency
    r = await platform.registry("POST", "/v1/wholly-produced-facts", role="agency", json=fact,
                                token={"scopes": ["agriculture"], "sub": "agency:agriculture"})
    assert r.status_code == 201, r.text
    body = application_body(b, wholly_produced=True)
    body["goods"] = [{"tnved": "1001990000", "name": "Пшеница", "declared_icv_pct": "100",
                      "declared_operations": ["выращивание"]}]
    app = (await platform.file(b, body)).json()
    decided = await platform.wait_status(app["id"], b)
    assert decided["status"] == "included"
    assert [h["to_status"] for h in decided["history"]] == ["verification", "included"]
    p = await platform.wait_producer_status(b, "included")
    assert p["basis"] == "wholly_produced"


async def test_art_51_4_monitoring_failure_remedied_in_time_stays_included(platform: Platform) -> None:
    b = fresh_bin()
    await platform.include(b)
    notice = await fail_monitoring(platform, b)
    assert notice["reasons"][0]["code"] == "NO_TAX_ARREARS"
    issued_kz = datetime.fromisoformat(notice["issued_at"]).astimezone(KZ).date()  # legal dates are Kazakh dates
    assert date.fromisoformat(notice["due"]) == add_working_days(issued_kz, 10)
    cab = await platform.notice_of_type(b, "registry.remedy_notice.issued")
    assert date.fromisoformat(notice["due"]).strftime("%d.%m.%Y") in cab["body_ru"]

    await platform.sim("PUT", f"/admin/entities/{b}/profile", json={"arrears_kzt": 0})
    r = await platform.registry("POST", f"/v1/register/{b}/monitoring-checks", role="applicant", bin_=b)
    assert r.status_code == 202 and r.json()["reason"] == "recheck"

    async def remedied() -> bool:
        return [n["status"] for n in await platform.remedy_notices(b)] == ["remedied"]
    await platform.until(remedied, 30, what="notice remedied")
    await platform.set_today(date.fromisoformat(notice["due"]) + timedelta(days=7))
    r = await platform.registry("POST", "/v1/ops/monitoring/run")
    assert r.status_code == 200
    assert (await platform.producer(b))["status"] == "included"
    await platform.notice_of_type(b, "registry.remedy_notice.closed")


async def test_art_51_4_results_applied_together_see_the_notice_the_batch_itself_opened(platform: Platform) -> None:
    """Art. 51-4: monitoring results that wait together are applied in one transaction whose checks,
    producers and open notices are loaded once for the batch (ADR 10 prefetch). Seven results of one
    producer wait while the registry's consumer is down — passed, then failed and passed (remedied) three
    times — and arrive together when it starts (how they split into batches is the consumer's affair). A
    failure opens a notice the batch did not load; a pass after it in the same batch must see that notice
    and close it as remedied: three notices, each remedied, the producer still included."""
    b = fresh_bin()
    await platform.include(b)
    old = platform.find("registry", "consumer")
    platform.kill(old, signal.SIGTERM)
    platform.forget(old)
    try:
        for arrears in (0, *(9_000_000, 0) * 3):
            await platform.sim("PUT", f"/admin/entities/{b}/profile", json={"arrears_kzt": arrears})
            r = await platform.registry("POST", f"/v1/register/{b}/monitoring-checks")
            assert r.status_code == 202, r.text
            check_id = r.json()["id"]

            async def queued(check_id: str = check_id) -> bool:  # confirmed: it waits in the registry's queue
                return bool(await platform.scalar(
                    "verification", "SELECT count(*) FROM outbox WHERE event_type = 'verification.run.completed' "
                    "AND published_at IS NOT NULL AND strpos(body, $1) > 0", check_id))
            await platform.until(queued, 30, what="monitoring result published")
    finally:
        platform.spawn("registry", "consumer")

    async def remedied() -> bool:
        return [n["status"] for n in await platform.remedy_notices(b)] == ["remedied"] * 3
    await platform.until(remedied, 30, what="each notice opened and remedied")
    outcomes = await platform.sql("registry", "SELECT outcome FROM registry_monitoring_check WHERE bin = $1 "
                                              "ORDER BY requested_at", b)
    assert [o["outcome"] for o in outcomes] == ["passed", *("failed", "passed") * 3]
    assert (await platform.producer(b))["status"] == "included"
    await platform.notice_of_type(b, "registry.remedy_notice.closed")


@pytest.mark.flow
async def test_art_51_4_unremedied_excluded_then_appeal_term_and_reinclusion(platform: Platform) -> None:
    """Art. 51-4.2 exclusion → exclusion notice; Art. 51-5.3 appeal the day after the term refused, on its
    last working day accepted; Art. 51-5.8 satisfied → re-included without verification."""
    b = fresh_bin()
    await platform.include(b)
    notice = await fail_monitoring(platform, b)
    due = date.fromisoformat(notice["due"])
    await platform.set_today(due)
    await platform.registry("POST", "/v1/ops/monitoring/run")
    assert (await platform.producer(b))["status"] == "included"  # the last day to remedy is still in time
    excluded_on = due + timedelta(days=1)
    await platform.set_today(excluded_on)
    r = await platform.registry("POST", "/v1/ops/monitoring/run")
    assert r.json()["overdue_processed"] >= 1
    p = await platform.producer(b)
    assert p["status"] == "excluded"
    exclusion = (await platform.history(b))[-1]
    assert exclusion["kind"] == "exclusion" and exclusion["ground"] == "monitoring"
    appeal_due = date.fromisoformat(exclusion["contest_due"])
    assert appeal_due == add_working_days(excluded_on, 30)
    cab = await platform.notice_of_type(b, "registry.producer.excluded")
    assert f"по {appeal_due:%d.%m.%Y} включительно" in cab["body_ru"] and "NO_TAX_ARREARS" in cab["body_kk"]
    assert f"{appeal_due:%d.%m.%Y} қоса алғанда" in cab["body_kk"] and "monitoring" not in cab["body_ru"]

    async def projected_out() -> bool:
        r = await platform.http.get(f"{platform.url('measures')}/v1/eligibility/{b}/register",
                                    headers=platform.headers("officer"))
        return r.json()["met"] is False
    await platform.until(projected_out, 20, what="measures sees the exclusion")

    appeal = {"exclusion_entry_id": exclusion["id"], "grounds": "Arrears were paid; see the receipt.",
              "documents": [{"title": "Receipt", "uri": "https://docs.example.kz/r.pdf", "sha256": "b" * 64}]}
    await platform.set_today(appeal_due + timedelta(days=1))
    r = await platform.registry("POST", "/v1/appeals", role="applicant", bin_=b, json=appeal)
    assert r.status_code == 422 and r.json()["code"] == "term_expired" and r.json()["article"] == "51-5.3"
    assert r.json()["due"] == appeal_due.isoformat()
    await platform.set_today(appeal_due)
    r = await platform.registry("POST", "/v1/appeals", role="applicant", bin_=b, json=appeal)
    assert r.status_code == 201, r.text
    appeal_id = r.json()["id"]
    await platform.notice_of_type(b, "registry.appeal.received")
    r = await platform.registry("GET", f"/v1/appeals/{appeal_id}", role="applicant", bin_=b)
    assert r.status_code == 200 and r.json()["status"] == "received", r.text
    r = await platform.registry("GET", f"/v1/appeals/{appeal_id}", role="applicant", bin_=fresh_bin())
    assert r.status_code == 404  # another business does not learn that the appeal exists

    runs_before = await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE bin=$1", b)
    r = await platform.registry("POST", f"/v1/appeals/{appeal_id}/actions", role="appeals",
                                json={"action": "hearing", "detail": "Hearing with the producer",
                                      "scheduled_on": appeal_due.isoformat()})
    assert r.status_code == 200 and r.json()["status"] == "under_review"
    r = await platform.registry("POST", f"/v1/appeals/{appeal_id}/decision", role="officer",
                                json={"outcome": "satisfied"})
    assert r.status_code == 403  # only the commission decides
    r = await platform.registry("POST", f"/v1/appeals/{appeal_id}/decision", role="appeals",
                                json={"outcome": "satisfied", "reasons_ru": "Задолженность погашена",
                                      "reasons_kk": "Берешек өтелді"})
    assert r.status_code == 200 and r.json()["outcome"] == "satisfied", r.text
    p = await platform.producer(b)
    assert p["status"] == "included"
    entries = await platform.history(b)
    assert entries[-1]["kind"] == "reinclusion" and entries[-1]["restores_entry_id"] == entries[-3]["id"]
    assert entries[-1]["goods"] == entries[-3]["goods"]
    await platform.notice_of_type(b, "registry.producer.reincluded")
    decided = await platform.notice_of_type(b, "registry.appeal.decided")
    assert "удовлетворено полностью" in decided["body_ru"]
    await asyncio.sleep(1)
    assert await platform.scalar("verification", "SELECT count(*) FROM verification_run WHERE bin=$1",
                                 b) == runs_before  # no stage of Art. 51-1 repeated
    r = await platform.registry("POST", f"/v1/appeals/{appeal_id}/decision", role="appeals",
                                json={"outcome": "refused", "reasons_ru": "x"})
    assert r.status_code == 409  # decided once


async def test_art_51_6_liquidation_excludes_automatically(platform: Platform) -> None:
    b = fresh_bin()
    await platform.include(b)
    await platform.sim("PUT", f"/admin/entities/{b}/status", json={"status": "liquidated"})
    await platform.wait_producer_status(b, "excluded")
    exclusion = (await platform.history(b))[-1]
    assert exclusion["ground"] == "liquidation" and exclusion["contest_due"] is None
    await platform.notice_of_type(b, "registry.producer.excluded")
    r = await platform.registry("POST", "/v1/appeals", role="applicant", bin_=b,
                                json={"exclusion_entry_id": exclusion["id"], "grounds": "x"})
    assert r.status_code == 422 and r.json()["code"] == "not_appealable"


async def test_art_51_6_exclusion_at_night_is_dated_by_the_almaty_day(platform: Platform) -> None:
    """An exclusion at 02:00 Almaty time (21:00 UTC the day before) is an exclusion of that Almaty day,
    in the register's history and in the notice the producer reads."""
    b = fresh_bin()
    await platform.include(b)
    night = datetime.combine(await platform.today() + timedelta(days=1), time(2, 0), tzinfo=KZ)
    await platform.set_now(night, "registry", "notifications")
    r = await platform.registry("POST", f"/v1/register/{b}/exclusion-requests", role="applicant", bin_=b,
                                json={"reason": "closing the plant"})
    assert r.status_code == 201, r.text
    cab = await platform.notice_of_type(b, "registry.producer.excluded")
    assert f"исключён из реестра {night:%d.%m.%Y}" in cab["body_ru"], cab["body_ru"]
    assert f"{night:%d.%m.%Y} тізілімнен шығарылды" in cab["body_kk"]
    assert "заявление производителя" in cab["body_ru"] and "own_request" not in cab["body_ru"] + cab["body_kk"]
    # the register as of a date is the register at the end of that Almaty day
    eve, day = (night - timedelta(days=1)).date().isoformat(), night.date().isoformat()
    on_eve = (await platform.registry("GET", "/v1/register", role="public", params={"bin": b, "as_of": eve})).json()
    on_day = (await platform.registry("GET", "/v1/register", role="public", params={"bin": b, "as_of": day})).json()
    assert [p["bin"] for p in on_eve["items"]] == [b] and on_day["items"] == []


async def test_art_51_6_a_restarted_status_feed_is_read_again_not_stalled(platform: Platform) -> None:
    """The simulator restarted alone numbers its feed from 1 again, behind verification's cursor: the
    feed is resynchronised and a later liquidation still excludes (Art. 51-6)."""
    before, after = fresh_bin(), fresh_bin()
    await platform.include(before)
    await platform.include(after)
    await platform.sim("PUT", f"/admin/entities/{before}/status", json={"status": "liquidated"})
    await platform.wait_producer_status(before, "excluded")
    await platform.sim("POST", "/admin/reset")  # the feed starts again at sequence 1
    await platform.sim("PUT", f"/admin/entities/{after}/status", json={"status": "liquidated"})
    await platform.wait_producer_status(after, "excluded")
    assert (await platform.history(after))[-1]["ground"] == "liquidation"


async def test_art_51_6_reorganization_by_transformation_keeps_producer(platform: Platform) -> None:
    b, other = fresh_bin(), fresh_bin()
    await platform.include(b)
    await platform.include(other)
    await platform.sim("PUT", f"/admin/entities/{b}/status",
                       json={"status": "reorganized", "reorganization_form": "transformation"})
    await platform.sim("PUT", f"/admin/entities/{other}/status",
                       json={"status": "reorganized", "reorganization_form": "merger"})
    await platform.wait_producer_status(other, "excluded")
    assert (await platform.producer(b))["status"] == "included"
    assert (await platform.history(other))[-1]["ground"] == "reorganization"


async def test_art_51_7_4_catalogue_amendment_never_more_favourable(platform: Platform) -> None:
    tn = "8471300000"
    base = {"effective_from": "2026-01-01", "conditions": ["raw_materials", "technical_documents"],
            "operations": ["сборка", "пайка", "тестирование", "прошивка"], "min_operations": 3,
            "basis": "order No. 7"}
    r = await platform.registry("POST", f"/v1/catalogue/{tn}/versions", json=base)
    assert r.status_code == 201 and r.json()["version"] == 1
    for change, what in ((dict(min_operations=2), "threshold lowered"),
                         (dict(conditions=["technical_documents"]), "conditions dropped"),
                         (dict(operations=[*base["operations"], "упаковка"]), "operations added")):
        r = await platform.registry("POST", f"/v1/catalogue/{tn}/versions",
                                    json={**base, "effective_from": "2026-06-01", **change})
        assert r.status_code == 422, what
        p = r.json()
        assert p["code"] == "catalogue_more_favourable" and p["article"] == "51-7.4"
        assert any(what.split()[0] in v for v in p["violations"]), (what, p["violations"])
    r = await platform.registry("POST", f"/v1/catalogue/{tn}/versions",
                                json={**base, "effective_from": "2026-06-01", "min_operations": 4})
    assert r.status_code == 201 and r.json()["version"] == 2
    r = await platform.registry("POST", f"/v1/catalogue/{tn}/versions", role="applicant", bin_=fresh_bin(),
                                json={**base, "min_operations": 4})
    assert r.status_code == 403
    versions = (await platform.registry("GET", f"/v1/catalogue/{tn}", role="public")).json()["versions"]
    assert [v["min_operations"] for v in versions] == [3, 4]


async def test_art_51_1_8_extract_verified_offline_and_online_then_tampered_rejected(platform: Platform) -> None:
    b = fresh_bin()
    await platform.include(b)
    r = await platform.registry("POST", f"/v1/register/{b}/extracts", role="applicant", bin_=b)
    assert r.status_code == 201, r.text
    issued = r.json()
    doc, sig = issued["extract"], issued["signature"]
    assert doc["producer"]["bin"] == b and doc["goods"][0]["icv_pct"] == "62.5" and doc["goods"][0]["tnved"] == TNVED
    assert (await platform.registry("POST", f"/v1/register/{b}/extracts", role="applicant",
                                    bin_=fresh_bin())).status_code == 404  # another BIN

    # Offline, as a third party would: the published key and a generic Ed25519 implementation.
    keys = (await platform.registry("GET", "/v1/register/signing-keys", role="public")).json()["keys"]
    [key] = [k for k in keys if k["key_id"] == doc["key_id"]]
    pub = serialization.load_pem_public_key(key["public_key_pem"].encode())
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    pub.verify(base64.b64decode(sig), canonical)  # raises if not genuine

    r = await platform.registry("POST", "/v1/extracts/verify", role="public", json={"extract": doc, "signature": sig})
    v = r.json()
    assert v["signature_valid"] and v["producer_still_included"] and v["current_entry_is_same"] and v["issued_by"]

    tampered = json.loads(json.dumps(doc))
    tampered["goods"][0]["icv_pct"] = "95.0"
    r = await platform.registry("POST", "/v1/extracts/verify", role="public",
                                json={"extract": tampered, "signature": sig})
    assert r.json()["signature_valid"] is False
    await platform.notice_of_type(b, "registry.extract.issued")

    # The producer leaves the register: the genuine extract still verifies, but says so.
    r = await platform.registry("POST", f"/v1/register/{b}/exclusion-requests", role="applicant", bin_=b,
                                json={"reason": "production stopped"})
    assert r.status_code == 201 and r.json()["ground"] == "own_request"
    v = (await platform.registry("POST", "/v1/extracts/verify", role="public",
                                 json={"extract": doc, "signature": sig})).json()
    assert v["signature_valid"] and v["producer_still_included"] is False
    # Art. 51-6: anyone excluded may apply again
    assert (await platform.file(b)).status_code == 202


async def test_art_51_2_software_producer_by_notice_and_30_calendar_day_contest(platform: Platform) -> None:
    b = fresh_bin()
    notice = {"bin": b, "action": "include", "company_name": "ТОО «Софт»", "region": "Астана",
              "goods": [{"tnved": "8523491000", "name": "ERP", "trusted_register_ref": "TSR-77"}],
              "reason": "entered in the trusted software register"}
    r = await platform.registry("POST", "/v1/software-notices", role="agency", json=notice,
                                token={"scopes": ["subsoil"]})
    assert r.status_code == 403 and r.json()["code"] == "forbidden_scope"
    agency = {"scopes": ["informatization"], "sub": "agency:informatization"}
    r = await platform.registry("POST", "/v1/software-notices", role="agency", json=notice, token=agency)
    assert r.status_code == 201 and r.json()["basis"] == "software_notice"
    r = await platform.registry("POST", "/v1/software-notices", role="agency", token=agency,
                                json={**notice, "action": "exclude", "reason": "quarterly monitoring: not produced in KZ"})
    exclusion = r.json()
    assert exclusion["ground"] == "software_notice"
    due = date.fromisoformat(exclusion["contest_due"])
    assert (due - date.fromisoformat(exclusion["at"][:10])).days >= 30  # calendar days, moved off a day off
    r = await platform.registry("POST", "/v1/appeals", role="applicant", bin_=b,
                                json={"exclusion_entry_id": exclusion["id"], "grounds": "x"})
    assert r.status_code == 422 and r.json()["code"] == "not_appealable"
    await platform.set_today(due + timedelta(days=1))
    r = await platform.registry("POST", "/v1/software-contests", role="applicant", bin_=b,
                                json={"exclusion_entry_id": exclusion["id"], "grounds": "we do produce it"})
    assert r.status_code == 422 and r.json()["article"] == "51-2.5"
    await platform.set_today(due)
    r = await platform.registry("POST", "/v1/software-contests", role="applicant", bin_=b,
                                json={"exclusion_entry_id": exclusion["id"], "grounds": "we do produce it"})
    assert r.status_code == 201


async def test_public_register_search_history_as_of_and_chain(platform: Platform) -> None:
    b = fresh_bin()
    await platform.include(b)
    r = await platform.registry("GET", "/v1/register", role="public", params={"tnved": TNVED, "limit": 200})
    assert r.status_code == 200 and "etag" in r.headers
    assert (await platform.http.get(f"{platform.url('registry')}/v1/register",
                                    params={"tnved": TNVED, "limit": 200},
                                    headers={"If-None-Match": r.headers["etag"]})).status_code == 304
    page = r.json()
    mine = [p for p in page["items"] if p["bin"] == b]
    assert mine and set(mine[0]) == {"bin", "status", "company_name", "region", "since", "basis", "goods"}
    r = await platform.registry("GET", "/v1/register", role="public", params={"bin": b, "region": "Нигде"})
    assert r.json()["items"] == []
    # history is not public; the producer sees its own, another BIN does not
    assert (await platform.registry("GET", f"/v1/register/{b}/history", role="public")).status_code == 401
    assert (await platform.registry("GET", f"/v1/register/{b}/history", role="applicant", bin_=b)).status_code == 200
    assert (await platform.registry("GET", f"/v1/register/{b}/history", role="applicant",
                                    bin_=fresh_bin())).status_code == 404
    # register as of a date: excluded in the (moved) future, still included today
    today = await platform.today()
    await platform.set_today(today + timedelta(days=40))
    await platform.registry("POST", f"/v1/register/{b}/exclusion-requests", role="applicant", bin_=b,
                            json={"reason": "closing"})
    await platform.set_today(None)
    now_view = (await platform.registry("GET", "/v1/register", role="public",
                                        params={"bin": b, "as_of": (today + timedelta(days=1)).isoformat()})).json()
    later = (await platform.registry("GET", "/v1/register", role="public",
                                     params={"bin": b, "as_of": (today + timedelta(days=41)).isoformat()})).json()
    assert [p["bin"] for p in now_view["items"]] == [b] and later["items"] == []
    chain = (await platform.registry("GET", "/v1/ops/register/chain")).json()
    assert chain["intact"] is True and chain["entries_checked"] >= 2


async def test_register_tampering_breaks_the_chain(platform: Platform) -> None:
    b = fresh_bin()
    await platform.include(b)
    await platform.sql("registry", "UPDATE registry_entry SET goods = '[]'::jsonb WHERE bin = $1", b)
    try:
        chain = (await platform.registry("GET", "/v1/ops/register/chain")).json()
        assert chain["intact"] is False and chain["first_bad_entry"]
    finally:
        entry = (await platform.sql("registry", "SELECT id FROM registry_entry WHERE bin=$1", b))[0]
        # restore what the hash covers, so later tests see an intact chain again
        await platform.sql("registry", "UPDATE registry_entry SET goods = (SELECT goods FROM registry_producer "
                                       "WHERE bin=$1) WHERE id=$2", b, entry["id"])
    assert (await platform.registry("GET", "/v1/ops/register/chain")).json()["intact"] is True


async def test_one_open_application_per_bin(platform: Platform) -> None:
    b = fresh_bin()
    assert (await platform.file(b)).status_code == 202
    r = await platform.file(b)
    assert r.status_code == 409 and r.json()["code"] == "application_already_open"
    assert (await platform.file(TAX_ARREARS)).status_code == 202  # refused before: may apply again


async def test_one_open_application_per_bin_when_filed_at_once(platform: Platform) -> None:
    """Art. 51-1.6: simultaneous filings for one BIN with different Idempotency-Keys give one application
    (the database's partial unique index decides, not a look-up before the insert). With the same key, one
    files it; a twin still in flight is told so (409 with Retry-After, ADR 23), never "already open"; sent
    again, every one gets that application."""
    b = fresh_bin()
    rs = await asyncio.gather(*(platform.file(b) for _ in range(6)))
    assert sorted(r.status_code for r in rs) == [202] + [409] * 5, [r.text[:200] for r in rs]
    assert all(r.json()["code"] == "application_already_open" for r in rs if r.status_code == 409)
    assert len(await platform.sql("registry", "SELECT id FROM registry_application WHERE bin=$1", b)) == 1
    b2, key = fresh_bin(), str(uuid.uuid4())
    rs = await asyncio.gather(*(platform.file(b2, key=key) for _ in range(4)))
    assert len([r for r in rs if r.status_code == 202 and "Idempotent-Replayed" not in r.headers]) == 1
    for r in rs:
        assert r.status_code == 202 or (r.status_code == 409 and r.json()["code"] == "idempotency_key_in_flight"
                                        and r.headers["Retry-After"]), r.text[:200]

    async def replayed() -> set[str] | None:
        again = await asyncio.gather(*(platform.file(b2, key=key) for _ in range(4)))
        ok = all(r.status_code == 202 and r.headers.get("Idempotent-Replayed") == "true" for r in again)
        return {r.json()["id"] for r in again} if ok else None
    assert await platform.until(replayed, 10, what="the stored answer") == {r.json()["id"] for r in rs
                                                                            if r.status_code == 202}


async def test_register_as_of_a_date_pages_through_every_match_of_a_filter(platform: Platform) -> None:
    """The register as of a date (Art. 51-1, 4.4: the register and its history are public) filtered by name
    and by goods code, one producer a page: every match is reached by following the cursors, though other
    producers' BINs lie between them."""
    tag = uuid.uuid4().hex[:8]
    bins = sorted(fresh_bin() for _ in range(6))
    mine = bins[1::2]
    for b in bins:  # every other one is someone else, between them in BIN order
        await platform.include(b, company_name=f"ТОО «Страницы {tag}» {b}" if b in mine else f"ТОО «Другие» {b}")
    today = (await platform.today()).isoformat()
    for params in ({"name": f"страницы {tag.upper()}"}, {"name": tag, "tnved": "7308909809"}):
        for as_of in (today, None):
            query = {**params, "limit": 1, **({"as_of": as_of} if as_of else {})}
            seen: list[str] = []
            while True:
                page = (await platform.registry("GET", "/v1/register", role="public", params=query)).json()
                assert len(page["items"]) == 1, (query, page)
                seen += [p["bin"] for p in page["items"]]
                if not page["next_cursor"]:
                    break
                query["cursor"] = page["next_cursor"]
            assert seen == mine, (params, as_of)
