"""Reading the register: the public view (Art. 51-1.8, Art. 6.3: membership is public, filings are not),
history and the register as of a date, and verifiable extracts."""
from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from ipp_common.events.registry import ExtractIssued
from ipp_common.law.calendar import KZ
from ipp_common.law.clock import instant_text
from ipp_common.law.errors import NotFound
from ipp_common.law.principal import Principal
from ipp_common.persistence.paging import decode_cursor, encode_cursor

from registry.adapters.orm import IssuedExtract, RegisterEntry
from registry.adapters.repository import RegisterReadModel
from registry.adapters.signing import verify_signature
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.register import ProducerStatus
from registry.service_layer.context import RegistryContext
from registry.service_layer.register import entry_public, producer_public


async def public_register(uow: RegistryUnitOfWork, *, bin_: str | None, tnved: str | None, region: str | None,
                          as_of: date | None, cursor: str | None, limit: int, name: str | None = None
                          ) -> dict[str, Any]:
    """``name``: part of the company's name, in any letter case (the register's search by name)."""
    after = (decode_cursor(cursor) or {}).get("bin")
    async with uow:
        if as_of is None:
            rows = await uow.register.public_producers(bin_=bin_, tnved=tnved, region=region, name=name,
                                                       after_bin=after, limit=limit + 1)
            items = [producer_public(p) for p in rows]
        else:
            end = datetime.combine(as_of, time.max, tzinfo=KZ)  # the register at the end of that Almaty day
            entries = await _included_as_of(uow, end, bin_=bin_, region=region, name=name, tnved=tnved,
                                            after_bin=after, wanted=limit + 1)
            items = [{"bin": e.bin, "status": "included", "company_name": e.company_name, "region": e.region,
                      "entry_id": str(e.id), "entry_kind": e.kind, "basis": e.basis,
                      "goods": [{"tnved": g["tnved"], "name": g.get("name"), "icv_pct": g.get("declared_icv_pct")}
                                for g in e.goods]}
                     for e in entries]
    nxt = encode_cursor({"bin": items[limit - 1]["bin"]}) if len(items) > limit else None
    return {"items": items[:limit], "next_cursor": nxt, "as_of": as_of.isoformat() if as_of else None}


async def public_record(read_model: RegisterReadModel, bin_: str) -> dict[str, Any]:
    p = await read_model.producer(bin_)
    if p is None:
        raise NotFound("producer in the register")
    return producer_public(p)


async def _included_as_of(uow: RegistryUnitOfWork, end: datetime, *, bin_: str | None, region: str | None,
                          name: str | None, tnved: str | None, after_bin: str | None, wanted: int) -> list[RegisterEntry]:
    """Up to ``wanted`` producers included at ``end``, by BIN after ``after_bin``. A goods code is matched in
    the entries' JSON here, so the register is read on in BIN order until the page is full or ends — a page
    is never cut short by the filter, and the cursor never skips a match."""
    found: list[RegisterEntry] = []
    step = wanted if tnved is None else max(wanted, 500)
    while True:
        batch = await uow.register.state_as_of(end, bin_=bin_, region=region, name=name, after_bin=after_bin,
                                               limit=step)
        found += [e for e in batch if tnved is None or any(g["tnved"] == tnved for g in e.goods)]
        if len(found) >= wanted or len(batch) < step:
            return found[:wanted]
        after_bin = batch[-1].bin


async def public_history(uow: RegistryUnitOfWork, bin_: str) -> list[dict[str, Any]]:
    """A producer's register history as the register makes it public (Art. 51-1.8, 51-6): each inclusion,
    exclusion with its ground and re-inclusion, with its date — not the reasons' details, which come from
    the producer's filings and checks (Art. 6.3)."""
    async with uow:
        entries = await uow.register.entries(bin_)
    if not entries:
        raise NotFound("producer in the register")
    return [public_entry(e) for e in entries]


def public_entry(e: RegisterEntry) -> dict[str, Any]:
    return {"id": str(e.id), "seq": e.seq, "kind": e.kind, "basis": e.basis, "ground": e.ground,
            "at": e.at.isoformat(), "goods": [g["tnved"] for g in e.goods]}


async def history(uow: RegistryUnitOfWork, bin_: str, principal: Principal) -> list[dict[str, Any]]:
    if not principal.can_see_bin(bin_):
        raise NotFound("producer")
    async with uow:
        entries = await uow.register.entries(bin_)
        if not entries:
            raise NotFound("producer")
        return [entry_public(e) for e in entries]


async def issue_extract(uow: RegistryUnitOfWork, ctx: RegistryContext, bin_: str, principal: Principal | None,
                        request_id: str | None) -> dict[str, Any]:
    """Art. 51-1.8: the producer, each good with its data and ICV share; signed with the register's key.
    ``principal`` None: a person at the public register page — an extract holds only what the register
    makes public, and a buyer may take one as the producer may (ADR 28); audited as ``public``."""
    if principal is not None and not principal.can_see_bin(bin_):
        raise NotFound("producer")
    async with uow:
        p = await uow.register.producer(bin_)
        if p is None or p.status != ProducerStatus.included:
            raise NotFound("included producer")
        entry = await uow.register.entry(p.entry_id)
        assert entry is not None
        now = ctx.clock.now()
        x = IssuedExtract(bin=bin_, entry_id=entry.id, entry_hash=entry.hash, issued_at=now,
                          key_id=ctx.signer.key_id, signature="")
        doc = {"extract_id": str(x.id), "register": "Register of Kazakhstani producers (Art. 51-1)",
               "issuer": ctx.settings.extract_issuer, "issued_at": instant_text(now), "key_id": ctx.signer.key_id,
               "producer": {"bin": p.bin, "company_name": p.company_name, "region": p.region,
                            "in_register_since": p.since.isoformat(), "basis": p.basis},
               "goods": [{"tnved": g["tnved"], "name": g.get("name"), "icv_pct": g.get("declared_icv_pct"),
                          "operations": g.get("declared_operations", [])} for g in p.goods],
               "entry": {"id": str(entry.id), "seq": entry.seq, "kind": entry.kind, "hash": entry.hash}}
        x.signature = ctx.signer.sign(doc)
        x.document = doc
        uow.extracts.add(x)
        uow.publish(ExtractIssued(extract_id=x.id, bin=bin_, entry_id=entry.id, issued_at=now),
                    subject=bin_, recipient=bin_)
        actor, role, actor_bin = ((principal.sub, principal.role, principal.bin) if principal
                                  else (PUBLIC_ACTOR, PUBLIC_ACTOR, None))
        uow.audit(actor=actor, role=role, actor_bin=actor_bin, action="extract.issue", resource="extract",
                  resource_id=str(x.id), request_id=request_id)
        await uow.commit()
        return signed_extract(x)


PUBLIC_ACTOR = "public"
"""Who the audit trail names for a request made at the public pages, where nobody signs in."""


def signed_extract(x: IssuedExtract) -> dict[str, Any]:
    return {"extract": x.document, "signature": x.signature, "algorithm": "Ed25519",
            "verify": "/v1/extracts/verify", "public_keys": "/v1/register/signing-keys"}


async def extract(uow: RegistryUnitOfWork, extract_id: uuid.UUID) -> dict[str, Any]:
    """An issued extract by its id (the id is in its QR code): the same signed document as when issued."""
    async with uow:
        x = await uow.extracts.get(extract_id)
    if x is None or x.document is None:  # extracts issued before documents were kept can only be presented
        raise NotFound("extract")
    return signed_extract(x)


async def verify_extract(uow: RegistryUnitOfWork, ctx: RegistryContext, doc: dict[str, Any],
                         signature: str) -> dict[str, Any]:
    """Anyone may check an extract: is the signature the register's, was it issued, is the producer still
    included (and by the same entry, or has the register moved on)."""
    checked_at = instant_text(ctx.clock.now())
    valid = verify_signature(doc, signature, ctx.signer.public_pem)
    out: dict[str, Any] = {"signature_valid": valid, "checked_at": checked_at, "issued_by": None,
                           "producer_still_included": None, "current_entry_is_same": None}
    if not valid:
        out["reason"] = "the signature does not match this register's key: the extract was altered or not issued here"
        return out
    async with uow:
        try:
            x = await uow.extracts.get(uuid.UUID(str(doc.get("extract_id"))))
        except ValueError:
            x = None
        p = await uow.register.producer(str(doc.get("producer", {}).get("bin")))
        out["issued_by"] = ctx.settings.extract_issuer if x is not None else None
        out["producer_still_included"] = bool(p and p.status == ProducerStatus.included)
        out["current_entry_is_same"] = bool(p and str(p.entry_id) == doc.get("entry", {}).get("id"))
        out["current_status"] = p.status if p else None
        seq = doc.get("entry", {}).get("seq")
        if p is not None and isinstance(seq, int) and not out["current_entry_is_same"]:
            # what the register recorded after the extract: the exclusion (with its date) that makes it stale
            out["register_changes_since"] = [public_entry(e) for e in await uow.register.entries(p.bin)
                                             if e.seq > seq]
    return out


def signing_keys(ctx: RegistryContext) -> dict[str, Any]:
    return {"keys": [{"key_id": ctx.signer.key_id, "algorithm": "Ed25519", "public_key_pem": ctx.signer.public_pem}]}


async def chain_check(uow: RegistryUnitOfWork) -> dict[str, Any]:
    async with uow:
        intact, n, bad = await uow.register.verify_chain()
        return {"intact": intact, "entries_checked": n, "first_bad_entry": bad}
