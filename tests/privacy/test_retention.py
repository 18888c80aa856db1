"""The retention purge: what outlived its period goes; decisions, reports and evidence stay."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.db import transaction
from rempart.moderation.decision_models import Decision, WebhookDelivery
from rempart.moderation.models import Check, Comment
from rempart.pileon.models import PileonEvent, PileonHit
from rempart.privacy.retention import purge_expired
from rempart.settings import Settings
from tests.factories import bearer
from tests.moderation.backbone_world import REMOVE, World, decide, publish, report


def _settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, retention_check_draft_days=3,
                    retention_idempotency_days=3, retention_author_deleted_days=10,
                    retention_webhook_days=20, retention_pileon_days=5,
                    evidence_retention_days=365)


def test_purge_blanks_and_drops_only_what_outlived_its_period(
    client: TestClient, world: World, sessions: sessionmaker[Session], database_url: str,
    now: dt.datetime,
) -> None:
    platform = bearer(world.platform)
    assert client.post("/v1/webhooks", headers=platform,
                       json={"url": "https://hooks.example/rempart"}).status_code == 201
    check = client.post("/v1/checks", headers=platform, json={
        "text": "Brouillon", "author_id": "kid-1", "content_id": "video-1"}).json()
    keyed = client.post("/v1/comments", headers={**platform, "Idempotency-Key": "once"}, json={
        "content_id": "video-1", "author_id": "kid-1", "text": "Avec une clé"}).json()["id"]
    regretted = publish(client, world, "Je regrette ce message")["id"]
    reported = publish(client, world, "Message signalé puis effacé")["id"]
    decided = publish(client, world, "Message retiré par modération")["id"]
    report(client, world.rep1, reported)
    decide(client, world.moderator, f"comment:{decided}", **REMOVE)
    for comment_id in (regretted, reported):
        deleted = client.delete(f"/v1/comments/{comment_id}?on_behalf_of=kid-1", headers=platform)
        assert deleted.status_code == 200, deleted.text
    with transaction(sessions) as session:
        session.execute(update(WebhookDelivery).values(status="delivered", delivered_at=now))
        session.add_all([PileonHit(target_id="kid-2", actor_id="troll-9", last_at=now),
                         PileonEvent(target_id="kid-2", actor_id="troll-9", kind="comment",
                                     at=now)])
    settings = _settings(database_url)

    with transaction(sessions) as session:
        early = purge_expired(session, settings=settings, now=now + dt.timedelta(days=2))
    assert early.total == 0 and not early.more

    with transaction(sessions) as session:
        later = purge_expired(session, settings=settings, now=now + dt.timedelta(days=11))
    assert (later.check_drafts, later.idempotency_keys, later.author_deleted_texts,
            later.webhook_deliveries) == (1, 1, 1, 0)
    assert later.pileon_hits >= 1 and later.pileon_events >= 1  # ours and the report's
    with sessions() as session:
        assert session.scalars(select(PileonHit)).all() == []
        assert session.scalars(select(PileonEvent)).all() == []
        assert session.get(Check, check["check_id"]).text_digest == ""  # type: ignore[union-attr]
        texts = {i: t for i, t in session.execute(select(Comment.id, Comment.text))}
        assert texts[regretted] == ""
        assert texts[reported] == "Message signalé puis effacé"  # reported: kept as evidence
        assert texts[decided] == "Message retiré par modération"  # removed by a decision
        assert session.get(Comment, keyed).idempotency_key is None  # type: ignore[union-attr]
        assert session.scalars(select(Decision.id)).all()
        purge = session.scalars(select(AuditEntry).where(AuditEntry.action == "privacy.purge")
                                .order_by(AuditEntry.id)).all()
        assert [e.details["author_deleted_texts"] for e in purge] == [0, 1]
        assert "kid-1" not in str([e.details for e in purge])

    with transaction(sessions) as session:
        last = purge_expired(session, settings=settings, now=now + dt.timedelta(days=21))
    assert last.webhook_deliveries > 0 and last.author_deleted_texts == 0
    with sessions() as session:
        assert session.scalars(select(WebhookDelivery)).all() == []
    # A retried publish with the dropped key is a new comment: keys only guard early retries.
    again = client.post("/v1/comments", headers={**platform, "Idempotency-Key": "once"}, json={
        "content_id": "video-1", "author_id": "kid-1", "text": "Avec une clé"})
    assert again.status_code == 201 and again.json()["id"] != keyed
