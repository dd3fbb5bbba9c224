"""Registry use cases. Each one runs in a unit of work that owns the commit; events go to the outbox in
the same transaction."""
from __future__ import annotations

import json
import uuid
from typing import Any

from ipp_common.events.common import Good, Reason
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import (
    ApplicationRefused,
    ApplicationSubmitted,
    ApplicationVerified,
    InspectionScheduled,
)
from ipp_common.events.verification import VerificationCompleted
from ipp_common.law.clock import instant_text
from ipp_common.law.errors import Conflict, NotFound, Rejected
from ipp_common.law.principal import Principal
from ipp_common.messaging.delivery import Delivery, EventHandler, Handler, PermanentError
from ipp_common.persistence.row_writer import StaleVersion
from sqlalchemy.exc import IntegrityError

from registry.adapters.orm import Application
from registry.adapters.unit_of_work import RegistryUnitOfWork
from registry.domain.catalogue import GoodFindings, assess_good
from registry.domain.model import (
    Action,
    ApplicationStatus,
    CriterionResult,
    TransitionNotAllowed,
    next_status,
    refusal_reasons,
    verification_action,
)
from registry.domain.register import Basis
from registry.schemas import ApplicationCreate, ApplicationPage, ApplicationPublic, AssessmentDecision
from registry.service_layer import catalogue as catalogue_svc
from registry.service_layer import register
from registry.service_layer.context import RegistryContext


def to_public(app: Application, history: list[Any] | None = None) -> ApplicationPublic:
    return ApplicationPublic.model_validate({**app.model_dump(), "history": (
        [h.model_dump() for h in history] if history is not None else None)})


async def submit_application(uow: RegistryUnitOfWork, cmd: ApplicationCreate, principal: Principal, *,
                             request_id: str | None) -> dict[str, Any]:
    """File an application (Art. 51-1.1 stage 1) and request digital verification (stage 2). A BIN with an
    application still open is refused (Art. 51-1.6): the partial unique index fails the commit."""
    async with uow:
        status = next_status(None, Action.file)
        app = Application(bin=cmd.bin, company_name=cmd.company_name, status=status,
                          wholly_produced=cmd.wholly_produced,
                          consents=cmd.consents.model_dump(), evidence=cmd.evidence.model_dump(),
                          goods=json.loads(json.dumps([g.model_dump(mode="json") for g in cmd.goods])),
                          sites=[s.model_dump() for s in cmd.sites], filed_by=principal.sub)
        uow.applications.add(app)
        ev = uow.publish(ApplicationSubmitted(
            application_id=app.id, bin=app.bin, company_name=app.company_name,
            goods=[Good.model_validate(g) for g in app.goods], site_ids=[s["site_id"] for s in app.sites],
            purpose="inclusion", filed_at=app.filed_at), subject=str(app.id), sequence=app.version)
        uow.applications.record_filing(app, principal.sub, ev.id)
        uow.audit(actor=principal.sub, role=principal.role, actor_bin=principal.bin, action="application.file",
                  resource="application", resource_id=str(app.id), request_id=request_id)
        body = to_public(app).model_dump(mode="json")
        try:
            await uow.commit()
        except IntegrityError as e:
            await uow.rollback()
            if not uow.applications.is_open_conflict(e):
                raise
            open_app = await uow.applications.open_for_bin(cmd.bin)
            which = f"application {open_app.id} of this BIN is still open ({open_app.status})" if open_app else \
                "an application of this BIN is still open"
            raise Conflict(f"{which}; a new one may be filed after a decision (Art. 51-1.6)",
                           code="application_already_open") from e
        return body


async def get_application(uow: RegistryUnitOfWork, app_id: uuid.UUID, principal: Principal) -> ApplicationPublic:
    async with uow:
        app = await uow.applications.get(app_id)
        # Another BIN's application does not exist as far as this caller can tell.
        if app is None or not principal.can_see_bin(app.bin):
            raise NotFound("application")
        return to_public(app, await uow.applications.history(app.id))


async def list_applications(uow: RegistryUnitOfWork, principal: Principal, *, bin_: str | None,
                            status: str | None, cursor: str | None, limit: int) -> ApplicationPage:
    async with uow:
        rows, nxt = await uow.applications.page(bin_=principal.confined_bin or bin_, status=status, cursor=cursor,
                                                limit=limit)
    items = [to_public(a) for a in rows]
    return ApplicationPage(items=items, next_cursor=nxt)


def make_handlers(ctx: RegistryContext) -> dict[str, Handler | EventHandler]:
    from registry.service_layer import monitoring

    async def on_verification_completed(event: CloudEvent, delivery: Delivery[RegistryUnitOfWork]) -> None:
        p = VerificationCompleted.model_validate(event.data)
        if p.purpose == "monitoring":
            await monitoring.on_monitoring_result(ctx, event, p, delivery)
        else:
            await on_application_verified(ctx, event, p, delivery)

    async def load_batch(uow: RegistryUnitOfWork, events: list[CloudEvent]) -> None:
        """What a batch's handlers look up, one query for each kind: each handler then finds its own in the
        session — the applications, or for monitoring results their checks, producers and open notices."""
        await uow.applications.load([uuid.UUID(e.data["application_id"]) for e in events
                                     if e.data.get("purpose") != "monitoring"])
        await monitoring.load_for_results(uow, [e.data for e in events if e.data.get("purpose") == "monitoring"])

    async def on_status_changed(event: CloudEvent, delivery: Delivery[RegistryUnitOfWork]) -> None:
        await monitoring.on_legal_entity_status(ctx, event, delivery)

    from registry.service_layer import offtake

    return {"verification.run.completed": EventHandler(on_verification_completed, prefetch=load_batch),
            "verification.legal_entity.status_changed": on_status_changed, **offtake.HANDLERS}


async def on_application_verified(ctx: RegistryContext, event: CloudEvent, p: VerificationCompleted,
                                  delivery: Delivery[RegistryUnitOfWork]) -> None:
    """Stage 2 result (Art. 51-1.3): advance to production assessment, include at once when every good is
    wholly produced and the agencies' facts cover it (Art. 51-1.9), or refuse with a motivated answer sent
    automatically to the applicant's cabinet (Art. 51-1.6)."""
    uow = delivery.unit_of_work()
    async with uow:
        app = await uow.applications.get(p.application_id)
        if app is None:
            raise PermanentError(f"verification result for unknown application {p.application_id}")
        if app.status != ApplicationStatus.verification:
            await uow.commit()  # a stale result for an application already decided: record and move on
            return
        criteria = [CriterionResult(c.code, c.criterion, c.status, c.expected, c.found, c.article,
                                    c.text_kk, c.text_ru) for c in p.criteria]
        wholly = False
        if app.wholly_produced:
            covered = {f.tnved for f in await uow.facts.covering(app.bin, ctx.clock.today())}
            wholly = all(g["tnved"] in covered for g in app.goods)
        action = verification_action(criteria, wholly_produced=wholly)
        to = next_status(ApplicationStatus(app.status), action)
        reasons = [Reason(code=c.code, criterion=c.criterion, expected=c.expected, found=c.found,
                          article=c.article, text_kk=c.text_kk, text_ru=c.text_ru)
                   for c in refusal_reasons(criteria)]
        uow.applications.change_status(
            app, to_status=to, action=action, actor="verification", event_id=event.id,
            reason="; ".join(r.code for r in reasons) or None, verification_run_id=p.run_id,
            reasons=[r.model_dump() for r in reasons])
        if to == ApplicationStatus.refused:
            uow.publish(ApplicationRefused(application_id=app.id, bin=app.bin, stage="verification",
                                           reasons=reasons), subject=str(app.id), recipient=app.bin,
                        sequence=app.version)
        else:
            uow.publish(ApplicationVerified(application_id=app.id, bin=app.bin, verification_run_id=p.run_id,
                                            status=to), subject=str(app.id), recipient=app.bin,
                        sequence=app.version)
        if to == ApplicationStatus.included:
            await register.include(uow, ctx, bin_=app.bin, goods=app.goods, basis=Basis.wholly_produced,
                                   actor="system:art-51-1.9", company_name=app.company_name,
                                   region=_region(app), site_ids=[s["site_id"] for s in app.sites],
                                   application_id=app.id)
        await uow.commit()


def _region(app: Application) -> str | None:
    return app.sites[0]["region"] if app.sites else None


async def decide_assessment(uow: RegistryUnitOfWork, ctx: RegistryContext, app_id: uuid.UUID,
                            cmd: AssessmentDecision, principal: Principal, request_id: str | None) -> ApplicationPublic:
    """Production assessment by the authorized body with sectoral agencies (Art. 51-1.4), or the on-site
    inspection that replaces it when the evidence is not enough (Art. 51-1.5, ending in an assessment act).
    Two officers deciding at once: the version check lets exactly one win; the other gets 409."""
    async with uow:
        app = await uow.applications.get(app_id)
        if app is None:
            raise NotFound("application")
        if cmd.expected_version is not None and cmd.expected_version != app.version:
            raise Conflict(f"application is at version {app.version}, not {cmd.expected_version}",
                           code="version_mismatch")
        status = ApplicationStatus(app.status)
        if status not in (ApplicationStatus.awaiting_assessment, ApplicationStatus.on_site_inspection):
            raise Conflict(f"application is {status}; production assessment is not open", code="not_assessable")
        if not any(p.kind == "sectoral_agency" for p in cmd.participants):
            raise Rejected("sectoral_agency_required", "Sectoral agency required",
                               "Production assessment is carried out with the sectoral state bodies.",
                               field="participants", article="51-1.4")
        assessment: dict[str, Any] = {"participants": [p.model_dump() for p in cmd.participants], "by": principal.sub,
                      "at": instant_text(ctx.clock.now())}
        if cmd.outcome == "inspection_required":
            try:
                to = next_status(status, Action.inspection_required)
            except TransitionNotAllowed as e:
                raise Conflict(f"an on-site inspection cannot be ordered for an application in {status}",
                               code="transition_not_allowed", article="51-1.5") from e
            uow.applications.change_status(
                app, to_status=to, action=Action.inspection_required, actor=principal.sub,
                reason=cmd.inspection_reason, event_id=None, assessment={**assessment, "inspection_reason":
                                                                          cmd.inspection_reason})
            uow.publish(InspectionScheduled(application_id=app.id, bin=app.bin, reason=cmd.inspection_reason or "",
                                            planned_on=cmd.inspection_planned_on),
                        subject=str(app.id), recipient=app.bin, sequence=app.version)
        else:
            if status == ApplicationStatus.on_site_inspection and cmd.assessment_act is None:
                raise Rejected("assessment_act_required", "Assessment act required",
                                   "After an on-site inspection the decision rests on the assessment act.",
                                   field="assessment_act", article="51-1.5")
            findings = {f.tnved: f for f in cmd.findings}
            missing = [g["tnved"] for g in app.goods if g["tnved"] not in findings]
            if missing:
                raise Rejected("findings_incomplete", "Findings missing for goods",
                                   f"No findings for: {', '.join(missing)}", field="findings", article="51-1.4")
            failures: list[CriterionResult] = []
            today = ctx.clock.today()
            for g in app.goods:
                f = findings[g["tnved"]]
                v = await uow.catalogue.in_force(g["tnved"], today)
                pc = catalogue_svc.to_domain(v) if v else None
                failures += assess_good(g.get("declared_operations", []),
                                        GoodFindings(f.tnved, frozenset(f.confirmed_operations),
                                                     frozenset(f.conditions_met)), pc)
            action = Action.assessment_failed if failures else Action.assessment_passed
            to = next_status(status, action)
            reasons = [Reason(code=c.code, criterion=c.criterion, expected=c.expected, found=c.found,
                              article=c.article, text_kk=c.text_kk, text_ru=c.text_ru) for c in failures]
            if cmd.assessment_act is not None:
                assessment["assessment_act"] = cmd.assessment_act.model_dump(mode="json")
            assessment["findings"] = [f.model_dump() for f in cmd.findings]
            uow.applications.change_status(
                app, to_status=to, action=action, actor=principal.sub, event_id=None,
                reason="; ".join(r.code for r in reasons) or None, assessment=assessment,
                reasons=[r.model_dump() for r in reasons])
            if to == ApplicationStatus.refused:
                uow.publish(ApplicationRefused(application_id=app.id, bin=app.bin, stage="assessment",
                                               reasons=reasons), subject=str(app.id), recipient=app.bin,
                            sequence=app.version)
            else:
                await register.include(uow, ctx, bin_=app.bin, goods=app.goods, basis=Basis.application,
                                       actor=principal.sub, company_name=app.company_name, region=_region(app),
                                       site_ids=[s["site_id"] for s in app.sites], application_id=app.id)
        uow.audit(actor=principal.sub, role=principal.role, action=f"application.assessment.{cmd.outcome}",
                  resource="application", resource_id=str(app.id), request_id=request_id,
                  detail={"to": app.status})
        try:
            await uow.commit()
        except (IntegrityError, StaleVersion) as e:
            raise Conflict("another decision on this application was taken first", code="concurrent_decision") from e
        return to_public(app, await uow.applications.history(app.id))

