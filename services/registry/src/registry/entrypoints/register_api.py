"""Register HTTP API (v1): the public register, extracts, monitoring, appeals, catalogue, agencies."""
from __future__ import annotations

import json
import uuid
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from ipp_common.events.contracts import ContractStatus
from ipp_common.http.app import service_router
from ipp_common.http.auth import CurrentPrincipal, require_roles
from ipp_common.http.fields import DB_BIGINT_MAX, IsoDate
from ipp_common.http.queries import BinPath, BinQuery, CursorQuery, LimitQuery, TnvedPath, TnvedQuery
from ipp_common.http.responses import conditional, conditional_json
from ipp_common.http.writes import write_of
from ipp_common.law.errors import NotFound
from ipp_common.law.principal import Principal, Role

from registry import schemas as s
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.appeals import AppealStatus
from registry.entrypoints.api import CtxDep, get_uow
from registry.entrypoints.pages import pdf_response
from registry.schemas import (
    AppealActionCreate,
    AppealCreate,
    AppealDecisionCreate,
    CatalogueVersionCreate,
    ExclusionRequest,
    ExtractVerifyRequest,
    SoftwareContestCreate,
    SoftwareNotice,
    WhollyProducedFactCreate,
)
from registry.service_layer import appeals, catalogue, monitoring, ocds, offtake, producers, reads, snapshots

router = service_router("/v1")
UowDep = Annotated[RegistryUnitOfWork, Depends(get_uow)]




def rid(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


# ---------------------------------------------------------------- public (Art. 51-1.8; Art. 6.3 limits it)

@router.get("/register", response_model=s.RegisterPage, tags=["register (public)"],
            summary="Who is in the register: by BIN, TN VED, region; or the register as of a date (public)")
async def register_list(request: Request, uow: UowDep,
                        bin: BinQuery = None,
                        name: Annotated[str | None, Query(min_length=1, max_length=300,
                                                          description="Part of the company's name, any letter case")
                                        ] = None,
                        tnved: TnvedQuery = None,
                        region: Annotated[str | None, Query(max_length=100)] = None,
                        as_of: IsoDate | None = None,
                        cursor: Annotated[str | None, Query(max_length=500)] = None,
                        limit: Annotated[int, Query(ge=1, le=200)] = 50) -> Response:
    page = await reads.public_register(uow, bin_=bin, tnved=tnved, region=region, as_of=as_of, cursor=cursor,
                                       limit=limit, name=name)
    return conditional_json(request, page)


@router.get("/register/signing-keys", response_model=s.SigningKeys, tags=["register (public)"],
            summary="The public keys that verify register extracts (for offline checks)")
async def keys(ctx: CtxDep) -> dict[str, Any]:
    return reads.signing_keys(ctx)


@router.get("/register/snapshots", response_model=s.SnapshotIndex, tags=["register (public)"],
            summary="Bulk downloads of the whole register: where the daily snapshots are (public)")
async def snapshot_index(request: Request, ctx: CtxDep) -> Response:
    return conditional_json(request, snapshots.index(ctx))


@router.get("/register/snapshots/{day}", response_model=s.SignedSnapshotManifest, tags=["register (public)"],
            summary="The signed manifest of the register as of the end of a day: each file's SHA-256 (public)")
async def snapshot_manifest(request: Request, day: IsoDate, uow: UowDep, ctx: CtxDep) -> Response:
    return conditional_json(request, (await snapshots.make(uow, ctx, day)).signed_manifest)


@router.get("/register/snapshots/{day}/{name}", tags=["register (public)"], response_class=Response,
            summary="A snapshot file: register-YYYY-MM-DD.csv or register-YYYY-MM-DD.jsonl (public)",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}},
                                         "application/jsonl": {"schema": {"type": "string"}}}}})
async def snapshot_file(request: Request, day: IsoDate, name: Annotated[str, Path(max_length=40)], uow: UowDep,
                        ctx: CtxDep) -> Response:
    body, media_type = (await snapshots.make(uow, ctx, day)).file(name)
    return conditional(request, body, media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/register/{bin}", response_model=s.ProducerPublic,
            tags=["register (public)"], summary="A producer's current record (public)")
async def register_record(request: Request, bin: BinPath, ctx: CtxDep) -> Response:
    return conditional_json(request, await reads.public_record(ctx.register, bin))


@router.post("/extracts/verify", response_model=s.ExtractCheck, response_model_exclude_unset=True, tags=["register (public)"],
             summary="Check an extract: signature, issued here, producer still included (public)")
async def verify(body: ExtractVerifyRequest, uow: UowDep, ctx: CtxDep) -> dict[str, Any]:
    return await reads.verify_extract(uow, ctx, body.extract, body.signature)


@router.get("/register/extracts/{extract_id}", response_model=s.SignedExtract, tags=["register (public)"],
            summary="An issued extract by its id (in its QR code): the signed JSON, or with Accept: application/pdf "
                    "the bilingual PDF (public)",
            responses={200: {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}})
async def extract_by_id(request: Request, extract_id: uuid.UUID, uow: UowDep, ctx: CtxDep) -> Response:
    signed = await reads.extract(uow, extract_id)
    if wants_pdf(request.headers.get("accept", "")):
        answer = pdf_response(request, signed, ctx.settings.public_base_url, ctx.settings.pdf_font_dir)
    else:
        answer = conditional_json(request, signed)
    answer.headers["Vary"] = "Accept"
    return answer


def wants_pdf(accept: str) -> bool:
    """Content negotiation (RFC 9110 §12.5.1) between the two forms: the PDF when it is named and weighs at
    least as much as JSON (named, or by ``application/*`` or ``*/*``); JSON otherwise, as for every other read."""
    weights: dict[str, float] = {}
    for part in accept.lower().split(","):
        media, *params = [x.strip() for x in part.split(";")]
        try:
            weights[media] = float(next((p[2:] for p in params if p.startswith("q=")), "1"))
        except ValueError:
            continue
    pdf = weights.get("application/pdf", 0.0)
    json_ = weights.get("application/json", weights.get("application/*", weights.get("*/*", 0.0)))
    return pdf > 0 and pdf >= json_


@router.get("/catalogue/{tnved}", response_model=s.CatalogueEntry, tags=["catalogue"],
            summary="Production conditions and operations of a good, every version (public, Art. 51-7)")
async def catalogue_versions(tnved: TnvedPath, uow: UowDep) -> dict[str, Any]:
    return {"tnved": tnved, "versions": await catalogue.versions(uow, tnved)}


# ---------------------------------------------------------------- producer's own

@router.get("/register/{bin}/history", response_model=s.ProducerHistory,
            tags=["register"], summary="Every entry of a producer (hash-chained)")
async def register_history(bin: BinPath, uow: UowDep,
                           principal: Principal = require_roles(Role.applicant, Role.officer, Role.appeals)
                           ) -> dict[str, Any]:
    return {"bin": bin, "entries": await reads.history(uow, bin, principal)}


@router.post("/register/{bin}/extracts", response_model=s.SignedExtract, tags=["register"], status_code=201,
             summary="Issue a signed extract from the register (Art. 51-1.8)")
async def extract(request: Request, bin: BinPath, uow: UowDep, ctx: CtxDep,
                  principal: Principal = require_roles(Role.applicant, Role.officer)) -> dict[str, Any]:
    return await reads.issue_extract(uow, ctx, bin, principal, rid(request))


@router.get("/register/{bin}/remedy-notices", response_model=s.RemedyNotices,
            tags=["monitoring"], summary="Notices to remedy (Art. 51-4.2)")
async def remedy_notices(bin: BinPath, uow: UowDep,
                         principal: Principal = require_roles(Role.applicant, Role.officer, Role.appeals)
                         ) -> dict[str, Any]:
    if not principal.can_see_bin(bin):
        raise NotFound("producer")
    return {"bin": bin, "items": await monitoring.notices_of(uow, bin)}


@router.post("/register/{bin}/monitoring-checks", response_model=s.MonitoringCheckPublic, tags=["monitoring"], status_code=202,
             summary="Request a verification now: the producer's re-check after remedying, or an officer's check")
async def monitoring_check(request: Request, bin: BinPath, uow: UowDep, ctx: CtxDep,
                           principal: Principal = require_roles(Role.applicant, Role.officer)) -> dict[str, Any]:
    if not principal.can_see_bin(bin):
        raise NotFound("producer")
    reason = "recheck" if principal.role == Role.applicant else "officer"
    return await monitoring.request_check(uow, ctx, bin, reason, principal.sub, rid(request))


@router.post("/register/{bin}/exclusion-requests", response_model=s.EntryPublic, tags=["register"], status_code=201,
             summary="The producer asks to be excluded (Art. 51-6(3))")
async def own_exclusion(request: Request, bin: BinPath, body: ExclusionRequest, uow: UowDep, ctx: CtxDep,
                        principal: Principal = require_roles(Role.applicant)) -> dict[str, Any]:
    return await producers.own_exclusion(uow, ctx, bin, body, principal, rid(request))


@router.post("/software-contests", response_model=s.SoftwareContestPublic, tags=["register"], status_code=201,
             summary="A software producer contests its exclusion within 30 calendar days (Art. 51-2.5)")
async def software_contest(request: Request, body: SoftwareContestCreate, uow: UowDep, ctx: CtxDep,
                           principal: Principal = require_roles(Role.applicant)) -> dict[str, Any]:
    return await appeals.file_software_contest(uow, ctx, body, principal, rid(request))


# ---------------------------------------------------------------- appeals commission (Art. 51-5)

@router.post("/appeals", response_model=s.AppealPublic, tags=["appeals"], status_code=201,
             summary="Object to an exclusion by monitoring within 30 working days (Art. 51-5.3)")
async def file_appeal(request: Request, body: AppealCreate, uow: UowDep, ctx: CtxDep,
                      principal: Principal = require_roles(Role.applicant)) -> dict[str, Any]:
    return await appeals.file_appeal(uow, ctx, body, principal, rid(request))


@router.get("/appeals", response_model=s.AppealList,
            response_model_exclude_unset=True, tags=["appeals"], summary="Appeals: the applicant's own; all for the commission")
async def list_appeals(uow: UowDep, principal: Principal = require_roles(Role.applicant, Role.appeals, Role.officer),
                       status: Annotated[AppealStatus | None, Query()] = None) -> dict[str, Any]:
    return {"items": await appeals.list_appeals(uow, principal, status)}


@router.get("/appeals/{appeal_id}", response_model=s.AppealPublic,
            tags=["appeals"], summary="An appeal with the commission's actions")
async def get_appeal(appeal_id: uuid.UUID, uow: UowDep, principal: CurrentPrincipal) -> dict[str, Any]:
    return await appeals.get_appeal(uow, appeal_id, principal)


@router.post("/appeals/{appeal_id}/actions", response_model=s.AppealPublic, tags=["appeals"],
             summary="Request documents, hold a hearing or a field visit (Art. 51-5.4)")
async def appeal_action(request: Request, appeal_id: uuid.UUID, body: AppealActionCreate, uow: UowDep,
                        principal: Principal = require_roles(Role.appeals)) -> dict[str, Any]:
    return await appeals.commission_action(uow, appeal_id, body, principal, rid(request))


@router.post("/appeals/{appeal_id}/decision", response_model=s.AppealPublic, tags=["appeals"],
             summary="The commission's written decision (Art. 51-5.5-8)")
async def appeal_decision(request: Request, appeal_id: uuid.UUID, body: AppealDecisionCreate, uow: UowDep,
                          ctx: CtxDep, principal: Principal = require_roles(Role.appeals)) -> dict[str, Any]:
    return await appeals.decide(uow, ctx, appeal_id, body, principal, rid(request))


# ---------------------------------------------------------------- catalogue (Art. 51-7)

@router.post("/catalogue/{tnved}/versions", response_model=s.CatalogueVersionPublic, tags=["catalogue"], status_code=201,
             summary="Amend a good's production conditions; never more favourable (Art. 51-7.4)")
async def amend_catalogue(request: Request, tnved: TnvedPath,
                          body: CatalogueVersionCreate, uow: UowDep,
                          principal: Principal = require_roles(Role.officer)) -> dict[str, Any]:
    return await catalogue.amend(uow, tnved, body, principal, rid(request))


# ---------------------------------------------------------------- agencies

@router.post("/wholly-produced-facts", response_model=s.WhollyProducedFactPublic, tags=["agencies"], status_code=201,
             summary="A competent agency's fact on goods wholly produced in Kazakhstan (Art. 51-3)")
async def wholly_produced_fact(request: Request, body: WhollyProducedFactCreate, uow: UowDep,
                               principal: Principal = require_roles(Role.agency)) -> dict[str, Any]:
    return await producers.submit_fact(uow, body, principal, rid(request))


@router.post("/software-notices", response_model=s.EntryPublic, tags=["agencies"], status_code=201,
             summary="The informatization authority's notice including or excluding a software producer")
async def software_notice(request: Request, body: SoftwareNotice, uow: UowDep, ctx: CtxDep,
                          principal: Principal = require_roles(Role.agency, scope="informatization")
                          ) -> dict[str, Any]:
    return await producers.software_notice(uow, ctx, body, principal, rid(request))


# ---------------------------------------------------------------- operations

@router.post("/ops/monitoring/run", response_model=s.MonitoringRun, tags=["operations"],
             summary="Run one monitoring tick now: request due checks, exclude on overdue notices")
async def run_monitoring(request: Request, ctx: CtxDep,
                         principal: Principal = require_roles(Role.officer)) -> dict[str, Any]:
    rt = request.app.state.runtime
    batch = ctx.settings.monitoring_batch_size
    write = write_of(request.state)  # the first of the two commits writes the request's audit row
    requested = await monitoring.schedule_due(ctx, rt.uow(write), batch)
    excluded = await monitoring.sweep_overdue(ctx, rt.uow(write), batch, wait_for_locked=True)
    return {"requested": requested, "overdue_processed": excluded, "today": ctx.clock.today().isoformat()}


@router.get("/ops/register/chain", response_model=s.ChainCheck,
            tags=["operations"], summary="Recompute the register's hash chain")
async def chain(uow: UowDep, principal: Principal = require_roles(Role.officer)) -> dict[str, Any]:
    return await reads.chain_check(uow)


# ---------------------------------------------------------------- offtake register (Art. 1.8-1, 48.6)

@router.get("/offtake", response_model=s.OfftakePage, tags=["offtake register (public)"],
            summary="Offtake contracts: executor (with register status), customer, goods, volumes, term, status")
async def offtake_list(request: Request, uow: UowDep, ctx: CtxDep,
                       supplier: BinQuery = None,
                       customer: BinQuery = None,
                       tnved: TnvedQuery = None,
                       status: Annotated[ContractStatus | None, Query()] = None,
                       cursor: CursorQuery = None, limit: LimitQuery = 50) -> Response:
    page = await offtake.search(uow, prefix=ctx.settings.ocds_ocid_prefix, supplier=supplier, customer=customer,
                                tnved=tnved, status=status, cursor=cursor,
                                limit=limit)
    return conditional_json(request, page)


@router.get("/offtake/changes", response_model=s.OfftakeChanges, tags=["offtake register (public)"],
            summary="Change feed: releases after a position (poll with next_after)")
async def offtake_changes(request: Request, uow: UowDep, after: Annotated[int, Query(ge=0, le=DB_BIGINT_MAX)] = 0,
                          limit: Annotated[int, Query(ge=1, le=500)] = 100) -> Response:
    return conditional_json(request, await offtake.changes(uow, after, limit))


@router.get("/offtake/{contract_id}", response_model=s.OfftakePublic, tags=["offtake register (public)"],
            summary="One offtake contract: compiled record and its releases (OCDS-style)")
async def offtake_record(request: Request, contract_id: uuid.UUID, uow: UowDep, ctx: CtxDep) -> Response:
    return conditional_json(request, await offtake.record(uow, contract_id, ctx.settings.ocds_ocid_prefix))


# ---------------------------------------------------------------- the offtake register as OCDS 1.1 (open data)

OCDS_TAG = "offtake register as OCDS (public)"


@router.get("/ocds/releases", response_model=s.OcdsReleasePackage, tags=[OCDS_TAG],
            summary="The change feed as an OCDS 1.1 release package: releases after a feed position (the Link header "
                    "names the next page; 204 when there is nothing after it yet)",
            responses={204: {"description": "No release after this position yet; poll the Link header's address"}})
async def ocds_releases(request: Request, uow: UowDep, ctx: CtxDep,
                        after: Annotated[int, Query(ge=0, le=DB_BIGINT_MAX)] = 0,
                        limit: Annotated[int, Query(ge=1, le=500)] = 100) -> Response:
    base = f"{ctx.settings.public_api_url}/v1/ocds/releases"
    package, nxt = await ocds.releases_after(uow, ctx, after, limit, f"{base}?after={after}&limit={limit}")
    link = {"Link": f'<{base}?after={nxt}&limit={limit}>; rel="next"'}
    if not package["releases"]:  # nothing new yet: a release package holds at least one release (OCDS 1.1)
        return Response(status_code=204, headers=link)
    answer = conditional_json(request, package)
    answer.headers.update(link)
    return answer


@router.get("/ocds/records/{ocid}", response_model=s.OcdsRecordPackage, tags=[OCDS_TAG],
            summary="One offtake contract as an OCDS 1.1 record package: its releases and the compiled release")
async def ocds_record(request: Request, ocid: Annotated[str, Path(max_length=100, pattern=r"^ocds-[a-z0-9]{6}-.+$")],
                      uow: UowDep, ctx: CtxDep) -> Response:
    uri = f"{ctx.settings.public_api_url}/v1/ocds/records/{ocid}"
    return conditional_json(request, await ocds.record_package(uow, ctx, ocid, uri))


@router.get("/ocds/bulk/{day}", response_model=s.OcdsReleasePackage, tags=[OCDS_TAG],
            summary="The bulk file of one day (Almaty): every release received that day, once the day is over",
            responses={204: {"description": "No release was received that day"}})
async def ocds_day(request: Request, day: IsoDate, uow: UowDep, ctx: CtxDep) -> Response:
    uri = f"{ctx.settings.public_api_url}/v1/ocds/bulk/{day.isoformat()}"
    package = await ocds.day_package(uow, ctx, day, uri)
    if not package["releases"]:  # a day without releases has no bulk file (a package holds at least one)
        return Response(status_code=204)
    return conditional_json(request, package)


@router.get("/ocds/extension/extension.json", response_model=s.OcdsExtensionMetadata, tags=[OCDS_TAG],
            summary="This platform's OCDS extension: its metadata, as the packages declare it")
async def ocds_extension(request: Request) -> Response:
    return conditional_json(request, ocds.extension_file("extension.json"))


class SchemaResponse(JSONResponse):
    """A JSON Schema document (RFC draft: ``application/schema+json``)."""
    media_type = "application/schema+json"


@router.get("/ocds/extension/release-schema.json", response_model=s.OcdsExtensionSchema, tags=[OCDS_TAG],
            response_class=SchemaResponse,
            summary="This platform's OCDS extension: the patch it makes to the release schema (JSON Merge Patch)")
async def ocds_extension_schema(request: Request) -> Response:
    body = json.dumps(ocds.extension_file("release-schema.json"), ensure_ascii=False, sort_keys=True).encode()
    return conditional(request, body, SchemaResponse.media_type)


@router.post("/ops/offtake/rebuild", response_model=s.OfftakeRebuild, tags=["operations"],
             summary="Rebuild the offtake register from the received contract events alone")
async def offtake_rebuild(uow: UowDep, principal: Principal = require_roles(Role.officer)) -> dict[str, Any]:
    return await offtake.rebuild(uow)
