"""Seeding the demo awareness campaign (idempotently) for ``rempart demo``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart.awareness.campaigns import create_campaign
from rempart.awareness.defaults import DEMO_CAMPAIGN, DEMO_CAMPAIGN_SLUG
from rempart.awareness.models import Campaign
from rempart.awareness.schemas import CampaignCreate
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType

#: The demo campaign runs from a day before seeding to this long after it.
DEMO_RUNS_FOR = dt.timedelta(days=60)


def seed_awareness(session: Session, *, now: dt.datetime) -> Campaign:
    """The demo campaign on the Discover tab, created once (running around ``now``) and reused after."""
    existing = session.scalar(select(Campaign).where(Campaign.slug == DEMO_CAMPAIGN_SLUG))
    if existing is not None:
        return existing
    data = CampaignCreate.model_validate({**DEMO_CAMPAIGN, "starts_at": now - dt.timedelta(days=1),
                                          "ends_at": now + DEMO_RUNS_FOR})
    return create_campaign(session, data=data, now=now, actor_id=SYSTEM_ACTOR_ID,
                           actor_type=ActorType.SYSTEM)
