"""Community guidelines: the rules a nudge or a decision cites, editable by an admin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.detection.categories import CATEGORIES
from rempart.errors import InvalidInput
from rempart.moderation.enums import ActorType
from rempart.moderation.models import Guideline
from rempart.moderation.schemas import GuidelineIn, GuidelinePublic, RuleSummary


def list_guidelines(session: Session) -> list[Guideline]:
    """Every rule, in display order."""
    return list(session.scalars(select(Guideline).order_by(Guideline.position, Guideline.id)))


def rule_for(session: Session, *, categories: Sequence[str]) -> Guideline | None:
    """The first rule covering the most serious of ``categories`` (None if none matches)."""
    for category in categories:
        rule = session.scalar(select(Guideline).where(Guideline.category == category)
                              .order_by(Guideline.position).limit(1))
        if rule is not None:
            return rule
    return None


def replace_guidelines(session: Session, *, rules: Sequence[GuidelineIn], now: dt.datetime,
                       actor_id: str) -> list[Guideline]:
    """Replace the whole rule set (ids unique, categories known); audited."""
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        raise InvalidInput("Rule ids must be unique.", "Les identifiants de règle doivent être uniques.",
                           code="duplicate_ids")
    unknown = sorted({rule.category for rule in rules} - set(CATEGORIES))
    if unknown:
        raise InvalidInput(f"Unknown categories: {', '.join(unknown)}.",
                           f"Catégories inconnues : {', '.join(unknown)}.", code="unknown_category")
    before = [rule.id for rule in list_guidelines(session)]
    session.execute(delete(Guideline))
    stored = []
    for position, rule in enumerate(rules):
        row = Guideline(id=rule.id, category=rule.category, position=position,
                        title_fr=rule.title_fr, title_en=rule.title_en, summary_fr=rule.summary_fr,
                        summary_en=rule.summary_en, url=rule.url, updated_at=now)
        session.add(row)
        stored.append(row)
    audit.record(session, now=now, actor_type=ActorType.API_KEY, actor_id=actor_id,
                 action="guidelines.replace", target_type="guidelines", target_id="all",
                 details={"before": before, "after": ids})
    return stored


def to_public(rule: Guideline) -> GuidelinePublic:
    """The API shape of a rule, both languages."""
    return GuidelinePublic.model_validate(rule, from_attributes=True)


def summary(rule: Guideline, *, lang: str) -> RuleSummary:
    """The rule as shown to a commenter, in ``lang`` (French unless English)."""
    english = lang == "en"
    return RuleSummary(id=rule.id, title=rule.title_en if english else rule.title_fr,
                       summary=rule.summary_en if english else rule.summary_fr, url=rule.url)
