"""The trusted-flagger portal: priority reports by id or link, own reports only, time to action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.access.users import create_user
from rempart.app import create_app
from rempart.db import transaction
from rempart.demo import DEMO_PASSWORD, seed_demo
from rempart.moderation.models import Comment, Report
from rempart.runtime import build_publisher
from rempart.settings import Settings
from rempart.web.flagger_pages import comment_id_in, hours_text
from tests.fakes import FakeClock, FakeScorer
from tests.web.forms import EN, FR, sign_in


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, demo_host=True)


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(settings: Settings, clock: FakeClock) -> Iterator[TestClient]:
    with TestClient(create_app(settings, clock=clock, scorer=FakeScorer())) as test_client:
        yield test_client


@pytest.fixture(autouse=True)
def demo(sessions: sessionmaker[Session], settings: Settings, now: dt.datetime) -> None:
    with transaction(sessions) as session:
        seed_demo(session, now=now, publisher=build_publisher(settings, scorer=FakeScorer()))
        create_user(session, username="autre", password=DEMO_PASSWORD, role=Role.TRUSTED_FLAGGER,
                    now=now, organisation="Autre association", display_name="Autre")




def _demo_comment(sessions: sessionmaker[Session], external_id: str) -> int:
    with sessions() as session:
        found = session.scalar(select(Comment.id).where(Comment.external_id == external_id))
        assert found is not None
        return found


@pytest.mark.parametrize(("pasted", "expected"), [
    ("42", 42), (" #42 ", 42), ("https://video.example/lea/portrait-manga/comments/42", 42),
    ("https://video.example/watch?v=abc&comment=42", 42), ("/demo/videos/vid?comment=42", 42),
    ("https://video.example/lea/42/", 42), ("https://video.example/v#comment-42", 42),
    ("forty-two", None), ("https://video.example/lea/portrait-manga", None), ("", None),
    ("javascript:42", None),
])
def test_a_comment_id_is_found_in_an_id_or_a_link(pasted: str, expected: int | None) -> None:
    assert comment_id_in(pasted) == expected


def test_hours_read_as_hours_and_minutes() -> None:
    assert hours_text(1.5) == "1 h 30" and hours_text(0.01) == "0 h 01" and hours_text(None) is None


def test_the_portal_is_for_trusted_flaggers_only(client: TestClient) -> None:
    visitor = client.get("/flagger", follow_redirects=False)
    assert visitor.status_code == 303 and visitor.headers["location"] == "/signin?next=/flagger"
    sign_in(client, "modo")
    assert client.get("/flagger", headers=FR).status_code == 403
    sign_in(client, "ecoute")
    page = client.get("/flagger", headers=FR)
    assert page.status_code == 200
    assert "Votre organisation n&#39;a encore fait aucun signalement" in page.text
    assert "Pas encore de chiffres" in page.text


def test_a_report_filed_by_link_gets_a_four_hour_deadline_and_is_followed(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    comment_id = _demo_comment(sessions, "demo-016")
    token = sign_in(client, "ecoute")
    no_token = client.post("/flagger/reports", data={"comment": str(comment_id),
                                                     "reason": "threat"})
    assert no_token.status_code == 403
    filed = client.post("/flagger/reports", data={
        "comment": f"https://video.example/lea/mon-histoire?comment={comment_id}",
        "reason": "threat", "explanation": "Menace visant une collégienne.", "csrf_token": token},
        follow_redirects=False)
    assert filed.status_code == 303, filed.text
    page = client.get(filed.headers["location"], headers=FR)
    with sessions() as session:
        report = session.scalar(select(Report).where(Report.target_id == str(comment_id)))
        assert report is not None and report.source == "trusted_flagger"
        assert report.due_at == now + dt.timedelta(hours=4)
    assert f"Signalement n° {report.id} reçu" in page.text
    assert "je sais où t&#39;habites" in page.text
    assert "reste 4 h 00 min" in page.text
    assert "En attente d&#39;un modérateur" in page.text
    english = client.get("/flagger", headers=EN).text
    assert "4 h 00 min left" in english and "Your organisation&#39;s reports" in english


def test_bad_input_says_what_to_fix_and_files_nothing(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = sign_in(client, "ecoute")
    unreadable = client.post("/flagger/reports", headers=FR, data={
        "comment": "le commentaire de Kevin", "reason": "threat", "csrf_token": token})
    assert unreadable.status_code == 422 and "Collez un numéro de commentaire" in unreadable.text
    assert 'value="le commentaire de Kevin"' in unreadable.text  # the form keeps what was typed
    missing = client.post("/flagger/reports", headers=EN, data={
        "comment": "https://video.example/c/987654", "reason": "threat", "csrf_token": token})
    assert missing.status_code == 404 and "No comment 987654 here" in missing.text
    comment_id = _demo_comment(sessions, "demo-013")
    illegal = client.post("/flagger/reports", headers=FR, data={
        "comment": str(comment_id), "reason": "illegal_content", "csrf_token": token})
    assert illegal.status_code == 422 and "doit expliquer en quoi il l&#39;est" in illegal.text
    with sessions() as session:
        assert session.scalar(select(Report.id)) is None


def test_one_organisation_never_sees_another_organisations_reports(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    comment_id = _demo_comment(sessions, "demo-009")
    token = sign_in(client, "ecoute")
    client.post("/flagger/reports", data={"comment": str(comment_id), "reason": "body_shaming",
                                          "csrf_token": token})
    with sessions() as session:
        report_id = session.scalar(select(Report.id))
    sign_in(client, "autre")
    other = client.get(f"/flagger?filed={report_id}", headers=FR).text
    assert "grosse vache" not in other and f'id="report-{report_id}"' not in other
    assert "Autre association" in other


def test_time_to_action_counts_the_organisations_decided_reports(
    client: TestClient, sessions: sessionmaker[Session], clock: FakeClock
) -> None:
    comment_id = _demo_comment(sessions, "demo-013")
    token = sign_in(client, "ecoute")
    client.post("/flagger/reports", data={"comment": str(comment_id), "reason": "self_harm",
                                          "csrf_token": token})
    clock.advance(hours=1, minutes=30)
    token = sign_in(client, "modo")
    client.post(f"/moderation/items/comment:{comment_id}/claim", data={"csrf_token": token})
    decided = client.post(f"/moderation/items/comment:{comment_id}/decision", data={
        "action": "remove", "ground": "community_guidelines", "category": "self_harm_incitement",
        "explanation": "Ce commentaire pousse une personne à se faire du mal.",
        "csrf_token": token}, follow_redirects=False)
    assert decided.status_code == 303, decided.text
    sign_in(client, "ecoute")
    page = client.get("/flagger", headers=FR).text
    figures = page.split('id="figures-title"')[1].split("</section>")[0]
    assert figures.count("1 h 30") == 2  # median and 90th percentile
    assert "100 %" in figures
    assert "Traité dans les délais" in page
    assert "Le contenu signalé a été retiré." in page
