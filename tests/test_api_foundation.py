"""The HTTP foundation: health, API keys and roles, error shape, bad input changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.audit import AuditEntry
from rempart.moderation.models import Account, Comment
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer


@pytest.fixture
def client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url, max_text_length=200),
                     clock=FakeClock(now), scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def world(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    make_account(sessions, "creator-1", now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    return {
        "platform": make_key(sessions, Role.PLATFORM, now=now),
        "moderator": make_key(sessions, Role.MODERATOR, now=now),
        "creator": make_key(sessions, Role.CREATOR, now=now, account_id="creator-1"),
        "flagger": make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Helpline"),
    }


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_openapi_is_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    assert "/v1/comments" in client.get("/openapi.json").json()["paths"]


def test_missing_and_wrong_keys_are_401(client: TestClient, world: dict[str, str]) -> None:
    missing = client.get("/v1/comments/1")
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "unauthenticated"
    wrong = client.get("/v1/comments/1", headers=bearer("rmp_not-a-real-key"))
    assert wrong.status_code == 401
    assert wrong.json()["error"]["code"] == "invalid_key"


def test_a_key_without_the_right_is_403(client: TestClient, world: dict[str, str]) -> None:
    response = client.put("/v1/accounts/someone", json={"handle": "x"},
                          headers=bearer(world["moderator"]))
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_error_messages_follow_accept_language(client: TestClient) -> None:
    response = client.get("/v1/comments/1", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    assert "clé" in response.json()["error"]["message"]


def test_publish_and_read_back(client: TestClient, world: dict[str, str]) -> None:
    created = client.post("/v1/comments", headers=bearer(world["platform"]),
                          json={"content_id": "video-1", "author_id": "u1", "text": "Bravo !"})
    assert created.status_code == 201, created.text
    comment_id = created.json()["id"]
    read = client.get(f"/v1/comments/{comment_id}", headers=bearer(world["platform"]))
    assert read.status_code == 200
    assert read.json()["text"] == "Bravo !"
    assert read.json()["status"] == "visible"
    # The creator of the video may read it; a trusted flagger may not even learn it exists.
    assert client.get(f"/v1/comments/{comment_id}", headers=bearer(world["creator"])).status_code == 200
    assert client.get(f"/v1/comments/{comment_id}", headers=bearer(world["flagger"])).status_code == 404


def _counts(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    with sessions() as session:
        return (session.scalar(select(func.count()).select_from(Comment)) or 0,
                session.scalar(select(func.count()).select_from(Account)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.parametrize(
    ("body", "raw", "status", "code"),
    [
        (None, b"{not json", 422, "invalid_request"),
        ({"content_id": "video-1", "author_id": "u1"}, None, 422, "invalid_request"),
        ({"content_id": "video-1", "author_id": "u1", "text": "x" * 201}, None, 422, "text_too_long"),
        ({"content_id": "video-1", "author_id": "u1", "text": "   "}, None, 422, "empty_text"),
        ({"content_id": "nope", "author_id": "u1", "text": "hello"}, None, 404, "content_not_found"),
        ({"content_id": "video-1", "author_id": "u1", "text": "hi", "extra": 1}, None, 422,
         "invalid_request"),
    ],
)
def test_bad_input_gets_a_clear_4xx_and_changes_nothing(
    client: TestClient, world: dict[str, str], sessions: sessionmaker[Session],
    body: dict[str, object] | None, raw: bytes | None, status: int, code: str,
) -> None:
    before = _counts(sessions)
    headers = {**bearer(world["platform"]), "Content-Type": "application/json"}
    response = (client.post("/v1/comments", content=raw, headers=headers) if raw is not None
                else client.post("/v1/comments", json=body, headers=headers))
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert _counts(sessions) == before


def test_unknown_comment_and_unknown_route_are_404(client: TestClient, world: dict[str, str]) -> None:
    response = client.get("/v1/comments/999999", headers=bearer(world["platform"]))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "comment_not_found"
    assert client.get("/v1/nothing-here").json()["error"]["code"] == "not_found"


def test_accounts_and_contents_are_created_then_updated(client: TestClient, world: dict[str, str]) -> None:
    headers = bearer(world["platform"])
    first = client.put("/v1/accounts/kid-1", json={"handle": "Kid", "age_band": "13_15"}, headers=headers)
    assert first.status_code == 201
    again = client.put("/v1/accounts/kid-1", json={"handle": "Kiddo"}, headers=headers)
    assert again.status_code == 200
    assert again.json()["handle"] == "Kiddo"
    assert client.put("/v1/accounts/kid-1", json={"handle": "K", "age_band": "toddler"},
                      headers=headers).status_code == 422
    content = client.put("/v1/contents/v-9", json={"creator_id": "new-creator", "title": "T"},
                         headers=headers)
    assert content.status_code == 201
    assert content.json()["creator_id"] == "new-creator"


def test_the_api_answers_the_same_with_opentelemetry_on(
        database_url: str, now: dt.datetime, world: dict[str, str]) -> None:
    app = create_app(Settings(database_url=database_url, opentelemetry=True),
                     clock=FakeClock(now), scorer=FakeScorer())
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        published = client.post("/v1/comments", headers=bearer(world["platform"]),
                                json={"content_id": "video-1", "author_id": "fan-1", "text": "Bravo"})
        assert published.status_code == 201 and published.json()["status"] == "visible"
        refused = client.post("/v1/comments", headers=bearer(world["platform"]), json={})
        assert refused.status_code == 422 and "error" in refused.json()


def test_checks_and_publishes_run_one_at_a_time_per_worker_on_sqlite(database_url: str) -> None:
    one_writer = database_url.startswith("sqlite")
    for chosen, threads in ((None, 1 if one_writer else 4), (3, 3)):
        app = create_app(Settings(database_url=database_url, publish_threads=chosen),
                         scorer=FakeScorer())
        with TestClient(app):  # its lifespan closes the engine's connections
            assert app.state.publish_threads.total_tokens == threads
