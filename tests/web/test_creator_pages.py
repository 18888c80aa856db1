"""The creator console: settings forms, the approval queue with reasons, bulk actions with results."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.app import create_app
from rempart.audit import AuditEntry
from rempart.db import transaction
from rempart.demo import seed_demo
from rempart.moderation.accounts import upsert_content
from rempart.moderation.models import Comment, CreatorSettings, Report
from rempart.runtime import build_publisher
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer
from tests.web.forms import EN, FR, csrf, sign_in

VIDEO = "vid-portrait-manga"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, demo_host=True)


@pytest.fixture
def client(settings: Settings, now: dt.datetime) -> Iterator[TestClient]:
    with TestClient(create_app(settings, clock=FakeClock(now), scorer=FakeScorer())) as test_client:
        yield test_client


@pytest.fixture(autouse=True)
def demo(sessions: sessionmaker[Session], settings: Settings, now: dt.datetime) -> None:
    with transaction(sessions) as session:
        seed_demo(session, now=now, publisher=build_publisher(settings, scorer=FakeScorer()))




def _post_as_commenter(client: TestClient, text: str, author: str = "tom_92") -> int:
    token = csrf(client.get(f"/demo/videos/{VIDEO}").text)
    posted = client.post(f"/demo/videos/{VIDEO}/comments", headers={"X-CSRF-Token": token},
                         json={"text": text, "author_id": author})
    assert posted.status_code == 201, posted.text
    return int(posted.json()["id"])


def _status(sessions: sessionmaker[Session], comment_id: int) -> str:
    with sessions() as session:
        comment = session.get(Comment, comment_id)
        assert comment is not None
        return comment.status


def test_the_console_needs_a_signed_in_creator(client: TestClient) -> None:
    visitor = client.get("/creator", follow_redirects=False)
    assert visitor.status_code == 303 and visitor.headers["location"] == "/signin?next=/creator"
    sign_in(client, "modo")
    assert client.get("/creator/queue", headers=FR).status_code == 403


def test_my_videos_are_listed_with_counts_by_status(client: TestClient) -> None:
    sign_in(client, "lea")
    page = client.get("/creator", headers=FR)
    assert page.status_code == 200
    assert "Dessiner un portrait manga en 10 minutes" in page.text
    assert f'href="/creator/videos/{VIDEO}?status=visible">7<' in page.text
    assert "Tout sélectionner" not in page.text  # bulk forms live on the lists, not the overview
    english = client.get("/creator", headers=EN)
    assert "comments waiting for your approval" in english.text


def test_filter_all_holds_a_new_comment_and_bulk_approve_shows_each_result(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = sign_in(client, "lea")
    saved = client.post(f"/creator/videos/{VIDEO}/settings", headers=FR, follow_redirects=False,
                        data={"csrf_token": token, "filter_mode": "all"})
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/creator/videos/{VIDEO}/settings?saved=1"
    settings_page = client.get(saved.headers["location"], headers=FR)
    assert "Réglages enregistrés" in settings_page.text
    assert re.search(r'id="mode-all"[^>]* checked', settings_page.text)

    held = _post_as_commenter(client, "franchement t'es nul [insult=0.6]")
    assert _status(sessions, held) == "held"
    queue = client.get("/creator/queue", headers=FR)
    assert f'id="comment-{held}"' in queue.text
    assert "Vous filtrez tous les commentaires de cette vidéo" in queue.text
    assert '<mark data-category="insult"' in queue.text
    assert "Tout sélectionner (100 max.)" in queue.text

    with sessions() as session:
        visible = session.scalars(select(Comment.id).where(
            Comment.content_id == VIDEO, Comment.status == "visible")).first()
    assert visible is not None
    result = client.post("/creator/queue", headers=FR, data={
        "csrf_token": token, "action": "approve", "ids": [str(held), str(visible)]})
    assert result.status_code == 200
    assert "Approuver : 1 effectué(s), 1 déjà fait(s)" in result.text
    assert f"#{held} “franchement t&#39;es nul" in result.text
    assert _status(sessions, held) == "visible"
    assert f'id="comment-{held}"' not in result.text  # the queue no longer holds it
    with sessions() as session:
        audited = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "comment.approve", AuditEntry.target_id == str(held))).one()
    assert audited.actor_id.startswith("user:")


def test_keywords_hold_comments_and_the_reason_names_the_keyword(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = sign_in(client, "lea")
    client.post("/creator/settings", headers=FR, data={
        "csrf_token": token, "filter_mode": "off", "keywords": "patate\ncrayon gras"})
    held = _post_as_commenter(client, "on dirait une p a t a t e")
    assert _status(sessions, held) == "held"
    queue = client.get("/creator/queue", headers=EN)
    assert "Contains one of your keywords" in queue.text
    assert '<mark class="keyword">patate</mark>' in queue.text
    video_settings = client.get(f"/creator/videos/{VIDEO}/settings", headers=EN)
    assert "From your default settings" in video_settings.text
    assert "patate, crayon gras" in video_settings.text


def test_bulk_block_and_report_of_authors_and_comments(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = sign_in(client, "lea")
    blocked = client.post(f"/creator/videos/{VIDEO}", headers=FR, data={
        "csrf_token": token, "action": "block", "accounts": ["troll_du_93", "troll_du_93", "tom_92"]})
    assert blocked.status_code == 200
    assert "Bloquer les auteurs : 2 effectué(s)" in blocked.text
    again = client.post(f"/creator/videos/{VIDEO}", headers=FR, data={
        "csrf_token": token, "action": "block", "accounts": ["troll_du_93"]})
    assert "0 effectué(s), 1 déjà fait(s)" in again.text
    with sessions() as session:
        row = session.scalars(select(CreatorSettings).where(
            CreatorSettings.content_id.is_(None))).one()
        assert row.blocked_accounts == ["troll_du_93", "tom_92"]
        target = session.scalars(select(Comment.id).where(Comment.author_id == "troll_du_93")).first()
    assert target is not None
    reported = client.post(f"/creator/videos/{VIDEO}", headers=EN, data={
        "csrf_token": token, "action": "report", "ids": [str(target)], "reason": "hate",
        "explanation": "Insulte répétée"})
    assert "Report comments: 1 done" in reported.text
    with sessions() as session:
        report = session.scalars(select(Report).where(Report.target_id == str(target))).one()
        assert (report.reason, report.reporter_account_id, report.reporter_key_id) == (
            "hate", "lea_dessine", None)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.create")).one()
        assert entry.actor_id.startswith("user:")


def test_mistakes_are_explained_and_change_nothing(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = sign_in(client, "lea")
    nothing = client.post("/creator/queue", headers=FR, data={"csrf_token": token,
                                                              "action": "approve"})
    assert nothing.status_code == 422
    assert "Cochez d&#39;abord au moins un commentaire" in nothing.text
    no_author = client.post(f"/creator/videos/{VIDEO}", headers=EN, data={
        "csrf_token": token, "action": "restrict"})
    assert "Tick at least one author" in no_author.text
    too_many = client.post(f"/creator/videos/{VIDEO}", headers=EN, data={
        "csrf_token": token, "action": "hide", "ids": [str(i) for i in range(1, 102)]})
    assert too_many.status_code == 422 and "At most 100 ids" in too_many.text
    illegal = client.post(f"/creator/videos/{VIDEO}", headers=FR, data={
        "csrf_token": token, "action": "report", "ids": ["1"], "reason": "illegal_content"})
    assert illegal.status_code == 422 and "illicite" in illegal.text
    bad_list = client.post("/creator/settings", headers=FR, data={
        "csrf_token": token, "filter_mode": "all", "blocked_accounts": "tom_92\nnot an id"})
    assert bad_list.status_code == 422
    assert "Comptes bloqués : « not an id » n&#39;est pas un identifiant" in bad_list.text
    assert "not an id" in bad_list.text.split('id="blocked_accounts"')[1]  # the typing is kept
    conflict = client.post("/creator/settings", headers=EN, data={
        "csrf_token": token, "approved_commenters": "tom_92", "blocked_accounts": "tom_92"})
    assert conflict.status_code == 422 and "both approved and blocked" in conflict.text
    forged = client.post("/creator/queue", data={"action": "approve", "ids": ["1"]})
    assert forged.status_code == 403
    with sessions() as session:
        assert session.scalars(select(CreatorSettings)).all() == []
        assert session.scalars(select(Report)).all() == []
        assert session.scalar(select(Comment.status).where(Comment.id == 1)) == "visible"


def test_another_creators_video_is_refused(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    with transaction(sessions) as session:
        upsert_content(session, content_id="vid-other", creator_id="someone_else", title="Autre",
                       url=None, now=now, actor_id="test")
    token = sign_in(client, "lea")
    assert client.get("/creator/videos/vid-other").status_code == 403
    refused = client.post("/creator/videos/vid-other/settings", data={
        "csrf_token": token, "filter_mode": "all"})
    assert refused.status_code == 403
    with sessions() as session:
        assert session.scalars(select(CreatorSettings)).all() == []


def test_empty_states_say_what_to_do_next(client: TestClient) -> None:
    sign_in(client, "lea")
    queue = client.get("/creator/queue", headers=EN)
    assert "Nothing is waiting for your approval." in queue.text
    assert 'href="/creator/settings"' in queue.text
    filtered = client.get(f"/creator/videos/{VIDEO}?status=removed", headers=EN)
    assert "No comments with this status." in filtered.text
