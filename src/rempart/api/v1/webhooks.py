"""Webhooks: a platform registers URLs and follows their deliveries; the sender runs with the app."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, require, unit_of_work
from rempart.moderation import webhooks
from rempart.moderation.decision_enums import DeliveryStatus, WebhookEvent
from rempart.moderation.decision_models import Webhook
from rempart.moderation.decision_schemas import (
    DeliveryPublic,
    WebhookCreate,
    WebhookCreated,
    WebhookPublic,
)
from rempart.moderation.webhook_sender import SenderPolicy, WebhookSender


@contextmanager
def running_sender(app: FastAPI) -> Iterator[None]:
    """Run the webhook sender while the app serves (unless the settings turn it off)."""
    settings = app.state.settings
    sender = None
    if settings.webhook_sender:
        sender = WebhookSender(app.state.sessions, clock=app.state.clock,
                               policy=SenderPolicy.from_settings(settings),
                               interval=settings.webhook_poll_seconds)
        sender.start()
    app.state.webhook_sender = sender
    try:
        yield
    finally:
        if sender is not None:
            sender.stop()


def wake_sender(request: Request) -> None:
    """Ask the sender for a pass now: call after a commit that queued events."""
    sender = getattr(request.app.state, "webhook_sender", None)
    if sender is not None:
        sender.wake()


router = APIRouter(prefix="/v1", tags=["webhooks"])
Platform = Annotated[Principal, Depends(require(Role.PLATFORM, Role.ADMIN))]


def _public(hook: Webhook) -> WebhookPublic:
    return WebhookPublic(id=hook.id, url=hook.url, events=[WebhookEvent(e) for e in hook.events],
                         created_at=hook.created_at)


@router.post("/webhooks", response_model=WebhookCreated, status_code=201)
def create_webhook(body: WebhookCreate, principal: Platform, now: Now,
                   request: Request) -> WebhookCreated:
    """Register a URL for events; the signing secret is in this answer only."""
    with unit_of_work(request) as session:
        hook = webhooks.register(session, principal=principal, url=body.url, events=body.events,
                                 now=now)
        return WebhookCreated(**_public(hook).model_dump(), secret=hook.secret)


@router.get("/webhooks", response_model=list[WebhookPublic])
def list_webhooks(principal: Platform, request: Request) -> list[WebhookPublic]:
    """The calling key's webhooks."""
    with unit_of_work(request) as session:
        return [_public(h) for h in webhooks.list_webhooks(session, principal=principal)]


@router.delete("/webhooks/{webhook_id}", status_code=204)
def delete_webhook(webhook_id: int, principal: Platform, now: Now, request: Request) -> Response:
    """Stop a webhook; its undelivered events are cancelled and stay listed."""
    with unit_of_work(request) as session:
        webhooks.delete_webhook(session, principal=principal, webhook_id=webhook_id, now=now)
    return Response(status_code=204)


@router.get("/webhooks/{webhook_id}/deliveries", response_model=list[DeliveryPublic])
def list_deliveries(webhook_id: int, principal: Platform, request: Request,
                    status: DeliveryStatus | None = None,
                    limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[DeliveryPublic]:
    """A webhook's deliveries, newest first: pending, delivered, failed or cancelled."""
    with unit_of_work(request) as session:
        rows = webhooks.list_deliveries(session, principal=principal, webhook_id=webhook_id,
                                        status=status, limit=limit)
        return [DeliveryPublic.model_validate(d, from_attributes=True) for d in rows]
