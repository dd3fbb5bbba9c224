"""Open data as watchers read it: the offtake register (Art. 1.8-1, 48.6) as OCDS 1.1, validated with the
standard's own validator (libcoveocds) and compiled with the standard's own tool (ocdskit), and the register
of producers (Art. 51-1.8) as signed daily bulk snapshots, over the real broker and databases."""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives import serialization
from harness import Platform, fresh_bin
from ocds_check import cove, problems
from ocds_standard import TAG, standard_zip
from ocdsextensionregistry import ProfileBuilder
from ocdskit.combine import merge
from requests_of import customer, offtake_body

pytestmark = [pytest.mark.integration, pytest.mark.dated]
ALMATY = ZoneInfo("Asia/Almaty")
SCENARIO_DAY = date(2026, 11, 20)  # the contracts are written on the 2026-2027 calendar (as in test_contracts)


async def _signed(platform: Platform, c: str, s: str, **kw: Any) -> dict[str, Any]:
    r = await platform.call("contracts", "POST", "/v1/contracts", role="customer", bin_=c, json=offtake_body(s, **kw))
    assert r.status_code == 201, r.text
    r = await platform.call("contracts", "POST", f"/v1/contracts/{r.json()['id']}/signature", role="applicant", bin_=s)
    assert r.status_code == 200, r.text
    return r.json()


async def _record_package(platform: Platform, ocid: str, releases: int) -> dict[str, Any]:
    """The contract's record package once the register has received that many of its events."""
    async def got() -> dict | None:
        r = await platform.call("registry", "GET", f"/v1/ocds/records/{ocid}", role="public")
        if r.status_code == 200 and len(r.json()["records"][0]["releases"]) >= releases:
            return r.json()
        return None
    return await platform.until(got, 30, what=f"record package {ocid} with {releases} releases")


async def _feed(platform: Platform) -> list[dict[str, Any]]:
    """Every page of the OCDS change feed, followed by its Link header from the start."""
    pages, url = [], f"{platform.url('registry')}/v1/ocds/releases?after=0&limit=500"
    while True:
        r = await platform.http.get(url)
        if r.status_code == 204:  # nothing after this position yet
            assert r.links["next"]["url"] == url
            return pages
        assert r.status_code == 200 and r.json()["releases"], r.text
        pages.append(r.json())
        url = r.links["next"]["url"]


@pytest.mark.flow
async def test_art_48_6_the_offtake_register_as_ocds_validates_and_its_feed_compiles_into_its_records(
        platform: Platform, tmp_path: Any) -> None:
    """Art. 1.8-1, 48.6: the register's contracts as OCDS — signature, a bilateral amendment with its rationale
    (Art. 48.2), a delivery and its acceptance, a pledge whose bank stays private (Art. 6.3), the supplier's
    exclusion (Art. 51-6) and a termination (Art. 47.8) — valid against OCDS 1.1 with the extension, and the
    feed compiled by ocdskit equals the record packages the register serves."""
    await platform.set_all_today(SCENARIO_DAY)
    c, s, s2 = await customer(platform), fresh_bin(), fresh_bin()
    await platform.include(s)
    k = await _signed(platform, c, s)
    base = f"/v1/contracts/{k['id']}"
    r = await platform.call("contracts", "POST", f"{base}/amendments", role="customer", bin_=c,
                            json={"mode": "bilateral", "rationale": "budget cut of 2027", "effective_on": "2026-12-01",
                                  "term_end": "2026-12-31"})
    assert r.status_code == 201, r.text
    r = await platform.call("contracts", "POST", f"{base}/amendments/1/signature", role="applicant", bin_=s)
    assert r.status_code == 200, r.text
    d = await platform.call("contracts", "POST", f"{base}/deliveries", role="applicant", bin_=s,
                            json={"year": 2026, "quantity": "60", "delivered_on": "2026-11-20"})
    assert d.status_code == 201, d.text
    r = await platform.call("contracts", "POST", f"{base}/deliveries/{d.json()['id']}/acceptance", role="customer",
                            bin_=c, json={"accepted": "50", "refused_supplier_fault": "10", "note": "ten with bad welds"})
    assert r.status_code in (200, 201), r.text
    r = await platform.call("contracts", "POST", f"{base}/pledges", role="applicant", bin_=s,
                            json={"bank": "Secret Pledge Bank", "pledged_on": "2026-11-20", "amount_kzt": "150000"})
    assert r.status_code == 201, r.text
    r = await platform.call("registry", "POST", f"/v1/register/{s}/exclusion-requests", role="applicant", bin_=s,
                            json={"reason": "closing"})
    assert r.status_code == 201, r.text
    k2 = await _signed(platform, c, s2, pilot_required=True)
    r = await platform.call("contracts", "POST", f"/v1/contracts/{k2['id']}/pilot-test", role="customer", bin_=c,
                            json={"result": "negative", "report": "yield strength below spec"})
    assert r.json()["status"] == "terminated", r.text

    prefix = "ocds-kzipp1"
    # signed, amended, delivered, accepted, pledged, flagged; and signed, terminated
    first = await _record_package(platform, f"{prefix}-{k['id']}", releases=6)
    second = await _record_package(platform, f"{prefix}-{k2['id']}", releases=2)
    for package in (first, second):
        report = cove(package, str(tmp_path))
        assert problems(report) == {}, json.dumps(problems(report), ensure_ascii=False, default=str)[:3000]
    record = first["records"][0]
    compiled = record["compiledRelease"]
    contract = compiled["contracts"][0]
    assert [x["year"] for x in contract["deliverySchedule"]] == [2026]  # the amendment's cut year leaves the record
    assert contract["period"]["endDate"].startswith("2026-12-31")
    assert contract["amendments"][0]["rationale"] == "budget cut of 2027"
    (milestone,) = contract["implementation"]["milestones"]
    assert (milestone["deliveredQuantity"], milestone["acceptedQuantity"], milestone["refusedSupplierFaultQuantity"]) \
        == (60, 50, 10)
    assert contract["pledged"] is True and "flaggedForReview" in contract
    supplier = next(p for p in compiled["parties"] if "supplier" in p["roles"])
    assert supplier["identifier"] == {"scheme": "KZ-BIN", "id": s, **({"legalName": supplier["name"]}
                                                                       if "name" in supplier else {})}
    assert supplier["registerStatus"] == "excluded"  # as the flagging release published it
    at_signature = next(p for p in record["releases"][0]["parties"] if "supplier" in p["roles"])
    assert record["releases"][0]["tag"] == ["award", "contract"]
    assert at_signature["registerStatus"] == "included"  # and the signature's release keeps what it said then
    assert compiled["contracts"][0]["items"][0]["classification"] == {
        "scheme": "TNVED", "id": "7308909809", "description": "Металлоконструкции"}
    text = json.dumps(first, ensure_ascii=False)
    assert "Secret Pledge Bank" not in text and "ten with bad welds" not in text  # Art. 6.3
    assert "versionedRelease" not in record
    ended = second["records"][0]["compiledRelease"]["contracts"][0]
    assert ended["status"] == "cancelled" and ended["termination"] == {
        "reason": "pilot_negative", "fault": "supplier", "article": "47.8"}

    # The validator is not a formality: a field no schema declares and a wrong type are held against a package.
    planted = json.loads(json.dumps(first))
    planted["records"][0]["compiledRelease"]["contracts"][0]["bankOfPledge"] = "x"
    planted["records"][0]["compiledRelease"]["contracts"][0]["pledged"] = "yes"
    found = problems(cove(planted, str(tmp_path)))
    assert found["validation_errors"] and found["additional_fields"], found

    # The change feed, compiled by ocdskit with the standard's schema patched by the declared extension, gives
    # the same compiled releases as the register's record packages.
    feed = await _feed(platform)
    for page in feed:
        assert problems(cove(page, str(tmp_path))) == {}, page["uri"]
    builder = ProfileBuilder(TAG, first["extensions"], standard_base_url=f"file://{standard_zip()}")
    schema = builder.patched_release_schema()
    compiled_by_ocid = {x["ocid"]: x for x in merge(feed, schema=schema)}
    for package in (first, second):
        ours = package["records"][0]
        assert compiled_by_ocid[ours["ocid"]] == ours["compiledRelease"], ours["ocid"]

    # The day's bulk file, once the day is over: every release of that day, valid; not before the day ends.
    day = datetime.fromisoformat(record["releases"][0]["date"].replace("Z", "+00:00")).astimezone(ALMATY).date()
    r = await platform.call("registry", "GET", f"/v1/ocds/bulk/{day.isoformat()}", role="public")
    assert r.status_code == 422 and r.json()["code"] == "day_not_over", r.text
    await platform.set_today(day + timedelta(days=1), "registry")
    r = await platform.call("registry", "GET", f"/v1/ocds/bulk/{day.isoformat()}", role="public")
    assert r.status_code == 200, r.text
    bulk_ids = {x["id"] for x in r.json()["releases"]}
    assert {x["id"] for x in record["releases"] if x["date"][:10] == record["releases"][0]["date"][:10]} <= bulk_ids
    assert problems(cove(r.json(), str(tmp_path))) == {}
    again = await platform.call("registry", "GET", f"/v1/ocds/bulk/{day.isoformat()}", role="public")
    assert again.content == r.content  # the same bytes whenever it is downloaded

    ext = await platform.call("registry", "GET", "/v1/ocds/extension/extension.json", role="public")
    assert ext.status_code == 200 and ext.json()["schemas"] == ["release-schema.json"]
    assert first["extensions"] == [first["uri"].split("/v1/")[0] + "/v1/ocds/extension/extension.json"]


def _verifies(manifest: dict[str, Any], signature: str, public_pem: str) -> bool:
    """An outsider's check, as for an extract: Ed25519 over the manifest's canonical JSON."""
    key = serialization.load_pem_public_key(public_pem.encode())
    canonical = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    try:
        key.verify(base64.b64decode(signature), canonical)  # type: ignore[union-attr]
        return True
    except Exception:  # noqa: BLE001  (InvalidSignature: the check says no)
        return False


@pytest.mark.flow
async def test_art_51_1_8_a_register_snapshot_downloads_verifies_and_keeps_its_day(platform: Platform) -> None:
    """Art. 51-1.8: the whole register as of a day, as CSV and JSON Lines; the files match the manifest's
    SHA-256, the manifest's signature verifies with the register's published key, and an earlier day's
    snapshot leaves out who was included after it and keeps who was excluded after it."""
    d1, d2 = date(2031, 3, 3), date(2031, 3, 4)
    stays, leaves, comes = fresh_bin(), fresh_bin(), fresh_bin()
    await platform.set_all_today(d1)
    await platform.include(stays)
    await platform.include(leaves)
    r = await platform.call("registry", "GET", f"/v1/register/snapshots/{d1.isoformat()}", role="public")
    assert r.status_code == 422 and r.json()["code"] == "day_not_over" and r.json()["article"] == "51-1.8", r.text
    await platform.set_all_today(d2)
    await platform.include(comes)
    r = await platform.registry("POST", f"/v1/register/{leaves}/exclusion-requests", role="applicant", bin_=leaves,
                                json={"reason": "production stopped"})
    assert r.status_code == 201, r.text
    await platform.set_today(d2 + timedelta(days=1), "registry")

    keys = (await platform.call("registry", "GET", "/v1/register/signing-keys", role="public")).json()["keys"]
    index = (await platform.call("registry", "GET", "/v1/register/snapshots", role="public")).json()
    assert index["latest"]["day"] == d2.isoformat()
    assert {c["name"] for c in index["columns"]} >= {"bin", "company_name", "tnved", "entry_hash"}
    assert all(c["label_kk"] and c["label_ru"] for c in index["columns"])

    async def snapshot(day: date) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
        r = await platform.call("registry", "GET", f"/v1/register/snapshots/{day.isoformat()}", role="public")
        assert r.status_code == 200, r.text
        signed = r.json()
        manifest = signed["manifest"]
        assert manifest["day"] == day.isoformat() and signed["algorithm"] == "Ed25519"
        assert any(_verifies(manifest, signed["signature"], k["public_key_pem"]) for k in keys
                   if k["key_id"] == manifest["key_id"])
        tampered = {**manifest, "producers": manifest["producers"] + 1}
        assert not any(_verifies(tampered, signed["signature"], k["public_key_pem"]) for k in keys)
        bodies = {}
        for f in manifest["files"]:
            path = f["url"].split("/v1/", 1)[1]
            got = await platform.call("registry", "GET", f"/v1/{path}", role="public")
            assert got.status_code == 200 and got.headers["content-type"].startswith(f["media_type"].split(";")[0])
            assert hashlib.sha256(got.content).hexdigest() == f["sha256"] and len(got.content) == f["bytes"]
            bodies[f["name"].rsplit(".", 1)[1]] = got.content
        rows = list(csv.DictReader(io.StringIO(bodies["csv"].decode())))
        lines = [json.loads(x) for x in bodies["jsonl"].decode().splitlines()]
        assert len(rows) == len(lines) == manifest["producers"]
        assert [x["bin"] for x in rows] == [x["bin"] for x in lines] == sorted(x["bin"] for x in rows)
        return manifest, rows, lines

    m1, rows1, lines1 = await snapshot(d1)
    bins1 = {x["bin"] for x in rows1}
    assert stays in bins1 and leaves in bins1 and comes not in bins1  # the register as it stood at d1's end
    m2, rows2, _ = await snapshot(d2)
    bins2 = {x["bin"] for x in rows2}
    assert stays in bins2 and comes in bins2 and leaves not in bins2
    row = next(x for x in rows2 if x["bin"] == comes)
    assert row["tnved"] == "7308909809" and row["basis"] == "application" and len(row["entry_hash"]) == 64
    line = next(x for x in lines1 if x["bin"] == stays)
    assert line["goods"][0]["tnved"] == "7308909809" and line["entry_kind"] == "inclusion"
    history = await platform.history(stays)
    assert line["entry_hash"] == history[-1]["hash"]  # each row checks against the hash chain
    assert m2["chain_head"]["seq"] > m1["chain_head"]["seq"]
    again, _, _ = await snapshot(d1)
    assert again == m1  # the same day, the same files and signature on every download

    page = await platform.http.get(f"{platform.url('registry')}/register", params={"lang": "ru"})
    assert page.status_code == 200 and f"/v1/register/snapshots/{d2.isoformat()}/register-{d2.isoformat()}.csv" \
        in page.text and "Скачать весь реестр" in page.text
    r = await platform.call("registry", "GET", f"/v1/register/snapshots/{d2.isoformat()}/register.xlsx", role="public")
    assert r.status_code == 404
