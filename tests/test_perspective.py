"""The Perspective-compatible endpoint: Perspective's request shape in, its response shape out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.perspective.mapping import ALL_ATTRIBUTES, sentences
from rempart.settings import Settings
from tests.factories import make_key
from tests.fakes import FakeClock, FakeScorer

#: The sample request of Perspective's documentation ("Analyzing comments").
DOCUMENTED_REQUEST = {
    "comment": {"text": "What kind of idiot name is foo?"},
    "languages": ["en"],
    "requestedAttributes": {"TOXICITY": {}},
}


@pytest.fixture
def key(sessions: sessionmaker[Session], now: dt.datetime) -> str:
    return make_key(sessions, Role.PLATFORM, now=now)


@pytest.fixture
def fake_client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url), clock=FakeClock(now), scorer=FakeScorer())
    with TestClient(app) as client:
        yield client


def test_sentences_cover_the_text_without_spaces() -> None:
    text = "Salut toi.  T'es nul! Bye"
    assert [text[b:e] for b, e in sentences(text)] == ["Salut toi.", "T'es nul!", "Bye"]
    assert sentences("") == [(0, 0)]


def test_key_in_the_query_like_the_original(fake_client: TestClient, key: str,
                                            sessions: sessionmaker[Session], now: dt.datetime) -> None:
    assert fake_client.post("/v1alpha1/comments:analyze", json=DOCUMENTED_REQUEST).status_code == 401
    moderator = make_key(sessions, Role.MODERATOR, now=now)
    assert fake_client.post(f"/v1alpha1/comments:analyze?key={moderator}",
                            json=DOCUMENTED_REQUEST).status_code == 403
    response = fake_client.post(f"/v1alpha1/comments:analyze?key={key}", json=DOCUMENTED_REQUEST)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= {"attributeScores", "languages", "detectedLanguages"}
    summary = body["attributeScores"]["TOXICITY"]["summaryScore"]
    assert summary["type"] == "PROBABILITY" and 0 <= summary["value"] <= 1
    assert "spanScores" not in body["attributeScores"]["TOXICITY"]


def test_every_attribute_spans_and_thresholds(fake_client: TestClient, key: str) -> None:
    request = {
        "comment": {"text": "Hello there. [threat=0.8] I will find you."},
        "requestedAttributes": {name: {} for name in ALL_ATTRIBUTES} | {"INSULT": {"scoreThreshold": 0.5}},
        "spanAnnotations": True, "doNotStore": True, "clientToken": "abc",
    }
    body = fake_client.post(f"/v1alpha1/comments:analyze?key={key}", json=request).json()
    scores = body["attributeScores"]
    assert set(scores) == set(ALL_ATTRIBUTES) - {"INSULT"}  # INSULT fell under its threshold
    assert scores["THREAT"]["summaryScore"]["value"] == pytest.approx(0.8)
    spans = scores["THREAT"]["spanScores"]
    assert [(s["begin"], s["end"]) for s in spans] == [(0, 12), (13, 42)]
    assert spans[0]["score"]["value"] < spans[1]["score"]["value"]
    assert body["clientToken"] == "abc"


def test_unknown_attributes_and_bad_bodies_are_4xx(fake_client: TestClient, key: str) -> None:
    unknown = fake_client.post(f"/v1alpha1/comments:analyze?key={key}", json={
        "comment": {"text": "x"}, "requestedAttributes": {"FLIRTATION": {}}})
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "unknown_attribute"
    empty = fake_client.post(f"/v1alpha1/comments:analyze?key={key}", json={
        "comment": {"text": "x"}, "requestedAttributes": {}})
    assert empty.status_code == 422


@pytest.fixture
def real_client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(database_url=database_url), clock=FakeClock(now))) as client:
        yield client


@pytest.mark.parametrize(("text", "lang"), [
    ("You are a pathetic idiot and nobody here wants you.", "en"),
    ("T'es vraiment qu'un idiot, personne ne veut de toi ici.", "fr"),
])
def test_the_real_detector_answers_in_french_and_english(real_client: TestClient, key: str,
                                                        text: str, lang: str) -> None:
    request = {"comment": {"text": text}, "languages": [lang],
               "requestedAttributes": {name: {} for name in ALL_ATTRIBUTES}, "spanAnnotations": True}
    body = real_client.post(f"/v1alpha1/comments:analyze?key={key}", json=request).json()
    assert set(body["attributeScores"]) == set(ALL_ATTRIBUTES)
    assert body["detectedLanguages"] == [lang]
    assert body["attributeScores"]["TOXICITY"]["summaryScore"]["value"] > 0.5
    assert body["attributeScores"]["INSULT"]["summaryScore"]["value"] > 0.5


def test_the_documented_request_is_answered_by_the_real_detector(real_client: TestClient,
                                                                 key: str) -> None:
    body = real_client.post(f"/v1alpha1/comments:analyze?key={key}", json=DOCUMENTED_REQUEST).json()
    summary = body["attributeScores"]["TOXICITY"]["summaryScore"]
    assert summary["type"] == "PROBABILITY" and 0.0 <= summary["value"] <= 1.0
    assert body["languages"] == ["en"]
