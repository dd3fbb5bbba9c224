"""The offtake register (Art. 1.8-1, 48.6) in the Open Contracting Data Standard 1.1: each offtake contract is
one contracting process, each contract event the register received is one release of it.

Pure mapping, no I/O: a stored event (the contract as it stood after the event, and what changed) becomes an
OCDS release; releases become release and record packages. What the standard has no field for is in this
platform's extension (``registry/ocds_extension``), which every package declares. What the law keeps from
third parties (Art. 6.3: a pledge's bank and amount, the reasons behind an exclusion) is never mapped.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

OCDS_VERSION = "1.1"
BIN_SCHEME = "KZ-BIN"
"""org-id.guide's list for Kazakhstan's business identification numbers."""
TNVED_SCHEME = "TNVED"
"""The EAEU's commodity nomenclature (ТН ВЭД ЕАЭС), ten digits: how the law names goods (Art. 51-7)."""
CURRENCY = "KZT"
OCID_PREFIX = re.compile(r"^ocds-[a-z0-9]{6}$")

MERGE_RULES: dict[tuple[str, ...], str] = {
    ("tag",): "omitWhenMerged", ("id",): "omitWhenMerged", ("date",): "omitWhenMerged",
    ("contracts", "deliverySchedule"): "wholeListMerge",
}
"""How releases compile into a record (ocdsmerge's rules): the core's rules for the fields these releases
use, and the extension's — an amendment replaces the yearly schedule whole, so a year cut from the term
leaves the compiled record too. tests/test_open_data.py compiles the feed with the standard's schema and
this extension and compares."""

_TAGS = {
    "contracts.contract.signed": ["award", "contract"],
    "contracts.contract.amended": ["contractAmendment"],
    "contracts.contract.delivery_recorded": ["implementation"],
    "contracts.contract.pledged": ["contractUpdate"],
    "contracts.contract.flagged": ["contractUpdate"],
    "contracts.contract.terminated": ["contractTermination"],
}
_CONTRACT_STATUS = {"awaiting_supplier": "pending", "signed": "active", "terminated": "cancelled"}


@dataclass(frozen=True)
class StoredEvent:
    """One contract event as the offtake register keeps it (``registry_offtake_release``)."""
    event_id: str
    event_type: str
    event_time: datetime
    snapshot: Mapping[str, Any]


def check_prefix(prefix: str) -> str:
    """An OCID prefix as the OCDS registry assigns them: ``ocds-`` and six letters or digits."""
    if not OCID_PREFIX.match(prefix):
        raise ValueError(f"an OCID prefix is 'ocds-' and six lower-case letters or digits, not {prefix!r}")
    return prefix


def ocid(prefix: str, contract_id: str) -> str:
    return f"{prefix}-{contract_id}"


def contract_id_of(prefix: str, an_ocid: str) -> str | None:
    """The contract id inside an OCID of this publisher, or None for another publisher's."""
    head = f"{prefix}-"
    return an_ocid[len(head):] if an_ocid.startswith(head) else None


def instant(t: datetime) -> str:
    """RFC 3339 in UTC, always with microseconds and Z: an OCDS date-time whose text sorts as time does
    (ocdsmerge orders releases by it); a naive value, as SQLite returns one, is UTC."""
    t = t if t.tzinfo else t.replace(tzinfo=UTC)
    return t.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def day_start(d: str) -> str:
    """A contract date (a calendar day in Kazakhstan) as the date-time OCDS asks for: the day's start in Almaty."""
    return f"{date.fromisoformat(d[:10]).isoformat()}T00:00:00+05:00"


def day_end(d: str) -> str:
    return f"{date.fromisoformat(d[:10]).isoformat()}T23:59:59+05:00"


def number(v: Any) -> int | float:
    """A decimal from the contract as a JSON number (OCDS amounts and quantities are numbers)."""
    d = Decimal(str(v))
    return int(d) if d == d.to_integral_value() else float(d)


def party_id(bin_: str) -> str:
    return f"{BIN_SCHEME}-{bin_}"


def _party(bin_: str, name: str | None, roles: list[str], register_status: str | None = None) -> dict[str, Any]:
    p: dict[str, Any] = {"id": party_id(bin_), "identifier": {"scheme": BIN_SCHEME, "id": bin_}, "roles": roles}
    if name:
        p["name"] = name
        p["identifier"]["legalName"] = name
    if register_status:
        p["registerStatus"] = register_status
    return p


def _ref(bin_: str, name: str | None) -> dict[str, Any]:
    return {"id": party_id(bin_), **({"name": name} if name else {})}


def _items(s: Mapping[str, Any]) -> list[dict[str, Any]]:
    goods = s["goods"]
    total = sum((Decimal(str(v)) for v in s["volumes"].values()), Decimal(0))
    out = []
    for g in goods:
        item: dict[str, Any] = {"id": g["tnved"], "classification": {"scheme": TNVED_SCHEME, "id": g["tnved"]},
                                "unit": {"name": "unit", "value": {"amount": number(s["unit_price_kzt"]),
                                                                   "currency": CURRENCY}}}
        if g.get("name"):
            item["description"] = g["name"]
            item["classification"]["description"] = g["name"]
        if len(goods) == 1:  # the volumes are the contract's; per good only when there is one good
            item["quantity"] = number(total)
        out.append(item)
    return out


def _value(s: Mapping[str, Any]) -> dict[str, Any]:
    total = sum((Decimal(str(v)) for v in s["volumes"].values()), Decimal(0))
    return {"amount": number(total * Decimal(str(s["unit_price_kzt"]))), "currency": CURRENCY}


def _schedule(s: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"id": str(y), "year": int(y), "quantity": number(q)}
            for y, q in sorted(s["volumes"].items(), key=lambda kv: int(kv[0]))]


def _milestone(change: Mapping[str, Any], at: str) -> dict[str, Any]:
    """A delivery (Art. 48.2) as an implementation milestone: recorded by the supplier, then accepted by the
    customer; both releases carry the delivery's id, so the record shows one milestone with both."""
    m: dict[str, Any] = {"id": str(change["delivery"]), "title": "Delivery", "type": "delivery",
                         "deliveryYear": int(change["year"])}
    if "quantity" in change:
        m.update(status="met", dateMet=at, deliveredQuantity=number(change["quantity"]))
    if change.get("accepted") is not None:
        m["acceptedQuantity"] = number(change["accepted"])
        m["refusedSupplierFaultQuantity"] = number(change.get("refused_supplier_fault") or 0)
    return m


def release(prefix: str, e: StoredEvent) -> dict[str, Any]:
    """One OCDS release for one event: the contract's state after it, and what the event adds (an amendment
    with its rationale, a delivery, the termination)."""
    s, change = e.snapshot, e.snapshot.get("change") or {}
    cid, at = str(s["contract_id"]), instant(e.event_time)
    supplier_name, customer_name = s.get("supplier_name"), s.get("customer_name")
    award_id = f"{cid}-award"
    award = {"id": award_id, "status": "active", "suppliers": [_ref(s["supplier_bin"], supplier_name)],
             "value": _value(s), "items": _items(s)}
    contract: dict[str, Any] = {
        "id": cid, "awardID": award_id, "status": _CONTRACT_STATUS.get(s["status"], "active"),
        "period": {"startDate": day_start(s["term_start"]), "endDate": day_end(s["term_end"])},
        "value": _value(s), "items": _items(s), "deliverySchedule": _schedule(s),
        "pledged": bool(s.get("pledged_to"))}
    if s.get("flagged"):
        contract["flaggedForReview"] = s["flagged"]
    if e.event_type == "contracts.contract.signed" and change.get("signed_on"):
        contract["dateSigned"] = day_start(str(change["signed_on"]))
        award["date"] = contract["dateSigned"]
    elif e.event_type == "contracts.contract.amended":
        contract["amendments"] = [{"id": str(change["amendment"]), "date": day_start(str(change["effective_on"])),
                                   "rationale": change.get("rationale") or "",
                                   "description": f"{change.get('mode', '')} amendment, signed by "
                                                  f"{' and '.join(change.get('signed_by') or [])}".strip()}]
    elif e.event_type == "contracts.contract.delivery_recorded" and change.get("delivery"):
        contract["implementation"] = {"milestones": [_milestone(change, at)]}
    elif e.event_type == "contracts.contract.terminated":
        contract["termination"] = {k: change[k] for k in ("reason", "fault", "article") if change.get(k)}
    return {
        "ocid": ocid(prefix, cid), "id": e.event_id, "date": at, "tag": _TAGS.get(e.event_type, ["contractUpdate"]),
        "initiationType": "tender", "language": "ru",
        "parties": [_party(s["customer_bin"], customer_name, ["buyer"]),
                    _party(s["supplier_bin"], supplier_name, ["supplier"], s.get("supplier_register_status"))],
        "buyer": _ref(s["customer_bin"], customer_name),
        "awards": [award], "contracts": [contract]}


@dataclass(frozen=True)
class Publication:
    """Who publishes and under what terms: the package metadata every package carries."""
    publisher: str
    extension_url: str
    license: str | None = None
    publication_policy: str | None = None


def _package_head(uri: str, published: datetime, pub: Publication) -> dict[str, Any]:
    head: dict[str, Any] = {"uri": uri, "version": OCDS_VERSION, "extensions": [pub.extension_url],
                            "publishedDate": instant(published), "publisher": {"name": pub.publisher}}
    if pub.license:
        head["license"] = pub.license
    if pub.publication_policy:
        head["publicationPolicy"] = pub.publication_policy
    return head


def release_package(uri: str, published: datetime, pub: Publication, releases: Iterable[dict[str, Any]]
                    ) -> dict[str, Any]:
    return {**_package_head(uri, published, pub), "releases": list(releases)}


def record_package(uri: str, published: datetime, pub: Publication, records: Iterable[dict[str, Any]]
                   ) -> dict[str, Any]:
    return {**_package_head(uri, published, pub), "records": list(records)}
