"""The job queue of one process: a procrastinate App for the settings, and deferring onto it.

PostgreSQL deployments queue jobs in PostgreSQL (procrastinate's tables, migration 0011), so any
number of ``rempart serve`` and ``rempart worker`` processes share them. On SQLite the queue is
procrastinate's in-memory one, worked inside ``rempart serve``: nothing else needs to run, and
nothing is lost by a restart that matters (webhook deliveries and cursors live in the database;
the periodic jobs find them again).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import procrastinate
from procrastinate import exceptions as procrastinate_errors
from procrastinate.testing import InMemoryConnector
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from rempart.clock import Clock
from rempart.db import is_sqlite
from rempart.moderation.publish import Publisher
from rempart.settings import Settings

log = logging.getLogger("rempart.jobs")

#: The key under which workers hand the runtime to tasks (``context.additional_context``).
RUNTIME_KEY = "rempart"
#: Seconds a request thread waits for its job to be written to the queue.
DEFER_TIMEOUT = 30.0


def libpq_conninfo(url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL (``postgresql+psycopg://…``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("the job queue needs a PostgreSQL URL (SQLite uses the in-memory queue)")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def runs_in_process(settings: Settings) -> bool:
    """Whether ``rempart serve`` works the queue itself: always on SQLite, by default elsewhere."""
    return is_sqlite(settings.database_url) or settings.jobs_in_process is not False


class EmbeddedConnector(InMemoryConnector):
    """procrastinate's in-memory queue, forgetting a deleted job's events too (no growth over time)."""

    async def finish_job_run(self, job_id: int, status: str, delete_job: bool) -> None:
        await super().finish_job_run(job_id, status, delete_job)
        if delete_job:
            self.events.pop(job_id, None)


def make_connector(settings: Settings) -> procrastinate.BaseConnector:
    """An in-memory connector for SQLite, a psycopg (3) pool on PostgreSQL."""
    if is_sqlite(settings.database_url):
        return EmbeddedConnector()
    return procrastinate.PsycopgConnector(
        conninfo=libpq_conninfo(settings.database_url), min_size=1,
        max_size=settings.jobs_concurrency + 3)


@dataclass
class JobRuntime:
    """What tasks need, handed to them by the worker: settings, sessions, the clock, a publisher."""

    settings: Settings
    sessions: sessionmaker[Session]
    clock: Clock
    publisher_factory: Callable[[], Publisher]
    _publisher: Publisher | None = field(default=None, repr=False)

    @property
    def publisher(self) -> Publisher:
        """The publisher (and its detector), built on first use."""
        if self._publisher is None:
            self._publisher = self.publisher_factory()
        return self._publisher


def build_job_app(settings: Settings) -> procrastinate.App:
    """A procrastinate App with Rempart's tasks and schedules (one per process or test app)."""
    from rempart.jobs.tasks import register

    app = procrastinate.App(connector=make_connector(settings))
    register(app, settings)
    return app


class JobQueue:
    """A process's App and the event loop it was opened on; defers jobs from any thread."""

    def __init__(self, app: procrastinate.App) -> None:
        self.app = app
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending: set[asyncio.Task[Any]] = set()

    @property
    def is_open(self) -> bool:
        """Whether jobs can be deferred now."""
        return self._loop is not None

    async def open(self) -> None:
        """Open the connector on the running loop."""
        await self.app.open_async()
        self._loop = asyncio.get_running_loop()

    async def close(self) -> None:
        """Stop accepting jobs, let deferrals in flight finish, close the connector."""
        self._loop = None
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        await self.app.close_async()

    async def defer_async(self, task_name: str, *, queueing_lock: str | None = None,
                          **task_kwargs: Any) -> int | None:
        """Queue a job; None when one with the same ``queueing_lock`` is already waiting."""
        deferrer = self.app.configure_task(task_name, allow_unknown=False,
                                           queueing_lock=queueing_lock)
        try:
            return await deferrer.defer_async(**task_kwargs)
        except procrastinate_errors.AlreadyEnqueued:
            return None

    def defer(self, task_name: str, *, queueing_lock: str | None = None,
              **task_kwargs: Any) -> int | None:
        """Queue a job from a request thread (or the loop itself); never raises.

        A failure is logged and ignored: the work it asked for is found by the periodic jobs.
        """
        loop = self._loop
        if loop is None:
            return None
        coro = self.defer_async(task_name, queueing_lock=queueing_lock, **task_kwargs)
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        scheduled = False
        try:
            if running is loop:  # on the loop itself: cannot block, so queue it in the background
                task = loop.create_task(coro)
                scheduled = True
                self._pending.add(task)
                task.add_done_callback(self._pending.discard)
                return None
            future = asyncio.run_coroutine_threadsafe(coro, loop)
            scheduled = True
            return future.result(timeout=DEFER_TIMEOUT)
        except Exception:  # the change is committed; a lost nudge only delays the work
            if not scheduled:
                coro.close()
            log.exception("could not defer job %s; the periodic jobs will pick the work up",
                          task_name)
            return None
