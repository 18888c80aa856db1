"""Appeals reviewed by another moderator; strikes that restrict, suspend and ban, and expire."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.errors import Forbidden
from rempart.moderation import pipeline, strikes
from rempart.moderation.decision_models import AccountSanction, Decision, Strike
from rempart.moderation.thresholds import Policy
from tests.factories import bearer
from tests.fakes import FakeClock, FakeScorer
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
    with running_app(database_url, clock, strike_expiry_days=30) as test_client:
        yield test_client


def _appeal(client: TestClient, key: str, decision_id: int, **body: Any) -> Any:
    return client.post(f"/v1/decisions/{decision_id}/appeals", headers=bearer(key),
                       json={"explanation": "C'était une blague entre amis.", **body})


def _live_strikes(sessions: sessionmaker[Session]) -> list[int]:
    with sessions() as session:
        return list(session.scalars(select(Strike.decision_id).where(Strike.revoked_at.is_(None))))


def test_an_appeal_reversed_by_another_moderator_restores_the_comment_and_its_strike(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world)["id"]
    report(client, world.platform, comment_id, reporter_id="reporter-1")
    decision_id = decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).json()["id"]
    assert _live_strikes(sessions) == [decision_id]
    filed = _appeal(client, world.kid, decision_id)
    assert filed.status_code == 201, filed.text
    appeal = filed.json()
    assert appeal["status"] == "open" and appeal["appellant_role"] == "author"
    queue = client.get("/v1/review/queue", headers=bearer(world.moderator)).json()
    assert [(i["id"], i["sources"], i["decision_id"]) for i in queue] == [
        (f"appeal:{appeal['id']}", ["appeal"], decision_id)]
    reverse = {"outcome": "reversed", "explanation": "Le contexte montre une plaisanterie."}
    same = decide(client, world.moderator, f"appeal:{appeal['id']}", **reverse)
    assert same.status_code == 403 and same.json()["error"]["code"] == "same_moderator"
    assert client.get(f"/v1/comments/{comment_id}",
                      headers=bearer(world.platform)).json()["status"] == "removed"
    done = decide(client, world.moderator2, f"appeal:{appeal['id']}", **reverse)
    assert done.status_code == 201, done.text
    assert done.json()["status"] == "reversed"
    assert client.get(f"/v1/comments/{comment_id}",
                      headers=bearer(world.platform)).json()["status"] == "visible"
    assert _live_strikes(sessions) == []
    reversal = client.get(f"/v1/decisions/{done.json()['result_decision_id']}",
                          headers=bearer(world.kid)).json()
    assert (reversal["action"], reversal["reverses_id"]) == ("no_action", decision_id)
    assert reversal["automated_decision"] == "not_automated"
    statement = client.get(f"/v1/decisions/{reversal['id']}/statement",
                           headers=bearer(world.kid)).json()
    assert statement["decision"].startswith(f"Sur recours, la décision n°{decision_id} est annulée.")
    again = decide(client, world.moderator2, f"appeal:{appeal['id']}", **reverse)
    assert again.status_code in (404, 409)
    assert _appeal(client, world.kid, decision_id).json()["error"]["code"] == "appeal_exists"


def test_an_upheld_appeal_keeps_the_decision_and_the_strike(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world)["id"]
    decision_id = decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).json()["id"]
    appeal_id = _appeal(client, world.platform, decision_id, appellant_id="kid-1").json()["id"]
    upheld = client.post(f"/v1/appeals/{appeal_id}/decision", headers=bearer(world.moderator2),
                         json={"outcome": "upheld", "explanation": "L'insulte est directe."})
    assert upheld.status_code == 200, upheld.text
    assert upheld.json()["status"] == "upheld" and upheld.json()["result_decision_id"] is None
    followed = client.get(f"/v1/appeals/{appeal_id}", headers=bearer(world.kid))
    assert followed.status_code == 200
    assert followed.json()["outcome_explanation"] == "L'insulte est directe."
    assert client.get(f"/v1/appeals/{appeal_id}", headers=bearer(world.rep1)).status_code == 404
    assert _live_strikes(sessions) == [decision_id]
    missing = client.post(f"/v1/appeals/{appeal_id}/decision", headers=bearer(world.moderator2),
                          json={"explanation": "sans résultat"})
    assert missing.status_code in (409, 422)


def test_who_may_appeal_and_until_when(client: TestClient, world: World, clock: FakeClock) -> None:
    kept_id = publish(client, world, "Bravo")["id"]
    report(client, world.rep1, kept_id)
    kept = decide(client, world.moderator, f"comment:{kept_id}", action="no_action",
                  explanation="Rien de blessant.").json()["id"]
    removed_id = publish(client, world)["id"]
    report(client, world.rep1, removed_id)
    removed = decide(client, world.moderator, f"comment:{removed_id}", **REMOVE).json()["id"]
    # A reporter may contest only a no_action; strangers may not contest at all.
    assert _appeal(client, world.rep1, removed).json()["error"]["code"] == "not_appealable"
    stranger = _appeal(client, world.platform, removed, appellant_id="reporter-2")
    assert stranger.status_code == 403 and stranger.json()["error"]["code"] == "not_a_party"
    assert _appeal(client, world.creator, removed).status_code == 404
    assert _appeal(client, world.moderator, removed).status_code == 403
    clock.advance(days=184)
    late = _appeal(client, world.kid, removed)
    assert late.status_code == 409 and late.json()["error"]["code"] == "appeal_window_closed"
    clock.advance(days=-184)
    by_reporter = _appeal(client, world.rep1, kept)
    assert by_reporter.status_code == 201 and by_reporter.json()["appellant_role"] == "reporter"


def test_a_reporters_appeal_against_no_action_can_lead_to_a_removal(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world)["id"]
    report(client, world.flagger_a, comment_id)
    kept = decide(client, world.moderator, f"comment:{comment_id}", action="no_action",
                  explanation="Critique acceptable.").json()["id"]
    appeal_id = _appeal(client, world.flagger_a, kept).json()["id"]
    vague = decide(client, world.moderator2, f"appeal:{appeal_id}", outcome="reversed",
                   explanation="Insulte avérée.")
    assert vague.status_code == 422 and vague.json()["error"]["code"] == "action_required"
    done = decide(client, world.moderator2, f"appeal:{appeal_id}", outcome="reversed", **REMOVE)
    assert done.status_code == 201, done.text
    assert client.get(f"/v1/comments/{comment_id}",
                      headers=bearer(world.platform)).json()["status"] == "removed"
    assert _live_strikes(sessions) == [done.json()["result_decision_id"]]
    # The author can now appeal the new removal in turn.
    assert _appeal(client, world.kid, done.json()["result_decision_id"]).status_code == 201


def _remove_automatically(client: TestClient, world: World, n: int) -> list[dict[str, Any]]:
    return [publish(client, world, f"[insult=0.99] numéro {i}") for i in range(n)]


def test_strikes_restrict_then_suspend_then_ban_and_expire(
    client: TestClient, world: World, clock: FakeClock, sessions: sessionmaker[Session]
) -> None:
    assert {c["status"] for c in _remove_automatically(client, world, 3)} == {"removed"}
    held = publish(client, world, "Un commentaire gentil")
    assert held["status"] == "pending_review"
    assert held["reasons"][0]["code"] == "author_restricted"
    clock.advance(hours=25)  # the 24-hour restriction is over
    assert publish(client, world, "Un autre commentaire gentil")["status"] == "visible"
    _remove_automatically(client, world, 2)  # the fifth strike suspends for 7 days
    refused = client.post("/v1/comments", headers=bearer(world.platform), json={
        "content_id": "video-1", "author_id": "kid-1", "text": "Je suis de retour"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "author_suspended"
    assert refused.json()["error"]["details"]["until"]
    clock.advance(days=7, hours=1)
    _remove_automatically(client, world, 3)  # strikes are 20 days old at most: eight count
    banned = client.post("/v1/comments", headers=bearer(world.platform), json={
        "content_id": "video-1", "author_id": "kid-1", "text": "Coucou"})
    assert banned.status_code == 403 and banned.json()["error"]["code"] == "author_banned"
    with sessions() as session:
        kinds = session.scalars(select(AccountSanction.kind).order_by(AccountSanction.id)).all()
        assert kinds == ["restricted", "suspended", "banned"]
    # Another author is not affected; a ban outlives the strikes that led to it.
    assert publish(client, world, "Salut", author="kid-2")["status"] == "visible"
    clock.advance(days=31)
    with sessions() as session:
        assert strikes.active_strikes(session, account_id="kid-1", now=clock()) == 0
    still = client.post("/v1/comments", headers=bearer(world.platform), json={
        "content_id": "video-1", "author_id": "kid-1", "text": "Coucou"})
    assert still.status_code == 403 and still.json()["error"]["code"] == "author_banned"


def test_strikes_expire_and_a_reversal_lifts_the_restriction_it_caused(
    client: TestClient, world: World, clock: FakeClock, sessions: sessionmaker[Session]
) -> None:
    _remove_automatically(client, world, 2)
    clock.advance(days=31)  # those two strikes have expired
    _remove_automatically(client, world, 2)
    assert publish(client, world, "gentil")["status"] == "visible"  # two live strikes only
    third = _remove_automatically(client, world, 1)[0]
    assert publish(client, world, "gentil")["status"] == "pending_review"  # restricted
    decision = _decision_of(sessions, third["id"])
    appeal_id = _appeal(client, world.kid, decision).json()["id"]
    # The automatic decision was taken by Rempart, so any moderator may review the appeal.
    done = decide(client, world.moderator, f"appeal:{appeal_id}", outcome="reversed",
                  explanation="Faux positif du détecteur.")
    assert done.status_code == 201, done.text
    assert publish(client, world, "gentil")["status"] == "visible"  # restriction lifted
    with sessions() as session:
        assert strikes.active_strikes(session, account_id="kid-1", now=clock()) == 2


def _decision_of(sessions: sessionmaker[Session], comment_id: int) -> int:
    with sessions() as session:
        return session.scalars(select(Decision.id).where(
            Decision.target_type == "comment", Decision.target_id == str(comment_id))).one()


def test_the_sanction_phase_comes_right_after_detection(now: dt.datetime) -> None:
    phases = pipeline.default_phases(scorer=FakeScorer(), policy=Policy(),
                                     matcher=lambda keywords, text: [])
    assert phases[1] is pipeline.author_sanctions

    def run(kind: str) -> pipeline.Verdict:
        draft = pipeline.Draft(text="[insult=0.6]", author_id="kid-1", creator_id="creator-1",
                               rules=pipeline.CreatorRules(),
                               author_sanction=pipeline.AuthorSanction(kind, now))
        return pipeline.run(phases, draft)

    held = run("restricted")
    assert held.status.value == "pending_review" and held.assessment is not None
    for kind in ("suspended", "banned"):
        with pytest.raises(Forbidden) as refused:
            run(kind)
        assert refused.value.code == f"author_{kind}"
