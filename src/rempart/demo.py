"""Seeding the demo world (idempotently) and issuing fresh demo keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import demo_world
from rempart.access.models import User
from rempart.access.roles import Role
from rempart.access.service import create_key, revoke_keys
from rempart.access.users import create_user
from rempart.awareness.seed import seed_awareness
from rempart.moderation.accounts import upsert_account, upsert_content
from rempart.moderation.models import Account, Comment
from rempart.moderation.publish import Publisher, PublishRequest

DEMO_LABEL = "demo"
#: The password of every demo console user (printed by `rempart demo`; demo data only).
DEMO_PASSWORD = "rempart-demo"
#: Demo console users: (username, display name, role, account, organisation).
DEMO_USERS: tuple[tuple[str, str, Role, str | None, str | None], ...] = (
    ("lea", "Léa Dessine", Role.CREATOR, demo_world.CREATOR[0], None),
    ("modo", "Camille (modération)", Role.MODERATOR, None, None),
    ("modo2", "Sam (modération)", Role.MODERATOR, None, None),
    ("ecoute", "Écoutante 3018", Role.TRUSTED_FLAGGER, None, demo_world.TRUSTED_FLAGGER_ORG),
    ("admin", "Admin", Role.ADMIN, None, None),
)
DEMO_ACTOR = "demo-seed"


@dataclass(frozen=True, slots=True)
class DemoSeed:
    """What seeding did: how many comments it added and the fresh keys (secrets shown once)."""

    comments_added: int
    keys: dict[str, str]
    comment_ids: list[int]
    users: dict[str, str]


def seed_demo(session: Session, *, now: dt.datetime, publisher: Publisher) -> DemoSeed:
    """Create the demo world if missing (never twice), revoke old demo keys, issue new ones."""
    creator_id, creator_handle, creator_age = demo_world.CREATOR
    if session.get(Account, creator_id) is None:
        upsert_account(session, account_id=creator_id, handle=creator_handle, age_band=creator_age,
                       now=now, actor_id=DEMO_ACTOR)
    for account_id, handle, age_band in demo_world.COMMENTERS:
        if session.get(Account, account_id) is None:
            upsert_account(session, account_id=account_id, handle=handle, age_band=age_band,
                           now=now, actor_id=DEMO_ACTOR)
    for content_id, title, url in demo_world.CONTENTS:
        upsert_content(session, content_id=content_id, creator_id=creator_id, title=title,
                       url=url, now=now, actor_id=DEMO_ACTOR)
    session.flush()
    existing = set(session.scalars(select(Comment.external_id).where(
        Comment.external_id.in_([c[0] for c in demo_world.COMMENTS]))))
    added = 0
    for offset, (external_id, content_id, author_id, text) in enumerate(demo_world.COMMENTS):
        if external_id in existing:
            continue
        at = now - dt.timedelta(minutes=5 * (len(demo_world.COMMENTS) - offset))
        publisher.publish(session, request=PublishRequest(
            content_id=content_id, author_id=author_id, text=text, external_id=external_id),
            now=at, actor_id=DEMO_ACTOR)
        added += 1
    seed_awareness(session, now=now)
    revoke_keys(session, label=DEMO_LABEL, now=now)
    keys = {
        "platform": create_key(session, role=Role.PLATFORM, now=now, label=DEMO_LABEL).secret,
        "creator": create_key(session, role=Role.CREATOR, account_id=creator_id, now=now,
                              label=DEMO_LABEL).secret,
        "moderator": create_key(session, role=Role.MODERATOR, now=now, label=DEMO_LABEL).secret,
        "trusted_flagger": create_key(session, role=Role.TRUSTED_FLAGGER,
                                      organisation=demo_world.TRUSTED_FLAGGER_ORG, now=now,
                                      label=DEMO_LABEL).secret,
        "admin": create_key(session, role=Role.ADMIN, now=now, label=DEMO_LABEL).secret,
    }
    demo_users = {}
    for username, display_name, role, user_account, organisation in DEMO_USERS:
        if session.scalar(select(User.id).where(User.username == username)) is None:
            create_user(session, username=username, password=DEMO_PASSWORD, role=role, now=now,
                        account_id=user_account, organisation=organisation,
                        display_name=display_name)
        demo_users[username] = role.value
    ids = list(session.scalars(select(Comment.id).where(
        Comment.external_id.in_([c[0] for c in demo_world.COMMENTS])).order_by(Comment.id)))
    return DemoSeed(comments_added=added, keys=keys, comment_ids=ids, users=demo_users)
