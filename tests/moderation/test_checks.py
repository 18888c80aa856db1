"""The reconsider prompt: nudges with a rule and a message, outcomes and their shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url, check_abandon_after_minutes=30),
                     clock=clock, scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def keys(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    make_account(sessions, "creator-1", now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    return {"platform": make_key(sessions, Role.PLATFORM, now=now),
            "admin": make_key(sessions, Role.ADMIN, now=now),
            "moderator": make_key(sessions, Role.MODERATOR, now=now),
            "creator": make_key(sessions, Role.CREATOR, now=now, account_id="creator-1")}


def _check(client: TestClient, key: str, text: str, **extra: str) -> dict[str, object]:
    response = client.post("/v1/checks", headers=bearer(key),
                           json={"text": text, "author_id": "kid-1", "content_id": "video-1", **extra})
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


def test_a_hurtful_draft_is_nudged_with_its_rule_and_a_message_in_its_language(
    client: TestClient, keys: dict[str, str]
) -> None:
    french = _check(client, keys["platform"], "t'es nul [insult=0.93]", lang="fr")
    assert french["nudge"] is True
    rule = french["rule"]
    assert isinstance(rule, dict) and rule["id"] == "respect-insults"
    assert rule["title"] == "Pas d'insultes ni d'humiliation"
    assert isinstance(french["message"], str) and "Pas d'insultes" in french["message"]
    assert french["spans"] == [{"start": 9, "end": 22, "category": "insult"}]
    english = _check(client, keys["platform"], "you [threat=0.8]", lang="en")
    assert english["nudge"] is True
    assert isinstance(english["rule"], dict) and english["rule"]["title"] == "No threats"
    assert isinstance(english["message"], str) and english["message"].startswith("Your comment")


def test_a_friendly_draft_is_not_nudged(client: TestClient, keys: dict[str, str]) -> None:
    body = _check(client, keys["platform"], "Super vidéo, merci !")
    assert body["nudge"] is False
    assert body["rule"] is None and body["message"] is None


def test_checks_need_a_platform_key_and_a_known_content(client: TestClient, keys: dict[str, str]) -> None:
    payload = {"text": "x", "author_id": "kid-1", "content_id": "video-1"}
    assert client.post("/v1/checks", json=payload).status_code == 401
    assert client.post("/v1/checks", json=payload, headers=bearer(keys["creator"])).status_code == 403
    missing = client.post("/v1/checks", headers=bearer(keys["platform"]),
                          json={**payload, "content_id": "nope"})
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "content_not_found"


def test_outcome_shares_follow_a_scripted_sequence(
    client: TestClient, keys: dict[str, str], clock: FakeClock, now: dt.datetime
) -> None:
    platform = bearer(keys["platform"])
    nudged = "[insult=0.9] t'es nul"
    ids = [str(_check(client, keys["platform"], nudged)["check_id"]) for _ in range(6)]
    _check(client, keys["platform"], "coucou")  # not nudged: counts as a check, not a nudge
    # 1 and 2 withdraw; 3 edits; 4 posts anyway; 5 is never followed up; 6 is still fresh.
    for check_id in ids[:2]:
        assert client.post(f"/v1/checks/{check_id}/withdraw", headers=platform).status_code == 200
    edited = client.post("/v1/comments", headers=platform, json={
        "content_id": "video-1", "author_id": "kid-1", "text": "je ne suis pas d'accord",
        "check_id": ids[2]})
    assert edited.status_code == 201, edited.text
    posted = client.post("/v1/comments", headers=platform, json={
        "content_id": "video-1", "author_id": "kid-1", "text": nudged, "check_id": ids[3]})
    assert posted.status_code == 201, posted.text
    # A check is followed up once: posting after withdrawing is refused and changes nothing.
    again = client.post("/v1/comments", headers=platform, json={
        "content_id": "video-1", "author_id": "kid-1", "text": nudged, "check_id": ids[0]})
    assert again.status_code == 409
    clock.advance(minutes=31)
    ids.append(str(_check(client, keys["platform"], nudged)["check_id"]))
    period = {"from": (now - dt.timedelta(hours=1)).isoformat(),
              "to": (now + dt.timedelta(hours=1)).isoformat()}
    stats = client.get("/v1/stats/nudges", params=period, headers=bearer(keys["moderator"]))
    assert stats.status_code == 200, stats.text
    figures = stats.json()
    assert figures["checks"] == 8
    assert figures["nudged"] == 7
    assert (figures["withdrawn"], figures["edited"], figures["posted_anyway"]) == (2, 1, 1)
    assert figures["abandoned"] == 2  # checks 5 and 6, over 30 minutes old
    assert figures["pending"] == 1  # the check made after the clock moved
    assert figures["share_withdrawn_or_edited"] == pytest.approx(3 / 6, abs=1e-4)
    assert client.get("/v1/stats/nudges", params=period,
                      headers=bearer(keys["creator"])).status_code == 403
    bad = client.get("/v1/stats/nudges", params={"from": period["to"], "to": period["from"]},
                     headers=bearer(keys["moderator"]))
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_period"


def test_a_check_cannot_be_reused_for_another_author(client: TestClient, keys: dict[str, str]) -> None:
    check_id = _check(client, keys["platform"], "[insult=0.9]")["check_id"]
    response = client.post("/v1/comments", headers=bearer(keys["platform"]), json={
        "content_id": "video-1", "author_id": "someone-else", "text": "hi", "check_id": check_id})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "check_mismatch"


def test_guidelines_are_public_and_replaced_by_an_admin_only(
    client: TestClient, keys: dict[str, str]
) -> None:
    rules = client.get("/v1/guidelines").json()
    assert len(rules) == 8
    assert {r["category"] for r in rules} >= {"insult", "threat", "doxxing"}
    new_rule = {"id": "no-insults", "category": "insult", "title_fr": "Respect",
                "title_en": "Respect", "summary_fr": "Pas d'insultes.", "summary_en": "No insults.",
                "url": "https://example.org/rules#respect"}
    assert client.put("/v1/guidelines", json={"rules": [new_rule]},
                      headers=bearer(keys["platform"])).status_code == 403
    duplicate = client.put("/v1/guidelines", json={"rules": [new_rule, new_rule]},
                           headers=bearer(keys["admin"]))
    assert duplicate.status_code == 422
    assert len(client.get("/v1/guidelines").json()) == 8
    replaced = client.put("/v1/guidelines", json={"rules": [new_rule]}, headers=bearer(keys["admin"]))
    assert replaced.status_code == 200
    nudge = _check(client, keys["platform"], "[insult=0.9]", lang="en")
    assert isinstance(nudge["rule"], dict) and nudge["rule"]["id"] == "no-insults"


def test_the_packaged_detector_nudges_a_french_insult_and_not_a_friendly_comment(
    database_url: str, clock: FakeClock, keys: dict[str, str]
) -> None:
    with TestClient(create_app(Settings(database_url=database_url), clock=clock)) as real:
        text = "Franchement t'es qu'une grosse conne, arrête de poster"
        body = _check(real, keys["platform"], text)
        assert body["nudge"] is True
        assert isinstance(body["rule"], dict) and body["rule"]["id"] == "respect-insults"
        assert isinstance(body["message"], str) and body["message"].startswith("Ton commentaire")
        spans = body["spans"]
        assert isinstance(spans, list) and spans
        assert any("conne" in text[s["start"]:s["end"]] for s in spans)
        friendly = _check(real, keys["platform"], "Merci pour cette vidéo, j'ai appris plein de choses !")
        assert friendly["nudge"] is False and friendly["rule"] is None
