"""The world of the role matrix: two creators, two flagger organisations, and one object of every kind.

Objects that an allowed call changes for good (a deletion, a claim, a decision, a withdrawal) exist
once per role that may make that call, so the matrix's rows stay independent of their order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from tests.factories import bearer, make_account, make_content, make_key

#: Columns of the matrix: every role's key (creator and flagger on "their" side, A), the same
#: roles on the other side (creator B, organisation B), and no key at all.
ROLES = ("anonymous", "platform", "creator", "other_creator", "moderator", "trusted_flagger",
         "other_flagger", "admin")
#: The roles that may each need an object of their own.
ACTORS = ("platform", "creator", "moderator", "admin")
REMOVE = {"action": "remove", "category": "insult", "ground": "community_guidelines",
          "explanation": "Insulte directe envers une personne."}


@dataclass
class World:
    """Keys by column, and the ids of what they act on (``per_role[kind][role]``)."""

    keys: dict[str, str]
    ids: dict[str, Any] = field(default_factory=dict)
    per_role: dict[str, dict[str, Any]] = field(default_factory=dict)

    def headers(self, role: str) -> dict[str, str]:
        """The Authorization header of ``role`` (none for ``anonymous``)."""
        return bearer(self.keys[role]) if role in self.keys else {}


def _ok(response: Any) -> Any:
    assert response.status_code in (200, 201), response.text
    return response.json()


def _publish(client: TestClient, world: World, *, content: str = "video-a", author: str = "kid-1",
             text: str = "Super vidéo !") -> int:
    body = _ok(client.post("/v1/comments", headers=world.headers("platform"), json={
        "content_id": content, "author_id": author, "text": text, "lang": "fr"}))
    comment_id: int = body["id"]
    return comment_id


def _reported(client: TestClient, world: World) -> int:
    """A comment of kid-1 that a user reported, so it waits in the review queue."""
    comment_id = _publish(client, world)
    _ok(client.post("/v1/reports", headers=world.headers("platform"), json={
        "target_type": "comment", "target_id": str(comment_id), "reason": "harassment",
        "reporter_id": "kid-2"}))
    return comment_id


def _decide(client: TestClient, world: World, role: str, comment_id: int) -> int:
    body = _ok(client.post(f"/v1/review/items/comment:{comment_id}/decision",
                           headers=world.headers(role), json=REMOVE))
    decision_id: int = body["id"]
    return decision_id


def _appeal(client: TestClient, world: World, decision_id: int, appellant: str = "kid-1") -> int:
    body = _ok(client.post(f"/v1/decisions/{decision_id}/appeals", headers=world.headers("platform"),
                           json={"explanation": "Je conteste.", "appellant_id": appellant}))
    appeal_id: int = body["id"]
    return appeal_id


def campaign_body(slug: str) -> dict[str, Any]:
    """A valid campaign running through November 2026."""
    return {"slug": slug, "placement": "discover", "priority": 0,
            "title_fr": "Rentrée", "title_en": "Back to school",
            "description_fr": "Sans harcèlement.", "description_en": "Without harassment.",
            "starts_at": "2026-11-01T00:00:00+01:00", "ends_at": "2026-11-30T00:00:00+01:00",
            "media": [], "quiz_id": "online-safety", "helpline_id": "fr-3018"}


def build_world(client: TestClient, sessions: sessionmaker[Session], now: dt.datetime) -> World:
    """Creator A owns video-a, creator B video-b; kid-1 and kid-2 comment; two organisations flag."""
    for account in ("creator-a", "creator-b", "kid-1", "kid-2", "troll-1", "troll-2",
                    "suspend-moderator", "suspend-admin", "erase-platform", "erase-admin"):
        make_account(sessions, account, now=now)
    make_content(sessions, "video-a", creator_id="creator-a", now=now)
    make_content(sessions, "video-b", creator_id="creator-b", now=now)
    world = World(keys={
        "platform": make_key(sessions, Role.PLATFORM, now=now),
        "creator": make_key(sessions, Role.CREATOR, now=now, account_id="creator-a"),
        "other_creator": make_key(sessions, Role.CREATOR, now=now, account_id="creator-b"),
        "moderator": make_key(sessions, Role.MODERATOR, now=now),
        "trusted_flagger": make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Org A"),
        "other_flagger": make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Org B"),
        "admin": make_key(sessions, Role.ADMIN, now=now),
    })
    ids, per = world.ids, world.per_role
    ids["comment_a"] = _publish(client, world)
    ids["comment_b"] = _publish(client, world, content="video-b", author="kid-2")
    per["deletable"] = {r: _publish(client, world) for r in ACTORS}
    per["review_item"] = {r: f"comment:{_publish(client, world)}" for r in ACTORS}
    per["claimable"] = {r: f"comment:{_reported(client, world)}" for r in ACTORS}
    # A comment of kid-1 reported by organisation A, then removed: the decision answers A only.
    ids["comment_r"] = _publish(client, world)
    ids["report_a"] = _ok(client.post("/v1/reports", headers=world.headers("trusted_flagger"), json={
        "target_type": "comment", "target_id": str(ids["comment_r"]), "reason": "harassment"}))["id"]
    ids["report_b"] = _ok(client.post("/v1/reports", headers=world.headers("other_flagger"), json={
        "target_type": "comment", "target_id": str(ids["comment_b"]), "reason": "harassment"}))["id"]
    ids["decision_r"] = _decide(client, world, "moderator", ids["comment_r"])
    ids["appeal_r"] = _appeal(client, world, ids["decision_r"])
    # Decisions open to a first appeal, and appeals to decide by someone else than the decider.
    per["appealable"] = {r: _decide(client, world, "moderator", _publish(client, world))
                         for r in ACTORS}
    per["appeal"] = {
        "moderator": _appeal(client, world, _decide(client, world, "admin", _publish(client, world))),
        "admin": _appeal(client, world, _decide(client, world, "moderator", _publish(client, world))),
    }
    per["check"] = {r: _ok(client.post("/v1/checks", headers=world.headers(r), json={
        "text": "Tu es nul", "author_id": "kid-1", "content_id": "video-a"}))["check_id"]
        for r in ("platform", "admin")}
    for kind in ("webhook", "webhook_deletable"):
        per[kind] = {r: _ok(client.post("/v1/webhooks", headers=world.headers(r), json={
            "url": "https://hooks.example/rempart", "events": []}))["id"]
            for r in ("platform", "admin")}
    ids["campaign"] = _ok(client.post("/v1/campaigns", headers=world.headers("admin"),
                                      json=campaign_body("matrix-read")))["id"]
    ids["campaign_deletable"] = _ok(client.post("/v1/campaigns", headers=world.headers("admin"),
                                                json=campaign_body("matrix-delete")))["id"]
    # A pile-on against creator A (the app runs with a threshold of 2 accounts).
    for troll in ("troll-1", "troll-2"):
        _publish(client, world, author=troll, text="[insult=0.97] dégage")
    incidents = _ok(client.get("/v1/accounts/creator-a/pileon", headers=world.headers("admin")))
    assert incidents, "the pile-on against creator-a opened no incident"
    ids["incident"] = incidents[0]["id"]
    ids["guidelines"] = _ok(client.get("/v1/guidelines"))
    return world
