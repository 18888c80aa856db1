"""Rescoring stored comments with the packaged model, in batches, resumable after an interrupt.

What a rescore changes, and what it never does:

- every comment created since the date gets the current detector's ``toxicity``, ``scores``,
  ``spans`` and ``model_version`` (a comment whose text was purged is skipped);
- a **visible** comment whose new scores reach a *review* threshold (the *remove* threshold
  included) goes to ``pending_review``, with a ``rescore``/``needs_review`` reason, so a person
  decides: nothing is removed, hidden or held retroactively by a machine. The platform is told by
  a ``comment.status_changed`` webhook event (``decision_id`` null);
- any other status stays as it is (a moderator's or creator's choice stands, and a comment that
  now scores lower stays where it is); pile-on counters are not replayed; ``updated_at`` changes
  only with the status (it dates the review deadline and the evidence retention);
- each comment whose scores or status changed gets one audit entry ``comment.rescored`` by the
  system actor, with the model versions, the toxicity before and after, and any status change.

Each batch — its comments, audit entries and the cursor — commits in one transaction, so a run
stopped at any point resumes after the last committed batch (``job_cursors``, one row per
``since`` and model version).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart import audit
from rempart.clock import Clock
from rempart.db import transaction
from rempart.detection.categories import TOXICITY
from rempart.detection.detector import Assessment, Scorer
from rempart.jobs.models import JobCursor
from rempart.moderation import webhooks
from rempart.moderation.decision_enums import WebhookEvent
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType, CommentStatus
from rempart.moderation.models import Comment
from rempart.moderation.thresholds import Policy

#: Scores closer than this count as unchanged (no audit entry for float noise).
TOLERANCE = 1e-6


class Progress(Protocol):
    """Told how many comments a run has to go through, then each batch's size (e.g. tqdm)."""

    def start(self, total: int) -> None: ...

    def advance(self, count: int) -> None: ...


@dataclass
class RescoreOutcome:
    """Where a rescore run stands: its cursor's totals and what this call did."""

    name: str
    model_version: str
    processed: int
    changed: int
    queued: int
    batches: int
    finished: bool
    already_finished: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The outcome as JSON-ready values."""
        return asdict(self)


def cursor_name(*, since: dt.datetime, model_version: str) -> str:
    """The cursor of a rescore since ``since`` with the model ``model_version``."""
    return f"rescore:{since.astimezone(dt.UTC).isoformat()}:{model_version}"[:200]


def _differs(comment: Comment, assessment: Assessment) -> bool:
    if comment.model_version != assessment.model_version or comment.toxicity is None:
        return True
    if abs(comment.toxicity - assessment.toxicity) > TOLERANCE:
        return True
    names = set(comment.scores) | set(assessment.scores)
    return any(abs(comment.scores.get(n, -1.0) - assessment.scores.get(n, -1.0)) > TOLERANCE
               for n in names)


def _apply(session: Session, comment: Comment, assessment: Assessment, *, policy: Policy,
           now: dt.datetime) -> tuple[bool, bool]:
    """Store the new judgement; returns (changed, queued for review)."""
    scores = {**assessment.scores, TOXICITY: assessment.toxicity}
    hits = policy.over(scores, "review") if comment.status == CommentStatus.VISIBLE.value else []
    if not _differs(comment, assessment) and not hits:
        return False, False
    details: dict[str, Any] = {
        "model_version": {"from": comment.model_version, "to": assessment.model_version},
        "toxicity": {"from": comment.toxicity, "to": round(assessment.toxicity, 4)}}
    comment.toxicity = assessment.toxicity
    comment.scores = dict(assessment.scores)
    comment.spans = [{"start": s.start, "end": s.end, "category": s.category, "term": s.term}
                     for s in assessment.spans]
    comment.model_version = assessment.model_version
    if hits:
        detail = {"categories": hits, "scores": {n: round(scores[n], 4) for n in hits},
                  "model_version": assessment.model_version}
        comment.reasons = [*comment.reasons,
                           {"phase": "rescore", "code": "needs_review", "detail": detail}]
        details["status"] = {"from": comment.status, "to": CommentStatus.PENDING_REVIEW.value}
        details["categories"] = hits
        webhooks.enqueue(session, event=WebhookEvent.COMMENT_STATUS_CHANGED, now=now, data={
            "comment_id": comment.id, "external_id": comment.external_id,
            "from": comment.status, "to": CommentStatus.PENDING_REVIEW.value,
            "decision_id": None})
        comment.status = CommentStatus.PENDING_REVIEW.value
        comment.updated_at = now
    audit.record(session, now=now, actor_type=ActorType.SYSTEM, actor_id=SYSTEM_ACTOR_ID,
                 action="comment.rescored", target_type="comment", target_id=str(comment.id),
                 details=details)
    return True, bool(hits)


def _pending(since: dt.datetime, position: int) -> Any:
    return (Comment.created_at >= since, Comment.id > position)


def _cursor(session: Session, *, name: str, restart: bool, now: dt.datetime) -> JobCursor:
    cursor = session.get(JobCursor, name, with_for_update=True)
    if cursor is None:
        cursor = JobCursor(name=name, position=0, processed=0, changed=0, queued=0,
                           started_at=now, updated_at=now)
        session.add(cursor)
    elif restart:
        cursor.position = cursor.processed = cursor.changed = cursor.queued = 0
        cursor.started_at, cursor.updated_at, cursor.finished_at = now, now, None
    return cursor


def rescore(sessions: sessionmaker[Session], *, scorer: Scorer, policy: Policy,
            since: dt.datetime, batch: int, clock: Clock, max_batches: int | None = None,
            restart: bool = False, progress: Progress | None = None) -> RescoreOutcome:
    """Rescore comments created at or after ``since`` with ``scorer``, ``batch`` at a time,
    continuing where the last run for this ``since`` and model stopped (``restart``: from the
    start); stops after ``max_batches`` when given. See the module docstring for what changes."""
    if batch < 1:
        raise ValueError("batch must be at least 1")
    if since.tzinfo is None:
        raise ValueError("since must be timezone-aware")
    version = scorer.score("ok").model_version
    name = cursor_name(since=since, model_version=version)
    with transaction(sessions) as session:
        cursor = _cursor(session, name=name, restart=restart, now=clock())
        done_before = cursor.finished_at is not None
        total = 0 if done_before else session.scalar(
            select(func.count()).select_from(Comment).where(*_pending(since, cursor.position)))
    outcome = RescoreOutcome(name=name, model_version=version, processed=cursor.processed,
                             changed=cursor.changed, queued=cursor.queued, batches=0,
                             finished=done_before, already_finished=done_before)
    if done_before:
        return outcome
    if progress is not None:
        progress.start(total or 0)
    while max_batches is None or outcome.batches < max_batches:
        with transaction(sessions) as session:
            now = clock()
            cursor = _cursor(session, name=name, restart=False, now=now)
            rows = list(session.scalars(
                select(Comment).where(*_pending(since, cursor.position))
                .order_by(Comment.id).limit(batch).with_for_update()))
            if not rows:
                cursor.finished_at = cursor.updated_at = now
                outcome.finished = True
                break
            scored = [c for c in rows if c.text]
            assessments = scorer.score_many([c.text for c in scored],
                                            [None if c.lang == "other" else c.lang for c in scored])
            for comment, assessment in zip(scored, assessments, strict=True):
                changed, queued = _apply(session, comment, assessment, policy=policy, now=now)
                cursor.changed += changed
                cursor.queued += queued
            cursor.position = rows[-1].id
            cursor.processed += len(rows)
            cursor.updated_at = now
            outcome.processed, outcome.changed = cursor.processed, cursor.changed
            outcome.queued = cursor.queued
        outcome.batches += 1
        if progress is not None:
            progress.advance(len(rows))
    return outcome
