"""Retention periods for personal data, and the purge a scheduler runs periodically.

``purge_expired`` is what the job queue calls (e.g. hourly). Each pass handles at most
``BATCH`` records of each kind and says ``more`` when a kind had more waiting. Per kind:

- checks older than ``retention_check_draft_days``: the draft's fingerprint (SHA-256 of the
  text; the draft itself is never stored) is blanked; outcome, scores and rule stay for the
  nudge figures;
- comments older than ``retention_idempotency_days``: their idempotency key is dropped;
- comments their author deleted longer ago than ``retention_author_deleted_days``, never
  reported nor decided: their text and spans are blanked (a reported or decided comment keeps
  its text as evidence until ``evidence_retention_days``, like every removed comment);
- comments removed longer ago than ``evidence_retention_days``: redacted by
  ``rempart.evidence.retention.purge_expired_evidence``;
- webhook deliveries delivered, failed or cancelled longer ago than ``retention_webhook_days``
  (their payloads name accounts) are deleted with their attempts;
- pile-on counters, and pile-on events that joined no incident, older than
  ``retention_pileon_days``.

Decisions, statements of reasons, reports, appeals, strikes and the audit log are never
purged here. The pass writes one audit entry with its counts (no ids, no text).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, Text, and_, cast, delete, exists, select, update
from sqlalchemy.orm import Session

from rempart import audit
from rempart.evidence.retention import purge_expired_evidence
from rempart.moderation.decision_enums import DeliveryStatus
from rempart.moderation.decision_models import Decision, WebhookDelivery
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType, CommentStatus, TargetType
from rempart.moderation.models import Check, Comment, Report
from rempart.pileon.models import PileonEvent, PileonHit
from rempart.privacy.schemas import PurgeResult
from rempart.settings import Settings

BATCH = 1000
AUTHOR_DELETED = "deleted_by_author"
_FINISHED = (DeliveryStatus.DELIVERED.value, DeliveryStatus.FAILED.value,
             DeliveryStatus.CANCELLED.value)


def _days(days: int, now: dt.datetime) -> dt.datetime:
    return now - dt.timedelta(days=days)


def purge_expired(session: Session, *, settings: Settings, now: dt.datetime) -> PurgeResult:
    """Purge (in the caller's transaction) what outlived its retention period; counts per kind."""
    full: list[bool] = []

    def run(statement: Any) -> int:
        count = int(getattr(session.execute(
            statement, execution_options={"synchronize_session": False}), "rowcount", 0) or 0)
        full.append(count >= BATCH)
        return count

    def batch(model: Any, *conditions: Any) -> Any:
        return model.id.in_(select(model.id).where(*conditions).order_by(model.id).limit(BATCH))

    result = PurgeResult(at=now)
    result.check_drafts = run(update(Check).where(batch(
        Check, Check.created_at < _days(settings.retention_check_draft_days, now),
        Check.text_digest != "")).values(text_digest=""))
    result.idempotency_keys = run(update(Comment).where(batch(
        Comment, Comment.created_at < _days(settings.retention_idempotency_days, now),
        Comment.idempotency_key.is_not(None))).values(idempotency_key=None))
    result.author_deleted_texts = _author_deleted(
        session, cutoff=_days(settings.retention_author_deleted_days, now), full=full)
    result.removed_texts = purge_expired_evidence(
        session, now=now, retention_days=settings.evidence_retention_days)
    full.append(result.removed_texts >= 500)  # that purge's own batch
    result.webhook_deliveries = run(delete(WebhookDelivery).where(batch(
        WebhookDelivery, WebhookDelivery.status.in_(_FINISHED),
        WebhookDelivery.created_at < _days(settings.retention_webhook_days, now))))
    pileon_cutoff = _days(settings.retention_pileon_days, now)
    hits = select(PileonHit.target_id, PileonHit.actor_id).where(
        PileonHit.last_at < pileon_cutoff).limit(BATCH)
    result.pileon_hits = 0
    for target_id, actor_id in session.execute(hits).all():
        result.pileon_hits += run(delete(PileonHit).where(
            PileonHit.target_id == target_id, PileonHit.actor_id == actor_id))
    full.append(result.pileon_hits >= BATCH)
    result.pileon_events = run(delete(PileonEvent).where(batch(
        PileonEvent, PileonEvent.incident_id.is_(None), PileonEvent.at < pileon_cutoff)))
    result.more = any(full)
    audit.record(session, now=now, actor_type=ActorType.SYSTEM, actor_id=SYSTEM_ACTOR_ID,
                 action="privacy.purge", target_type="retention", target_id="personal_data",
                 details=result.model_dump(mode="json", exclude={"at"}))
    return result


def _deleted_by_author(reasons: list[dict[str, Any]]) -> bool:
    actions = [r for r in reasons or [] if r.get("phase") == "creator_action"]
    return bool(actions) and actions[-1].get("code") == AUTHOR_DELETED


def _author_deleted(session: Session, *, cutoff: dt.datetime, full: list[bool]) -> int:
    """Blank comments their author deleted before ``cutoff`` that nobody reported or decided."""
    comment_key = cast(Comment.id, String)
    reported = exists().where(and_(Report.target_type == TargetType.COMMENT.value,
                                   Report.target_id == comment_key))
    decided = exists().where(and_(Decision.target_type == TargetType.COMMENT.value,
                                  Decision.target_id == comment_key))
    rows = session.scalars(select(Comment).where(
        Comment.status == CommentStatus.REMOVED.value, Comment.updated_at < cutoff,
        Comment.text != "", cast(Comment.reasons, Text).like(f"%{AUTHOR_DELETED}%"),
        ~reported, ~decided).order_by(Comment.id).limit(BATCH).with_for_update()).all()
    full.append(len(rows) >= BATCH)
    blanked = 0
    for comment in rows:
        if _deleted_by_author(comment.reasons):
            comment.text, comment.spans = "", []
            blanked += 1
    session.flush()
    return blanked
