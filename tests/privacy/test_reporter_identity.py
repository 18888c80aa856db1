"""A reported author or creator never learns who reported them; moderators still do."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.moderation.decision_models import WebhookDelivery
from tests.factories import bearer
from tests.fakes import FakeClock
from tests.moderation.backbone_world import World, decide, publish, report, running_app

#: Every trace of the two reporters: their account ids and reporter-1's handle.
TRACES = ("reporter-1", "reporter-2", "Rapporteuse")
EXPLANATION = "Signalé par @Rapporteuse et par reporter-2 : insulte directe."


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    with running_app(database_url, clock, pileon_threshold=2) as test_client:
        yield test_client


def _clean(text: str) -> bool:
    return not any(trace.lower() in text.lower() for trace in TRACES)


def _reported_and_decided(client: TestClient, world: World) -> dict[str, Any]:
    platform = bearer(world.platform)
    assert client.put("/v1/accounts/reporter-1", headers=platform,
                      json={"handle": "Rapporteuse"}).status_code == 200
    assert client.post("/v1/webhooks", headers=platform,
                       json={"url": "https://hooks.example/rempart"}).status_code == 201
    comment_id = publish(client, world, "Tu es nul")["id"]
    first = report(client, world.rep1, comment_id, explanation="Il m'insulte, moi reporter-1")
    second = report(client, world.platform, comment_id, reporter_id="reporter-2")
    assert first.status_code == second.status_code == 201
    decision = decide(client, world.moderator, f"comment:{comment_id}", action="remove",
                      category="insult", ground="community_guidelines", explanation=EXPLANATION)
    assert decision.status_code == 201, decision.text
    decision_id = decision.json()["id"]
    appeal = client.post(f"/v1/decisions/{decision_id}/appeals", headers=bearer(world.kid),
                         json={"explanation": "Je conteste."}).json()
    upheld = client.post(f"/v1/appeals/{appeal['id']}/decision", headers=bearer(world.moderator2),
                         json={"outcome": "upheld",
                               "explanation": "Maintenu : reporter-1 a bien été insulté·e."})
    assert upheld.status_code == 200, upheld.text
    return {"comment": comment_id, "decision": decision_id, "appeal": appeal["id"],
            "report": first.json()["id"]}


def test_the_reported_author_sees_no_trace_of_its_reporters(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    made = _reported_and_decided(client, world)
    author = bearer(world.kid)
    views = {
        "comment": client.get(f"/v1/comments/{made['comment']}", headers=author),
        "decision": client.get(f"/v1/decisions/{made['decision']}", headers=author),
        "statement fr": client.get(f"/v1/decisions/{made['decision']}/statement", headers=author),
        "statement en": client.get(f"/v1/decisions/{made['decision']}/statement?lang=en",
                                   headers=author),
        "appeal": client.get(f"/v1/appeals/{made['appeal']}", headers=author),
        "report": client.get(f"/v1/reports/{made['report']}", headers=author),
    }
    assert {name: r.status_code for name, r in views.items()} == {
        "comment": 200, "decision": 200, "statement fr": 200, "statement en": 200, "appeal": 200,
        "report": 404}
    for name, response in views.items():
        assert _clean(response.text), f"{name} names a reporter: {response.text}"
    assert "[…]" in views["decision"].json()["explanation"]
    assert "insulte directe" in views["statement fr"].json()["explanation"]

    # The evidence bundle the author may export of what was said to it.
    bundle = client.post("/v1/evidence", headers=author, json={"account_id": "kid-1"})
    assert bundle.status_code == 200, bundle.text
    with zipfile.ZipFile(io.BytesIO(bundle.content)) as archive:
        for name in archive.namelist():
            if name.endswith(".json"):
                assert _clean(archive.read(name).decode()), name

    # Webhook events about the author carry no reporter; only report.resolved (for the
    # reporters, through the platform) names them.
    with sessions() as session:
        deliveries = session.scalars(select(WebhookDelivery)).all()
    about_author = [d for d in deliveries if d.event != "report.resolved"]
    assert {d.event for d in about_author} >= {"decision.created", "comment.status_changed",
                                               "appeal.decided"}
    for delivery in about_author:
        assert _clean(str(delivery.payload)), delivery.event
    assert {d.payload["data"]["reporter_id"] for d in deliveries
            if d.event == "report.resolved"} == {"reporter-1", "reporter-2"}


def test_moderators_and_admins_still_see_the_reporters(client: TestClient, world: World) -> None:
    made = _reported_and_decided(client, world)
    for key in (world.moderator, world.admin):
        decision = client.get(f"/v1/decisions/{made['decision']}", headers=bearer(key)).json()
        assert decision["explanation"] == EXPLANATION
        followed = client.get(f"/v1/reports/{made['report']}", headers=bearer(key)).json()
        assert followed["reporter_id"] == "reporter-1"
    # The reporter follows its own report.
    own = client.get(f"/v1/reports/{made['report']}", headers=bearer(world.rep1)).json()
    assert own["reporter_id"] == "reporter-1"


def test_a_report_bombed_creator_does_not_see_who_reported_it(
    client: TestClient, world: World
) -> None:
    for reporter in ("reporter-1", "reporter-2", "kid-2"):
        filed = report(client, world.platform, "video-1", target_type="content",
                       reporter_id=reporter)
        assert filed.status_code == 201, filed.text
    incidents = client.get("/v1/accounts/creator-1/pileon", headers=bearer(world.creator)).json()
    assert len(incidents) == 1 and incidents[0]["accounts"] == 3
    incident_id = incidents[0]["id"]
    seen_by_target = client.get(f"/v1/pileon/incidents/{incident_id}", headers=bearer(world.creator))
    assert seen_by_target.status_code == 200
    assert seen_by_target.json()["account_ids"] == []
    assert _clean(seen_by_target.text) and "kid-2" not in seen_by_target.text
    seen_by_moderator = client.get(f"/v1/pileon/incidents/{incident_id}",
                                   headers=bearer(world.moderator)).json()
    assert seen_by_moderator["account_ids"] == ["reporter-1", "reporter-2", "kid-2"]
