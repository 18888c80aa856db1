"""The public campaign page: the featured campaign, the quiz played without JavaScript, the helpline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.app import create_app
from rempart.awareness import quiz as quizzes
from rempart.awareness.campaigns import create_campaign
from rempart.awareness.defaults import DEFAULT_QUESTIONS, DEFAULT_QUIZ_ID
from rempart.awareness.schemas import CampaignCreate
from rempart.awareness.seed import seed_awareness
from rempart.db import transaction
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer
from tests.web.forms import EN, FR, csrf

RIGHT = [question[3] for question in DEFAULT_QUESTIONS]


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)  # 2 November 2026, 10:00 UTC: 11:00 in Paris


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url), clock=clock, scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def campaign(sessions: sessionmaker[Session], now: dt.datetime) -> None:
    with transaction(sessions) as session:
        seed_awareness(session, now=now)



def _submissions(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return quizzes.stats(session, quiz_id=DEFAULT_QUIZ_ID, lang="fr").submissions


def test_the_running_campaign_is_shown_with_its_media_quiz_and_helpline(
    client: TestClient, campaign: None
) -> None:
    page = client.get("/campaign", headers=FR)
    assert page.status_code == 200
    assert "Ensemble contre le cyberharcèlement" in page.text
    assert 'href="https://video.example/rempart/temoignage-lea"' in page.text
    assert "Regarder le témoignage" in page.text and "<video" not in page.text
    assert page.text.count('<fieldset class="question') == 8
    assert page.text.count('type="radio"') == sum(len(q[4]) for q in DEFAULT_QUESTIONS)
    assert "Question 1 sur 8" in page.text
    assert 'href="tel:3018"' in page.text and "Appeler le 3018" in page.text
    assert "Ouvert maintenant, jusqu&#39;à 23:00" in page.text
    assert "Gratuit" in page.text and "Anonyme" in page.text and "Confidentiel" in page.text
    english = client.get("/campaign", headers=EN)
    assert "Together against cyber-harassment" in english.text
    assert "Open now, until 11:00\u202fPM" in english.text or "Open now, until 11:00 PM" in english.text


def test_the_helpline_says_when_it_opens_again(client: TestClient, clock: FakeClock,
                                               campaign: None) -> None:
    clock.current = dt.datetime(2026, 11, 2, 2, 0, tzinfo=dt.UTC)  # 03:00 in Paris
    page = client.get("/campaign", headers=FR)
    assert "Fermé, ouvre aujourd&#39;hui à 09:00" in page.text
    clock.current = dt.datetime(2026, 11, 2, 22, 30, tzinfo=dt.UTC)  # 23:30 in Paris
    assert "Closed, opens tomorrow at 9:00" in client.get("/campaign", headers=EN).text


def test_without_a_campaign_the_quiz_and_helpline_are_still_there(client: TestClient) -> None:
    page = client.get("/campaign", headers=FR)
    assert page.status_code == 200
    assert "Aucune campagne n&#39;est en cours" in page.text
    assert page.text.count('<fieldset class="question') == 8
    assert "Appeler le 3018" in page.text


def test_playing_the_quiz_shows_the_score_and_every_explanation(
    client: TestClient, sessions: sessionmaker[Session], campaign: None
) -> None:
    token = csrf(client.get("/campaign", headers=FR).text)
    answers = {f"answer-{i}": str(choice) for i, choice in enumerate(RIGHT)}
    answers["answer-0"] = str((RIGHT[0] + 1) % len(DEFAULT_QUESTIONS[0][4]))  # one wrong answer
    scored = client.post("/campaign/quiz", headers=FR,
                         data={"csrf_token": token, "quiz_id": DEFAULT_QUIZ_ID, **answers})
    assert scored.status_code == 200
    assert "Ton score : 7 / 8" in scored.text
    assert scored.text.count('<li class="right">') == 7
    assert scored.text.count('<li class="wrong">') == 1
    assert "La bonne réponse" in scored.text
    assert "Excellents réflexes" in scored.text
    assert _submissions(sessions) == 1
    perfect = client.post("/campaign/quiz", headers=EN, data={
        "csrf_token": token, "quiz_id": DEFAULT_QUIZ_ID,
        **{f"answer-{i}": str(choice) for i, choice in enumerate(RIGHT)}})
    assert "Your score: 8 / 8" in perfect.text and "The right answer" not in perfect.text


def test_an_unfinished_quiz_is_sent_back_with_the_answers_kept(
    client: TestClient, sessions: sessionmaker[Session]
) -> None:
    token = csrf(client.get("/campaign", headers=FR).text)
    partial = client.post("/campaign/quiz", headers=FR, data={
        "csrf_token": token, "quiz_id": DEFAULT_QUIZ_ID, "answer-0": "1", "answer-2": "2"})
    assert partial.status_code == 422
    assert "Questions sans réponse : 2, 4, 5, 6, 7, 8." in partial.text
    assert re.search(r'id="answer-0-1"[^>]* checked', partial.text)
    assert partial.text.count('class="question unanswered"') == 6
    assert _submissions(sessions) == 0
    forged = client.post("/campaign/quiz", data={"quiz_id": DEFAULT_QUIZ_ID, "answer-0": "1"})
    assert forged.status_code == 403
    assert _submissions(sessions) == 0


def test_a_video_file_plays_in_the_page_with_its_caption(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    with transaction(sessions) as session:
        create_campaign(session, data=CampaignCreate(
            slug="clip-mp4", title_fr="Le clip", title_en="The clip", description_fr="Regarde.",
            description_en="Watch.", placement="discover", starts_at=now - dt.timedelta(hours=1),
            ends_at=now + dt.timedelta(days=1), media=[{
                "kind": "awareness_clip", "url": "https://media.example/clip.webm",
                "caption_fr": "Les bons réflexes", "caption_en": "The right moves"}],
            helpline_id="gb-childline"), now=now, actor_id="test")
    page = client.get("/campaign", headers=EN)
    assert '<source src="https://media.example/clip.webm" type="video/webm">' in page.text
    assert "The right moves" in page.text
    assert "Childline" in page.text and "Open now, 24 hours a day" in page.text
