"""Running the job worker: inside ``rempart serve`` (an asyncio task of the app's lifespan) or as
``rempart worker`` (its own process, PostgreSQL only)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import procrastinate

from rempart.clock import utc_now
from rempart.db import engine_for, make_session_factory
from rempart.jobs.queue import RUNTIME_KEY, JobQueue, JobRuntime, build_job_app, runs_in_process
from rempart.runtime import build_publisher
from rempart.settings import Settings

log = logging.getLogger("rempart.jobs")

#: Seconds a stopping worker waits for its running jobs before abandoning them (they resume
#: from the database: deliveries are leased for two minutes, rescores keep a cursor).
SHUTDOWN_GRACE = 30.0


async def work(app: procrastinate.App, *, settings: Settings, runtime: JobRuntime, name: str,
               wait: bool = True, in_process: bool = True, concurrency: int | None = None) -> None:
    """Run a worker on the opened ``app`` until cancelled (or, without ``wait``, until idle)."""
    await app.run_worker_async(
        name=name, wait=wait, concurrency=concurrency or settings.jobs_concurrency,
        delete_jobs="successful", additional_context={RUNTIME_KEY: runtime},
        install_signal_handlers=not in_process, shutdown_graceful_timeout=SHUTDOWN_GRACE)


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("the in-process job worker stopped", exc_info=task.exception())


@asynccontextmanager
async def serving_jobs(settings: Settings, *, runtime: JobRuntime) -> AsyncIterator[JobQueue]:
    """The app's job queue, open while the block runs, with a worker inside this process unless
    the settings hand the jobs to ``rempart worker``; everything is stopped when the block ends."""
    queue = JobQueue(build_job_app(settings))
    await queue.open()
    worker: asyncio.Task[None] | None = None
    if runs_in_process(settings):
        worker = asyncio.create_task(
            work(queue.app, settings=settings, runtime=runtime, name="rempart-serve"),
            name="rempart-jobs")
        worker.add_done_callback(_log_failure)
    try:
        yield queue
    finally:
        if worker is not None:
            worker.cancel()  # procrastinate stops gracefully: running jobs finish first
            await asyncio.gather(worker, return_exceptions=True)
        await queue.close()


def run_worker(settings: Settings, *, one_shot: bool = False,
               concurrency: int | None = None) -> None:
    """Work the PostgreSQL queue in this process until stopped (``one_shot``: until it is empty)."""
    with engine_for(settings.database_url) as engine:
        runtime = JobRuntime(settings=settings, sessions=make_session_factory(engine),
                             clock=utc_now, publisher_factory=lambda: build_publisher(settings))
        app = build_job_app(settings)

        async def main() -> None:
            async with app.open_async():
                await work(app, settings=settings, runtime=runtime, name="rempart-worker",
                           wait=not one_shot, in_process=False, concurrency=concurrency)

        asyncio.run(main())
