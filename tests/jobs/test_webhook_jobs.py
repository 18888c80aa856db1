"""Webhook delivery as jobs: deferred after commit (once), delivered by a worker, stopped cleanly."""

from __future__ import annotations

import datetime as dt
import threading
import time

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.jobs.queue import JobQueue, build_job_app, libpq_conninfo, runs_in_process
from rempart.jobs.tasks import DELIVER_WEBHOOKS, WEBHOOK_QUEUEING_LOCK
from rempart.moderation.decision_models import WebhookDelivery
from rempart.settings import Settings
from tests.fakes import FakeClock
from tests.jobs.helpers import defer_and_work, run_async, runtime_for
from tests.moderation.backbone_world import build_world, running_app
from tests.moderation.test_webhooks import Receiver, _register, _remove_reported_comment


def test_the_queue_url_and_where_jobs_run() -> None:
    assert libpq_conninfo("postgresql+psycopg://u:p%40ss@db.example:5433/rempart?sslmode=require") \
        == "postgresql://u:p%40ss@db.example:5433/rempart?sslmode=require"
    assert runs_in_process(Settings(database_url="sqlite:///x.sqlite3", jobs_in_process=False))
    assert runs_in_process(Settings(database_url="postgresql+psycopg://u@h/db"))
    assert not runs_in_process(Settings(database_url="postgresql+psycopg://u@h/db",
                                        jobs_in_process=False))


def test_a_deferred_delivery_job_is_delivered_by_a_worker(
    database_url: str, clock: FakeClock, sessions: sessionmaker[Session], now: dt.datetime,
    receiver: Receiver
) -> None:
    world = build_world(sessions, now)
    with running_app(database_url, clock) as client:  # the app's own sender is off here
        _register(client, world.platform, receiver.url)
        _remove_reported_comment(client, world)
    receiver.start()
    settings = Settings(database_url=database_url, webhook_timeout_seconds=2.0,
                        webhook_allow_private_addresses=True)
    first, again = run_async(defer_and_work(settings, runtime_for(settings, sessions, clock), [
        (DELIVER_WEBHOOKS, {"queueing_lock": WEBHOOK_QUEUEING_LOCK}),
        (DELIVER_WEBHOOKS, {"queueing_lock": WEBHOOK_QUEUEING_LOCK})]))
    assert first is not None and again is None  # one pass waits in the queue, not two
    assert receiver.events() == ["comment.status_changed", "decision.created", "report.resolved"]
    with sessions() as session:
        assert set(session.scalars(select(WebhookDelivery.status))) == {"delivered"}


def test_a_pass_queued_while_the_sender_is_off_sends_nothing(
    database_url: str, clock: FakeClock, sessions: sessionmaker[Session], now: dt.datetime,
    receiver: Receiver
) -> None:
    world = build_world(sessions, now)
    with running_app(database_url, clock) as client:
        _register(client, world.platform, receiver.url)
        _remove_reported_comment(client, world)
    receiver.start()
    settings = Settings(database_url=database_url, webhook_sender=False)
    run_async(defer_and_work(settings, runtime_for(settings, sessions, clock),
                               [(DELIVER_WEBHOOKS, {})]))
    assert receiver.received == []
    with sessions() as session:
        assert set(session.scalars(select(WebhookDelivery.status))) == {"pending"}


def test_the_app_defers_a_pass_after_commit_and_stops_its_worker(
    database_url: str, clock: FakeClock, sessions: sessionmaker[Session], now: dt.datetime,
    receiver: Receiver
) -> None:
    world = build_world(sessions, now)
    receiver.start()
    before = set(threading.enumerate())
    with running_app(database_url, clock, webhook_sender=True) as client:
        queue = client.app.state.jobs  # type: ignore[attr-defined]
        assert isinstance(queue, JobQueue) and queue.is_open
        _register(client, world.platform, receiver.url, events=["decision.created"])
        _remove_reported_comment(client, world)
        deadline = time.monotonic() + 20  # a bound, not a timing assertion
        while not receiver.received and time.monotonic() < deadline:
            time.sleep(0.05)
    assert receiver.events() == ["decision.created"]
    assert not queue.is_open and client.app.state.jobs is None  # type: ignore[attr-defined]
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=10)  # threads still winding down get a bound to finish
    assert [t for t in set(threading.enumerate()) - before if t.is_alive()] == []


def test_an_app_without_its_lifespan_defers_nothing(database_url: str) -> None:
    queue = JobQueue(build_job_app(Settings(database_url=database_url)))
    assert not queue.is_open
    assert queue.defer(DELIVER_WEBHOOKS) is None
