"""The counting of pile-on protection: who is a target, what is hurtful, distinct accounts in a window.

Every count is incremental: an event upserts the (target, actor) row of ``pileon_hits`` and the
target's row of ``pileon_targets``; "how many distinct accounts in the window" is one COUNT over
that target's index range. Nothing is kept in process memory, so any number of workers agree.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final, cast

from sqlalchemy import Table, bindparam, case, delete, func, or_, select
from sqlalchemy.orm import Session

from rempart.db import insert_or_merge
from rempart.detection.categories import TOXICITY
from rempart.detection.detector import Assessment
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Account, Comment
from rempart.moderation.thresholds import Policy
from rempart.pileon.models import PileonHit, PileonTarget
from rempart.settings import Settings

#: Pipeline reason codes meaning the detector itself removed, queued or hid the comment.
DETECTOR_CODES: Final = frozenset({"automatic_removal", "needs_review", "offensive_filter"})
_DETECTOR_STATUSES: Final = frozenset({CommentStatus.REMOVED.value, CommentStatus.HIDDEN.value,
                                       CommentStatus.PENDING_REVIEW.value})
#: ``@handle`` not preceded by a word character (so e-mail addresses are not mentions).
MENTION: Final = re.compile(r"(?<![\w@])@([\w.:-]{1,128})")
MAX_MENTIONS: Final = 20


@dataclass(frozen=True, slots=True)
class PileonRules:
    """When a pile-on opens (``threshold`` distinct accounts within ``window``) and lifts (``quiet``)."""

    threshold: int = 8
    window: dt.timedelta = dt.timedelta(minutes=30)
    quiet: dt.timedelta = dt.timedelta(hours=2)
    #: A comment is hurtful when a score reaches the policy's nudge threshold.
    policy: Policy = field(default_factory=Policy)

    @classmethod
    def from_settings(cls, settings: Settings) -> PileonRules:
        """The rules the settings describe."""
        return cls(threshold=settings.pileon_threshold,
                   window=dt.timedelta(minutes=settings.pileon_window_minutes),
                   quiet=dt.timedelta(minutes=settings.pileon_quiet_minutes),
                   policy=Policy.from_overrides(settings.thresholds))


def is_hurtful(comment: Comment, assessment: Assessment | None, *, policy: Policy) -> bool:
    """Whether a score reaches the nudge threshold, or the detector removed, queued or hid it."""
    scores: dict[str, float] = dict(assessment.scores if assessment else comment.scores)
    toxicity = assessment.toxicity if assessment else comment.toxicity
    if toxicity is not None:
        scores[TOXICITY] = toxicity
    if policy.over(scores, "nudge"):
        return True
    return comment.status in _DETECTOR_STATUSES and any(
        r.get("code") in DETECTOR_CODES for r in comment.reasons)


def mentioned_handles(text: str) -> list[str]:
    """The ``@handles`` a text names, in order, each once (at most 20)."""
    names = dict.fromkeys(m.rstrip(".:-") for m in MENTION.findall(text))
    return [n for n in names if n][:MAX_MENTIONS]


def mentioned_accounts(session: Session, *, text: str) -> list[str]:
    """Ids of the accounts a text names by handle (or by id), in the text's order."""
    handles = mentioned_handles(text)
    if not handles:
        return []
    rows = session.execute(select(Account.id, Account.handle).where(
        or_(Account.handle.in_(handles), Account.id.in_(handles)))).all()
    found: dict[str, str] = {}
    for account_id, handle in rows:
        for name in (handle, account_id):
            found.setdefault(name, account_id)
    return list(dict.fromkeys(found[h] for h in handles if h in found))


def targets_of(session: Session, *, creator_id: str | None, parent_id: int | None,
               author_id: str, mentions: Sequence[str]) -> list[str]:
    """Who a comment speaks to: the content's creator, the author replied to, accounts named."""
    # session.get answers from the identity map when the publish already loaded the parent.
    parent = session.get(Comment, parent_id) if parent_id is not None else None
    candidates = [creator_id, parent.author_id if parent else None, *mentions]
    return list(dict.fromkeys(t for t in candidates if t and t != author_id))


def _later(column: Any, excluded: Any) -> Any:
    return case((column < excluded, excluded), else_=column)


@functools.cache
def _touch_target(dialect_name: str) -> Any:
    table = cast(Table, PileonTarget.__table__)
    statement = insert_or_merge(dialect_name, table).values(
        account_id=bindparam("target_id"), last_event_at=bindparam("now"))
    return statement.on_conflict_do_update(
        index_elements=["account_id"],
        set_={"last_event_at": _later(table.c.last_event_at, statement.excluded.last_event_at)})


@functools.cache
def _record_hit(dialect_name: str) -> Any:
    table = cast(Table, PileonHit.__table__)
    statement = insert_or_merge(dialect_name, table).values(
        target_id=bindparam("target_id"), actor_id=bindparam("actor_id"), last_at=bindparam("now"))
    return statement.on_conflict_do_update(
        index_elements=["target_id", "actor_id"],
        set_={"last_at": _later(table.c.last_at, statement.excluded.last_at)})


# Built once (with the upserts above): every hurtful comment runs them.
_DISTINCT_ACCOUNTS = select(func.count()).select_from(PileonHit).where(
    PileonHit.target_id == bindparam("target_id"), PileonHit.last_at >= bindparam("since"))


def touch_target(session: Session, *, target_id: str, now: dt.datetime) -> None:
    """Upsert the target's row; on PostgreSQL this row lock makes events on one target take turns."""
    connection = session.connection()
    connection.execute(_touch_target(connection.dialect.name), {"target_id": target_id, "now": now})


def record_hit(session: Session, *, target_id: str, actor_id: str, now: dt.datetime) -> None:
    """Remember that ``actor_id`` said something hurtful to ``target_id`` at ``now``."""
    connection = session.connection()
    connection.execute(_record_hit(connection.dialect.name),
                       {"target_id": target_id, "actor_id": actor_id, "now": now})


def distinct_accounts(session: Session, *, target_id: str, since: dt.datetime) -> int:
    """How many distinct accounts said something hurtful to the target since ``since``."""
    count = session.connection().scalar(_DISTINCT_ACCOUNTS, {"target_id": target_id, "since": since})
    return int(count or 0)


def prune_hits(session: Session, *, before: dt.datetime) -> int:
    """Forget (target, actor) rows last touched before ``before`` (older than any window); a later
    scheduler calls this so the counter table stays small. Returns how many rows went."""
    result = session.execute(delete(PileonHit).where(PileonHit.last_at < before))
    return int(getattr(result, "rowcount", 0))
