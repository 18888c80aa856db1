"""The publish pipeline: ordered phases, first final status wins, the classifier fails safe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.detection.detector import Assessment
from rempart.moderation import pipeline
from rempart.moderation.enums import CommentStatus, FilterMode
from rempart.moderation.models import Comment
from rempart.moderation.thresholds import Policy, Threshold
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer


def _exact(keywords: Sequence[str], text: str) -> list[str]:
    return [k for k in keywords if k in text]


def _run(text: str, rules: pipeline.CreatorRules | None = None, *, fail: bool = False,
         author: str = "kid") -> pipeline.Verdict:
    phases = pipeline.default_phases(scorer=FakeScorer(fail=fail), policy=Policy(), matcher=_exact)
    draft = pipeline.Draft(text=text, author_id=author, creator_id="creator",
                           rules=rules or pipeline.CreatorRules())
    return pipeline.run(phases, draft)


def test_a_friendly_comment_is_visible_with_its_scores() -> None:
    verdict = _run("Merci pour la vidéo")
    assert verdict.status is CommentStatus.VISIBLE
    assert verdict.reasons == ()
    assert verdict.assessment is not None


def test_a_failing_detector_holds_the_comment_for_review() -> None:
    verdict = _run("anything", fail=True)
    assert verdict.status is CommentStatus.PENDING_REVIEW
    assert [r.code for r in verdict.reasons] == ["detector_failed"]


def test_thresholds_remove_or_queue_for_review() -> None:
    assert _run("[threat=0.99]").status is CommentStatus.REMOVED
    grey = _run("[threat=0.7]")
    assert grey.status is CommentStatus.PENDING_REVIEW
    assert grey.reasons[0].detail["categories"] == ["threat"]


def test_creator_rules_in_order() -> None:
    blocked = pipeline.CreatorRules(blocked_accounts=frozenset({"kid"}),
                                    approved_commenters=frozenset({"kid"}))
    assert _run("hello", blocked).status is CommentStatus.HIDDEN  # blocking beats approval
    approved = pipeline.CreatorRules(filter_mode=FilterMode.ALL, approved_commenters=frozenset({"kid"}))
    assert _run("hello", approved).status is CommentStatus.VISIBLE
    assert _run("hello", pipeline.CreatorRules(filter_mode=FilterMode.ALL)).status is CommentStatus.HELD
    restricted = pipeline.CreatorRules(restricted_accounts=frozenset({"kid"}))
    assert _run("hello", restricted).status is CommentStatus.HELD
    keywords = _run("spoiler: he dies", pipeline.CreatorRules(keywords=("spoiler",)))
    assert keywords.status is CommentStatus.HELD
    assert keywords.reasons[0].detail == {"keywords": ["spoiler"]}
    offensive = pipeline.CreatorRules(filter_mode=FilterMode.OFFENSIVE)
    assert _run("[insult=0.6]", offensive).status is CommentStatus.HIDDEN
    assert _run("[insult=0.6]").status is CommentStatus.VISIBLE
    # The platform's removal threshold applies whatever the creator allows.
    assert _run("[insult=0.99]", approved).status is CommentStatus.REMOVED


def test_policy_overrides_are_validated() -> None:
    policy = Policy.from_overrides({"insult": {"remove": 0.999}})
    assert policy.thresholds["insult"] == Threshold(nudge=0.5, review=0.8, remove=0.999)
    with pytest.raises(ValueError, match="unknown category"):
        Policy.from_overrides({"spam": {"remove": 0.5}})
    with pytest.raises(ValueError):
        Threshold(nudge=0.9, review=0.5, remove=0.99)


@pytest.fixture
def client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url), clock=FakeClock(now), scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


def _platform_key_and_video(sessions: sessionmaker[Session], now: dt.datetime) -> str:
    """A platform key, and the content video-1 of creator-1 to comment on."""
    make_account(sessions, "creator-1", now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    return make_key(sessions, Role.PLATFORM, now=now)


def test_publishing_twice_with_one_idempotency_key_creates_one_comment(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    key = _platform_key_and_video(sessions, now)
    headers = {**bearer(key), "Idempotency-Key": "abc-123"}
    body = {"content_id": "video-1", "author_id": "kid-1", "text": "Trop bien"}
    first = client.post("/v1/comments", json=body, headers=headers)
    second = client.post("/v1/comments", json=body, headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    other = client.post("/v1/comments", json={**body, "text": "autre"}, headers=headers)
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 1


def test_a_removed_comment_is_audited_as_automatic(
    client: TestClient, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    key = _platform_key_and_video(sessions, now)
    response = client.post("/v1/comments", headers=bearer(key), json={
        "content_id": "video-1", "author_id": "kid-1", "text": "[self_harm_incitement=0.99]"})
    assert response.status_code == 201
    assert response.json()["status"] == "removed"
    assert response.json()["reasons"][0]["code"] == "automatic_removal"


class _RacingScorer(FakeScorer):
    """Scores like FakeScorer, but the first time, while the publish is scored (before its
    insert), another request with the same key publishes and commits."""

    def __init__(self) -> None:
        super().__init__()
        self.race: Callable[[], None] | None = None

    def score(self, text: str, lang: str | None = None) -> Assessment:
        race, self.race = self.race, None
        if race is not None:
            race()
        return super().score(text, lang)


def test_a_retry_racing_its_first_try_gets_the_first_comment_not_a_duplicate(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    key = _platform_key_and_video(sessions, now)
    headers = {**bearer(key), "Idempotency-Key": "retry-1"}
    body = {"content_id": "video-1", "author_id": "kid-1", "text": "Trop bien"}
    scorer = _RacingScorer()
    # Two publishes at once in one process: the racing one starts while the first is scored.
    app = create_app(Settings(database_url=database_url, publish_threads=2), clock=FakeClock(now),
                     scorer=scorer)
    with TestClient(app) as client:
        first: list[Any] = []
        scorer.race = lambda: first.append(client.post("/v1/comments", json=body, headers=headers))
        retry = client.post("/v1/comments", json=body, headers=headers)
    assert first[0].status_code == 201
    assert retry.status_code == 200 and retry.json() == first[0].json()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Comment)) == 1
