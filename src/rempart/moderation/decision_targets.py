"""What a decision is about: its target, the account concerned, the rule cited, what fits it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from rempart.detection.categories import CATEGORIES
from rempart.errors import InvalidInput, NotFound
from rempart.moderation import guidelines
from rempart.moderation.decision_enums import DecisionAction
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Account, Comment, Content, Guideline

#: What hide and remove do to a comment's status.
STATUS_BY_ACTION: dict[DecisionAction, str] = {DecisionAction.HIDE: CommentStatus.HIDDEN.value,
                                               DecisionAction.REMOVE: CommentStatus.REMOVED.value}


@dataclass(frozen=True, slots=True)
class Target:
    """What a decision is about, and the account it concerns."""

    target_type: str
    target_id: str
    author_id: str
    lang: str
    comment: Comment | None = None


def load_target(session: Session, *, target_type: str, target_id: str, default_lang: str) -> Target:
    """The target a decision is about; NotFound when it does not exist."""
    if target_type == "comment":
        comment = session.get(Comment, int(target_id), with_for_update=True)
        if comment is not None:
            lang = comment.lang if comment.lang in ("fr", "en") else default_lang
            return Target(target_type, target_id, comment.author_id, lang, comment)
    elif target_type == "account" and session.get(Account, target_id) is not None:
        return Target(target_type, target_id, target_id, default_lang)
    elif target_type == "content" and (content := session.get(Content, target_id)) is not None:
        return Target(target_type, target_id, content.creator_id, default_lang)
    raise NotFound(f"No {target_type} {target_id!r}.", f"Aucun élément {target_type} {target_id!r}.",
                   code="target_not_found")


def rule_snapshot(session: Session, *, rule_id: str | None, category: str | None) -> dict[str, Any] | None:
    """The guideline cited (``rule_id``, else the category's rule), copied as it reads now."""
    rule = (session.get(Guideline, rule_id) if rule_id
            else guidelines.rule_for(session, categories=[category]) if category else None)
    if rule_id and rule is None:
        raise InvalidInput(f"No guideline {rule_id!r}.", f"Aucune règle {rule_id!r}.",
                           code="rule_not_found")
    if rule is None:
        return None
    return {"id": rule.id, "title_fr": rule.title_fr, "title_en": rule.title_en,
            "summary_fr": rule.summary_fr, "summary_en": rule.summary_en, "url": rule.url}


def check_applicable(action: DecisionAction, *, target: Target, category: str | None) -> None:
    """Refuse an action that does not fit the target, or an unknown category."""
    if target.target_type == "account" and action in STATUS_BY_ACTION:
        raise InvalidInput("An account can be restricted, suspended or banned, not hidden or removed.",
                           "Un compte peut être restreint, suspendu ou banni, pas masqué ni retiré.",
                           code="action_not_applicable")
    if category is not None and category not in CATEGORIES:
        raise InvalidInput(f"Unknown category {category!r}.", f"Catégorie inconnue {category!r}.",
                           code="unknown_category")
