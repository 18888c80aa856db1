"""Seeding the demo world (idempotently) and issuing fresh demo keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import demo_world
from rempart.access.roles import Role
from rempart.access.service import create_key, revoke_keys
from rempart.moderation.accounts import upsert_account, upsert_content
from rempart.moderation.models import Account, Comment
from rempart.moderation.publish import Publisher, PublishRequest

DEMO_LABEL = "demo"
DEMO_ACTOR = "demo-seed"


@dataclass(frozen=True, slots=True)
class DemoSeed:
    """What seeding did: how many comments it added and the fresh keys (secrets shown once)."""

    comments_added: int
    keys: dict[str, str]
    comment_ids: list[int]


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
    ids = list(session.scalars(select(Comment.id).where(
        Comment.external_id.in_([c[0] for c in demo_world.COMMENTS])).order_by(Comment.id)))
    return DemoSeed(comments_added=added, keys=keys, comment_ids=ids)
