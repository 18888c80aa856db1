"""The ``rempart worker`` and ``rempart rescore`` commands."""

from __future__ import annotations

import datetime as dt
import sys

import click
from tqdm import tqdm

from rempart.clock import utc_now
from rempart.command_session import settings_for
from rempart.db import engine_for, is_sqlite, make_session_factory, upgrade
from rempart.settings import Settings

database_option = click.option(
    "--database-url", envvar="REMPART_DATABASE_URL", default=None,
    help="SQLAlchemy URL of the database (default: a SQLite file in the user data folder).")

SQLITE_WORKER = (
    "On SQLite, jobs run inside `rempart serve` (an in-memory queue): there is no separate worker "
    "to start. Use PostgreSQL (REMPART_DATABASE_URL=postgresql+psycopg://...) to run workers.\n"
    "Sur SQLite, les tâches tournent dans `rempart serve` (une file en mémoire) : il n'y a pas de "
    "worker à lancer. Utilisez PostgreSQL pour lancer des workers.")
SQLITE_QUEUE = (
    "On SQLite the job queue lives inside `rempart serve`; run `rempart rescore` without --queue.\n"
    "Sur SQLite, la file de tâches vit dans `rempart serve` ; lancez `rempart rescore` sans --queue.")


@click.command("worker")
@click.option("--one-shot", is_flag=True,
              help="Work the jobs waiting now, then exit (default: run until stopped).")
@click.option("--concurrency", type=click.IntRange(1, 32), default=None,
              help="Jobs run at once (default: REMPART_JOBS_CONCURRENCY, 2).")
@database_option
def worker_command(one_shot: bool, concurrency: int | None, database_url: str | None) -> None:
    """Run a job worker on the PostgreSQL queue (webhooks, maintenance, queued rescores)."""
    from rempart.jobs.worker import run_worker

    settings = settings_for(database_url)
    if is_sqlite(settings.database_url):
        click.echo(SQLITE_WORKER, err=True)
        sys.exit(2)
    with engine_for(settings.database_url) as engine:
        upgrade(engine)
    click.echo("rempart worker: working the job queue" + (" once" if one_shot else
                                                           " (Ctrl+C to stop)"))
    run_worker(settings, one_shot=one_shot, concurrency=concurrency)


class _Bar:
    """tqdm as a rescore progress."""

    def __init__(self) -> None:
        self.bar: tqdm[None] | None = None

    def start(self, total: int) -> None:
        self.bar = tqdm(total=total, unit="comment", desc="rescore")

    def advance(self, count: int) -> None:
        if self.bar is not None:
            self.bar.update(count)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _since(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@click.command("rescore")
@click.option("--since", "since", required=True,
              type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
              help="Rescore comments created at or after this date (UTC).")
@click.option("--batch", type=click.IntRange(1, 10_000), default=500, show_default=True,
              help="Comments scored and committed together.")
@click.option("--queue", "queued", is_flag=True,
              help="Defer the rescore as a job for a worker instead (PostgreSQL).")
@click.option("--restart", is_flag=True,
              help="Start over instead of continuing an interrupted or finished run.")
@database_option
def rescore_command(since: dt.datetime, batch: int, queued: bool, restart: bool,
                    database_url: str | None) -> None:
    """Rescore stored comments with the packaged model; resumes where an interrupted run stopped.

    Scores are updated; a visible comment that now reaches a review threshold goes to the human
    review queue (never removed retroactively); every change is audited by the system actor.
    """
    settings = settings_for(database_url)
    start = _since(since)
    if queued:
        _defer_rescore(settings, since=start, batch=batch, restart=restart)
        return
    from rempart.jobs.rescore import rescore
    from rempart.runtime import build_publisher

    publisher = build_publisher(settings)
    bar = _Bar()
    with engine_for(settings.database_url) as engine:
        upgrade(engine)
        try:
            outcome = rescore(make_session_factory(engine), scorer=publisher.scorer,
                              policy=publisher.policy, since=start, batch=batch, clock=utc_now,
                              restart=restart, progress=bar)
        finally:
            bar.close()
    if outcome.already_finished:
        click.echo(f"already done for comments since {start.isoformat()} with model "
                   f"{outcome.model_version} (--restart to run it again)")
    click.echo(f"rescored {outcome.processed} comment(s) with {outcome.model_version}: "
               f"{outcome.changed} changed, {outcome.queued} sent to human review")


def _defer_rescore(settings: Settings, *, since: dt.datetime, batch: int, restart: bool) -> None:
    from rempart.jobs.queue import build_job_app
    from rempart.jobs.tasks import RESCORE

    if is_sqlite(settings.database_url):
        raise click.ClickException(SQLITE_QUEUE)
    if restart:
        raise click.ClickException("--restart is only for a rescore run here, not with --queue")
    with engine_for(settings.database_url) as engine:
        upgrade(engine)
    # Deferring from synchronous code: the app is opened synchronously (psycopg sync pool).
    with build_job_app(settings).open() as app:
        job_id = app.configure_task(RESCORE, allow_unknown=False).defer(
            since=since.isoformat(), batch=batch)
    click.echo(f"rescore queued as job {job_id}; a `rempart worker` will run it")
