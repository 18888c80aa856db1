"""What the creator console shows: the acting principal, labels, reasons, highlights and counts.

Labels are English message ids marked with ``_`` so the catalogue finds them; templates
translate them with ``{{ _(label) }}`` in the visitor's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.moderation.acting import Actor, resolve_actor
from rempart.moderation.bulk import ItemOutcome, ItemResult
from rempart.moderation.enums import CommentStatus, ReportedReason
from rempart.moderation.models import Account, Comment, Content
from rempart.web.security import SignedInUser


def _(text: str) -> str:
    """Marks ``text`` for the catalogue; it is translated when the page is rendered."""
    return text


STATUS_LABELS = {
    "visible": _("Visible"), "held": _("Waiting for your approval"),
    "pending_review": _("With a moderator"), "hidden": _("Hidden"), "removed": _("Removed"),
}
CATEGORY_LABELS = {
    "insult": _("Insult"), "identity_hate": _("Identity hate"), "threat": _("Threat"),
    "sexual_harassment": _("Sexual harassment"), "self_harm_incitement": _("Incitement to self-harm"),
    "doxxing": _("Doxxing"), "body_shaming": _("Body shaming"), "exclusion": _("Exclusion"),
    "toxicity": _("Hurtful overall"),
}
REASON_LABELS = {
    "filter_all_comments": _("You filter all comments on this video"),
    "creator_keyword": _("Contains one of your keywords"),
    "author_restricted_by_creator": _("You restricted this account"),
    "author_blocked_by_creator": _("You blocked this account"),
    "approved_commenter": _("Approved commenter"),
    "offensive_filter": _("Hidden by your offensive-comment filter"),
    "needs_review": _("Sent to a moderator by the detector"),
    "automatic_removal": _("Removed automatically by the detector"),
    "detector_failed": _("The detector was unavailable"),
    "author_restricted": _("The author is restricted by the moderators"),
}
REPORT_REASONS = {
    "harassment": _("Harassment"), "hate": _("Hate"), "threat": _("Threat"),
    "sexual": _("Sexual harassment"), "self_harm": _("Incitement to self-harm"),
    "doxxing": _("Doxxing"), "body_shaming": _("Body shaming"), "exclusion": _("Exclusion"),
    "spam": _("Spam"), "illegal_content": _("Illegal content"), "other": _("Other"),
}
RESULT_LABELS = {
    "done": _("done"), "already_done": _("already done"), "not_found": _("not found"),
    "forbidden": _("not allowed"),
}
ACTION_LABELS = {
    "approve": _("Approve"), "hide": _("Hide"), "delete": _("Delete"),
    "report": _("Report comments"), "block": _("Block authors"), "restrict": _("Restrict authors"),
    "report_accounts": _("Report authors"),
}
MODE_LABELS = {
    "off": _("No filter"), "offensive": _("Hide offensive comments"),
    "all": _("Filter all comments"),
}
MODE_HELP = {
    "off": _("New comments appear at once, unless the detector or a moderator stops them."),
    "offensive": _("Comments the detector finds hurtful are hidden from everyone but their author."),
    "all": _("Nothing appears until you approve it: every new comment waits in your approval queue."),
}
#: What every creator page can show, passed to the templates as they are.
LABELS: dict[str, Any] = {"status_labels": STATUS_LABELS, "category_labels": CATEGORY_LABELS,
          "reason_labels": REASON_LABELS, "report_reasons": REPORT_REASONS,
          "result_labels": RESULT_LABELS, "action_labels": ACTION_LABELS,
          "mode_labels": MODE_LABELS, "mode_help": MODE_HELP}
ACCOUNT_ID = re.compile(r"^[A-Za-z0-9._:@-]{1,128}$")


class BulkForm(BaseModel):
    """A bulk form: the button pressed, the ticked comments and authors, the report's reason."""

    action: str = Field(default="", max_length=32)
    ids: list[int] = Field(default_factory=list, max_length=1000)
    accounts: list[str] = Field(default_factory=list, max_length=1000)
    reason: str = Field(default="harassment", max_length=32)
    explanation: str = Field(default="", max_length=2000)
    csrf_token: str = ""


class SettingsForm(BaseModel):
    """The settings form, as typed: lists are textareas with one entry per line."""

    filter_mode: str = Field(default="off", max_length=16)
    keywords: str = Field(default="", max_length=30_000)
    approved_commenters: str = Field(default="", max_length=700_000)
    blocked_accounts: str = Field(default="", max_length=700_000)
    restricted_accounts: str = Field(default="", max_length=700_000)
    csrf_token: str = ""


def creator_actor(user: SignedInUser) -> Actor:
    """The actor the creator services expect for a signed-in creator (Forbidden without an account)."""
    principal = Principal.console_user(user_id=user.id, role=Role.CREATOR, account_id=user.account_id)
    return resolve_actor(principal=principal, on_behalf_of=None)


def highlight(text: str, spans: Sequence[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """``text`` cut into (piece, category) parts; detected spans carry their category, others None."""
    parts: list[tuple[str, str | None]] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (int(s["start"]), int(s["end"]))):
        start, end = int(span["start"]), int(span["end"])
        if start < cursor or end <= start or end > len(text):
            continue  # overlapping or stale spans are skipped rather than shown wrongly
        if start > cursor:
            parts.append((text[cursor:start], None))
        parts.append((text[start:end], str(span.get("category", ""))))
        cursor = end
    if cursor < len(text):
        parts.append((text[cursor:], None))
    return parts


def reason_lines(comment: Comment) -> list[dict[str, Any]]:
    """Why the comment stands where it is: one line per reason, with categories and keywords."""
    lines = []
    for reason in comment.reasons:
        code = str(reason.get("code", ""))
        if reason.get("phase") == "creator_action":
            continue  # the creator's own past actions are not reasons to show back
        detail = reason.get("detail") or {}
        lines.append({"label": REASON_LABELS.get(code, code),
                      "categories": [c for c in detail.get("categories", []) if isinstance(c, str)],
                      "keywords": [k for k in detail.get("keywords", []) if isinstance(k, str)]})
    return lines


def detected_categories(comment: Comment) -> list[str]:
    """The categories the detector marked in the text, in order of first appearance."""
    return list(dict.fromkeys(str(s.get("category")) for s in comment.spans if s.get("category")))


def comment_rows(session: Session, comments: Iterable[Comment]) -> list[dict[str, Any]]:
    """The rows of a comment table: text parts, author handle, video title, reasons."""
    items = list(comments)
    handles = dict(session.execute(select(Account.id, Account.handle).where(
        Account.id.in_({c.author_id for c in items}))).all())
    titles = dict(session.execute(select(Content.id, Content.title).where(
        Content.id.in_({c.content_id for c in items}))).all())
    return [{"id": c.id, "author_id": c.author_id, "handle": handles.get(c.author_id, c.author_id),
             "content_id": c.content_id, "title": titles.get(c.content_id) or c.content_id,
             "status": c.status, "parts": highlight(c.text, c.spans), "created_at": c.created_at,
             "reasons": reason_lines(c), "detected": detected_categories(c)} for c in items]


def my_videos(session: Session, *, account_id: str) -> list[dict[str, Any]]:
    """The creator's contents with their comment counts by status (counted by the database)."""
    contents = session.scalars(select(Content).where(Content.creator_id == account_id)
                               .order_by(Content.title, Content.id)).all()
    counts: dict[str, dict[str, int]] = {c.id: {} for c in contents}
    rows = session.execute(
        select(Comment.content_id, Comment.status, func.count()).join(
            Content, Content.id == Comment.content_id)
        .where(Content.creator_id == account_id).group_by(Comment.content_id, Comment.status))
    for content_id, status, count in rows:
        counts[content_id][status] = count
    return [{"id": c.id, "title": c.title or c.id, "url": c.url,
             "counts": {s.value: counts[c.id].get(s.value, 0) for s in CommentStatus},
             "total": sum(counts[c.id].values())} for c in contents]


def outcome_rows(session: Session, outcomes: Sequence[ItemOutcome]) -> dict[str, Any]:
    """A bulk action's results for the page: counts per result and one line per item."""
    counts = {r.value: sum(1 for o in outcomes if o.result is r) for r in ItemResult}
    ids = [o.id for o in outcomes if isinstance(o.id, int)]
    texts = dict(session.execute(select(Comment.id, Comment.text).where(
        Comment.id.in_(ids))).all()) if ids else {}
    items = [{"id": o.id, "result": o.result.value, "status": o.status,
              "excerpt": _excerpt(texts.get(o.id, "")) if isinstance(o.id, int) else ""}
             for o in outcomes]
    return {"counts": counts, "items": items}


def _excerpt(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_lines(raw: str) -> list[str]:
    """The entries of a textarea: one per line (commas also separate), blanks dropped."""
    return [part.strip() for line in raw.splitlines() for part in line.split(",") if part.strip()]


def malformed_account(accounts: Sequence[str]) -> str | None:
    """The first entry that is not an account id (letters, digits and ``. _ : @ -``), if any."""
    return next((a for a in accounts if not ACCOUNT_ID.match(a)), None)


def report_reason(value: str | None) -> ReportedReason:
    """The reason chosen in the report menu (harassment when none or unknown)."""
    try:
        return ReportedReason(value or "harassment")
    except ValueError:
        return ReportedReason.HARASSMENT
