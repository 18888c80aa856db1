"""Secrets never reach the logs: API keys, passwords, webhook secrets, session cookies."""

from __future__ import annotations

import datetime as dt
import logging

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.cli import main
from rempart.db import transaction
from rempart.moderation.webhook_sender import SenderPolicy, deliver_due
from rempart.privacy.log_redaction import REDACTED, redact
from tests.factories import bearer
from tests.fakes import FakeClock, FakeResolver
from tests.moderation.backbone_world import REMOVE, World, decide, publish, report
from tests.web.forms import csrf

PASSWORD = "correct horse battery staple 42"


def _everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)


def test_no_secret_is_logged_from_key_creation_to_webhook_delivery(
    client: TestClient, world: World, sessions: sessionmaker[Session], database_url: str,
    clock: FakeClock, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets: list[str] = []
    # API keys, made by the command and by the service.
    made = CliRunner().invoke(main, ["keys", "create", "--role", "platform",
                                     "--database-url", database_url])
    assert made.exit_code == 0, made.output
    secrets.append(made.output.strip())
    # A console user signs in: the password and the session cookie.
    created = CliRunner().invoke(main, ["users", "create", "--username", "camille", "--role",
                                        "moderator", "--database-url", database_url],
                                 env={"REMPART_NEW_PASSWORD": PASSWORD})
    assert created.exit_code == 0, created.output
    token = csrf(client.get("/signin").text)
    signed = client.post("/signin", data={"username": "camille", "password": PASSWORD,
                                          "csrf_token": token}, follow_redirects=False)
    assert signed.status_code == 303, signed.text
    cookie = client.cookies.get("rempart_session")
    assert cookie
    secrets += [PASSWORD, cookie]
    wrong = client.post("/signin", data={"username": "camille", "password": PASSWORD + "x",
                                         "csrf_token": csrf(client.get("/signin").text)})
    assert wrong.status_code in (200, 401)
    # A webhook is registered (its secret), then deliveries succeed and fail for good.
    hook = client.post("/v1/webhooks", headers=bearer(world.platform), json={
        "url": "https://hooks.example/rempart?token=hook-token-123"}).json()
    secrets += [hook["secret"], "hook-token-123", world.platform, world.moderator]
    comment_id = publish(client, world)["id"]
    report(client, world.platform, comment_id, reporter_id="reporter-1")
    assert decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).status_code == 201

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

    with httpx.Client(transport=httpx.MockTransport(refuse)) as down:
        failed = deliver_due(sessions, now=clock(), client=down, policy=SenderPolicy(max_attempts=1),
                             resolve=FakeResolver({"hooks.example": ["93.184.215.14"]}))
    assert failed.failed
    # A Perspective client sends its key in the URL.
    analyzed = client.post(f"/v1alpha1/comments:analyze?key={world.platform}",
                           json={"comment": {"text": "Bonjour"}, "requestedAttributes": {"TOXICITY": {}}})
    assert analyzed.status_code == 200, analyzed.text
    # What the server's access log writes for that request.
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "POST",
        f"/v1alpha1/comments:analyze?key={world.platform}&doNotStore=true", "1.1", 200)

    logged = _everything_logged(caplog)
    assert "failed for good" in logged and REDACTED in logged
    for secret in secrets:
        assert secret not in logged, f"a secret was logged: {secret[:6]}…"


def test_redaction_keeps_everything_but_the_credential() -> None:
    assert redact("/v1alpha1/comments:analyze?key=rmp_abc&doNotStore=true") == (
        f"/v1alpha1/comments:analyze?key={REDACTED}&doNotStore=true")
    assert redact("https://h.example/x?a=1&Token=t0k&b=2") == f"https://h.example/x?a=1&Token={REDACTED}&b=2"
    assert redact("/v1/comments?limit=20&cursor=abc") == "/v1/comments?limit=20&cursor=abc"


def test_keys_made_by_the_service_are_not_logged(
    sessions: sessionmaker[Session], now: dt.datetime, caplog: pytest.LogCaptureFixture
) -> None:
    from rempart.access.service import create_key

    caplog.set_level(logging.DEBUG)
    with transaction(sessions) as session:
        secret = create_key(session, role=Role.ADMIN, now=now).secret
    assert secret not in _everything_logged(caplog)
