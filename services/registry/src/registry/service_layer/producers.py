"""Actions on producers from outside the application path: agencies' facts on wholly produced goods
(Art. 51-3), the informatization authority's software notices (Art. 51-2), the producer's own request to
be excluded (Art. 51-6(3))."""
from __future__ import annotations

from typing import Any

from ipp_common.law.errors import Forbidden, NotFound, Rejected
from ipp_common.law.principal import Principal

from registry.adapters.orm import WhollyProducedFact
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.register import Basis, Ground, ProducerStatus
from registry.schemas import ExclusionRequest, SoftwareNotice, WhollyProducedFactCreate
from registry.service_layer import register
from registry.service_layer.context import RegistryContext
from registry.service_layer.register import entry_public

# Which agency scope may submit which kind of fact (Art. 51-3.2-6).
FACT_SCOPES = {"solid_minerals": ("subsoil", "51-3.2"), "hydrocarbons_uranium": ("hydrocarbons", "51-3.3"),
               "common_minerals": ("local-executive", "51-3.4"), "agricultural": ("agriculture", "51-3.5"),
               "scrap": ("local-executive", "51-3.6")}


async def submit_fact(uow: RegistryUnitOfWork, cmd: WhollyProducedFactCreate, principal: Principal,
                      request_id: str | None) -> dict[str, Any]:
    scope, article = FACT_SCOPES[cmd.kind]
    if scope not in principal.scopes:
        raise Forbidden("forbidden_scope", "Forbidden",
                           f"Facts of kind {cmd.kind} are submitted by the agency with scope {scope!r}.",
                           article=article)
    async with uow:
        f = WhollyProducedFact(bin=cmd.bin, tnved=cmd.tnved, kind=cmd.kind, document_ref=cmd.document_ref,
                               agency=principal.sub, valid_from=cmd.valid_from, valid_to=cmd.valid_to)
        uow.facts.add(f)
        uow.audit(actor=principal.sub, role=principal.role, action="wholly_produced_fact.submit",
                  resource="wholly_produced_fact", resource_id=str(f.id), request_id=request_id,
                  detail={"bin": cmd.bin, "tnved": cmd.tnved, "kind": cmd.kind})
        await uow.commit()
        return f.model_dump(mode="json")


async def software_notice(uow: RegistryUnitOfWork, ctx: RegistryContext, cmd: SoftwareNotice, principal: Principal,
                          request_id: str | None) -> dict[str, Any]:
    """Art. 51-2.4: inclusion and exclusion of software producers on the informatization authority's notice."""
    async with uow:
        if cmd.action == "include":
            if not cmd.goods:
                raise Rejected("goods_required", "Goods required",
                                   "An inclusion notice names the software products.", field="goods",
                                   article="51-2.1")
            goods: list[dict[str, Any]] = [{"tnved": g.tnved, "name": g.name, "trusted_register_ref": g.trusted_register_ref,
                      "declared_operations": [], "declared_icv_pct": None} for g in cmd.goods]
            entry = await register.include(uow, ctx, bin_=cmd.bin, goods=goods, basis=Basis.software_notice,
                                           actor=principal.sub, company_name=cmd.company_name, region=cmd.region,
                                           site_ids=[])
        else:
            p = await uow.register.producer(cmd.bin, for_update=True)
            if p is None or p.status != ProducerStatus.included:
                raise NotFound("included producer")
            entry = await register.exclude(uow, ctx, p, ground=Ground.software_notice, actor=principal.sub,
                                           reasons=[{"code": "SOFTWARE_MONITORING", "criterion":
                                                     "Informatization authority's monitoring (Art. 51-2.3)",
                                                     "expected": None, "found": cmd.reason, "article": "51-2.4",
                                                     "text_kk": cmd.reason, "text_ru": cmd.reason}])
        uow.audit(actor=principal.sub, role=principal.role, action=f"software_notice.{cmd.action}",
                  resource="producer", resource_id=cmd.bin, request_id=request_id)
        await uow.commit()
        return entry_public(entry)


async def own_exclusion(uow: RegistryUnitOfWork, ctx: RegistryContext, bin_: str, cmd: ExclusionRequest,
                        principal: Principal, request_id: str | None) -> dict[str, Any]:
    if principal.bin != bin_:
        raise NotFound("producer")
    async with uow:
        p = await uow.register.producer(bin_, for_update=True)
        if p is None or p.status != ProducerStatus.included:
            raise NotFound("included producer")
        entry = await register.exclude(uow, ctx, p, ground=Ground.own_request, actor=principal.sub,
                                       reasons=[{"code": "OWN_REQUEST", "criterion": "Producer's request",
                                                 "expected": None, "found": cmd.reason, "article": "51-6(3)",
                                                 "text_kk": cmd.reason, "text_ru": cmd.reason}])
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="producer.own_exclusion",
                  resource="producer", resource_id=bin_, request_id=request_id)
        await uow.commit()
        return entry_public(entry)
