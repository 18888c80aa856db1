"""Killing the server in the middle of writes loses nothing that was acknowledged."""

from __future__ import annotations

import datetime as dt
import signal
import threading

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.db import check, make_engine
from rempart.moderation.models import Comment
from tests.factories import bearer, make_account, make_content, make_key
from tests.server import publish_until_stopped, running_server

pytestmark = pytest.mark.slow


def test_sigkill_during_publishes_keeps_every_acknowledged_write(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    make_account(sessions, "creator-1", now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    key = make_key(sessions, Role.PLATFORM, now=now)
    acknowledged: list[str] = []
    stop = threading.Event()
    with running_server(database_url) as (base, process):
        writers = [threading.Thread(target=publish_until_stopped,
                                    args=(base, key, acknowledged, stop, i)) for i in range(3)]
        for writer in writers:
            writer.start()
        while len(acknowledged) < 40:
            if not any(w.is_alive() for w in writers):
                pytest.fail("writers stopped before the kill")
            threading.Event().wait(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        stop.set()
        for writer in writers:
            writer.join(timeout=10)
    engine = make_engine(database_url)
    try:
        report = check(engine)
        assert any("schema revision" in line for line in report)
        with Session(engine) as session:
            stored = set(session.scalars(select(Comment.external_id)))
        missing = [e for e in acknowledged if e not in stored]
        assert not missing, f"{len(missing)} acknowledged comments lost: {missing[:5]}"
    finally:
        engine.dispose()
    # The database opens again for a new server, which keeps working.
    with running_server(database_url) as (base, _):
        response = httpx.post(f"{base}/v1/comments", headers=bearer(key), json={
            "content_id": "video-1", "author_id": "user-1", "text": "Toujours là ?"})
        assert response.status_code == 201
