"""Agency webhook subscriptions (v1): Standard Webhooks, scoped by the agency token."""
from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Request
from ipp_common.http.app import service_router
from ipp_common.http.auth import require_roles
from ipp_common.law.principal import Principal, Role
from pydantic import BaseModel, ConfigDict, Field

from notifications.adapters.bindings import EventTypeBindings
from notifications.adapters.unit_of_work import NotificationsUnitOfWork
from notifications.adapters.webhook_sender import WebhookSender
from notifications.entrypoints.api import ClockDep, get_uow
from notifications.schemas import DeliveryLog, DeliveryPublic, Purged, SubscriptionList, SubscriptionPublic
from notifications.service_layer import handlers, webhooks

router = service_router("/v1", tags=["webhooks"])
UowDep = Annotated[NotificationsUnitOfWork, Depends(get_uow)]
Agency = require_roles(Role.agency)


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: Annotated[str, Field(min_length=8, max_length=2000, examples=["https://hooks.agency.gov.kz/ipp"])]
    event_types: Annotated[list[Annotated[str, Field(max_length=120)]], Field(min_length=1, max_length=50,
                                                                             examples=[["registry.producer.*"]])]


def sender(request: Request) -> WebhookSender:
    return request.app.state.runtime.context.sender


def bindings(request: Request) -> EventTypeBindings:
    return request.app.state.runtime.context.bindings


@router.post("/webhooks/subscriptions", response_model=SubscriptionPublic, status_code=201,
             summary="Subscribe to event types; the URL must answer a signed challenge before receiving data",
             description="The response carries the signing secret once (Standard Webhooks `whsec_...`).")
async def subscribe(request: Request, body: SubscriptionCreate, uow: UowDep,
                    principal: Principal = Agency) -> dict[str, Any]:
    return await webhooks.subscribe(uow, sender(request), bindings(request), principal, body.url, body.event_types,
                                    getattr(request.state, "request_id", None))


@router.get("/webhooks/subscriptions", response_model=SubscriptionList, summary="The agency's subscriptions (officers see all)")
async def subscriptions(uow: UowDep, principal: Principal = require_roles(Role.agency, Role.officer)) -> dict:
    return {"items": await webhooks.list_subscriptions(uow, principal)}


@router.post("/webhooks/subscriptions/{sub_id}/verify", response_model=SubscriptionPublic,
             summary="Send the URL-control challenge again")
async def verify(request: Request, sub_id: uuid.UUID, uow: UowDep, principal: Principal = Agency) -> dict:
    return await webhooks.verify(uow, sender(request), bindings(request), principal, sub_id)


@router.post("/webhooks/subscriptions/{sub_id}/disable", response_model=SubscriptionPublic,
             summary="Disable a subscription; it and its delivery log stay readable",
             description="Nothing more is delivered to it. A subscription is not deleted: its delivery log is "
                         "the record of what the agency was sent.")
async def disable(request: Request, sub_id: uuid.UUID, uow: UowDep, principal: Principal = Agency) -> dict:
    return await webhooks.disable(uow, principal, sub_id, getattr(request.state, "request_id", None))


@router.get("/webhooks/subscriptions/{sub_id}/deliveries", response_model=DeliveryLog, summary="Delivery log with every attempt")
async def deliveries(sub_id: uuid.UUID, uow: UowDep,
                     principal: Principal = require_roles(Role.agency, Role.officer)) -> dict:
    return {"items": await webhooks.delivery_log(uow, principal, sub_id)}


@router.post("/webhooks/deliveries/{delivery_id}/replay", response_model=DeliveryPublic,
             summary="Send a failed or parked delivery again")
async def replay(request: Request, delivery_id: uuid.UUID, uow: UowDep,
                 principal: Principal = require_roles(Role.agency, Role.officer)) -> dict:
    return await webhooks.replay(uow, principal, delivery_id, getattr(request.state, "request_id", None))


@router.post("/ops/retention/purge", response_model=Purged, tags=["operations"], summary="Apply the retention periods now")
async def purge(request: Request, uow: UowDep, clock: ClockDep, principal: Principal = require_roles(Role.officer)) -> dict:
    return {"purged": await handlers.purge(uow, request.app.state.settings, clock.now())}
