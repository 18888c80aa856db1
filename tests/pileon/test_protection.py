"""Protective mode lifts after a quiet period or when asked; moderators act on a whole incident."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.db import transaction
from rempart.moderation import pipeline
from rempart.moderation.decision_models import Decision
from rempart.moderation.publish import Publisher, PublishRequest
from rempart.moderation.thresholds import Policy
from rempart.pileon import service
from rempart.pileon.models import PileonIncident
from tests.factories import bearer, make_account
from tests.fakes import FakeClock, FakeScorer
from tests.pileon.world import INSULT, Keys, build_keys, incidents, publish, raid, running_app


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    with running_app(database_url, clock) as test_client:
        yield test_client


@pytest.fixture
def keys(sessions: sessionmaker[Session], now: dt.datetime) -> Keys:
    return build_keys(sessions, now)


def test_protective_mode_lifts_by_itself_after_the_quiet_period(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    raid(client, keys, clock, 8)
    clock.advance(minutes=119)
    assert publish(client, keys, "stranger", "Coucou")["status"] == "held"
    clock.advance(minutes=2)  # two hours after the last hurtful comment
    [incident] = incidents(client, keys.creator)
    assert incident["state"] == "quiet" and incident["protective_mode"] is False
    assert publish(client, keys, "stranger-2", "Coucou")["status"] == "visible"
    # A new raid later opens a new incident; the quiet one is closed with its end time.
    raid(client, keys, clock, 8, prefix="again")
    rows = incidents(client, keys.creator)
    assert [r["state"] for r in rows] == ["active", "lifted"]
    assert rows[1]["close_reason"] == "quiet"
    closed = dt.datetime.fromisoformat(rows[1]["closed_at"])
    assert closed == dt.datetime.fromisoformat(rows[1]["last_event_at"]) + dt.timedelta(hours=2)


def test_hurtful_comments_keep_protective_mode_on(
        client: TestClient, keys: Keys, clock: FakeClock) -> None:
    raid(client, keys, clock, 8)
    for _ in range(3):
        clock.advance(minutes=90)
        publish(client, keys, "raider-1", INSULT)
    assert incidents(client, keys.creator)[0]["state"] == "active"


def test_the_target_or_a_moderator_lifts_protective_mode(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    raid(client, keys, clock, 8)
    [incident] = incidents(client, keys.creator)
    url = f"/v1/pileon/incidents/{incident['id']}/lift"
    assert client.post(url, headers=bearer(keys.other_creator)).status_code == 404
    assert client.post(url, headers=bearer(keys.platform),
                       json={"on_behalf_of": "creator-2"}).status_code == 404
    assert client.post(url, headers=bearer(keys.flagger)).status_code == 404
    lifted = client.post(url, headers=bearer(keys.creator))
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["state"] == "lifted"
    assert lifted.json()["close_reason"] == "lifted_by_target"
    assert publish(client, keys, "stranger", "Coucou")["status"] == "visible"
    again = client.post(url, headers=bearer(keys.moderator))  # idempotent
    assert again.status_code == 200 and again.json()["close_reason"] == "lifted_by_target"
    with sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "pileon.lifted")).one()
        assert entry.details["reason"] == "lifted_by_target"

    raid(client, keys, clock, 8, prefix="again")
    second = incidents(client, keys.creator)[0]
    lifted = client.post(f"/v1/pileon/incidents/{second['id']}/lift",
                         headers=bearer(keys.moderator))
    assert lifted.json()["close_reason"] == "lifted_by_moderator"
    by_platform = client.get("/v1/accounts/creator-1/pileon", headers=bearer(keys.other_creator))
    assert by_platform.status_code == 404


def test_incidents_rank_high_in_the_review_queue_and_one_call_acts_on_them_all(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    publish(client, keys, "grey", "[threat=0.9] attention", content="video-2")  # severity 3
    raid(client, keys, clock, 9)
    queue = client.get("/v1/review/queue", headers=bearer(keys.moderator)).json()
    [incident] = incidents(client, keys.moderator)
    assert queue[0]["id"] == f"pileon:{incident['id']}"
    assert queue[0]["severity"] == 3 and queue[0]["reporters"] == 9

    url = f"/v1/pileon/incidents/{incident['id']}/actions"
    refused = client.post(url, headers=bearer(keys.creator), json={
        "action": "remove", "ground": "community_guidelines", "explanation": "Raid"})
    assert refused.status_code == 403
    too_many = client.post(url, headers=bearer(keys.moderator), json={
        "action": "remove", "ground": "community_guidelines", "explanation": "Raid",
        "ids": list(range(1, 102))})
    assert too_many.status_code == 422
    response = client.post(url, headers=bearer(keys.moderator), json={
        "action": "remove", "ground": "community_guidelines", "category": "insult",
        "explanation": "Raid against the creator", "ids": [*_ids(client, keys, incident), 99999]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["counts"] == {"done": 9, "not_in_incident": 1, "refused": 0}
    assert {r["status"] for r in body["results"] if r["result"] == "done"} == {"removed"}
    again = client.post(url, headers=bearer(keys.moderator), json={
        "action": "remove", "ground": "community_guidelines", "explanation": "Raid"})
    assert again.json()["counts"]["refused"] == 9  # already decided so: nothing recorded twice
    accounts = client.post(url, headers=bearer(keys.moderator), json={
        "action": "suspend_account", "ground": "community_guidelines", "explanation": "Raid"})
    assert accounts.json()["counts"]["done"] == 9
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 18
    queue = client.get("/v1/review/queue", headers=bearer(keys.moderator)).json()
    assert all(not item["id"].startswith("pileon:") for item in queue)


def _ids(client: TestClient, keys: Keys, incident: dict[str, object]) -> list[int]:
    detail = client.get(f"/v1/pileon/incidents/{incident['id']}", headers=bearer(keys.moderator))
    return [item["id"] for item in detail.json()["items"]]


def test_incidents_are_counted_for_the_transparency_report(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session],
        now: dt.datetime) -> None:
    raid(client, keys, clock, 8)
    raid(client, keys, clock, 8, content="video-2", prefix="other")
    with sessions() as session:
        assert service.count_incidents(session, start=now, end=now + dt.timedelta(days=1)) == 2
        assert service.count_incidents(session, start=now + dt.timedelta(days=1),
                                       end=now + dt.timedelta(days=2)) == 0


def test_the_pipeline_phase_holds_strangers_but_not_approved_commenters() -> None:
    phases = pipeline.default_phases(scorer=FakeScorer(), policy=Policy(),
                                     matcher=lambda keywords, text: [])
    hold = pipeline.ProtectiveHold(incident_id=1, target_id="creator")
    stranger = pipeline.Draft(text="hi", author_id="kid", creator_id="creator",
                              rules=pipeline.CreatorRules(), protective=hold)
    assert pipeline.run(phases, stranger).status.value == "held"
    approved = pipeline.Draft(text="hi", author_id="kid", creator_id="creator", protective=hold,
                              rules=pipeline.CreatorRules(approved_commenters=frozenset({"kid"})))
    assert pipeline.run(phases, approved).status.value == "visible"
    blocked = pipeline.Draft(text="hi", author_id="kid", creator_id="creator", protective=hold,
                             rules=pipeline.CreatorRules(blocked_accounts=frozenset({"kid"})))
    assert pipeline.run(phases, blocked).status.value == "hidden"  # blocking comes first


def test_concurrent_publishes_from_two_workers_open_one_incident(
        sessions: sessionmaker[Session], keys: Keys, now: dt.datetime) -> None:
    publisher = Publisher(scorer=FakeScorer(), policy=Policy(), max_text_length=5000)
    authors = [f"worker-raider-{n}" for n in range(16)]
    for author in authors:
        make_account(sessions, author, now=now)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker(mine: list[str]) -> None:
        try:
            barrier.wait()
            for author in mine:
                with transaction(sessions) as session:
                    publisher.publish(session, now=now, actor_id="test", request=PublishRequest(
                        content_id="video-1", author_id=author, text=INSULT))
        except BaseException as error:  # reported to the test below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(authors[i::2],)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sessions() as session:
        rows = session.scalars(select(PileonIncident)).all()
        assert len(rows) == 1
        assert rows[0].accounts_at_open == 8


def test_the_target_is_told_through_a_webhook(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    from rempart.moderation.decision_models import WebhookDelivery

    hook = client.post("/v1/webhooks", headers=bearer(keys.platform),
                       json={"url": "https://hooks.example.org/hook"})
    assert hook.status_code == 201, hook.text
    raid(client, keys, clock, 8)
    with sessions() as session:
        events = set(session.scalars(select(WebhookDelivery.event)))
    assert "pileon.opened" in events
    assert incidents(client, keys.creator)[0]["state"] == "active"  # told in its incident list too
