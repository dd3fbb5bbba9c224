"""Operations on the register itself (Art. 51-1.6, 51-2, 51-5.8, 51-6): include, exclude, re-include. Each
appends a hash-chained entry, updates the producer's current record and publishes its event, in the
caller's unit of work."""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ipp_common.events.common import Good, Reason
from ipp_common.events.registry import ProducerExcluded, ProducerIncluded, ProducerReincluded
from ipp_common.law.clock import instant_text

from registry.adapters.orm import Producer, RegisterEntry
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.register import (
    CONTEST_TERMS,
    Basis,
    EntryKind,
    Ground,
    ProducerStatus,
    contest_due,
    next_monitoring_date,
)
from registry.service_layer.context import RegistryContext


def _goods(goods: list[dict[str, Any]]) -> list[Good]:
    return [Good.model_validate(g) for g in goods]


async def include(uow: RegistryUnitOfWork, ctx: RegistryContext, *, bin_: str, goods: list[dict[str, Any]],
                  basis: Basis, actor: str, company_name: str | None, region: str | None,
                  site_ids: list[str], application_id: uuid.UUID | None = None,
                  event_id_hint: str | None = None) -> RegisterEntry:
    """Enter a producer in the register (or correct an included producer's goods)."""
    now = ctx.clock.now()
    current = await uow.register.producer(bin_, for_update=True)
    kind = EntryKind.correction if current and current.status == ProducerStatus.included else EntryKind.inclusion
    if current is not None and kind == EntryKind.correction:
        by_code = {g["tnved"]: g for g in current.goods}
        by_code.update({g["tnved"]: g for g in goods})
        goods = list(by_code.values())
    entry = await uow.register.append(bin_=bin_, kind=kind, at=now, actor=actor, goods=goods, basis=basis,
                                      company_name=company_name, region=region, application_id=application_id,
                                      event_id=event_id_hint)
    p = current or Producer(bin=bin_, status=ProducerStatus.included, goods=goods, entry_id=entry.id, since=now)
    p.status, p.goods, p.entry_id, p.basis = ProducerStatus.included, goods, entry.id, basis
    p.company_name, p.region = company_name or p.company_name, region or p.region
    p.site_ids = sorted(set(p.site_ids or []) | set(site_ids))
    if kind == EntryKind.inclusion:
        p.since = now
        p.next_check_on = next_monitoring_date(bin_, ctx.clock.today())
    p.version = (p.version or 0) + 1
    await uow.register.save_producer(p)
    ev = uow.publish(ProducerIncluded(bin=bin_, entry_id=entry.id, goods=_goods(goods), included_at=now, basis=basis),
                     subject=bin_, recipient=bin_, sequence=entry.seq)
    entry.event_id = ev.id
    return entry


async def exclude(uow: RegistryUnitOfWork, ctx: RegistryContext, producer: Producer, *, ground: Ground,
                  actor: str, reasons: list[dict[str, Any]] | None = None) -> RegisterEntry:
    """Exclude a producer (Art. 51-6); the entry records the term to contest it, where there is one."""
    now, today = ctx.clock.now(), ctx.clock.today()
    term = CONTEST_TERMS.get(ground)
    due = contest_due(ground, today, int(ctx.ref.value_on(term.refdata_key, today))) if term else None
    entry = await uow.register.append(bin_=producer.bin, kind=EntryKind.exclusion, at=now, actor=actor,
                                      goods=producer.goods, ground=ground, reasons=reasons or [],
                                      company_name=producer.company_name, region=producer.region,
                                      contest_due=due)
    producer.status, producer.entry_id, producer.next_check_on = ProducerStatus.excluded, entry.id, None
    producer.version += 1
    await uow.register.save_producer(producer)
    ev = uow.publish(ProducerExcluded(bin=producer.bin, entry_id=entry.id, excluded_at=now, ground=ground,
                                      reasons=[Reason.model_validate(r) for r in reasons or []], appeal_due=due),
                     subject=producer.bin, recipient=producer.bin, sequence=entry.seq)
    entry.event_id = ev.id
    return entry


async def reinclude(uow: RegistryUnitOfWork, ctx: RegistryContext, producer: Producer, *, exclusion: RegisterEntry,
                    appeal_id: uuid.UUID, goods: list[dict[str, Any]], actor: str) -> RegisterEntry:
    """Art. 51-5.8: after a satisfied appeal the producer is included again without repeating the stages
    of Art. 51-1 — no verification, no assessment — restoring the entry it had before the exclusion."""
    now = ctx.clock.now()
    restored = [e for e in await uow.register.entries(producer.bin)
                if e.seq < exclusion.seq and e.kind != EntryKind.exclusion][-1]
    entry = await uow.register.append(bin_=producer.bin, kind=EntryKind.reinclusion, at=now, actor=actor,
                                      goods=goods, basis=Basis.appeal, appeal_id=appeal_id,
                                      restores_entry_id=restored.id, company_name=restored.company_name,
                                      region=restored.region, application_id=restored.application_id)
    producer.status, producer.entry_id, producer.goods, producer.since = ProducerStatus.included, entry.id, goods, now
    producer.basis = restored.basis
    producer.next_check_on = next_monitoring_date(producer.bin, ctx.clock.today())
    producer.version += 1
    await uow.register.save_producer(producer)
    ev = uow.publish(ProducerReincluded(bin=producer.bin, entry_id=entry.id, restored_entry_id=restored.id,
                                        appeal_id=appeal_id, goods=_goods(goods), reincluded_at=now),
                     subject=producer.bin, recipient=producer.bin, sequence=entry.seq)
    entry.event_id = ev.id
    return entry


def entry_public(e: RegisterEntry) -> dict[str, Any]:
    return e.model_dump(mode="json", exclude={"actor"})


def producer_public(p: Producer | Mapping[str, Any]) -> dict[str, Any]:
    """What the law makes public (register membership): never sites, evidence or other filings (Art. 6.3).
    Takes the entity or a row of the read model."""
    v: Mapping[str, Any] = p if isinstance(p, Mapping) else p.__dict__
    since = v["since"]
    return {"bin": v["bin"], "status": v["status"], "company_name": v["company_name"], "region": v["region"],
            "since": instant_text(since) if isinstance(since, datetime) else since, "basis": v["basis"],
            "goods": [{"tnved": g["tnved"], "name": g.get("name"), "icv_pct": g.get("declared_icv_pct")}
                      for g in v["goods"]]}
