"""The reconsider prompt: check a draft, nudge its author, and count what they did next."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from rempart.detection.categories import CATEGORIES
from rempart.detection.detector import Assessment
from rempart.errors import Conflict, InvalidInput, NotFound
from rempart.moderation import guidelines
from rempart.moderation.accounts import content_creator, ensure_account_exists
from rempart.moderation.author_limits import AuthorLimit, enforce_check_limit
from rempart.moderation.enums import NudgeOutcome
from rempart.moderation.models import Check, Comment
from rempart.moderation.schemas import CheckResult, CheckSpan, NudgeStats
from rempart.moderation.thresholds import Policy

_MESSAGES = {
    "fr": "Ton commentaire pourrait enfreindre la règle « {title} » : {summary} "
          "Tu veux le modifier avant de le publier ?",
    "en": 'Your comment may break the rule "{title}": {summary} '
          "Would you like to edit it before posting?",
}
_GENERIC = {
    "fr": "Ton commentaire pourrait blesser quelqu'un. Tu veux le relire avant de le publier ?",
    "en": "Your comment may hurt someone. Would you like to read it again before posting?",
}


def text_digest(text: str) -> str:
    """The fingerprint that tells an unchanged text from an edited one."""
    return hashlib.sha256(text.encode()).hexdigest()


def check_comment(session: Session, *, assessment: Assessment, text: str, author_id: str,
                  content_id: str, lang: str | None, policy: Policy, now: dt.datetime,
                  author_limit: AuthorLimit | None = None) -> CheckResult:
    """Record a check of a draft and say whether to nudge, with the rule and the message to show
    (429 ``author_rate_limited``, nothing recorded, past the author's ``author_limit``)."""
    enforce_check_limit(session, author_id=author_id, now=now, limit=author_limit)
    content_creator(session, content_id=content_id)
    scores = dict(assessment.scores)
    flagged = [name for name in policy.over({**scores, "toxicity": assessment.toxicity}, "nudge")]
    nudge = bool(flagged)
    categories: list[str] = [c for c in flagged if c in CATEGORIES]
    if nudge and not categories and scores:  # only the overall score crossed: cite the likeliest
        categories = [max(scores, key=lambda c: scores[c])]
    shown_lang = lang or (assessment.language if assessment.language in ("fr", "en") else "fr")
    rule = guidelines.rule_for(session, categories=categories) if nudge else None
    message = None
    if nudge:
        message = (_MESSAGES[shown_lang].format(**guidelines.summary(rule, lang=shown_lang).model_dump())
                   if rule else _GENERIC[shown_lang])
    ensure_account_exists(session, account_id=author_id, now=now)  # the first write: see publish
    check = Check(id=uuid.uuid4().hex, author_id=author_id, content_id=content_id,
                  text_digest=text_digest(text), lang=shown_lang, nudge=nudge,
                  severity=assessment.severity, toxicity=assessment.toxicity, categories=scores,
                  rule_id=rule.id if rule else None, created_at=now)
    session.add(check)
    spans = [CheckSpan(start=s.start, end=s.end, category=s.category) for s in assessment.spans]
    return CheckResult(check_id=check.id, nudge=nudge, severity=assessment.severity,
                       categories={k: round(v, 4) for k, v in scores.items()}, spans=spans,
                       rule=guidelines.summary(rule, lang=shown_lang) if rule else None,
                       message=message, lang=shown_lang)


def _get(session: Session, check_id: str) -> Check:
    check = session.get(Check, check_id, with_for_update=True)
    if check is None:
        raise NotFound(f"No check {check_id!r}.", f"Aucune vérification {check_id!r}.",
                       code="check_not_found")
    return check


def withdraw(session: Session, *, check_id: str, now: dt.datetime) -> Check:
    """Record that the author withdrew the draft (once; a check already followed up is 409)."""
    check = _get(session, check_id)
    if check.outcome == NudgeOutcome.WITHDRAWN.value:
        return check
    if check.outcome is not None:
        raise Conflict(f"This check was already followed up ({check.outcome}).",
                       f"Cette vérification a déjà une suite ({check.outcome}).",
                       code="check_already_followed_up")
    check.outcome, check.outcome_at = NudgeOutcome.WITHDRAWN.value, now
    return check


def link_publish(session: Session, *, check_id: str, comment: Comment, now: dt.datetime) -> Check:
    """Record the publish that followed a check: unchanged text is posted_anyway, else edited."""
    check = _get(session, check_id)
    if (check.author_id, check.content_id) != (comment.author_id, comment.content_id):
        raise InvalidInput("This check was for another author or content.",
                           "Cette vérification concernait un autre auteur ou contenu.",
                           code="check_mismatch")
    if check.outcome is not None:
        raise Conflict(f"This check was already followed up ({check.outcome}).",
                       f"Cette vérification a déjà une suite ({check.outcome}).",
                       code="check_already_followed_up")
    unchanged = check.text_digest == text_digest(comment.text)
    check.outcome = (NudgeOutcome.POSTED_ANYWAY if unchanged else NudgeOutcome.EDITED).value
    check.outcome_at, check.comment_id = now, comment.id
    return check


def nudge_stats(session: Session, *, start: dt.datetime, end: dt.datetime, now: dt.datetime,
                abandon_after: dt.timedelta) -> NudgeStats:
    """Outcome counts of checks created in [start, end), computed by the database."""
    if end <= start:
        raise InvalidInput("'to' must be after 'from'.", "« to » doit être après « from ».",
                           code="invalid_period")
    stale = Check.created_at < now - abandon_after
    nudged = Check.nudge.is_(True)

    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = session.execute(select(
        func.count(),
        count(nudged),
        count(nudged & (Check.outcome == NudgeOutcome.WITHDRAWN.value)),
        count(nudged & (Check.outcome == NudgeOutcome.EDITED.value)),
        count(nudged & (Check.outcome == NudgeOutcome.POSTED_ANYWAY.value)),
        count(nudged & Check.outcome.is_(None) & stale),
        count(nudged & Check.outcome.is_(None) & ~stale),
    ).where(Check.created_at >= start, Check.created_at < end)).one()
    total, n_nudged, withdrawn, edited, posted, abandoned, pending = (int(v) for v in row)
    known = withdrawn + edited + posted + abandoned
    return NudgeStats.model_validate({
        "from": start, "to": end, "checks": total, "nudged": n_nudged, "withdrawn": withdrawn,
        "edited": edited, "posted_anyway": posted, "abandoned": abandoned, "pending": pending,
        "share_withdrawn_or_edited": round((withdrawn + edited) / known, 4) if known else None,
    })
