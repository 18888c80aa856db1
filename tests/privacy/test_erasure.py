"""Erasing an account: its personal data goes, its decisions stay under a stable pseudonym."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.cli import main
from rempart.db import Base
from rempart.moderation.decision_models import Decision, Strike
from rempart.moderation.models import Account, Comment
from rempart.privacy.pseudonyms import is_pseudonym
from tests.factories import bearer
from tests.moderation.backbone_world import REMOVE, World, decide, publish, report


def _rows_naming(sessions: sessionmaker[Session], needle: str) -> list[str]:
    """Every row of every table but the audit log whose printed values contain ``needle``."""
    found = []
    with sessions() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_log":
                continue
            for row in session.execute(select(table)):
                if any(needle in str(value) for value in row):
                    found.append(f"{table.name}: {tuple(row)}")
    return found


def _kid_world(client: TestClient, world: World) -> dict[str, Any]:
    """kid-1 (handle Kiddo) comments, checks, gets reported, removed, struck, appeals, is listed
    by creator-1, named by kid-2, owns a video, and a webhook stored payloads about it."""
    platform = bearer(world.platform)
    assert client.put("/v1/accounts/kid-1", headers=platform,
                      json={"handle": "Kiddo"}).status_code == 200
    assert client.put("/v1/contents/video-k", headers=platform, json={
        "creator_id": "kid-1", "title": "Ma chambre", "url": "https://video.example/k"}).status_code == 201
    assert client.post("/v1/webhooks", headers=platform,
                       json={"url": "https://hooks.example/rempart"}).status_code == 201
    check = client.post("/v1/checks", headers=platform, json={
        "text": "Tu es nul", "author_id": "kid-1", "content_id": "video-1"}).json()
    published = client.post("/v1/comments", headers={**platform, "Idempotency-Key": "k-1"}, json={
        "content_id": "video-1", "author_id": "kid-1", "text": "Tu es nul, vraiment nul",
        "external_id": "ext-kid-1", "check_id": check["check_id"]})
    assert published.status_code == 201, published.text
    comment_id = published.json()["id"]
    assert client.put("/v1/accounts/creator-1/settings", headers=bearer(world.creator),
                      json={"restricted_accounts": ["kid-1", "kid-2"]}).status_code == 200
    mention = publish(client, world, "Salut @Kiddo, bien joué", author="kid-2")
    report(client, world.rep1, comment_id, explanation="Il m'insulte")
    decision = decide(client, world.moderator, f"comment:{comment_id}", **REMOVE).json()
    appeal = client.post(f"/v1/decisions/{decision['id']}/appeals", headers=bearer(world.kid),
                         json={"explanation": "Je m'appelle Kiddo et je conteste."})
    assert appeal.status_code == 201, appeal.text
    return {"comment": comment_id, "decision": decision["id"], "mention": mention["id"],
            "appeal": appeal.json()["id"]}


def test_erasure_removes_the_personal_data_and_keeps_pseudonymised_decisions(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    made = _kid_world(client, world)
    assert _rows_naming(sessions, "kid-1")  # the world does name it
    for key in (world.moderator, world.creator, world.kid):
        refused = client.post("/v1/accounts/kid-1/erase", headers=bearer(key))
        assert refused.status_code == 403, refused.text
    response = client.post("/v1/accounts/kid-1/erase", headers=bearer(world.admin))
    assert response.status_code == 200, response.text
    erased = response.json()
    pseudonym = erased["pseudonym"]
    assert is_pseudonym(pseudonym) and not erased["already_erased"]
    assert erased["counts"]["comments"] == 1 and erased["counts"]["decisions"] >= 1

    assert _rows_naming(sessions, "kid-1") == []
    # Only kid-2's own words still say "@Kiddo".
    assert [row.split(":")[0] for row in _rows_naming(sessions, "Kiddo")] == ["comments"]
    with sessions() as session:
        assert session.get(Account, "kid-1") is None
        holder = session.get(Account, pseudonym)
        assert holder is not None and holder.handle == "" and holder.erased_at is not None
        comment = session.get(Comment, made["comment"])
        assert comment is not None
        assert (comment.author_id, comment.text, comment.external_id, comment.status) == (
            pseudonym, "", None, "removed")
        decision = session.get(Decision, made["decision"])
        assert decision is not None and decision.author_id == pseudonym
        assert decision.action == "remove" and decision.explanation == REMOVE["explanation"]
        assert session.scalars(select(Strike.account_id)).all() == [pseudonym]
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "account.erase")).all()
        assert [(e.target_id, "kid-1" in str(e.details)) for e in entries] == [(pseudonym, False)]

    # The statement of reasons and the appeal stay readable by moderators.
    statement = client.get(f"/v1/decisions/{made['decision']}/statement",
                           headers=bearer(world.moderator))
    assert statement.status_code == 200 and statement.json()["action"] == "remove"
    appeal = client.get(f"/v1/appeals/{made['appeal']}", headers=bearer(world.moderator))
    assert appeal.status_code == 200 and appeal.json()["appellant_role"] == "author"
    # The erased account's key no longer works.
    assert client.get(f"/v1/comments/{made['comment']}", headers=bearer(world.kid)).status_code == 401


def test_erasure_is_idempotent_and_a_recreated_account_starts_clean(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    _kid_world(client, world)
    first = client.post("/v1/accounts/kid-1/erase", headers=bearer(world.platform)).json()
    again = client.post("/v1/accounts/kid-1/erase", headers=bearer(world.admin))
    assert again.status_code == 200
    assert again.json()["already_erased"] and again.json()["pseudonym"] == first["pseudonym"]
    assert client.post("/v1/accounts/nobody-9/erase",
                       headers=bearer(world.admin)).status_code == 404

    fresh = publish(client, world, "Je recommence à zéro")
    assert fresh["status"] == "visible"  # no restriction of creator-1's list, no strike
    with sessions() as session:
        account = session.get(Account, "kid-1")
        assert account is not None and account.handle == "kid-1" and account.erased_at is None
        assert session.scalars(select(Strike).where(Strike.account_id == "kid-1")).all() == []
        assert session.scalars(select(Decision).where(Decision.author_id == "kid-1")).all() == []
        assert session.scalars(select(Comment.id).where(Comment.author_id == "kid-1")).all() == [
            fresh["id"]]
        erasures = session.scalars(select(AuditEntry.id).where(
            AuditEntry.action == "account.erase")).all()
        assert len(erasures) == 1
    # Erasing the new account again joins the same pseudonym.
    second = client.post("/v1/accounts/kid-1/erase", headers=bearer(world.admin)).json()
    assert second["pseudonym"] == first["pseudonym"] and not second["already_erased"]


def test_decisions_stay_append_only_apart_from_pseudonymisation(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    made = _kid_world(client, world)
    refused = [
        "UPDATE decisions SET explanation = 'changed' WHERE id = :id",
        "UPDATE decisions SET author_id = 'someone-else' WHERE id = :id",
        "UPDATE decisions SET author_id = 'erased-0123', explanation = 'x' WHERE id = :id",
        "DELETE FROM decisions WHERE id = :id",
        "UPDATE audit_log SET target_id = 'erased-0123' WHERE id = 1",
    ]
    for statement in refused:
        with sessions() as session, pytest.raises(DBAPIError, match="append-only"):
            session.execute(text(statement), {"id": made["decision"]})
            session.flush()
    with sessions() as session:
        session.execute(text("UPDATE decisions SET author_id = 'erased-0123' WHERE id = :id"),
                        {"id": made["decision"]})
        session.rollback()


def test_the_cli_erases_an_account(
    client: TestClient, world: World, database_url: str, sessions: sessionmaker[Session],
    now: dt.datetime,
) -> None:
    publish(client, world, "Bonjour", author="kid-2")
    runner = CliRunner()
    result = runner.invoke(main, ["erase-account", "kid-2", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("erased; pseudonym erased-")
    assert _rows_naming(sessions, "kid-2") == []
    again = runner.invoke(main, ["erase-account", "kid-2", "--database-url", database_url])
    assert again.exit_code == 0 and again.output.startswith("already erased")
    with sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "account.erase")).one()
        assert (entry.actor_type, entry.actor_id) == ("system", "cli")
