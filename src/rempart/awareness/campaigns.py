"""Awareness campaigns: what to feature now in a placement, and their audited admin CRUD."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.awareness import quiz as quizzes
from rempart.awareness.enums import MediaKind, Placement
from rempart.awareness.helplines import to_card
from rempart.awareness.models import Campaign, Helpline, Quiz
from rempart.awareness.schemas import (
    ActiveCampaigns,
    CampaignCreate,
    CampaignFeatured,
    CampaignPublic,
    MediaLocalized,
)
from rempart.errors import Conflict, InvalidInput, NotFound
from rempart.moderation.enums import ActorType


def _check_placement(placement: str) -> Placement:
    try:
        return Placement(placement)
    except ValueError:
        known = ", ".join(p.value for p in Placement)
        raise InvalidInput(f"Unknown placement {placement!r}; known: {known}.",
                           f"Emplacement inconnu {placement!r} ; connus : {known}.",
                           code="unknown_placement") from None


def _validate(session: Session, data: CampaignCreate) -> None:
    _check_placement(data.placement)
    if data.starts_at.tzinfo is None or data.ends_at.tzinfo is None:
        raise InvalidInput("Dates need a time zone, e.g. 2026-12-01T00:00:00+01:00.",
                           "Les dates doivent avoir un fuseau, par ex. 2026-12-01T00:00:00+01:00.",
                           code="naive_time")
    if data.ends_at <= data.starts_at:
        raise InvalidInput("The campaign must end after it starts.",
                           "La campagne doit se terminer après son début.", code="invalid_period")
    kinds = {k.value for k in MediaKind}
    for item in data.media:
        if item.kind not in kinds:
            raise InvalidInput(f"Unknown media kind {item.kind!r}; known: {', '.join(sorted(kinds))}.",
                               f"Type de média inconnu {item.kind!r} ; connus : {', '.join(sorted(kinds))}.",
                               code="unknown_media_kind")
        parts = urlsplit(item.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidInput(f"Media URL must start with http:// or https://: {item.url!r}.",
                               f"L'adresse d'un média doit commencer par http:// ou https:// : {item.url!r}.",
                               code="invalid_url")
    if data.quiz_id is not None and session.get(Quiz, data.quiz_id) is None:
        raise InvalidInput(f"No quiz {data.quiz_id!r}.", f"Aucun quiz {data.quiz_id!r}.",
                           code="unknown_quiz")
    if data.helpline_id is not None and session.get(Helpline, data.helpline_id) is None:
        raise InvalidInput(f"No helpline {data.helpline_id!r}.",
                           f"Aucune ligne d'écoute {data.helpline_id!r}.", code="unknown_helpline")


def _fields(data: CampaignCreate) -> dict[str, Any]:
    fields = data.model_dump()
    fields["media"] = [item.model_dump() for item in data.media]
    return fields


def _audit(session: Session, *, campaign: Campaign, action: str, now: dt.datetime, actor_id: str,
           actor_type: ActorType, details: dict[str, Any]) -> None:
    audit.record(session, now=now, actor_type=actor_type, actor_id=actor_id,
                 action=f"campaign.{action}", target_type="campaign", target_id=str(campaign.id),
                 details=details)


def get_campaign(session: Session, *, campaign_id: int) -> Campaign:
    """The campaign ``campaign_id`` (NotFound otherwise)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFound(f"No campaign {campaign_id}.", f"Aucune campagne {campaign_id}.",
                       code="campaign_not_found")
    return campaign


def list_campaigns(session: Session) -> list[Campaign]:
    """Every campaign, the latest to start first."""
    return list(session.scalars(select(Campaign).order_by(Campaign.starts_at.desc(), Campaign.id)))


def _slug_free(session: Session, slug: str, *, except_id: int | None = None) -> None:
    taken = session.scalar(select(Campaign.id).where(Campaign.slug == slug))
    if taken is not None and taken != except_id:
        raise Conflict(f"A campaign is already called {slug!r}.",
                       f"Une campagne s'appelle déjà {slug!r}.", code="slug_taken")


def create_campaign(session: Session, *, data: CampaignCreate, now: dt.datetime, actor_id: str,
                    actor_type: ActorType = ActorType.API_KEY) -> Campaign:
    """Create a campaign after validating it (nothing is stored on a refusal); audited."""
    _validate(session, data)
    _slug_free(session, data.slug)
    campaign = Campaign(**_fields(data), created_at=now, updated_at=now)
    session.add(campaign)
    session.flush()
    _audit(session, campaign=campaign, action="create", now=now, actor_id=actor_id,
           actor_type=actor_type, details={"slug": data.slug, "placement": data.placement})
    return campaign


def replace_campaign(session: Session, *, campaign_id: int, data: CampaignCreate, now: dt.datetime,
                     actor_id: str) -> Campaign:
    """Replace every field of a campaign (validated first; nothing changes on a refusal); audited."""
    campaign = get_campaign(session, campaign_id=campaign_id)
    _validate(session, data)
    _slug_free(session, data.slug, except_id=campaign.id)
    before = {"slug": campaign.slug, "placement": campaign.placement,
              "starts_at": campaign.starts_at.isoformat(), "ends_at": campaign.ends_at.isoformat()}
    for name, value in _fields(data).items():
        setattr(campaign, name, value)
    campaign.updated_at = now
    _audit(session, campaign=campaign, action="update", now=now, actor_id=actor_id,
           actor_type=ActorType.API_KEY, details={"before": before})
    return campaign


def delete_campaign(session: Session, *, campaign_id: int, now: dt.datetime, actor_id: str) -> None:
    """Delete a campaign; the audit entry keeps its slug and dates."""
    campaign = get_campaign(session, campaign_id=campaign_id)
    _audit(session, campaign=campaign, action="delete", now=now, actor_id=actor_id,
           actor_type=ActorType.API_KEY,
           details={"slug": campaign.slug, "placement": campaign.placement,
                    "starts_at": campaign.starts_at.isoformat(),
                    "ends_at": campaign.ends_at.isoformat()})
    session.delete(campaign)


def to_public(campaign: Campaign) -> CampaignPublic:
    """The admin view of a campaign, both languages."""
    return CampaignPublic.model_validate(campaign, from_attributes=True)


def featured(session: Session, *, campaign: Campaign, lang: str, now: dt.datetime) -> CampaignFeatured:
    """``campaign`` as a platform shows it in ``lang``, its helpline's card open or not at ``now``."""
    english = lang == "en"
    quiz = session.get(Quiz, campaign.quiz_id) if campaign.quiz_id else None
    helpline = session.get(Helpline, campaign.helpline_id) if campaign.helpline_id else None
    return CampaignFeatured(
        id=campaign.id, slug=campaign.slug, placement=campaign.placement,
        title=campaign.title_en if english else campaign.title_fr,
        description=campaign.description_en if english else campaign.description_fr,
        starts_at=campaign.starts_at, ends_at=campaign.ends_at,
        media=[MediaLocalized(kind=m["kind"], url=m["url"],
                              caption=m["caption_en"] if english else m["caption_fr"])
               for m in campaign.media],
        quiz=quizzes.summary(session, quiz=quiz, lang=lang) if quiz else None,
        helpline=to_card(helpline, lang=lang, at=now) if helpline else None)


def active(session: Session, *, placement: str, lang: str, now: dt.datetime) -> ActiveCampaigns:
    """The campaigns running at ``now`` (start ≤ now < end) in ``placement``, highest priority first."""
    place = _check_placement(placement)
    running = session.scalars(
        select(Campaign).where(Campaign.placement == place.value, Campaign.starts_at <= now,
                               Campaign.ends_at > now)
        .order_by(Campaign.priority.desc(), Campaign.starts_at.desc(), Campaign.id))
    return ActiveCampaigns(placement=place.value, lang=lang, at=now,
                           campaigns=[featured(session, campaign=c, lang=lang, now=now)
                                      for c in running])
