"""The moderator console: the ranked queue, claims, the item in context, decisions, appeals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.models import User
from rempart.access.roles import Role
from rempart.access.service import Principal, create_key
from rempart.app import create_app
from rempart.db import transaction
from rempart.demo import seed_demo
from rempart.moderation import appeals, decisions
from rempart.moderation.decision_models import Decision, Strike
from rempart.moderation.decision_schemas import AppealCreate
from rempart.moderation.models import Comment, Report
from rempart.moderation.publish import PublishRequest
from rempart.runtime import build_publisher
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer
from tests.web.forms import EN, FR, csrf, sign_in

VIDEO = "vid-portrait-manga"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, demo_host=True)


@pytest.fixture
def app_clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(settings: Settings, app_clock: FakeClock) -> Iterator[TestClient]:
    with TestClient(create_app(settings, clock=app_clock, scorer=FakeScorer())) as test_client:
        yield test_client


@pytest.fixture(autouse=True)
def demo(sessions: sessionmaker[Session], settings: Settings, now: dt.datetime) -> None:
    with transaction(sessions) as session:
        seed_demo(session, now=now, publisher=build_publisher(settings, scorer=FakeScorer()))




def _publish(sessions: sessionmaker[Session], settings: Settings, now: dt.datetime, text: str,
             author: str = "troll_du_93") -> int:
    with transaction(sessions) as session:
        comment, _ = build_publisher(settings, scorer=FakeScorer()).publish(
            session, request=PublishRequest(content_id=VIDEO, author_id=author, text=text),
            now=now, actor_id="test")
        return comment.id


def _flag(client: TestClient, comment_id: int, reason: str = "harassment") -> None:
    token = sign_in(client, "ecoute")
    filed = client.post("/flagger/reports", data={"comment": str(comment_id), "reason": reason,
                                                  "explanation": "Signalé par une victime.",
                                                  "csrf_token": token}, follow_redirects=False)
    assert filed.status_code == 303, filed.text


def _user_id(sessions: sessionmaker[Session], username: str) -> int:
    with sessions() as session:
        found = session.scalar(select(User.id).where(User.username == username))
        assert found is not None
        return found


def test_the_console_is_for_moderators_only(client: TestClient) -> None:
    visitor = client.get("/moderation", follow_redirects=False)
    assert visitor.status_code == 303 and visitor.headers["location"] == "/signin?next=/moderation"
    sign_in(client, "lea")
    assert client.get("/moderation", headers=FR).status_code == 403
    sign_in(client, "ecoute")
    assert client.get("/moderation/appeals", headers=FR).status_code == 403
    sign_in(client, "modo")
    assert client.get("/moderation", headers=FR).status_code == 200


def test_a_trusted_flagger_report_tops_the_queue_with_its_deadline(
    client: TestClient, sessions: sessionmaker[Session], settings: Settings, now: dt.datetime
) -> None:
    grey = _publish(sessions, settings, now, "tu es ridicule [insult=0.85]", author="kevin_x")
    flagged = _publish(sessions, settings, now, "je sais où tu habites [doxxing=0.3]")
    _flag(client, flagged, reason="doxxing")
    sign_in(client, "modo")
    page = client.get("/moderation", headers=FR)
    assert page.status_code == 200
    first = page.text.index(f'id="item-comment-{flagged}"')
    assert first < page.text.index(f'id="item-comment-{grey}"')
    top = page.text[first:page.text.index("</li>", first)]
    assert "Signaleur de confiance" in top and "reste 4 h 00 min" in top
    assert "Signalant·es : 1" in top
    only = client.get("/moderation?source=trusted_flagger", headers=FR).text
    assert f"item-comment-{flagged}" in only and f"item-comment-{grey}" not in only
    insults = client.get("/moderation?category=insult&lang=fr", headers=FR).text
    assert f"item-comment-{grey}" in insults and f"item-comment-{flagged}" not in insults
    none = client.get("/moderation?category=exclusion", headers=EN).text
    assert "No item matches these filters." in none


def test_a_second_moderator_is_told_who_claimed_the_item(
    client: TestClient, sessions: sessionmaker[Session], settings: Settings, now: dt.datetime
) -> None:
    comment_id = _publish(sessions, settings, now, "dégage [insult=0.85]")
    token = sign_in(client, "modo")
    claimed = client.post(f"/moderation/items/comment:{comment_id}/claim",
                          data={"csrf_token": token}, follow_redirects=False)
    assert claimed.status_code == 303
    assert "Vous avez pris cet élément en charge" in client.get(claimed.headers["location"],
                                                                 headers=FR).text
    token = sign_in(client, "modo2")
    refused = client.post(f"/moderation/items/comment:{comment_id}/claim",
                          data={"csrf_token": token}, headers=FR)
    assert refused.status_code == 409
    assert "traite déjà cet élément" in refused.text
    assert "Déjà pris en charge par Camille (modération)" in refused.text
    assert 'name="explanation"' not in refused.text  # no decide form for someone else's item
    decided = client.post(f"/moderation/items/comment:{comment_id}/decision", headers=FR, data={
        "action": "remove", "ground": "community_guidelines", "explanation": "Insulte.",
        "csrf_token": token})
    assert decided.status_code == 409
    assert _status(sessions, comment_id) == "pending_review"
    queue = client.get("/moderation", headers=FR).text
    assert "Déjà pris en charge par Camille (modération)" in queue


def _status(sessions: sessionmaker[Session], comment_id: int) -> str:
    with sessions() as session:
        comment = session.get(Comment, comment_id)
        assert comment is not None
        return comment.status


def test_the_item_shows_the_thread_spans_reports_and_author_history(
    client: TestClient, sessions: sessionmaker[Session], settings: Settings, now: dt.datetime
) -> None:
    comment_id = _publish(sessions, settings, now, "t'es nul [insult=0.85] vraiment")
    _flag(client, comment_id)
    sign_in(client, "modo")
    page = client.get(f"/moderation/items/comment:{comment_id}", headers=FR)
    assert page.status_code == 200
    assert '<mark data-category="insult">[insult=0.85]</mark>' in page.text
    assert "Dans sa conversation" in page.text
    assert "Tu dessines depuis combien de temps ?" in page.text  # the neighbouring comment
    assert "e-Enfance / 3018" in page.text and "Signalé par une victime." in page.text
    assert "tom_92" not in page.text.split('id="reports-title"')[1].split("</section>")[0]
    assert "arrête de dessiner" in page.text  # the author's earlier comment in the history
    assert "Avertissements actifs" in page.text
    assert "Prendre en charge" in page.text and 'name="explanation"' not in page.text
    missing = client.get("/moderation/items/comment:999999", headers=FR)
    assert missing.status_code == 404
    assert client.get("/moderation/items/nonsense", headers=FR).status_code == 404


def test_deciding_shows_the_french_statement_of_reasons_and_adds_a_strike(
    client: TestClient, sessions: sessionmaker[Session], settings: Settings, now: dt.datetime
) -> None:
    comment_id = _publish(sessions, settings, now, "t'es nul [insult=0.85]")
    _flag(client, comment_id)
    token = sign_in(client, "modo")
    client.post(f"/moderation/items/comment:{comment_id}/claim", data={"csrf_token": token})
    form = client.get(f"/moderation/items/comment:{comment_id}", headers=FR).text
    assert "Ce commentaire insulte ou rabaisse une personne." in form  # the category's template
    english = client.get(f"/moderation/items/comment:{comment_id}?template=threat", headers=EN).text
    assert "Ce commentaire menace une personne de violence." in english  # the author's language
    no_token = client.post(f"/moderation/items/comment:{comment_id}/decision",
                           data={"action": "remove", "explanation": "Insulte."})
    assert no_token.status_code == 403
    illegal = client.post(f"/moderation/items/comment:{comment_id}/decision", headers=FR, data={
        "action": "remove", "ground": "illegal_content", "explanation": "Insulte publique.",
        "category": "insult", "csrf_token": token})
    assert illegal.status_code == 422 and "fondement juridique" in illegal.text
    assert _status(sessions, comment_id) == "pending_review"
    decided = client.post(f"/moderation/items/comment:{comment_id}/decision", headers=FR, data={
        "action": "remove", "ground": "community_guidelines", "rule_id": "respect-insults",
        "category": "insult", "explanation": "Ce commentaire insulte une personne.",
        "csrf_token": token}, follow_redirects=False)
    assert decided.status_code == 303, decided.text
    statement = client.get(decided.headers["location"], headers=FR)
    assert "Décision enregistrée" in statement.text
    assert "Votre commentaire a été retiré." in statement.text
    assert "Pas d&#39;insultes ni d&#39;humiliation" in statement.text
    assert "Partiellement automatisée" in statement.text
    assert "Camille (modération)" in statement.text
    in_english = client.get(decided.headers["location"].split("?")[0] + "?lang=en", headers=FR)
    assert "Your comment was removed." in in_english.text
    assert _status(sessions, comment_id) == "removed"
    with sessions() as session:
        report = session.scalar(select(Report).where(Report.target_id == str(comment_id)))
        assert report is not None and report.status == "resolved" and report.outcome == "remove"
        decision = session.scalar(select(Decision).where(Decision.target_id == str(comment_id)))
        assert decision is not None
        assert decision.decided_by == f"user:{_user_id(sessions, 'modo')}"
        assert session.scalar(select(Strike).where(Strike.decision_id == decision.id)) is not None
    closed = client.get(f"/moderation/items/comment:{comment_id}", headers=FR).text
    assert "déjà été tranché" in closed


def _decide_as(client: TestClient, username: str, comment_id: int) -> int:
    token = sign_in(client, username)
    client.post(f"/moderation/items/comment:{comment_id}/claim", data={"csrf_token": token})
    decided = client.post(f"/moderation/items/comment:{comment_id}/decision", data={
        "action": "remove", "ground": "community_guidelines", "category": "insult",
        "explanation": "Ce commentaire insulte une personne.", "csrf_token": token},
        follow_redirects=False)
    assert decided.status_code == 303, decided.text
    return int(decided.headers["location"].split("/")[-1].split("?")[0])


def test_an_appeal_is_reviewed_by_another_moderator_who_can_reverse_it(
    client: TestClient, sessions: sessionmaker[Session], settings: Settings, now: dt.datetime
) -> None:
    comment_id = _publish(sessions, settings, now, "t'es nul [insult=0.85]")
    decision_id = _decide_as(client, "modo", comment_id)
    with transaction(sessions) as session:
        platform = create_key(session, role=Role.PLATFORM, now=now, label="test").key
        appeal = appeals.file_appeal(
            session, principal=Principal(key_id=platform.id, role=Role.PLATFORM),
            decision_id=decision_id,
            body=AppealCreate(explanation="C'était une blague entre amis.",
                              appellant_id="troll_du_93"),
            now=now, rules=decisions.DecisionRules())
        appeal_id = appeal.id
    token = csrf(client.get("/moderation/appeals", headers=FR).text)
    listed = client.get("/moderation/appeals", headers=FR).text
    assert f"Recours n° {appeal_id}" in listed and "une autre personne doit l" in listed
    item = client.get(f"/moderation/items/appeal:{appeal_id}", headers=FR).text
    assert "Vous avez pris cette décision" in item and "C&#39;était une blague" in item
    own = client.post(f"/moderation/items/appeal:{appeal_id}/claim", data={"csrf_token": token},
                      headers=FR)
    assert own.status_code == 403 and "examiné par un·e autre modérateur·rice" in own.text
    refused = client.post(f"/moderation/items/appeal:{appeal_id}/decision", headers=FR, data={
        "outcome": "reversed", "explanation": "Je change d'avis.", "csrf_token": token})
    assert refused.status_code == 403
    assert "examiné par un·e autre modérateur·rice" in refused.text
    token = sign_in(client, "modo2")
    claimed = client.post(f"/moderation/items/appeal:{appeal_id}/claim",
                          data={"csrf_token": token}, follow_redirects=False)
    assert claimed.status_code == 303
    form = client.get(claimed.headers["location"], headers=EN).text
    assert "Upheld: the decision stands" in form and "Reversed: the content is restored" in form
    reversed_ = client.post(f"/moderation/items/appeal:{appeal_id}/decision", headers=FR, data={
        "outcome": "reversed", "explanation": "Le contexte montre une plaisanterie entre amis.",
        "csrf_token": token}, follow_redirects=False)
    assert reversed_.status_code == 303, reversed_.text
    page = client.get(reversed_.headers["location"], headers=FR).text
    assert f"la décision n°{decision_id} est annulée" in page
    assert _status(sessions, comment_id) == "visible"
    with sessions() as session:
        strike = session.scalar(select(Strike).where(Strike.decision_id == decision_id))
        assert strike is not None and strike.revoked_at is not None
    assert "Aucun recours en attente." in client.get("/moderation/appeals", headers=FR).text


def test_pages_read_in_english_and_say_what_to_do_when_empty(client: TestClient) -> None:
    sign_in(client, "modo2")
    queue = client.get("/moderation", headers=EN)
    assert queue.status_code == 200 and '<html lang="en">' in queue.text
    assert "Review queue" in queue.text
    appeals_page = client.get("/moderation/appeals", headers=EN).text
    assert "No appeal is waiting." in appeals_page
    assert client.get("/moderation/decisions/424242", headers=EN).status_code == 404
