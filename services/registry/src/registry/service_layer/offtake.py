"""The offtake register (Art. 1.8-1, 48.6): a public read model of offtake contracts, fed only by the
contracts service's events. Each event is kept as a release; the record is the newest release by
version, so duplicates and out-of-order deliveries leave it consistent, and it can be rebuilt from the
releases alone."""
from __future__ import annotations

import uuid
from typing import Any

from ipp_common.events.envelope import CloudEvent
from ipp_common.law.clock import instant_text
from ipp_common.law.errors import NotFound
from ipp_common.messaging.delivery import Delivery, Handler
from ipp_common.persistence.paging import keyset_page
from sqlalchemy import delete
from sqlmodel import col, select

from registry.adapters.orm import OfftakeRecord, OfftakeRelease, Producer
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain import ocds

CONTRACT_EVENTS = ["contracts.contract.signed", "contracts.contract.amended", "contracts.contract.delivery_recorded",
                   "contracts.contract.pledged", "contracts.contract.terminated", "contracts.contract.flagged"]


def _apply(record: OfftakeRecord | None, rel: OfftakeRelease) -> OfftakeRecord | None:
    """The record after a release, or None when the release is older than what the record shows."""
    if record is not None and record.version >= rel.version:
        return None
    s = rel.snapshot
    record = record or OfftakeRecord(contract_id=rel.contract_id, version=rel.version, customer_bin=s["customer_bin"],
                                     supplier_bin=s["supplier_bin"], tnveds="", status=s["status"], snapshot=s,
                                     updated_at=rel.event_time)
    record.version, record.status, record.snapshot, record.updated_at = rel.version, s["status"], s, rel.event_time
    record.tnveds = ",".join(g["tnved"] for g in s["goods"])
    return record


async def on_contract_event(event: CloudEvent, delivery: Delivery[RegistryUnitOfWork]) -> None:
    if event.data.get("kind") != "offtake":
        return
    uow = delivery.unit_of_work()
    async with uow:
        s = uow.session
        # The supplier as the register knows it when the event arrives: kept with the release, so what was
        # published (the OCDS release, Art. 1.8-1) never changes afterwards.
        supplier = await s.get(Producer, event.data["supplier_bin"])
        snapshot = {**event.data, "supplier_register_status": supplier.status if supplier else "not_in_register",
                    "supplier_name": supplier.company_name if supplier else None}
        rel = OfftakeRelease(contract_id=uuid.UUID(event.data["contract_id"]), version=int(event.data["version"]),
                             event_id=event.id, event_type=event.type, event_time=event.time, snapshot=snapshot)
        s.add(rel)
        updated = _apply(await s.get(OfftakeRecord, rel.contract_id), rel)
        if updated is not None:
            s.add(updated)
        await uow.commit()


HANDLERS: dict[str, Handler] = {t: on_contract_event for t in CONTRACT_EVENTS}


async def _statuses(uow: RegistryUnitOfWork, bins: set[str]) -> dict[str, str]:
    if not bins:
        return {}
    rows = (await uow.session.exec(select(Producer.bin, Producer.status).where(col(Producer.bin).in_(bins)))).all()
    return {b: st for b, st in rows}


def _public(r: OfftakeRecord, statuses: dict[str, str], prefix: str) -> dict[str, Any]:
    s = r.snapshot
    return {"contract_id": str(r.contract_id), "ocid": ocds.ocid(prefix, str(r.contract_id)), "version": r.version,
            "executor": {"bin": r.supplier_bin, "register_status": statuses.get(r.supplier_bin, "not_in_register")},
            "customer": {"bin": r.customer_bin, "name": s.get("customer_name")}, "status": r.status,
            "goods": [{"tnved": g["tnved"], "name": g.get("name")} for g in s["goods"]],
            "volumes": s["volumes"], "term": {"start": s["term_start"], "end": s["term_end"]},
            "min_icv_pct": s.get("min_icv_pct"), "pledged": bool(s.get("pledged_to")), "flagged": s.get("flagged"),
            "updated_at": instant_text(r.updated_at)}


async def search(uow: RegistryUnitOfWork, *, prefix: str, supplier: str | None, customer: str | None, tnved: str | None,
                 status: str | None, cursor: str | None, limit: int) -> dict[str, Any]:
    async with uow:
        q = select(OfftakeRecord)
        if supplier:
            q = q.where(OfftakeRecord.supplier_bin == supplier)
        if customer:
            q = q.where(OfftakeRecord.customer_bin == customer)
        if status:
            q = q.where(OfftakeRecord.status == status)
        if tnved:
            q = q.where(col(OfftakeRecord.tnveds).contains(tnved))
        rows, nxt = await keyset_page(uow.session, q, at=None, key=col(OfftakeRecord.contract_id), cursor=cursor,
                                      limit=limit)
        st = await _statuses(uow, {r.supplier_bin for r in rows})
        return {"items": [_public(r, st, prefix) for r in rows], "next_cursor": nxt}


async def record(uow: RegistryUnitOfWork, contract_id: uuid.UUID, prefix: str) -> dict[str, Any]:
    """The compiled record and every release with its event time and version (as OCDS: /v1/ocds/records)."""
    async with uow:
        r = await uow.session.get(OfftakeRecord, contract_id)
        if r is None:
            raise NotFound("offtake contract")
        rels = (await uow.session.exec(select(OfftakeRelease).where(OfftakeRelease.contract_id == contract_id)
                                       .order_by(col(OfftakeRelease.version), col(OfftakeRelease.position)))).all()
        out = _public(r, await _statuses(uow, {r.supplier_bin}), prefix)
        out["releases"] = [{"version": x.version, "event_id": x.event_id, "type": x.event_type,
                            "time": instant_text(x.event_time), "change": x.snapshot.get("change", {})} for x in rels]
        return out


async def changes(uow: RegistryUnitOfWork, after: int, limit: int) -> dict[str, Any]:
    """The change feed other agencies poll: releases after a position."""
    async with uow:
        rels = (await uow.session.exec(select(OfftakeRelease).where(col(OfftakeRelease.position) > after)
                                       .order_by(col(OfftakeRelease.position)).limit(limit))).all()
        items = [{"position": x.position, "contract_id": str(x.contract_id), "version": x.version, "type": x.event_type,
                  "time": instant_text(x.event_time)} for x in rels]
        return {"items": items, "next_after": items[-1]["position"] if items else after}


async def rebuild(uow: RegistryUnitOfWork) -> dict[str, int]:
    """Drop the register and build it again from the releases alone."""
    async with uow:
        s = uow.session
        await s.execute(delete(OfftakeRecord))
        records: dict[uuid.UUID, OfftakeRecord] = {}
        rels = (await s.exec(select(OfftakeRelease).order_by(col(OfftakeRelease.position)))).all()
        for rel in rels:
            updated = _apply(records.get(rel.contract_id), rel)
            if updated is not None:
                records[rel.contract_id] = updated
        for r in records.values():
            s.add(OfftakeRecord(**r.model_dump()))
        await uow.commit()
        return {"releases": len(rels), "records": len(records)}
