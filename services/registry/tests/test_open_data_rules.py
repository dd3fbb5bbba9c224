"""The open-data mappings, in process: the offtake register's OCDS releases (Art. 1.8-1, 48.6) and the register's
bulk snapshot files (Art. 51-1.8). The whole packages are validated with libcoveocds in tests/test_open_data.py."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from ocdsmerge import Merger
from registry.domain import ocds, snapshot

BASE = {"contract_id": "c0ffee00-0000-4000-8000-000000000001", "kind": "offtake", "status": "signed",
        "customer_bin": "190540001012", "supplier_bin": "220140000015", "supplier_name": "ТОО «Болат»",
        "goods": [{"tnved": "7308909809", "name": "Металлоконструкции", "specs": {"grade": "09G2S"}}],
        "volumes": {"2026": "100", "2027": "100"}, "unit_price_kzt": "1000.00", "term_start": "2026-01-01",
        "term_end": "2027-12-31", "pledged_to": [], "flagged": None, "version": 2,
        "supplier_register_status": "included"}


def event(n: int, kind: str, **changes: object) -> ocds.StoredEvent:
    change = changes.pop("change", {})
    return ocds.StoredEvent(f"e{n}", f"contracts.contract.{kind}", datetime(2026, 11, 20, 5, tzinfo=UTC) +
                            timedelta(minutes=n), {**BASE, **changes, "change": change})


def test_art_48_6_a_signature_is_an_award_and_a_contract_with_the_parties_by_bin() -> None:
    r = ocds.release("ocds-kzipp1", event(1, "signed", change={"signed_on": "2026-11-20"}))
    assert r["ocid"] == "ocds-kzipp1-c0ffee00-0000-4000-8000-000000000001" and r["tag"] == ["award", "contract"]
    assert [(p["id"], p["roles"]) for p in r["parties"]] == [("KZ-BIN-190540001012", ["buyer"]),
                                                            ("KZ-BIN-220140000015", ["supplier"])]
    c = r["contracts"][0]
    assert c["value"] == {"amount": 200000, "currency": "KZT"} and c["items"][0]["quantity"] == 200
    assert c["deliverySchedule"] == [{"id": "2026", "year": 2026, "quantity": 100},
                                     {"id": "2027", "year": 2027, "quantity": 100}]
    assert c["period"] == {"startDate": "2026-01-01T00:00:00+05:00", "endDate": "2027-12-31T23:59:59+05:00"}
    assert c["dateSigned"] == "2026-11-20T00:00:00+05:00" and r["awards"][0]["id"] == c["awardID"]


def test_art_48_2_an_amendment_cutting_a_year_leaves_the_compiled_schedule() -> None:
    releases = [ocds.release("ocds-kzipp1", e) for e in (
        event(1, "signed", change={"signed_on": "2026-11-20"}),
        event(2, "amended", volumes={"2026": "100"}, term_end="2026-12-31",
              change={"amendment": 1, "mode": "bilateral", "rationale": "budget", "effective_on": "2026-12-01",
                      "signed_by": ["customer", "supplier"]}))]
    compiled = Merger(merge_rules=ocds.MERGE_RULES).create_compiled_release(releases)
    c = compiled["contracts"][0]
    assert [x["year"] for x in c["deliverySchedule"]] == [2026] and c["value"]["amount"] == 100000
    assert c["amendments"] == [{"id": "1", "date": "2026-12-01T00:00:00+05:00", "rationale": "budget",
                                "description": "bilateral amendment, signed by customer and supplier"}]


def test_art_6_3_a_pledge_publishes_that_it_exists_not_the_bank() -> None:
    r = ocds.release("ocds-kzipp1", event(3, "pledged", pledged_to=["Secret Bank"],
                                          change={"pledge": {"bank": "Secret Bank", "amount_kzt": "1"}}))
    assert r["contracts"][0]["pledged"] is True and "Secret Bank" not in json.dumps(r, ensure_ascii=False)
    assert "specs" not in json.dumps(r)  # technical specifications are the parties' documents, not the register's


def test_art_48_2_a_delivery_and_its_acceptance_are_one_milestone() -> None:
    releases = [ocds.release("ocds-kzipp1", e) for e in (
        event(4, "delivery_recorded", change={"delivery": "d1", "year": 2026, "quantity": "60"}),
        event(5, "delivery_recorded", change={"delivery": "d1", "year": 2026, "accepted": "50",
                                              "refused_supplier_fault": "10"}))]
    (m,) = Merger(merge_rules=ocds.MERGE_RULES).create_compiled_release(releases)["contracts"][0][
        "implementation"]["milestones"]
    assert (m["deliveredQuantity"], m["acceptedQuantity"], m["refusedSupplierFaultQuantity"], m["status"]) == \
        (60, 50, 10, "met")


def test_release_dates_sort_as_time_does_and_the_prefix_is_registered_style() -> None:
    a = ocds.instant(datetime(2026, 1, 1, 10, 0, 0, tzinfo=UTC))
    b = ocds.instant(datetime(2026, 1, 1, 10, 0, 0, 500, tzinfo=UTC))
    c = ocds.instant(datetime(2026, 1, 1, 15, 0, 1, tzinfo=timezone(timedelta(hours=5))))
    assert a < b < c and a.endswith("Z") and c == "2026-01-01T10:00:01.000000Z"
    assert ocds.check_prefix("ocds-kzipp1") == "ocds-kzipp1"
    for bad in ("ocds-ipp", "OCDS-kzipp1", "ocds-kzipp1-x"):
        with pytest.raises(ValueError):
            ocds.check_prefix(bad)


ROWS = [snapshot.row({"bin": b, "company_name": f"ТОО «{b}»", "region": "Алматы", "basis": "application",
                      "kind": "inclusion", "at": "2026-11-20T05:00:00Z",
                      "goods": [{"tnved": "7308909809", "name": "Металлоконструкции", "declared_icv_pct": "62.5"},
                                {"tnved": "7308100000", "name": "Мосты"}],
                      "seq": i, "hash": f"{i:064x}"}) for i, b in enumerate(["190540001012", "220140000015"], 1)]


def test_art_51_1_8_the_snapshot_files_are_the_same_bytes_for_the_same_register() -> None:
    f, g = snapshot.files(ROWS), snapshot.files([dict(r) for r in ROWS])
    assert f == g and f.producers == 2
    table = list(csv.DictReader(io.StringIO(f.csv.decode())))
    assert list(table[0]) == [c.name for c in snapshot.COLUMNS]
    assert table[0]["tnved"] == "7308909809;7308100000" and f.csv.count(b"\r\n") == 3
    assert [json.loads(x)["bin"] for x in f.jsonl.decode().splitlines()] == ["190540001012", "220140000015"]
    m = snapshot.manifest(date(2026, 11, 20), f, base_url="https://r.example/v1/register/snapshots/2026-11-20",
                          issuer="Ministry", key_id="k", as_of="2026-11-20T18:59:59.999999Z",
                          chain_head={"seq": 2, "hash": "ab"}, license_url=None)
    assert [x["sha256"] for x in m["files"]] == [hashlib.sha256(f.csv).hexdigest(), hashlib.sha256(f.jsonl).hexdigest()]
    assert all(c["label_kk"] and c["label_ru"] for c in m["columns"])
