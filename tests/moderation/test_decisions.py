"""Decisions: one transaction changes the target, resolves reports, strikes; statements of reasons."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.db import transaction
from rempart.moderation.decision_models import Decision, Strike
from rempart.moderation.models import Report
from tests.factories import bearer
from tests.moderation.backbone_world import (
    REMOVE,
    World,
    decide,
    publish,
    report,
)


def test_removing_a_reported_comment_resolves_reports_changes_status_explains_and_strikes(
    client: TestClient, world: World, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    comment_id = publish(client, world, "t'es qu'un gros nul")["id"]
    reports = [report(client, world.platform, comment_id, reporter_id=r).json()["id"]
               for r in ("reporter-1", "reporter-2")]
    response = decide(client, world.moderator, f"comment:{comment_id}", **REMOVE)
    assert response.status_code == 201, response.text
    decision = response.json()
    assert decision["action"] == "remove" and decision["reports_resolved"] == 2
    assert (decision["previous_status"], decision["new_status"]) == ("visible", "removed")
    assert decision["automated_decision"] == "not_automated"
    assert decision["automated_detection"] is False
    assert decision["rule_id"] == "respect-insults" and decision["source"] == "user_report"
    comment = client.get(f"/v1/comments/{comment_id}", headers=bearer(world.platform)).json()
    assert comment["status"] == "removed"
    with sessions() as session:
        rows = session.scalars(select(Report).where(Report.id.in_(reports))).all()
        assert {(r.status, r.outcome, r.decision_id) for r in rows} == {
            ("resolved", "remove", decision["id"])}
        strikes = session.scalars(select(Strike)).all()
        assert [(s.account_id, s.decision_id) for s in strikes] == [("kid-1", decision["id"])]
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "decision.create")) == 1
    twice = decide(client, world.moderator2, f"comment:{comment_id}", **REMOVE)
    assert twice.status_code == 409 and twice.json()["error"]["code"] == "already_decided"
    statement = client.get(f"/v1/decisions/{decision['id']}/statement",
                           headers=bearer(world.kid)).json()
    assert statement["lang"] == "fr"
    assert statement["decision"] == "Votre commentaire a été retiré."
    assert statement["ground"] == "community_guidelines"
    assert "règles de communauté" in statement["grounds"]
    assert "Pas d'insultes ni d'humiliation" in statement["grounds"]
    assert statement["rule"]["id"] == "respect-insults"
    assert statement["automated_detection"] is False
    assert statement["automated_decision"] == "not_automated"
    assert statement["automation"] == "La décision a été prise par un·e modérateur·rice."
    assert statement["category_label"] == "insulte ou humiliation"
    appeal = statement["how_to_appeal"]
    assert appeal["endpoint"] == f"/v1/decisions/{decision['id']}/appeals"
    assert dt.datetime.fromisoformat(appeal["deadline"]) == now + dt.timedelta(days=183)
    assert "contester" in appeal["text"]


def test_decisions_are_append_only(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world)["id"]
    assert decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).status_code == 201
    with pytest.raises(DBAPIError, match="append-only"), transaction(sessions) as session:
        session.execute(update(Decision).values(action="no_action"))
    with pytest.raises(DBAPIError, match="append-only"), transaction(sessions) as session:
        session.execute(text("DELETE FROM decisions"))
    with sessions() as session:
        assert session.scalars(select(Decision.action)).all() == ["remove"]


def _removed(client: TestClient, world: World, sessions: sessionmaker[Session], text: str, *,
             lang: str) -> Decision:
    """Publish ``text``, which the pipeline removes; returns the automated decision."""
    assert publish(client, world, text, lang=lang)["status"] == "removed"
    with sessions() as session:
        return session.scalars(select(Decision)).one()


def test_an_automatic_removal_is_a_fully_automated_decision_with_its_statement(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    decision = _removed(client, world, sessions, "go kill yourself [self_harm_incitement=0.99]",
                        lang="en")
    with sessions() as session:
        assert (decision.action, decision.automated_decision) == ("remove", "fully")
        assert decision.automated_detection is True and decision.decided_by_type == "system"
        assert decision.decided_by == "rempart" and decision.source == "proactive"
        assert decision.category == "self_harm_incitement" and decision.reports_resolved == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "decision.create", AuditEntry.actor_type == "system")) == 1
    statement = client.get(f"/v1/decisions/{decision.id}/statement",
                           headers=bearer(world.kid)).json()
    assert statement["lang"] == "en"  # the author wrote in English
    assert statement["automation"].startswith("The decision was taken automatically")
    assert statement["facts"].startswith("It was flagged by an automated detection system")
    assert statement["rule"]["id"] == "self-harm"
    assert statement["explanation"] == (
        "Removed automatically: detector scores reached the removal threshold "
        "(toxicity 0.99, self_harm_incitement 0.99).")
    french = client.get(f"/v1/decisions/{decision.id}/statement", params={"lang": "fr"},
                        headers=bearer(world.kid)).json()
    assert french["automation"].startswith("La décision a été prise automatiquement")


def test_an_illegal_content_decision_needs_its_legal_ground(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    comment_id = publish(client, world, "je vais te retrouver")["id"]
    item = f"comment:{comment_id}"
    vague = decide(client, world.moderator, item, action="remove", ground="illegal_content",
                   explanation="Menace.")
    assert vague.status_code == 422
    groundless = decide(client, world.moderator, item, action="remove", explanation="Menace.")
    assert groundless.status_code == 422
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 0
    done = decide(client, world.moderator, item, action="remove", category="threat",
                  ground="illegal_content", legal_ground="Code pénal, article 222-17 (menaces)",
                  explanation="Menace de violence envers une personne identifiable.")
    assert done.status_code == 201, done.text
    statement = client.get(f"/v1/decisions/{done.json()['id']}/statement",
                           headers=bearer(world.moderator)).json()
    assert statement["ground"] == "illegal_content" and statement["rule"] is None
    assert "Code pénal, article 222-17" in statement["grounds"]


def test_a_no_action_keeps_a_grey_zone_comment_and_adds_no_strike(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    grey = publish(client, world, "tu vas voir [threat=0.7]")
    assert grey["status"] == "pending_review"
    kept = decide(client, world.moderator, f"comment:{grey['id']}", action="no_action",
                  explanation="Expression d'un jeu vidéo, pas une menace.")
    assert kept.status_code == 201, kept.text
    assert kept.json()["new_status"] == "visible"
    assert kept.json()["automated_detection"] is True
    assert kept.json()["automated_decision"] == "partially"
    assert kept.json()["source"] == "detection"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Strike)) == 0


def test_only_parties_read_a_decision_and_reporters_stay_anonymous_to_the_author(
    client: TestClient, world: World
) -> None:
    comment_id = publish(client, world)["id"]
    report(client, world.rep1, comment_id, explanation="reporter-1 a vu ça")
    report(client, world.platform, comment_id, reporter_id="reporter-2")
    report(client, world.flagger_a, comment_id)
    decision_id = decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).json()["id"]
    for path in (f"/v1/decisions/{decision_id}", f"/v1/decisions/{decision_id}/statement"):
        seen = client.get(path, headers=bearer(world.kid))
        assert seen.status_code == 200
        assert "reporter-" not in seen.text and "Helpline" not in seen.text
        assert "key:" not in seen.text  # nor which moderator decided
        assert client.get(path, headers=bearer(world.rep1)).status_code == 200  # a reporter
        assert client.get(path, headers=bearer(world.flagger_a)).status_code == 200
        assert client.get(path, headers=bearer(world.flagger_b)).status_code == 404
        assert client.get(path, headers=bearer(world.creator)).status_code == 404


def test_actions_must_fit_their_target(client: TestClient, world: World) -> None:
    report(client, world.platform, "kid-2", target_type="account", reporter_id="reporter-1")
    hide = decide(client, world.moderator, "account:kid-2", action="hide",
                  ground="community_guidelines", explanation="Compte harceleur.")
    assert hide.status_code == 422 and hide.json()["error"]["code"] == "action_not_applicable"
    suspend = decide(client, world.moderator, "account:kid-2", action="suspend_account",
                     ground="community_guidelines", category="insult", duration_hours=48,
                     explanation="Harcèlement répété.")
    assert suspend.status_code == 201, suspend.text
    assert suspend.json()["ends_at"] is not None
    refused = client.post("/v1/comments", headers=bearer(world.platform), json={
        "content_id": "video-1", "author_id": "kid-2", "text": "coucou"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "author_suspended"
    assert decide(client, world.platform, "account:kid-2", **REMOVE).status_code == 403


def test_an_automatic_removal_explains_itself_in_the_authors_language(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    decision = _removed(client, world, sessions, "va te pendre [self_harm_incitement=0.99]",
                        lang="fr")
    statement = client.get(f"/v1/decisions/{decision.id}/statement",
                           headers=bearer(world.kid)).json()
    assert statement["lang"] == "fr"
    assert statement["explanation"] == (
        "Retiré automatiquement : les scores du détecteur ont atteint le seuil de retrait "
        "(toxicity 0,99, self_harm_incitement 0,99).")
