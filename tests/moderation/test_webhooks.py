"""Webhooks: events after commit, signed HMAC-SHA256, retried with backoff, every attempt recorded."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.moderation.decision_models import WebhookAttempt, WebhookDelivery
from rempart.moderation.webhook_sender import SenderPolicy, deliver_due
from rempart.moderation.webhooks import verify
from tests.factories import bearer
from tests.fakes import FakeClock
from tests.moderation.backbone_world import (
    REMOVE,
    World,
    build_world,
    decide,
    publish,
    report,
    running_app,
)
from tests.server import free_port


class Receiver:
    """A real HTTP receiver on 127.0.0.1 that records what it gets and answers ``status``."""

    def __init__(self, port: int, *, status: int = 200) -> None:
        self.port, self.status = port, status
        self.received: list[tuple[dict[str, str], bytes]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/rempart"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers.items()), body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()

    def events(self) -> list[str]:
        return sorted(json.loads(body)["type"] for _, body in self.received)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver(free_port())
    yield receiver
    receiver.stop()


def _register(client: TestClient, key: str, url: str, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/webhooks", headers=bearer(key), json={"url": url, **body})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def _remove_reported_comment(client: TestClient, world: World) -> int:
    comment_id = publish(client, world)["id"]
    report(client, world.platform, comment_id, reporter_id="reporter-1")
    response = decide(client, world.moderator, f"comment:{comment_id}", **REMOVE)
    assert response.status_code == 201, response.text
    decision_id: int = response.json()["id"]
    return decision_id


def test_a_receiver_that_is_down_gets_signed_events_later(
    client: TestClient, world: World, receiver: Receiver, sessions: sessionmaker[Session],
    clock: FakeClock
) -> None:
    hook = _register(client, world.platform, receiver.url)
    assert hook["secret"].startswith("whsec_")
    decision_id = _remove_reported_comment(client, world)
    policy = SenderPolicy(timeout=2.0, allow_private=True)
    down = deliver_due(sessions, now=clock(), policy=policy)
    assert down.delivered == [] and len(down.retrying) == 3
    listed = client.get(f"/v1/webhooks/{hook['id']}/deliveries", headers=bearer(world.platform))
    assert {(d["status"], d["attempts"]) for d in listed.json()} == {("pending", 1)}
    assert all(d["last_error"] for d in listed.json())
    receiver.start()
    early = deliver_due(sessions, now=clock() + dt.timedelta(seconds=29), policy=policy)
    assert early.delivered == [] and receiver.received == []  # backoff: first retry after 30 s
    later = deliver_due(sessions, now=clock() + dt.timedelta(seconds=30), policy=policy)
    assert len(later.delivered) == 3
    assert receiver.events() == ["comment.status_changed", "decision.created", "report.resolved"]
    for headers, body in receiver.received:
        signature = headers["Rempart-Signature"]
        parts = dict(part.split("=", 1) for part in signature.split(","))
        expected = hmac.new(hook["secret"].encode(), parts["t"].encode() + b"." + body,
                            hashlib.sha256).hexdigest()
        assert hmac.compare_digest(parts["v1"], expected)
        assert verify(hook["secret"], header=signature, body=body)
        assert not verify(hook["secret"], header=signature, body=body + b" ")
        assert not verify("whsec_wrong", header=signature, body=body)
        assert headers["Rempart-Event"] == json.loads(body)["type"]
    payloads = {json.loads(b)["type"]: json.loads(b)["data"] for _, b in receiver.received}
    assert payloads["decision.created"]["id"] == decision_id
    assert payloads["decision.created"]["action"] == "remove"
    assert payloads["report.resolved"]["reporter_id"] == "reporter-1"
    assert payloads["comment.status_changed"]["to"] == "removed"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(WebhookAttempt)) == 6
        assert {d.status for d in session.scalars(select(WebhookDelivery))} == {"delivered"}
    assert deliver_due(sessions, now=clock() + dt.timedelta(hours=1), policy=policy).delivered == []


def test_a_delivery_that_keeps_failing_is_marked_failed_and_stays_visible(
    client: TestClient, world: World, sessions: sessionmaker[Session], clock: FakeClock
) -> None:
    broken = Receiver(free_port(), status=500)
    broken.start()
    try:
        hook = _register(client, world.platform, broken.url, events=["decision.created"])
        _remove_reported_comment(client, world)
        policy = SenderPolicy(timeout=2.0, max_attempts=3, allow_private=True)
        at = clock()
        for delay in (0, 30, 60):  # 30 s, then 60 s: the backoff doubles
            at += dt.timedelta(seconds=delay)
            deliver_due(sessions, now=at, policy=policy)
        assert len(broken.received) == 3
    finally:
        broken.stop()
    failed = client.get(f"/v1/webhooks/{hook['id']}/deliveries", params={"status": "failed"},
                        headers=bearer(world.platform)).json()
    assert len(failed) == 1 and failed[0]["attempts"] == 3
    assert failed[0]["last_error"] == "HTTP 500" and failed[0]["event"] == "decision.created"


def test_webhooks_belong_to_their_key_and_filter_events(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    assert client.post("/v1/webhooks", headers=bearer(world.moderator),
                       json={"url": "http://127.0.0.1:9/x"}).status_code == 403
    assert client.post("/v1/webhooks", headers=bearer(world.platform),
                       json={"url": "ftp://example.org"}).status_code == 422
    mine = _register(client, world.platform, "http://127.0.0.1:9/all")
    appeals_only = _register(client, world.platform2, "http://127.0.0.1:9/appeals",
                             events=["appeal.decided"])
    listed = client.get("/v1/webhooks", headers=bearer(world.platform)).json()
    assert [h["id"] for h in listed] == [mine["id"]] and "secret" not in listed[0]
    assert client.delete(f"/v1/webhooks/{mine['id']}",
                         headers=bearer(world.platform2)).status_code == 404
    _remove_reported_comment(client, world)
    with sessions() as session:
        per_hook = dict(session.execute(select(WebhookDelivery.webhook_id, func.count())
                                        .group_by(WebhookDelivery.webhook_id)).all())
    assert per_hook == {mine["id"]: 3}  # the appeals-only webhook got none of these events
    assert appeals_only["events"] == ["appeal.decided"]
    assert client.delete(f"/v1/webhooks/{mine['id']}",
                         headers=bearer(world.platform)).status_code == 204
    cancelled = client.get(f"/v1/webhooks/{mine['id']}/deliveries", headers=bearer(world.platform))
    assert cancelled.status_code == 404  # the webhook is gone; its deliveries stay in the database
    with sessions() as session:
        assert set(session.scalars(select(WebhookDelivery.status))) == {"cancelled"}


def test_a_refused_decision_queues_no_event(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    _register(client, world.platform, "http://127.0.0.1:9/all")
    comment_id = publish(client, world)["id"]
    report(client, world.platform, comment_id, reporter_id="reporter-1")
    item = f"comment:{comment_id}"
    assert client.post(f"/v1/review/items/{item}/claim",
                       headers=bearer(world.moderator)).status_code == 200
    assert decide(client, world.moderator2, item, **REMOVE).status_code == 409
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(WebhookDelivery)) == 0


def test_the_background_sender_delivers_after_commit(
    database_url: str, clock: FakeClock, sessions: sessionmaker[Session], now: dt.datetime,
    receiver: Receiver
) -> None:
    world = build_world(sessions, now)
    receiver.start()
    with running_app(database_url, clock, webhook_sender=True) as client:
        _register(client, world.platform, receiver.url, events=["decision.created"])
        _remove_reported_comment(client, world)
        deadline = time.monotonic() + 20  # a bound, not a timing assertion
        while not receiver.received and time.monotonic() < deadline:
            time.sleep(0.05)
    assert receiver.events() == ["decision.created"]
