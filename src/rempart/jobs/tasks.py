"""Rempart's jobs and their schedules, registered on a procrastinate App by ``register``.

Every task is a plain synchronous function: procrastinate 3 runs it in a thread of the worker,
so it may block on the database and the network. It opens its own sessions from the runtime the
worker hands over (``context.additional_context["rempart"]``), takes ``now`` from its clock, and
commits in small transactions so an interrupted job loses at most its current step.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Final

import procrastinate
from procrastinate import JobContext

from rempart.db import transaction
from rempart.jobs.queue import RUNTIME_KEY, JobRuntime
from rempart.moderation.webhook_sender import SenderPolicy, deliver_due
from rempart.pileon.detector import prune_hits
from rempart.privacy.retention import purge_expired
from rempart.settings import Settings

log = logging.getLogger("rempart.jobs")

DELIVER_WEBHOOKS: Final = "rempart.deliver_webhooks"
PRUNE_PILEON_HITS: Final = "rempart.prune_pileon_hits"
RESCORE: Final = "rempart.rescore"
PURGE_PERSONAL_DATA: Final = "rempart.purge_personal_data"

#: At most one delivery pass waits in the queue, however many commits asked for one.
WEBHOOK_QUEUEING_LOCK: Final = "rempart-webhooks"
#: Schedules (cron, UTC): retries every minute; maintenance hourly and daily, off the hour.
WEBHOOK_RETRY_CRON: Final = "* * * * *"
PILEON_PRUNE_CRON: Final = "17 * * * *"
PRIVACY_PURGE_CRON: Final = "41 * * * *"
#: Bounds on one job's loop, so a job always ends and the next one continues.
MAX_PASSES: Final = 20
#: Pile-on hits untouched for this long count in no window (at least the window and the quiet time).
PILEON_HITS_KEPT: Final = dt.timedelta(days=1)


def runtime_of(context: JobContext) -> JobRuntime:
    """The runtime the worker handed to its jobs."""
    runtime = (context.additional_context or {}).get(RUNTIME_KEY)
    if not isinstance(runtime, JobRuntime):
        raise RuntimeError("this worker was started without Rempart's runtime")
    return runtime


def deliver_webhooks(context: JobContext, timestamp: int | None = None) -> dict[str, int]:
    """Post every webhook delivery due now (passes until none is left); counts what happened.

    Deferred after each commit that queued events, and every minute for the retries.
    """
    runtime = runtime_of(context)
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    if not runtime.settings.webhook_sender:
        return counts
    policy = SenderPolicy.from_settings(runtime.settings)
    for _ in range(MAX_PASSES):
        result = deliver_due(runtime.sessions, now=runtime.clock(), policy=policy)
        counts["delivered"] += len(result.delivered)
        counts["retrying"] += len(result.retrying)
        counts["failed"] += len(result.failed)
        if len(result.delivered) + len(result.retrying) + len(result.failed) < policy.batch:
            break
    return counts


def prune_pileon_hits(context: JobContext, timestamp: int | None = None) -> int:
    """Forget pile-on counters no window can count any more; returns how many rows went."""
    runtime = runtime_of(context)
    settings = runtime.settings
    kept = max(PILEON_HITS_KEPT, dt.timedelta(minutes=settings.pileon_window_minutes),
               dt.timedelta(minutes=settings.pileon_quiet_minutes))
    with transaction(runtime.sessions) as session:
        return prune_hits(session, before=runtime.clock() - kept)


def purge_personal_data(context: JobContext, timestamp: int | None = None) -> int:
    """Purge personal data past its retention periods, removed comments kept as evidence
    included (passes while a batch was full)."""
    runtime = runtime_of(context)
    total = 0
    for _ in range(MAX_PASSES):
        with transaction(runtime.sessions) as session:
            result = purge_expired(session, settings=runtime.settings, now=runtime.clock())
        total += result.total
        if not result.more:
            break
    return total


def rescore_comments(context: JobContext, since: str, batch: int = 500) -> dict[str, Any]:
    """``rempart rescore --since SINCE --queue`` run by a worker (resumes like the command)."""
    from rempart.jobs.rescore import rescore

    runtime = runtime_of(context)
    publisher = runtime.publisher
    outcome = rescore(runtime.sessions, scorer=publisher.scorer, policy=publisher.policy,
                      since=dt.datetime.fromisoformat(since), batch=batch, clock=runtime.clock)
    return outcome.as_dict()


def register(app: procrastinate.App, settings: Settings) -> None:
    """Add Rempart's tasks to ``app``, and their periodic schedules unless settings turn them off."""
    schedules = settings.jobs_schedules
    webhook_task = app.task(name=DELIVER_WEBHOOKS, pass_context=True,
                            queueing_lock=WEBHOOK_QUEUEING_LOCK)(deliver_webhooks)
    if schedules and settings.webhook_sender:
        app.periodic(cron=WEBHOOK_RETRY_CRON, periodic_id="retries")(webhook_task)
    prune_task = app.task(name=PRUNE_PILEON_HITS, pass_context=True)(prune_pileon_hits)
    # One rescore at a time: a second one waits for the lock instead of racing the cursor.
    app.task(name=RESCORE, pass_context=True, lock="rempart-rescore")(rescore_comments)
    # Personal-data retention, the evidence store's included.
    privacy_task = app.task(name=PURGE_PERSONAL_DATA, pass_context=True)(purge_personal_data)
    if schedules:
        app.periodic(cron=PILEON_PRUNE_CRON, periodic_id="hourly")(prune_task)
        app.periodic(cron=PRIVACY_PURGE_CRON, periodic_id="hourly")(privacy_task)
