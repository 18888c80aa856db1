"""Shared by the job tests: a runtime with fakes, stored comments, and a worker run to idle."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from rempart.db import transaction
from rempart.jobs.queue import JobQueue, JobRuntime, build_job_app
from rempart.jobs.worker import work
from rempart.moderation.models import Comment
from rempart.runtime import build_publisher
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer

T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` to the end on an event loop of its own, in a thread of its own: the
    browser tests' Playwright keeps a loop running in the main thread, where asyncio.run fails."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # handed to the caller's thread below
            outcome["error"] = error

    thread = threading.Thread(target=target, name="test-event-loop")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def runtime_for(settings: Settings, sessions: sessionmaker[Session], clock: FakeClock,
                scorer: FakeScorer | None = None) -> JobRuntime:
    """What a worker hands its tasks, with the fake clock and a fake scorer."""
    return JobRuntime(settings=settings, sessions=sessions, clock=clock,
                      publisher_factory=lambda: build_publisher(settings,
                                                                scorer=scorer or FakeScorer()))


async def defer_and_work(settings: Settings, runtime: JobRuntime,
                         jobs: list[tuple[str, dict[str, Any]]]) -> list[int | None]:
    """Open a queue, defer ``jobs`` (name, kwargs), then run a worker until the queue is empty."""
    queue = JobQueue(build_job_app(settings))
    await queue.open()
    try:
        ids = [await queue.defer_async(name, **kwargs) for name, kwargs in jobs]
        await work(queue.app, settings=settings, runtime=runtime, name="test", wait=False)
    finally:
        await queue.close()
    return ids


def add_comment(sessions: sessionmaker[Session], *, text: str, at: dt.datetime,
                status: str = "visible", content_id: str = "video-1", author_id: str = "kid-1",
                toxicity: float = 0.01, model_version: str = "fake-0") -> int:
    """A stored comment as an older model judged it."""
    with transaction(sessions) as session:
        comment = Comment(content_id=content_id, author_id=author_id, text=text, status=status,
                          lang="fr", toxicity=toxicity, scores={"insult": toxicity}, spans=[],
                          reasons=[], model_version=model_version, created_at=at, updated_at=at)
        session.add(comment)
        session.flush()
        return comment.id
