"""Statements of reasons in the EU DSA Transparency Database format, validated, in batches of 100.

Each restricting decision becomes one record (``puid`` = ``rempart-decision-<id>``); records are
grouped into batches of at most 100, the most the database's multiple-statements endpoint takes,
and written as JSON lines, one ``{"statements": [...]}`` batch a line, ready to POST. Records hold
no personal data: never a reporter, an account id or a comment's text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from rempart.moderation.decision_enums import DecisionAction, Ground
from rempart.moderation.decision_models import Decision
from rempart.moderation.models import Account, Comment, Content
from rempart.transparency import dsa_rules, metrics
from rempart.transparency.dsa_enums import (
    EEA_COUNTRIES,
    KEYWORD_OTHER,
    AutomatedDecision,
    AutomatedDetection,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
    StatementCategory,
)
from rempart.transparency.dsa_rules import StatementInvalid, validate_batch, validate_statement
from rempart.transparency.periods import Period

__all__ = ["MAX_BATCH", "StatementInvalid", "batches", "export_lines", "statement_for",
           "statements", "validate_batch", "validate_statement"]

MAX_BATCH: Final = dsa_rules.MAX_BATCH
_C = StatementCategory
#: Rempart's harm categories in the DSA taxonomy: (category, keywords, what KEYWORD_OTHER means).
CATEGORY_MAP: Final[dict[str | None, tuple[StatementCategory, tuple[str, ...], str | None]]] = {
    "insult": (_C.CYBER_VIOLENCE, ("KEYWORD_CYBER_BULLYING_INTIMIDATION",), None),
    "identity_hate": (_C.ILLEGAL_OR_HARMFUL_SPEECH, ("KEYWORD_HATE_SPEECH",), None),
    "threat": (_C.CYBER_VIOLENCE, ("KEYWORD_CYBER_BULLYING_INTIMIDATION",), None),
    "sexual_harassment": (_C.CYBER_VIOLENCE, ("KEYWORD_CYBER_HARASSMENT",), None),
    "self_harm_incitement": (_C.SELF_HARM, ("KEYWORD_SUICIDE", "KEYWORD_SELF_MUTILATION"), None),
    "doxxing": (_C.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS, (KEYWORD_OTHER,),
                "Disclosure of someone's personal information (doxxing)"),
    "body_shaming": (_C.CYBER_VIOLENCE, ("KEYWORD_CYBER_BULLYING_INTIMIDATION",), None),
    "exclusion": (_C.CYBER_VIOLENCE, ("KEYWORD_CYBER_HARASSMENT",), None),
    None: (_C.OTHER_VIOLATION_TC, (KEYWORD_OTHER,), "Breach of the community guidelines"),
}
_SOURCES: Final = {"trusted_flagger": SourceType.TRUSTED_FLAGGER,
                   "user_report": SourceType.ARTICLE_16, "creator_report": SourceType.ARTICLE_16,
                   "appeal": SourceType.ARTICLE_16}
_AUTOMATION: Final = {"fully": AutomatedDecision.FULLY, "partially": AutomatedDecision.PARTIALLY,
                      "not_automated": AutomatedDecision.NOT_AUTOMATED}
_WHAT: Final = {"hide": "was hidden from everyone but its author", "remove": "was removed",
                "restrict_account": "was restricted: its new comments wait for a moderator",
                "suspend_account": "was suspended from commenting",
                "ban_account": "was permanently barred from commenting"}
_HOW: Final = {SourceType.TRUSTED_FLAGGER: "after a notice by a trusted flagger",
               SourceType.ARTICLE_16: "after a notice by a user",
               SourceType.VOLUNTARY: "on the platform's own initiative"}
# Free text written by moderators may name people: addresses, phone numbers and @handles go.
_PERSONAL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d(?:[ .]?\d){8,}|@\w{2,}")


def _scrub(text: str, limit: int) -> str:
    cleaned = _PERSONAL.sub("[…]", " ".join(text.split()))
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def _day(at: dt.datetime | None) -> str | None:
    return at.astimezone(dt.UTC).date().isoformat() if at else None


def statement_for(decision: Decision, *, content_date: dt.datetime, content_lang: str | None,
                  territorial_scope: Sequence[str] = EEA_COUNTRIES) -> dict[str, Any]:
    """The DSA statement-of-reasons record of a restricting ``decision`` (not yet validated)."""
    action = DecisionAction(decision.action)
    category, keywords, other = CATEGORY_MAP.get(decision.category, CATEGORY_MAP[None])
    source = _SOURCES.get(decision.source, SourceType.VOLUNTARY)
    thing = {"comment": "A comment", "content": "A post or video", "account": "An account"}.get(
        decision.target_type, "An item")
    record: dict[str, Any] = {"puid": f"rempart-decision-{decision.id}"}
    if action is DecisionAction.HIDE:
        record["decision_visibility"] = [DecisionVisibility.CONTENT_DISABLED.value]
    elif action is DecisionAction.REMOVE:
        record["decision_visibility"] = [DecisionVisibility.CONTENT_REMOVED.value]
    elif action is DecisionAction.RESTRICT_ACCOUNT:
        record["decision_provision"] = DecisionProvision.PARTIAL_SUSPENSION.value
        record["end_date_service_restriction"] = _day(decision.ends_at)
    elif action is DecisionAction.SUSPEND_ACCOUNT:
        record["decision_account"] = DecisionAccount.SUSPENDED.value
        record["end_date_account_restriction"] = _day(decision.ends_at)
    elif action is DecisionAction.BAN_ACCOUNT:
        record["decision_account"] = DecisionAccount.TERMINATED.value
    rule = decision.rule or {}
    if decision.ground == Ground.ILLEGAL_CONTENT.value:
        record["decision_ground"] = DecisionGround.ILLEGAL_CONTENT.value
        record["illegal_content_legal_ground"] = _scrub(decision.legal_ground or "", 500)
        record["illegal_content_explanation"] = _scrub(decision.explanation, 2000)
    else:
        record["decision_ground"] = DecisionGround.INCOMPATIBLE_CONTENT.value
        title = rule.get("title_en") or "Community guidelines"
        record["incompatible_content_ground"] = _scrub(
            f"Community guidelines: {title}" + (f" ({rule['id']})" if rule.get("id") else ""), 500)
        record["incompatible_content_explanation"] = _scrub(decision.explanation, 2000)
    if rule.get("url"):
        record["decision_ground_reference_url"] = rule["url"]
    record["category"] = category.value
    record["category_specification"] = list(keywords)
    if other:
        record["category_specification_other"] = other
    if decision.target_type == "content":
        record["content_type"] = [ContentType.OTHER.value]
        record["content_type_other"] = "A post or video published on the platform"
    else:
        record["content_type"] = [ContentType.TEXT.value]
    if content_lang and re.fullmatch(r"[a-z]{2}", content_lang):
        record["content_language"] = content_lang.upper()
    record["content_date"] = _day(content_date)
    record["application_date"] = _day(decision.decided_at)
    machine = ("detected automatically" if decision.automated_detection else "found by a person")
    record["decision_facts"] = (f"{thing} {_WHAT[action.value]} {_HOW[source]}; it was {machine}. "
                                + ("This decision reverses an earlier one on appeal. "
                                   if decision.reverses_id else ""))[:5000].strip()
    record["source_type"] = source.value
    record["automated_detection"] = (AutomatedDetection.YES if decision.automated_detection
                                     else AutomatedDetection.NO).value
    record["automated_decision"] = _AUTOMATION[decision.automated_decision].value
    record["territorial_scope"] = list(territorial_scope)
    return {k: v for k, v in record.items() if v is not None}


def statements(session: Session, *, period: Period,
               territorial_scope: Sequence[str] = EEA_COUNTRIES) -> Iterator[dict[str, Any]]:
    """Validated records of every restricting decision taken in ``period``, oldest first."""
    restricting = [a.value for a in DecisionAction if a.is_violation]
    query = (select(Decision, Comment.created_at, Comment.lang, Content.created_at,
                    Account.created_at)
             .outerjoin(Comment, metrics.decided_comment())
             .outerjoin(Content, and_(Decision.target_type == "content",
                                      Content.id == Decision.target_id))
             .outerjoin(Account, and_(Decision.target_type == "account",
                                      Account.id == Decision.target_id))
             .where(Decision.decided_at >= period.start, Decision.decided_at < period.end,
                    Decision.action.in_(restricting))
             .order_by(Decision.decided_at, Decision.id))
    for decision, comment_at, lang, content_at, account_at in session.execute(query).yield_per(500):
        record = statement_for(decision, content_date=comment_at or content_at or account_at
                               or decision.decided_at, content_lang=lang,
                               territorial_scope=territorial_scope)
        validate_statement(record)
        yield record


def batches(records: Iterable[dict[str, Any]], *, size: int = MAX_BATCH) -> Iterator[list[dict[str, Any]]]:
    """``records`` in validated batches of at most ``size`` (at most 100)."""
    if not 1 <= size <= MAX_BATCH:
        raise StatementInvalid(["batch: size must be between 1 and 100"])
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            validate_batch(batch)
            yield batch
            batch = []
    if batch:
        validate_batch(batch)
        yield batch


def export_lines(session: Session, *, period: Period, size: int = MAX_BATCH,
                 territorial_scope: Sequence[str] = EEA_COUNTRIES) -> Iterator[str]:
    """JSON lines, one ``{"statements": [...]}`` batch a line (each ends with a newline)."""
    for batch in batches(statements(session, period=period, territorial_scope=territorial_scope),
                         size=size):
        yield json.dumps({"statements": batch}, ensure_ascii=False, sort_keys=True) + "\n"
