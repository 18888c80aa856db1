"""Periodic maintenance: the schedules exist, and when procrastinate defers them they do their work."""

from __future__ import annotations

import datetime as dt
import time

from procrastinate.periodic import PeriodicDeferrer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.db import transaction
from rempart.jobs.queue import JobQueue, build_job_app
from rempart.jobs.tasks import (
    DELIVER_WEBHOOKS,
    PRUNE_PILEON_HITS,
    PURGE_PERSONAL_DATA,
)
from rempart.jobs.worker import work
from rempart.moderation.models import Comment
from rempart.pileon.models import PileonHit
from rempart.settings import Settings
from tests.factories import make_account, make_content
from tests.fakes import FakeClock
from tests.jobs.helpers import add_comment, run_async, runtime_for


def _schedules(settings: Settings) -> dict[str, str]:
    app = build_job_app(settings)
    return {task.name: periodic.cron
            for (_, _), periodic in app.periodic_registry.periodic_tasks.items()
            for task in [periodic.task]}


def test_the_schedules() -> None:
    settings = Settings(database_url="sqlite:///unused.sqlite3", jobs_schedules=True)
    assert _schedules(settings) == {DELIVER_WEBHOOKS: "* * * * *",
                                    PRUNE_PILEON_HITS: "17 * * * *",
                                    PURGE_PERSONAL_DATA: "41 * * * *"}
    without_sender = _schedules(settings.model_copy(update={"webhook_sender": False}))
    assert DELIVER_WEBHOOKS not in without_sender
    assert _schedules(settings.model_copy(update={"jobs_schedules": False})) == {}


async def _periodic_round(settings: Settings, sessions: sessionmaker[Session],
                          clock: FakeClock) -> None:
    """What a worker's periodic deferrer does when every schedule is due, then a worker run."""
    queue = JobQueue(build_job_app(settings))
    await queue.open()
    try:
        deferrer = PeriodicDeferrer(registry=queue.app.periodic_registry, max_delay=2 * 86400)
        await deferrer.defer_jobs(deferrer.get_previous_tasks(at=time.time()))
        await work(queue.app, settings=settings, runtime=runtime_for(settings, sessions, clock),
                   name="test", wait=False)
    finally:
        await queue.close()


def test_periodic_maintenance_prunes_hits_and_purges_old_evidence(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    for account in ("creator-1", "kid-1"):
        make_account(sessions, account, now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    old = add_comment(sessions, text="ancien message retiré", at=now - dt.timedelta(days=400),
                      status="removed")
    recent = add_comment(sessions, text="message retiré hier", at=now - dt.timedelta(days=1),
                         status="removed")
    with transaction(sessions) as session:
        session.add_all([
            PileonHit(target_id="creator-1", actor_id="kid-1", last_at=now - dt.timedelta(days=3)),
            PileonHit(target_id="creator-1", actor_id="kid-2", last_at=now - dt.timedelta(hours=2)),
        ])
    settings = Settings(database_url=database_url, pileon_quiet_minutes=120, jobs_schedules=True)
    run_async(_periodic_round(settings, sessions, FakeClock(now)))
    with sessions() as session:
        assert list(session.scalars(select(PileonHit.actor_id))) == ["kid-2"]
        texts = {row.id: row.text for row in session.execute(select(Comment.id, Comment.text))}
        assert texts == {old: "", recent: "message retiré hier"}
        purged = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "comment.evidence_purged")).all()
        assert [(e.actor_type, e.actor_id, e.target_id) for e in purged] == [
            ("system", "rempart", str(old))]
