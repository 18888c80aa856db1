"""Sends queued webhook deliveries after commit: signed, retried with exponential backoff, recorded.

``deliver_due`` does one pass and can be driven explicitly (tests pass ``now``); the job
``rempart.jobs.tasks.deliver_webhooks`` runs it after each commit that queued events and every
minute for retries. Several workers may run passes at once: a delivery is leased before it is
posted, so it is posted by one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
from dataclasses import dataclass, field

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from rempart.db import transaction
from rempart.errors import InvalidInput
from rempart.moderation.decision_enums import DeliveryStatus
from rempart.moderation.decision_models import Webhook, WebhookAttempt, WebhookDelivery
from rempart.moderation.webhook_targets import Resolver, pin
from rempart.moderation.webhooks import SIGNATURE_HEADER, sign
from rempart.settings import Settings

log = logging.getLogger("rempart.webhooks")


@dataclass(frozen=True, slots=True)
class SenderPolicy:
    """Timeouts and the retry schedule: ``backoff * 2**(attempt-1)``, capped, ``max_attempts``."""

    timeout: float = 5.0
    max_attempts: int = 12
    backoff: dt.timedelta = dt.timedelta(seconds=30)
    backoff_max: dt.timedelta = dt.timedelta(hours=6)
    lease: dt.timedelta = dt.timedelta(minutes=2)
    batch: int = 50
    allow_private: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> SenderPolicy:
        """The policy the settings describe."""
        return cls(timeout=settings.webhook_timeout_seconds,
                   max_attempts=settings.webhook_max_attempts,
                   backoff=dt.timedelta(seconds=settings.webhook_backoff_seconds),
                   backoff_max=dt.timedelta(seconds=settings.webhook_backoff_max_seconds),
                   allow_private=settings.webhook_allow_private_addresses)

    def delay(self, attempts: int) -> dt.timedelta:
        """How long to wait after the ``attempts``-th failed attempt."""
        delay: dt.timedelta = self.backoff * (2 ** max(attempts - 1, 0))
        return min(delay, self.backoff_max)


@dataclass
class PassResult:
    """What one pass did."""

    delivered: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Job:
    delivery_id: int
    url: str
    secret: str
    event: str
    event_id: str
    body: bytes


def _lease(session: Session, *, now: dt.datetime, policy: SenderPolicy) -> list[_Job]:
    free = or_(WebhookDelivery.locked_until.is_(None), WebhookDelivery.locked_until <= now)
    due = (WebhookDelivery.status == DeliveryStatus.PENDING.value,
           WebhookDelivery.next_attempt_at <= now, free)
    rows = session.execute(
        select(WebhookDelivery, Webhook).join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .where(*due).order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
        .limit(policy.batch)).all()
    jobs = []
    for delivery, hook in rows:
        # The conditional update is the lease: only one sender sees rowcount 1.
        taken = session.execute(
            update(WebhookDelivery).where(WebhookDelivery.id == delivery.id, *due)
            .values(locked_until=now + policy.lease)
            .execution_options(synchronize_session=False))
        if getattr(taken, "rowcount", 0) == 1:
            body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"),
                              sort_keys=True).encode()
            jobs.append(_Job(delivery.id, hook.url, hook.secret, delivery.event,
                             delivery.event_id, body))
    return jobs


def _post(client: httpx.Client, job: _Job, *, now: dt.datetime, allow_private: bool,
          resolve: Resolver) -> tuple[bool, int | None, str | None]:
    try:
        target = pin(job.url, allow_private=allow_private, resolve=resolve)
    except (InvalidInput, OSError) as refused:
        return False, None, f"{type(refused).__name__}: {refused}"[:500]
    headers = {**target.headers, "Content-Type": "application/json",
               "User-Agent": "Rempart-Webhooks/1",
               SIGNATURE_HEADER: sign(job.secret, timestamp=int(now.timestamp()), body=job.body),
               "Rempart-Event": job.event, "Rempart-Event-Id": job.event_id,
               "Rempart-Delivery": str(job.delivery_id)}
    try:
        response = client.post(target.url, content=job.body, headers=headers,
                               extensions=target.extensions)
    except httpx.HTTPError as error:
        return False, None, f"{type(error).__name__}: {error}"[:500]
    if 200 <= response.status_code < 300:
        return True, response.status_code, None
    return False, response.status_code, f"HTTP {response.status_code}"


def deliver_due(sessions: sessionmaker[Session], *, now: dt.datetime,
                policy: SenderPolicy | None = None, client: httpx.Client | None = None,
                resolve: Resolver = socket.getaddrinfo) -> PassResult:
    """Post every delivery due at ``now`` to a public address (webhook_targets); record each
    attempt and schedule retries."""
    policy = policy or SenderPolicy()
    with transaction(sessions) as session:
        jobs = _lease(session, now=now, policy=policy)
    result = PassResult()
    if not jobs:
        return result
    own_client = client is None
    http = client or httpx.Client(timeout=policy.timeout, follow_redirects=False)
    try:
        for job in jobs:
            ok, status_code, error = _post(http, job, now=now,
                                           allow_private=policy.allow_private, resolve=resolve)
            with transaction(sessions) as session:
                delivery = session.get(WebhookDelivery, job.delivery_id, with_for_update=True)
                assert delivery is not None  # deliveries are never deleted
                session.add(WebhookAttempt(delivery_id=delivery.id, attempted_at=now, ok=ok,
                                           status_code=status_code, error=error))
                delivery.attempts += 1
                delivery.locked_until = None
                delivery.last_error = error
                if ok:
                    delivery.status, delivery.delivered_at = DeliveryStatus.DELIVERED.value, now
                    result.delivered.append(delivery.id)
                elif delivery.attempts >= policy.max_attempts:
                    delivery.status = DeliveryStatus.FAILED.value
                    result.failed.append(delivery.id)
                    log.warning("webhook delivery %s failed for good: %s", delivery.id, error)
                else:
                    delivery.next_attempt_at = now + policy.delay(delivery.attempts)
                    result.retrying.append(delivery.id)
    finally:
        if own_client:
            http.close()
    return result
