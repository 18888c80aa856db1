"""Webhooks: a platform registers URLs and follows their deliveries; jobs on the queue send them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, require, unit_of_work
from rempart.api.params import RowId
from rempart.api.responses import ERRORS
from rempart.jobs.queue import JobQueue
from rempart.jobs.tasks import DELIVER_WEBHOOKS, WEBHOOK_QUEUEING_LOCK
from rempart.moderation import webhooks
from rempart.moderation.decision_enums import DeliveryStatus, WebhookEvent
from rempart.moderation.decision_models import Webhook
from rempart.moderation.decision_schemas import (
    DeliveryPublic,
    WebhookCreate,
    WebhookCreated,
    WebhookPublic,
)


def wake_sender(request: Request) -> None:
    """Queue a delivery pass (a job; at most one waits at a time): call after a commit that
    queued events. Without a running queue or with the sender off, the periodic pass sends them."""
    queue: JobQueue | None = getattr(request.app.state, "jobs", None)
    if queue is not None and request.app.state.settings.webhook_sender:
        queue.defer(DELIVER_WEBHOOKS, queueing_lock=WEBHOOK_QUEUEING_LOCK)


router = APIRouter(prefix="/v1", tags=["webhooks"], responses=ERRORS)
Platform = Annotated[Principal, Depends(require(Role.PLATFORM, Role.ADMIN))]


def _public(hook: Webhook) -> WebhookPublic:
    return WebhookPublic(id=hook.id, url=hook.url, events=[WebhookEvent(e) for e in hook.events],
                         created_at=hook.created_at)


@router.post("/webhooks", response_model=WebhookCreated, status_code=201)
def create_webhook(body: WebhookCreate, principal: Platform, now: Now,
                   request: Request) -> WebhookCreated:
    """Register a URL for events; the signing secret is in this answer only."""
    with unit_of_work(request) as session:
        hook = webhooks.register(
            session, principal=principal, url=body.url, events=body.events, now=now,
            allow_private_addresses=request.app.state.settings.webhook_allow_private_addresses)
        return WebhookCreated(**_public(hook).model_dump(), secret=hook.secret)


@router.get("/webhooks", response_model=list[WebhookPublic])
def list_webhooks(principal: Platform, request: Request) -> list[WebhookPublic]:
    """The calling key's webhooks."""
    with unit_of_work(request) as session:
        return [_public(h) for h in webhooks.list_webhooks(session, principal=principal)]


@router.delete("/webhooks/{webhook_id}", status_code=204)
def delete_webhook(webhook_id: RowId, principal: Platform, now: Now, request: Request) -> Response:
    """Stop a webhook; its undelivered events are cancelled and stay listed."""
    with unit_of_work(request) as session:
        webhooks.delete_webhook(session, principal=principal, webhook_id=webhook_id, now=now)
    return Response(status_code=204)


@router.get("/webhooks/{webhook_id}/deliveries", response_model=list[DeliveryPublic])
def list_deliveries(webhook_id: RowId, principal: Platform, request: Request,
                    status: DeliveryStatus | None = None,
                    limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[DeliveryPublic]:
    """A webhook's deliveries, newest first: pending, delivered, failed or cancelled."""
    with unit_of_work(request) as session:
        rows = webhooks.list_deliveries(session, principal=principal, webhook_id=webhook_id,
                                        status=status, limit=limit)
        return [DeliveryPublic.model_validate(d, from_attributes=True) for d in rows]
