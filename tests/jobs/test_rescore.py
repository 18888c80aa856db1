"""Rescoring stored comments: batches, resuming after an interrupt, review for newly flagged ones."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.jobs.models import JobCursor
from rempart.jobs.rescore import rescore
from rempart.jobs.tasks import RESCORE
from rempart.moderation import review
from rempart.moderation.models import Comment
from rempart.moderation.thresholds import Policy
from rempart.settings import Settings
from tests.factories import make_account, make_content
from tests.fakes import FakeClock, FakeScorer
from tests.jobs.helpers import add_comment, defer_and_work, run_async, runtime_for

#: (text, status): FakeScorer reads the markers, so "[insult=0.9]" now scores 0.9 (review: 0.8).
STORED = [
    ("bonjour à tous", "visible"),
    ("t'es un [insult=0.9] idiot", "visible"),         # newly flagged: to human review
    ("[threat=0.99] je sais où tu habites", "visible"),  # over the remove threshold: review too
    ("[insult=0.9] déjà masqué", "hidden"),              # a person's choice stands
    ("rien de grave [insult=0.3]", "visible"),
    ("[insult=0.95] en attente", "pending_review"),
    ("", "removed"),                                     # purged evidence: skipped
]


def _world(sessions: sessionmaker[Session], now: dt.datetime) -> list[int]:
    for account in ("creator-1", "kid-1"):
        make_account(sessions, account, now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    add_comment(sessions, text="[insult=0.99] trop ancien", at=now - dt.timedelta(days=30))
    return [add_comment(sessions, text=text, status=status, at=now + dt.timedelta(minutes=i))
            for i, (text, status) in enumerate(STORED)]


def _statuses(sessions: sessionmaker[Session]) -> dict[int, str]:
    with sessions() as session:
        return {row.id: row.status for row in session.execute(select(Comment.id, Comment.status))}


def test_rescore_goes_in_batches_resumes_and_sends_new_flags_to_review(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    ids = _world(sessions, now)
    old_id = ids[0] - 1
    since = now - dt.timedelta(days=1)
    clock = FakeClock(now + dt.timedelta(days=2))
    scorer = FakeScorer()
    first = rescore(sessions, scorer=scorer, policy=Policy(), since=since, batch=3, clock=clock,
                    max_batches=2)  # the run is cut off after two batches
    assert (first.processed, first.batches, first.finished) == (6, 2, False)
    with sessions() as session:
        assert session.scalar(select(JobCursor.position)) == ids[5]
    scored_once = scorer.calls
    second = rescore(sessions, scorer=scorer, policy=Policy(), since=since, batch=3, clock=clock)
    assert (second.processed, second.batches, second.finished) == (7, 1, True)
    assert scorer.calls == scored_once + 1  # only the probe: the last batch is purged text
    assert (second.changed, second.queued) == (6, 2)
    statuses = _statuses(sessions)
    assert [statuses[i] for i in ids] == ["visible", "pending_review", "pending_review", "hidden",
                                          "visible", "pending_review", "removed"]
    assert statuses[old_id] == "visible"  # created before --since: untouched
    with sessions() as session:
        flagged = session.get(Comment, ids[1])
        assert flagged is not None and flagged.scores["insult"] == pytest.approx(0.9)
        assert flagged.model_version == "fake-1" and flagged.updated_at == clock()
        assert flagged.reasons[-1]["phase"] == "rescore"
        assert flagged.reasons[-1]["code"] == "needs_review"
        hidden = session.get(Comment, ids[3])
        assert hidden is not None and hidden.updated_at == now + dt.timedelta(minutes=3)
        audits = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "comment.rescored").order_by(AuditEntry.id)).all()
        assert len(audits) == 6 and {(a.actor_type, a.actor_id) for a in audits} == {
            ("system", "rempart")}
        moved = {a.target_id: a.details["status"] for a in audits if "status" in a.details}
        assert moved == {str(ids[1]): {"from": "visible", "to": "pending_review"},
                         str(ids[2]): {"from": "visible", "to": "pending_review"}}
        queue = review.queue(session, now=clock(), limit=50, review_due=dt.timedelta(hours=24))
        assert {item.id for item in queue} >= {f"comment:{ids[1]}", f"comment:{ids[2]}"}
    again = rescore(sessions, scorer=scorer, policy=Policy(), since=since, batch=3, clock=clock)
    assert again.already_finished and again.batches == 0
    restarted = rescore(sessions, scorer=scorer, policy=Policy(), since=since, batch=50,
                        clock=clock, restart=True)
    assert (restarted.processed, restarted.changed, restarted.queued) == (7, 0, 0)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "comment.rescored")) == 6


def test_rescore_runs_as_a_job(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    ids = _world(sessions, now)
    settings = Settings(database_url=database_url)
    clock = FakeClock(now + dt.timedelta(days=2))
    run_async(defer_and_work(settings, runtime_for(settings, sessions, clock), [
        (RESCORE, {"since": (now - dt.timedelta(days=1)).isoformat(), "batch": 2})]))
    assert _statuses(sessions)[ids[1]] == "pending_review"
    with sessions() as session:
        cursor = session.scalars(select(JobCursor)).one()
        assert cursor.finished_at == clock() and cursor.processed == len(STORED)
