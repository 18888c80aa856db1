"""Webhooks: platforms register URLs; events are queued in the deciding transaction, sent after commit.

Each event is stored as one delivery per webhook in the same transaction as the change it
reports, so it exists exactly when the change does; ``webhook_sender`` posts it afterwards.
Signature: header ``Rempart-Signature: t=<unix seconds>,v1=<hex>`` where ``<hex>`` is
HMAC-SHA256 of ``f"{t}.{raw body}"`` keyed with the webhook's secret.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.errors import Forbidden, NotFound
from rempart.moderation.decision_enums import DeliveryStatus, WebhookEvent
from rempart.moderation.decision_models import Webhook, WebhookDelivery
from rempart.moderation.webhook_targets import check_registered_url

SIGNATURE_HEADER = "Rempart-Signature"


def sign(secret: str, *, timestamp: int, body: bytes) -> str:
    """The ``Rempart-Signature`` header value for ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(secret: str, *, header: str, body: bytes) -> bool:
    """Whether ``header`` is a valid signature of ``body`` (what a receiver checks)."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    if "t" not in parts or "v1" not in parts or not parts["t"].isdigit():
        return False
    expected = sign(secret, timestamp=int(parts["t"]), body=body)
    return hmac.compare_digest(expected, header)


#: Set in ``session.info`` once the session queued a delivery.
QUEUED_FLAG = "rempart_webhooks_queued"


def enqueue(session: Session, *, event: WebhookEvent, data: dict[str, Any],
            now: dt.datetime) -> int:
    """Queue ``event`` for every live webhook that wants it; returns how many deliveries."""
    hooks = session.scalars(select(Webhook).where(Webhook.deleted_at.is_(None))).all()
    event_id = uuid.uuid4().hex
    count = 0
    for hook in hooks:
        if hook.events and event.value not in hook.events:
            continue
        session.add(WebhookDelivery(
            webhook_id=hook.id, event_id=event_id, event=event.value,
            payload={"id": event_id, "type": event.value, "created_at": now.isoformat(),
                     "data": data},
            status=DeliveryStatus.PENDING.value, attempts=0, next_attempt_at=now, created_at=now))
        count += 1
    if count:
        session.info[QUEUED_FLAG] = True
    return count


def queued_any(session: Session) -> bool:
    """Whether this session queued a delivery: the caller wakes the sender after commit."""
    return bool(session.info.get(QUEUED_FLAG))


def register(session: Session, *, principal: Principal, url: str, events: Sequence[WebhookEvent],
             now: dt.datetime, allow_private_addresses: bool) -> Webhook:
    """Register ``url`` for the calling key (a public address unless ``allow_private_addresses``,
    see webhook_targets); its secret is returned once, here."""
    if principal.key_id is None:
        raise Forbidden("Webhooks belong to an API key.", "Les webhooks appartiennent à une clé d'API.")
    check_registered_url(url, allow_private=allow_private_addresses)
    hook = Webhook(key_id=principal.key_id, url=url, secret="whsec_" + secrets.token_urlsafe(32),
                   events=[e.value for e in events], created_at=now)
    session.add(hook)
    session.flush()
    audit.record(session, now=now, actor_type=principal.actor_type, actor_id=principal.actor_id,
                 action="webhook.create", target_type="webhook", target_id=str(hook.id),
                 details={"url": url, "events": hook.events})
    return hook


def _visible(principal: Principal) -> Any:
    live = Webhook.deleted_at.is_(None)
    return live if principal.role is Role.ADMIN else live & (Webhook.key_id == principal.key_id)


def list_webhooks(session: Session, *, principal: Principal) -> list[Webhook]:
    """The live webhooks of the calling key (an admin sees them all)."""
    return list(session.scalars(select(Webhook).where(_visible(principal)).order_by(Webhook.id)))


def get_webhook(session: Session, *, principal: Principal, webhook_id: int) -> Webhook:
    """One live webhook the caller owns, else NotFound."""
    hook = session.scalar(select(Webhook).where(_visible(principal), Webhook.id == webhook_id))
    if hook is None:
        raise NotFound(f"No webhook {webhook_id}.", f"Aucun webhook {webhook_id}.",
                       code="webhook_not_found")
    return hook


def delete_webhook(session: Session, *, principal: Principal, webhook_id: int,
                   now: dt.datetime) -> int:
    """Stop a webhook; its undelivered events are cancelled (kept, not erased). Returns how many."""
    hook = get_webhook(session, principal=principal, webhook_id=webhook_id)
    hook.deleted_at = now
    result = session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.webhook_id == hook.id,
               WebhookDelivery.status == DeliveryStatus.PENDING.value)
        .values(status=DeliveryStatus.CANCELLED.value)
        .execution_options(synchronize_session=False))
    cancelled = int(getattr(result, "rowcount", 0))
    audit.record(session, now=now, actor_type=principal.actor_type, actor_id=principal.actor_id,
                 action="webhook.delete", target_type="webhook", target_id=str(hook.id),
                 details={"cancelled_deliveries": cancelled})
    return cancelled


def list_deliveries(session: Session, *, principal: Principal, webhook_id: int,
                    status: DeliveryStatus | None, limit: int) -> list[WebhookDelivery]:
    """A webhook's deliveries, newest first (failed ones stay listed)."""
    get_webhook(session, principal=principal, webhook_id=webhook_id)
    query = select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id)
    if status is not None:
        query = query.where(WebhookDelivery.status == status.value)
    return list(session.scalars(query.order_by(WebhookDelivery.id.desc()).limit(limit)))
