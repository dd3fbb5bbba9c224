"""Daily bulk snapshots of the public register (Art. 51-1.8): the register at the end of an Almaty day, made
from the hash-chained entries, once the day is over. A past day's entries never change, so its snapshot is
the same bytes, the same SHA-256 and the same signature on every download: the chain keeps every day's
snapshot, and nothing else needs to be stored (ADR 32)."""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ipp_common.law.calendar import KZ
from ipp_common.law.clock import instant_text
from ipp_common.law.errors import NotFound, Rejected
from sqlmodel import col, select

from registry.adapters.orm import RegisterEntry
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain import snapshot
from registry.service_layer.context import RegistryContext

PAGE = 1000


@dataclass(frozen=True)
class Snapshot:
    day: date
    files: snapshot.SnapshotFiles
    signed_manifest: dict[str, Any]

    def file(self, name: str) -> tuple[bytes, str]:
        names = snapshot.file_names(self.day)
        if name == names["csv"]:
            return self.files.csv, snapshot.CSV_MEDIA_TYPE
        if name == names["jsonl"]:
            return self.files.jsonl, snapshot.JSONL_MEDIA_TYPE
        raise NotFound("snapshot file")


def latest_day(ctx: RegistryContext) -> date:
    """The newest day whose snapshot is final: yesterday in Almaty."""
    return ctx.clock.today() - timedelta(days=1)


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=KZ)


async def _entries(uow: RegistryUnitOfWork, at: datetime) -> AsyncIterator[RegisterEntry]:
    after: str | None = None
    while True:
        batch = await uow.register.state_as_of(at, after_bin=after, limit=PAGE)
        for e in batch:
            yield e
        if len(batch) < PAGE:
            return
        after = batch[-1].bin


async def make(uow: RegistryUnitOfWork, ctx: RegistryContext, day: date) -> Snapshot:
    if day > latest_day(ctx):
        raise Rejected("day_not_over", "The day's snapshot is made once the day is over",
                       f"The snapshot of {day.isoformat()} is published from {(day + timedelta(days=1)).isoformat()} "
                       f"(today is {ctx.clock.today().isoformat()} in Almaty).", field="day", article="51-1.8")
    at = end_of(day)
    async with uow:
        rows = [snapshot.row({"bin": e.bin, "company_name": e.company_name, "region": e.region, "basis": e.basis,
                              "kind": e.kind, "at": instant_text(e.at), "goods": e.goods, "seq": e.seq,
                              "hash": e.hash}) async for e in _entries(uow, at)]
        head = (await uow.session.exec(select(RegisterEntry).where(col(RegisterEntry.at) <= at)
                                       .order_by(col(RegisterEntry.seq).desc()).limit(1))).first()
    f = snapshot.files(rows)
    doc = snapshot.manifest(day, f, base_url=f"{ctx.settings.public_api_url}/v1/register/snapshots/{day.isoformat()}",
                            issuer=ctx.settings.extract_issuer, key_id=ctx.signer.key_id, as_of=instant_text(at),
                            chain_head={"seq": head.seq, "hash": head.hash} if head else None,
                            license_url=ctx.settings.ocds_license)
    signed = {"manifest": doc, "signature": ctx.signer.sign(doc), "algorithm": "Ed25519",
              "public_keys": "/v1/register/signing-keys"}
    return Snapshot(day, f, signed)


def links(day: date, base: str = "") -> dict[str, str]:
    """A day's manifest and files; ``base``: the API's public address (none: paths, as a page links them)."""
    at = f"{base}/v1/register/snapshots/{day.isoformat()}"
    names = snapshot.file_names(day)
    return {"day": day.isoformat(), "manifest": at, "csv": f"{at}/{names['csv']}", "jsonl": f"{at}/{names['jsonl']}"}


def index(ctx: RegistryContext) -> dict[str, Any]:
    """Where the snapshots are: the newest day's manifest and files, and how to name any earlier day."""
    base = ctx.settings.public_api_url
    return {"latest": links(latest_day(ctx), base), "any_day": f"{base}/v1/register/snapshots/{{YYYY-MM-DD}}",
            "public_keys": "/v1/register/signing-keys",
            "columns": [{"name": c.name, "label_kk": c.label_kk, "label_ru": c.label_ru, "description": c.description}
                        for c in snapshot.COLUMNS]}
