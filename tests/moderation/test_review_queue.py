"""The review queue: one item per target, ranked by trusted flagger, severity, deadline, reporters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.db import transaction
from rempart.moderation.decision_models import Decision
from rempart.moderation.models import Report
from tests.factories import bearer
from tests.fakes import FakeClock
from tests.moderation.backbone_world import (
    REMOVE,
    World,
    decide,
    publish,
    report,
    running_app,
)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    with running_app(database_url, clock, review_claim_minutes=30) as test_client:
        yield test_client


def _queue(client: TestClient, world: World, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/review/queue", headers=bearer(world.moderator), params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()
    return items


def test_a_trusted_flagger_report_tops_the_queue_with_a_four_hour_deadline(
    client: TestClient, world: World, now: dt.datetime
) -> None:
    ordinary = publish(client, world, "t'es vraiment nul")["id"]
    flagged = publish(client, world, "t'es vraiment nul")["id"]
    # The ordinary report comes first, from two people: still below the trusted flagger's.
    assert report(client, world.platform, ordinary, reporter_id="reporter-1").status_code == 201
    assert report(client, world.platform, ordinary, reporter_id="reporter-2").status_code == 201
    filed = report(client, world.flagger_a, flagged)
    assert filed.status_code == 201, filed.text
    assert dt.datetime.fromisoformat(filed.json()["due_at"]) == now + dt.timedelta(hours=4)
    items = _queue(client, world)
    assert [i["id"] for i in items] == [f"comment:{flagged}", f"comment:{ordinary}"]
    top, below = items
    assert top["trusted_flagger"] is True and top["sources"] == ["trusted_flagger"]
    assert dt.datetime.fromisoformat(top["due_at"]) == now + dt.timedelta(hours=4)
    assert below["trusted_flagger"] is False and below["reporters"] == 2 and below["reports"] == 2


def test_reports_of_one_target_are_one_item_ranked_by_severity_deadline_then_reporters(
    client: TestClient, world: World, clock: FakeClock
) -> None:
    spam = publish(client, world, "achetez mes followers")["id"]
    crowd = publish(client, world, "bof")["id"]
    lonely = publish(client, world, "bof bof")["id"]
    late = publish(client, world, "bof bof bof")["id"]
    threat = publish(client, world, "je sais où tu habites")["id"]
    report(client, world.platform, spam, reason="spam", reporter_id="reporter-1")
    for reporter in ("reporter-1", "reporter-2", None):
        report(client, world.platform, crowd, reporter_id=reporter)
    report(client, world.platform, lonely, reporter_id="reporter-1")
    clock.advance(minutes=5)  # reported later, so due later: ranks below, despite two reporters
    report(client, world.platform, late, reporter_id="reporter-1")
    report(client, world.kid, late)  # a creator's report counts as one more reporter
    report(client, world.platform, threat, reason="threat", reporter_id="reporter-2")
    items = _queue(client, world)
    assert [i["id"] for i in items] == [f"comment:{threat}", f"comment:{crowd}",
                                        f"comment:{lonely}", f"comment:{late}", f"comment:{spam}"]
    # crowd and lonely share severity and deadline: the three reporters of crowd come first.
    assert (items[1]["reporters"], items[1]["reports"]) == (3, 3)
    assert items[3]["reporters"] == 2 and items[3]["sources"] == ["creator_report", "user_report"]
    assert _queue(client, world, limit=1)[0]["id"] == f"comment:{threat}"


def test_grey_zone_detections_join_the_queue_and_filters_apply(
    client: TestClient, world: World
) -> None:
    grey = publish(client, world, "you will see [threat=0.7]", lang="en")
    assert grey["status"] == "pending_review"
    reported = publish(client, world, "t'es nul [insult=0.6]")["id"]
    report(client, world.platform, reported, reporter_id="reporter-1")
    report(client, world.platform, "kid-2", target_type="account", reason="hate",
           reporter_id="reporter-1")
    items = {i["id"]: i for i in _queue(client, world)}
    assert set(items) == {f"comment:{grey['id']}", f"comment:{reported}", "account:kid-2"}
    assert items[f"comment:{grey['id']}"]["sources"] == ["detection"]
    assert items[f"comment:{grey['id']}"]["categories"] == ["threat"]
    assert [i["id"] for i in _queue(client, world, category="threat")] == [f"comment:{grey['id']}"]
    assert [i["id"] for i in _queue(client, world, lang="fr")] == [f"comment:{reported}"]
    assert [i["id"] for i in _queue(client, world, source="detection")] == [f"comment:{grey['id']}"]
    assert [i["id"] for i in _queue(client, world, category="identity_hate")] == ["account:kid-2"]
    forbidden = client.get("/v1/review/queue", headers=bearer(world.platform))
    assert forbidden.status_code == 403


def test_two_moderators_claiming_one_item_one_gets_it_the_other_a_clear_409(
    client: TestClient, world: World, clock: FakeClock, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world)["id"]
    report(client, world.platform, comment_id, reporter_id="reporter-1")
    item = f"comment:{comment_id}"
    first = client.post(f"/v1/review/items/{item}/claim", headers=bearer(world.moderator))
    assert first.status_code == 200, first.text
    second = client.post(f"/v1/review/items/{item}/claim", headers=bearer(world.moderator2))
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "already_claimed"
    assert second.json()["error"]["message"]
    assert _queue(client, world)[0]["claimed_by"] == first.json()["moderator_id"]
    # The other moderator cannot decide it either, and nothing is recorded.
    refused = decide(client, world.moderator2, item, **REMOVE)
    assert refused.status_code == 409
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 0
    again = client.post(f"/v1/review/items/{item}/claim", headers=bearer(world.moderator))
    assert again.status_code == 200  # renewing one's own claim is fine
    clock.advance(minutes=31)  # the claim expired: another moderator may take the item
    taken = client.post(f"/v1/review/items/{item}/claim", headers=bearer(world.moderator2))
    assert taken.status_code == 200
    assert decide(client, world.moderator2, item, **REMOVE).status_code == 201
    assert _queue(client, world) == []
    gone = client.post(f"/v1/review/items/{item}/claim", headers=bearer(world.moderator))
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "item_not_found"
    bad = client.post("/v1/review/items/nonsense/claim", headers=bearer(world.moderator))
    assert bad.status_code == 404


def test_a_report_filed_without_a_deadline_gets_the_default_one(
    client: TestClient, world: World, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    comment_id = publish(client, world)["id"]
    with transaction(sessions) as session:  # as creator tools file them: no due_at of their own
        session.add(Report(target_type="comment", target_id=str(comment_id), reason="hate",
                           source="creator", reporter_account_id="creator-1", status="open",
                           priority=0, created_at=now))
    (item,) = _queue(client, world)
    assert dt.datetime.fromisoformat(item["due_at"]) == now + dt.timedelta(hours=24)
    assert (item["sources"], item["reasons"], item["categories"]) == (
        ["creator_report"], ["hate"], ["identity_hate"])
