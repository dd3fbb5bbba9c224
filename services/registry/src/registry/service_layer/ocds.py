"""The offtake register as OCDS 1.1 (Art. 1.8-1, 48.6): the change feed as release packages, one record
package per contract compiled with ocdsmerge, and a bulk release package per Almaty day.

Every package's ``publishedDate`` is its newest release's date, not the time of the request: the same
releases give the same bytes (and ETag), and a day's bulk file never changes once the day is over."""
from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import Any

from ipp_common.law.calendar import KZ
from ipp_common.law.errors import NotFound, Rejected
from ocdsmerge import Merger
from sqlmodel import col, select

from registry.adapters.orm import OfftakeRelease
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain import ocds
from registry.service_layer.context import RegistryContext

EXTENSION_FILES = ("extension.json", "release-schema.json")
_MERGER = Merger(merge_rules=ocds.MERGE_RULES)


def publication(ctx: RegistryContext) -> ocds.Publication:
    s = ctx.settings
    return ocds.Publication(publisher=s.extract_issuer,
                            extension_url=f"{s.public_api_url}/v1/ocds/extension/extension.json",
                            license=s.ocds_license, publication_policy=s.ocds_publication_policy)


def extension_file(name: str) -> dict[str, Any]:
    """The platform's OCDS extension, as the packages declare it (served for validators such as CoVE)."""
    if name not in EXTENSION_FILES:
        raise NotFound("OCDS extension file")
    doc: dict[str, Any] = json.loads(resources.files("registry").joinpath("ocds_extension", name).read_text("utf-8"))
    return doc


def _stored(r: OfftakeRelease) -> ocds.StoredEvent:
    return ocds.StoredEvent(event_id=r.event_id, event_type=r.event_type, event_time=r.event_time, snapshot=r.snapshot)


def _published(releases: list[dict[str, Any]], fallback: datetime) -> datetime:
    return max((datetime.fromisoformat(r["date"].replace("Z", "+00:00")) for r in releases), default=fallback)


async def releases_after(uow: RegistryUnitOfWork, ctx: RegistryContext, after: int, limit: int, uri: str
                         ) -> tuple[dict[str, Any], int]:
    """The change feed as a release package: the releases after a feed position, in the order received, and
    the position to ask after next."""
    prefix = ctx.settings.ocds_ocid_prefix
    async with uow:
        rows = (await uow.session.exec(select(OfftakeRelease).where(col(OfftakeRelease.position) > after)
                                       .order_by(col(OfftakeRelease.position)).limit(limit))).all()
    releases = [ocds.release(prefix, _stored(r)) for r in rows]
    nxt = rows[-1].position if rows else after
    epoch = datetime.combine(date(2000, 1, 1), time(), tzinfo=KZ)
    return ocds.release_package(uri, _published(releases, epoch), publication(ctx), releases), int(nxt or after)


async def record_package(uow: RegistryUnitOfWork, ctx: RegistryContext, an_ocid: str, uri: str) -> dict[str, Any]:
    """One contracting process: every release of the contract and the compiled release (ocdsmerge)."""
    prefix = ctx.settings.ocds_ocid_prefix
    raw = ocds.contract_id_of(prefix, an_ocid)
    try:
        contract_id = uuid.UUID(raw or "")
    except ValueError:
        raise NotFound("offtake contract with this OCID")
    async with uow:
        rows = (await uow.session.exec(select(OfftakeRelease).where(OfftakeRelease.contract_id == contract_id)
                                       .order_by(col(OfftakeRelease.position)))).all()
    if not rows:
        raise NotFound("offtake contract with this OCID")
    releases = [ocds.release(prefix, _stored(r)) for r in rows]
    record = {"ocid": an_ocid, "releases": releases, "compiledRelease": compile_record(releases)}
    return ocds.record_package(uri, _published(releases, rows[-1].event_time), publication(ctx), [record])


def compile_record(releases: list[dict[str, Any]]) -> dict[str, Any]:
    return _MERGER.create_compiled_release(releases)


async def day_package(uow: RegistryUnitOfWork, ctx: RegistryContext, day: date, uri: str) -> dict[str, Any]:
    """The bulk file of one Almaty day: every release received that day, once the day is over."""
    today = ctx.clock.today()
    if day >= today:
        raise Rejected("day_not_over", "The day's bulk file is made once the day is over",
                       f"The bulk file of {day.isoformat()} is published from {(day + timedelta(days=1)).isoformat()} "
                       f"(today is {today.isoformat()} in Almaty).", field="day")
    start = datetime.combine(day, time(), tzinfo=KZ)
    async with uow:
        rows = (await uow.session.exec(
            select(OfftakeRelease).where(col(OfftakeRelease.event_time) >= start,
                                         col(OfftakeRelease.event_time) < start + timedelta(days=1))
            .order_by(col(OfftakeRelease.position)))).all()
    prefix = ctx.settings.ocds_ocid_prefix
    releases = [ocds.release(prefix, _stored(r)) for r in rows]
    return ocds.release_package(uri, _published(releases, start + timedelta(days=1) - timedelta(microseconds=1)),
                                publication(ctx), releases)
