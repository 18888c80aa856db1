"""Reports and trusted flaggers: receipt, merging, outcomes, organisations kept apart, Art. 23."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.models import Organisation
from rempart.db import transaction
from rempart.moderation.models import Report
from tests.factories import bearer
from tests.fakes import FakeClock
from tests.moderation.backbone_world import (
    REMOVE,
    World,
    decide,
    publish,
    report,
)


def _count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Report)) or 0


def test_a_report_is_acknowledged_and_a_repeat_is_merged_not_multiplied(
    client: TestClient, world: World, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    comment_id = publish(client, world)["id"]
    first = report(client, world.platform, comment_id, reporter_id="reporter-1",
                   explanation="Il insulte mon ami.")
    assert first.status_code == 201, first.text
    receipt = first.json()
    assert receipt["status"] == "open" and receipt["merged"] is False
    assert receipt["priority"] == 0
    assert dt.datetime.fromisoformat(receipt["received_at"]) == now
    assert dt.datetime.fromisoformat(receipt["due_at"]) == now + dt.timedelta(hours=24)
    repeat = report(client, world.platform, comment_id, reporter_id="reporter-1", reason="hate")
    assert repeat.status_code == 200
    assert repeat.json()["id"] == receipt["id"] and repeat.json()["merged"] is True
    other = report(client, world.platform, comment_id, reporter_id="reporter-2")
    assert other.status_code == 201 and other.json()["id"] != receipt["id"]
    # Anonymous reports cannot be told apart, so each one counts.
    assert report(client, world.platform, comment_id).status_code == 201
    assert report(client, world.platform, comment_id).status_code == 201
    assert _count(sessions) == 4


def test_bad_reports_are_refused_and_change_nothing(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world)["id"]
    illegal = report(client, world.platform, comment_id, reason="illegal_content")
    assert illegal.status_code == 422
    assert illegal.json()["error"]["code"] == "explanation_required"
    missing = report(client, world.platform, 999_999)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "target_not_found"
    unknown_reason = report(client, world.platform, comment_id, reason="insult")
    assert unknown_reason.status_code == 422  # "insult" is a detected category, not a reason
    assert report(client, world.moderator, comment_id).status_code == 403
    impostor = report(client, world.rep1, comment_id, reporter_id="reporter-2")
    assert impostor.status_code == 403
    assert _count(sessions) == 0
    accepted = report(client, world.platform, comment_id, reason="illegal_content",
                      explanation="Menace de mort : article 222-17 du code pénal.")
    assert accepted.status_code == 201


def test_a_trusted_flagger_gets_top_priority_and_its_organisation_deadline(
    client: TestClient, world: World, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    comment_id = publish(client, world)["id"]
    filed = report(client, world.flagger_a, comment_id, reason="threat").json()
    assert filed["priority"] == 100
    assert dt.datetime.fromisoformat(filed["due_at"]) == now + dt.timedelta(hours=4)
    with transaction(sessions) as session:
        session.execute(update(Organisation).where(Organisation.name == "Helpline B")
                        .values(due_hours=2))
    other = report(client, world.flagger_b, comment_id, reason="threat").json()
    assert other["id"] != filed["id"]  # another organisation is another reporter
    assert dt.datetime.fromisoformat(other["due_at"]) == now + dt.timedelta(hours=2)


def test_one_organisation_never_sees_another_organisations_reports(
    client: TestClient, world: World
) -> None:
    first, second = publish(client, world)["id"], publish(client, world, "encore")["id"]
    mine = report(client, world.flagger_a, first).json()["id"]
    theirs = report(client, world.flagger_b, second).json()["id"]
    assert client.get(f"/v1/reports/{mine}", headers=bearer(world.flagger_a)).status_code == 200
    hidden = client.get(f"/v1/reports/{theirs}", headers=bearer(world.flagger_a))
    assert hidden.status_code == 404 and hidden.json()["error"]["code"] == "report_not_found"
    listed = client.get("/v1/flagger/reports", headers=bearer(world.flagger_a)).json()
    assert [r["id"] for r in listed] == [mine]
    assert client.get("/v1/flagger/reports", headers=bearer(world.platform)).status_code == 403
    # A creator follows only the reports it filed itself.
    own = report(client, world.rep1, first).json()["id"]
    assert client.get(f"/v1/reports/{own}", headers=bearer(world.rep1)).status_code == 200
    assert client.get(f"/v1/reports/{mine}", headers=bearer(world.rep1)).status_code == 404
    assert client.get(f"/v1/reports/{own}", headers=bearer(world.kid)).status_code == 404


def test_the_reporter_is_told_the_outcome_and_flaggers_time_to_action_is_tracked(
    client: TestClient, world: World, clock: FakeClock
) -> None:
    comments = [publish(client, world, f"commentaire {n}")["id"] for n in range(3)]
    ids = [report(client, world.flagger_a, c).json()["id"] for c in comments]
    own = report(client, world.rep1, comments[0]).json()["id"]
    for hours, comment_id in zip((1, 2, 5), comments, strict=True):
        clock.current = clock.current.replace(hour=10) + dt.timedelta(hours=hours)
        assert decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).status_code == 201
    followed = client.get(f"/v1/reports/{own}", headers={**bearer(world.rep1),
                                                          "Accept-Language": "fr"}).json()
    assert followed["status"] == "resolved" and followed["outcome"] == "remove"
    assert followed["outcome_message"] == "Le contenu signalé a été retiré."
    assert followed["decision_id"] is not None
    english = client.get(f"/v1/reports/{ids[0]}", headers={**bearer(world.flagger_a),
                                                            "Accept-Language": "en"}).json()
    assert english["outcome_message"] == "The reported content was removed."
    resolved = client.get("/v1/flagger/reports", params={"status": "resolved"},
                          headers=bearer(world.flagger_a)).json()
    assert sorted(r["id"] for r in resolved) == sorted(ids)
    assert client.get("/v1/flagger/reports", params={"status": "open"},
                      headers=bearer(world.flagger_a)).json() == []
    figures = client.get("/v1/flagger/time-to-action", headers=bearer(world.flagger_a)).json()
    assert (figures["resolved"], figures["open"]) == (3, 0)
    # 1, 2 and 5 hours: median 2, 90th percentile interpolated as in the transparency report.
    assert (figures["median_hours"], figures["p90_hours"]) == (2.0, 4.4)
    assert figures["share_within_deadline"] == 0.667  # the one decided after 5 h missed its 4 h
    assert figures["overdue"] == 0
    theirs = client.get("/v1/flagger/time-to-action", headers=bearer(world.flagger_b)).json()
    assert theirs["resolved"] == 0 and theirs["median_hours"] is None


def test_a_moderator_suspends_a_reporter_of_unfounded_reports_for_a_period(
    client: TestClient, world: World, clock: FakeClock
) -> None:
    comment_id = publish(client, world, "Bravo pour la vidéo")["id"]
    report(client, world.platform, comment_id, reporter_id="reporter-1")
    no_action = decide(client, world.moderator, f"comment:{comment_id}", action="no_action",
                       explanation="Aucun propos blessant.")
    assert no_action.status_code == 201, no_action.text
    body = {"reason": "Signalements répétés de commentaires anodins.", "days": 7}
    assert client.post("/v1/reporters/reporter-1/suspension", json=body,
                       headers=bearer(world.platform)).status_code == 403
    suspended = client.post("/v1/reporters/reporter-1/suspension", json=body,
                            headers=bearer(world.moderator))
    assert suspended.status_code == 201, suspended.text
    assert suspended.json()["unfounded_reports"] == 1
    refused = report(client, world.platform, comment_id, reporter_id="reporter-1")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "reporter_suspended"
    assert report(client, world.rep1, comment_id).status_code == 403  # its own key too
    assert report(client, world.platform, comment_id, reporter_id="reporter-2").status_code == 201
    clock.advance(days=7, seconds=1)
    assert report(client, world.platform, comment_id, reporter_id="reporter-1").status_code == 201


def test_after_a_harassment_report_the_reporter_is_shown_the_helpline(
    client: TestClient, world: World
) -> None:
    comment_id = publish(client, world)["id"]
    harassment = report(client, world.platform, comment_id, reporter_id="reporter-9")
    assert harassment.status_code == 201, harassment.text
    helpline = harassment.json()["helpline"]
    assert helpline is not None and helpline["number"] == "3018"
    spam = client.post("/v1/reports", headers=bearer(world.platform), json={
        "target_type": "comment", "target_id": str(comment_id), "reason": "spam",
        "reporter_id": "reporter-10"})
    assert spam.status_code == 201, spam.text
    assert spam.json()["helpline"] is None
