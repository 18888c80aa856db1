"""Pages: language choice, sign-in with CSRF, roles, and the demo host's JSON endpoints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.access.users import create_user
from rempart.app import create_app
from rempart.db import transaction
from rempart.demo import seed_demo
from rempart.runtime import build_publisher
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer
from tests.web.forms import csrf


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, demo_host=True)


@pytest.fixture
def client(settings: Settings, now: dt.datetime) -> Iterator[TestClient]:
    with TestClient(create_app(settings, clock=FakeClock(now), scorer=FakeScorer())) as test_client:
        yield test_client


@pytest.fixture
def demo(sessions: sessionmaker[Session], settings: Settings, now: dt.datetime) -> None:
    with transaction(sessions) as session:
        seed_demo(session, now=now, publisher=build_publisher(settings, scorer=FakeScorer()))



def test_pages_follow_the_browser_language_and_the_visitors_choice(client: TestClient) -> None:
    french = client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert french.status_code == 200
    assert '<html lang="fr">' in french.text
    assert "Un bouclier pour les espaces de commentaires" in french.text
    english = client.get("/", headers={"Accept-Language": "en-GB"})
    assert "A shield for comment sections" in english.text
    switched = client.get("/lang/en?next=/signin", headers={"Accept-Language": "fr"},
                          follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/signin"
    assert 'lang="en"' in client.get("/signin", headers={"Accept-Language": "fr"}).text
    offsite = client.get("/lang/fr?next=https://evil.example/", follow_redirects=False)
    assert offsite.headers["location"] == "/"


def test_sign_in_needs_the_csrf_token_and_the_right_password(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    with transaction(sessions) as session:
        create_user(session, username="camille", password="correct horse battery", role=Role.MODERATOR,
                    now=now, display_name="Camille")
    form = client.get("/signin")
    token = csrf(form.text)
    no_token = client.post("/signin", data={"username": "camille", "password": "correct horse battery"},
                           headers={"Accept": "text/html"}, follow_redirects=False)
    assert no_token.status_code == 403
    wrong = client.post("/signin", data={"username": "camille", "password": "nope-nope-nope",
                                         "csrf_token": token}, follow_redirects=False)
    assert wrong.status_code == 401
    assert "incorrect" in wrong.text or "Wrong" in wrong.text
    right = client.post("/signin", data={"username": "camille", "password": "correct horse battery",
                                         "csrf_token": token}, follow_redirects=False)
    assert right.status_code == 303
    assert right.headers["location"] == "/moderation"
    cookie = right.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    home = client.get("/")
    assert "Camille" in home.text


def test_demo_host_checks_then_publishes_with_the_outcome_recorded(
    client: TestClient, demo: None
) -> None:
    page = client.get("/demo/videos/vid-portrait-manga?as=tom_92", headers={"Accept-Language": "fr"})
    assert page.status_code == 200
    assert "Vous commentez en tant que" in page.text
    headers = {"X-CSRF-Token": csrf(page.text)}
    refused = client.post("/demo/videos/vid-portrait-manga/check",
                          json={"text": "x", "author_id": "tom_92"})
    assert refused.status_code == 403
    check = client.post("/demo/videos/vid-portrait-manga/check", headers=headers,
                        json={"text": "t'es nul [insult=0.9]", "author_id": "tom_92"})
    assert check.status_code == 200, check.text
    body = check.json()
    assert body["nudge"] is True and body["lang"] == "fr"
    assert body["rule"]["title"] == "Pas d'insultes ni d'humiliation"
    posted = client.post("/demo/videos/vid-portrait-manga/comments", headers=headers,
                         json={"text": "Je ne suis pas d'accord", "author_id": "tom_92",
                               "check_id": body["check_id"]})
    assert posted.status_code == 201
    assert posted.json()["status"] == "visible"
    thread = client.get("/demo/videos/vid-portrait-manga/comments?as=tom_92")
    assert "Je ne suis pas d&#39;accord" in thread.text or "Je ne suis pas d'accord" in thread.text
    elsewhere = client.post("/demo/videos/not-a-demo-video/check", headers=headers,
                            json={"text": "hello", "author_id": "tom_92"})
    assert elsewhere.status_code == 404


def test_demo_host_is_off_unless_enabled(database_url: str, now: dt.datetime) -> None:
    app = create_app(Settings(database_url=database_url), clock=FakeClock(now), scorer=FakeScorer())
    with TestClient(app) as test_client:
        assert test_client.get("/demo").status_code == 404


def test_the_guidelines_page_has_an_anchor_for_every_rule_nudges_link_to(client: TestClient) -> None:
    french = client.get("/guidelines", headers={"Accept-Language": "fr"})
    assert french.status_code == 200
    assert 'id="respect-insults"' in french.text
    assert "Pas d&#39;insultes ni d&#39;humiliation" in french.text
    english = client.get("/guidelines", headers={"Accept-Language": "en"})
    assert "No insults or humiliation" in english.text
