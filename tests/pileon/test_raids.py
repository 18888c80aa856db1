"""Acceptance: a raid opens one incident and protects the target; friendly crowds and slow trickles don't."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.pileon.models import PileonEvent, PileonIncident
from tests.factories import bearer, make_account
from tests.fakes import FakeClock
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


def _incident_count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(PileonIncident)) or 0


def test_a_raid_of_ten_accounts_opens_one_incident_and_protects_the_target(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    friend = publish(client, keys, "old-friend", "Super vidéo comme toujours !")
    assert friend["status"] == "visible"
    clock.advance(days=3)
    raid(client, keys, clock, 10)  # 10 accounts within 5 minutes
    assert _incident_count(sessions) == 1
    [incident] = incidents(client, keys.creator)
    assert incident["state"] == "active" and incident["protective_mode"] is True
    assert (incident["accounts"], incident["comments"]) == (10, 10)
    assert incident["accounts_at_open"] == 8  # opened the moment the threshold was reached

    stranger = publish(client, keys, "new-account", "Coucou")
    assert stranger["status"] == "held"
    assert [r["code"] for r in stranger["reasons"]] == ["protective_mode"]
    assert stranger["reasons"][0]["detail"]["incident_id"] == incident["id"]
    assert publish(client, keys, "old-friend", "Courage, on est là")["status"] == "visible"
    assert publish(client, keys, "raider-3", "Coucou")["status"] == "held"  # a raider is no friend
    assert publish(client, keys, "creator-1", "Merci à tous")["status"] == "visible"

    detail = client.get(f"/v1/pileon/incidents/{incident['id']}", headers=bearer(keys.moderator))
    assert detail.status_code == 200, detail.text
    assert detail.json()["account_ids"][:3] == ["raider-0", "raider-1", "raider-2"]
    assert len(detail.json()["items"]) == 10
    with sessions() as session:
        opened = session.scalars(select(AuditEntry).where(AuditEntry.action == "pileon.opened")).all()
        assert [e.target_id for e in opened] == [str(incident["id"])]
        assert opened[0].details["target_id"] == "creator-1"


def test_more_raiders_join_the_open_incident_instead_of_opening_another(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    raid(client, keys, clock, 9)
    raid(client, keys, clock, 6, prefix="second-wave")
    assert _incident_count(sessions) == 1
    [incident] = incidents(client, keys.platform)
    assert incident["accounts"] == 15
    with sessions() as session:
        ungrouped = session.scalar(select(func.count()).select_from(PileonEvent).where(
            PileonEvent.incident_id.is_(None)))
    assert ungrouped == 0


@pytest.mark.slow
def test_two_hundred_friendly_comments_open_no_incident(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    for n in range(200):
        assert publish(client, keys, f"fan-{n}", "Trop bien cette vidéo !")["status"] == "visible"
        clock.advance(seconds=3)
    assert _incident_count(sessions) == 0
    assert incidents(client, keys.creator) == []


def test_the_window_slides_eight_attacks_over_three_hours_open_nothing(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    raid(client, keys, clock, 8, every_seconds=180 * 60 / 7)
    assert _incident_count(sessions) == 0
    assert publish(client, keys, "new-account", "Coucou")["status"] == "visible"


def test_just_under_the_threshold_opens_nothing_and_reaching_it_opens(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    raid(client, keys, clock, 7)
    publish(client, keys, "raider-0", INSULT)  # the same account again is not a new one
    assert _incident_count(sessions) == 0
    raid(client, keys, clock, 1, prefix="eighth")
    assert _incident_count(sessions) == 1


def test_reported_comments_count_their_authors(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    # Comments the detector missed, reported by the creator: each report counts the author.
    ids = [publish(client, keys, f"sly-{n}", "t'as vu ta tête")["id"] for n in range(8)]
    assert _incident_count(sessions) == 0
    for comment_id in ids:
        response = client.post("/v1/reports", headers=bearer(keys.creator), json={
            "target_type": "comment", "target_id": str(comment_id), "reason": "harassment"})
        assert response.status_code == 201, response.text
    [incident] = incidents(client, keys.creator)
    assert incident["reports"] == 8 and incident["accounts"] == 8


def test_replies_and_mentions_make_their_account_a_target(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    make_account(sessions, "kid-7", now=clock.current, handle="kiddo")
    victim = publish(client, keys, "kid-7", "Voilà mon avis")["id"]
    for n in range(4):
        publish(client, keys, f"r-{n}", INSULT, parent_id=victim)
    for n in range(4):  # named by handle, on another creator's video
        publish(client, keys, f"m-{n}", f"@kiddo {INSULT}", content="video-2")
    rows = incidents(client, keys.moderator, account="kid-7")
    assert len(rows) == 1 and rows[0]["accounts"] == 8
    # creator-1 and creator-2 got 4 each: below the threshold.
    assert incidents(client, keys.moderator) == []


def test_old_counters_can_be_pruned_without_touching_the_window(
        client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session]) -> None:
    from rempart.db import transaction
    from rempart.pileon.detector import distinct_accounts, prune_hits

    raid(client, keys, clock, 3)
    clock.advance(hours=5)
    raid(client, keys, clock, 2, prefix="recent")
    with transaction(sessions) as session:
        assert prune_hits(session, before=clock.current - dt.timedelta(hours=1)) == 3
        assert distinct_accounts(session, target_id="creator-1",
                                 since=clock.current - dt.timedelta(minutes=30)) == 2
