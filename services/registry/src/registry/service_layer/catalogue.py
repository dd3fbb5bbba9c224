"""The production-conditions catalogue (Art. 51-7): versioned by effective date, and only ever tightened."""
from __future__ import annotations

from typing import Any

from ipp_common.events.registry import CatalogueAmended
from ipp_common.law.errors import NotFound, Rejected
from ipp_common.law.principal import Principal

from registry.adapters.orm import CatalogueVersion
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.application_rules import tnved_rule
from registry.domain.catalogue import ProductionConditions, loosening, validate_conditions
from registry.schemas import CatalogueVersionCreate


def to_domain(v: CatalogueVersion) -> ProductionConditions:
    return ProductionConditions(v.tnved, v.version, v.effective_from, frozenset(v.conditions),
                                frozenset(v.operations), v.min_operations)


def public(v: CatalogueVersion) -> dict[str, Any]:
    return v.model_dump(mode="json", exclude={"id", "created_by"})


async def amend(uow: RegistryUnitOfWork, tnved: str, cmd: CatalogueVersionCreate, principal: Principal,
                request_id: str | None) -> dict[str, Any]:
    rule = tnved_rule(tnved)
    if rule:
        raise Rejected("tnved_format", "Invalid TN VED code", rule, field="tnved", article="51-7")
    async with uow:
        latest = await uow.catalogue.latest(tnved)
        new = ProductionConditions(tnved, (latest.version + 1) if latest else 1, cmd.effective_from,
                                   frozenset(cmd.conditions), frozenset(cmd.operations), cmd.min_operations)
        problems = validate_conditions(new)
        if problems:
            raise Rejected("catalogue_invalid", "Production conditions are not valid", "; ".join(problems),
                               article="51-7.2, 51-7.3")
        if latest is not None:
            looser = loosening(to_domain(latest), new)
            if looser:
                raise Rejected("catalogue_more_favourable", "Amendment would set more favourable conditions",
                                   "; ".join(looser), article="51-7.4", extra={"violations": looser,
                                                                               "current_version": latest.version})
        v = CatalogueVersion(tnved=tnved, version=new.version, effective_from=cmd.effective_from,
                             conditions=sorted(cmd.conditions), operations=list(dict.fromkeys(cmd.operations)),
                             min_operations=cmd.min_operations, basis=cmd.basis, created_by=principal.sub)
        uow.catalogue.add(v)
        uow.publish(CatalogueAmended(tnved=tnved, version=v.version, effective_from=v.effective_from,
                                     min_operations=v.min_operations), subject=tnved, sequence=v.version)
        uow.audit(actor=principal.sub, role=principal.role, action="catalogue.amend", resource="catalogue",
                  resource_id=f"{tnved}/v{v.version}", request_id=request_id)
        await uow.commit()
        return public(v)


async def versions(uow: RegistryUnitOfWork, tnved: str) -> list[dict[str, Any]]:
    async with uow:
        vs = await uow.catalogue.versions(tnved)
        if not vs:
            raise NotFound("production conditions for this TN VED code")
        return [public(v) for v in vs]
