"""``rempart worker`` and ``rempart rescore --queue``: SQLite explains itself, PostgreSQL works."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from rempart.cli import main
from rempart.db import is_sqlite, transaction
from rempart.jobs.queue import build_job_app
from rempart.jobs.tasks import PRUNE_PILEON_HITS, RESCORE
from rempart.pileon.models import PileonHit
from rempart.settings import Settings


def test_worker_on_sqlite_says_jobs_run_inside_serve(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["worker", "--database-url",
                                       f"sqlite:///{tmp_path / 'r.sqlite3'}"])
    assert result.exit_code == 2
    assert "jobs run inside `rempart serve`" in result.output
    assert "les tâches tournent dans `rempart serve`" in result.output


def test_rescore_queue_on_sqlite_is_refused_with_the_way_out(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["rescore", "--since", "2026-11-01", "--queue",
                                       "--database-url", f"sqlite:///{tmp_path / 'r.sqlite3'}"])
    assert result.exit_code == 1
    assert "without --queue" in result.output


def test_rescore_refuses_a_bad_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["rescore", "--since", "hier", "--database-url",
                                       f"sqlite:///{tmp_path / 'r.sqlite3'}"])
    assert result.exit_code == 2 and "--since" in result.output


def _postgres_only(database_url: str) -> None:
    if is_sqlite(database_url):
        pytest.skip("workers and --queue are for PostgreSQL (SQLite is covered above)")


def test_rescore_queue_defers_a_job_on_postgresql(database_url: str,
                                                  sessions: sessionmaker[Session]) -> None:
    _postgres_only(database_url)
    result = CliRunner().invoke(main, ["rescore", "--since", "2026-11-01", "--batch", "250",
                                       "--queue", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "queued as job" in result.output
    with sessions() as session:
        rows = session.execute(text(
            "SELECT task_name, args, status FROM procrastinate_jobs")).all()
    assert [(r.task_name, r.args, r.status) for r in rows] == [
        (RESCORE, {"since": "2026-11-01T00:00:00+00:00", "batch": 250}, "todo")]


def test_the_worker_command_works_a_deferred_job_on_postgresql(
    database_url: str, sessions: sessionmaker[Session]
) -> None:
    _postgres_only(database_url)
    with transaction(sessions) as session:
        session.add(PileonHit(target_id="creator-1", actor_id="kid-1",
                              last_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
    # Deferring from synchronous code: open the app synchronously, then .defer().
    with build_job_app(Settings(database_url=database_url)).open() as app:
        job_id = app.configure_task(PRUNE_PILEON_HITS, allow_unknown=False).defer()
    env = {**os.environ, "REMPART_DATABASE_URL": database_url, "REMPART_WEBHOOK_SENDER": "false"}
    done = subprocess.run([sys.executable, "-m", "rempart", "worker", "--one-shot"], env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    with sessions() as session:
        assert session.scalars(select(PileonHit)).all() == []
        status = session.execute(text("SELECT status FROM procrastinate_jobs WHERE id = :id"),
                                 {"id": job_id}).scalar()
    assert status is None  # succeeded, then deleted (the worker deletes successful jobs)
