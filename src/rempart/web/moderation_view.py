"""What the moderator console shows: labels, explanation templates, thread context, history, reports.

Labels are English message ids marked with ``_`` so the catalogue finds them; templates
translate them with ``{{ _(label) }}`` in the visitor's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Final

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart.access.models import Organisation, User
from rempart.access.service import Principal
from rempart.moderation import strikes
from rempart.moderation.decision_enums import DecisionAction, Ground
from rempart.moderation.decision_models import Decision
from rempart.moderation.decision_schemas import DecisionCreate
from rempart.moderation.models import Account, Comment, Content, Report
from rempart.web.creator_view import CATEGORY_LABELS, REPORT_REASONS, highlight
from rempart.web.security import SignedInUser


def _(text: str) -> str:
    """Marks ``text`` for the catalogue; it is translated when the page is rendered."""
    return text


SOURCE_LABELS: Final = {
    "trusted_flagger": _("Trusted flagger"), "user_report": _("User report"),
    "creator_report": _("Creator report"), "detection": _("Detector"), "appeal": _("Appeal"),
}
ACTION_LABELS: Final = {
    "no_action": _("No action"), "hide": _("Hide the comment"), "remove": _("Remove the comment"),
    "restrict_account": _("Restrict the account"), "suspend_account": _("Suspend the account"),
    "ban_account": _("Ban the account"),
}
GROUND_LABELS: Final = {"community_guidelines": _("Community guidelines"),
                        "illegal_content": _("Illegal content")}
AUTOMATION_LABELS: Final = {"fully": _("Fully automated"), "partially": _("Partially automated"),
                            "not_automated": _("Not automated")}
SEVERITY_LABELS: Final = {0: _("Low"), 1: _("Low"), 2: _("High"), 3: _("Critical")}
STATUS_LABELS: Final = {
    "visible": _("Visible"), "held": _("Held for the creator"),
    "pending_review": _("Waiting for a moderator"), "hidden": _("Hidden"), "removed": _("Removed"),
}
LANG_LABELS: Final = {"fr": _("French"), "en": _("English"), "other": _("Other language")}
APPEAL_LABELS: Final = {"open": _("Pending"), "upheld": _("Upheld"), "reversed": _("Reversed")}
SANCTION_LABELS: Final = {"restricted": _("Restricted"), "suspended": _("Suspended"),
                          "banned": _("Banned")}
#: The review source each report source stands for (for one set of labels).
REPORT_SOURCES: Final = {"user": "user_report", "creator": "creator_report",
                         "trusted_flagger": "trusted_flagger"}
#: Everything the console templates may show, passed as they are.
LABELS: Final[dict[str, Any]] = {
    "source_labels": SOURCE_LABELS, "action_labels": ACTION_LABELS, "ground_labels": GROUND_LABELS,
    "automation_labels": AUTOMATION_LABELS, "severity_labels": SEVERITY_LABELS,
    "status_labels": STATUS_LABELS, "lang_labels": LANG_LABELS, "appeal_labels": APPEAL_LABELS,
    "sanction_labels": SANCTION_LABELS, "category_labels": CATEGORY_LABELS,
    "report_reasons": REPORT_REASONS,
}
#: Explanation templates per category, in the author's language: they go into the statement.
EXPLANATIONS: Final[dict[str, dict[str, str]]] = {
    "insult": {"fr": "Ce commentaire insulte ou rabaisse une personne.",
               "en": "This comment insults or belittles a person."},
    "identity_hate": {"fr": "Ce commentaire vise une personne ou un groupe pour ce qu'il est "
                            "(origine, religion, genre, orientation, handicap).",
                      "en": "This comment targets a person or a group for who they are (origin, "
                            "religion, gender, orientation, disability)."},
    "threat": {"fr": "Ce commentaire menace une personne de violence.",
               "en": "This comment threatens a person with violence."},
    "sexual_harassment": {"fr": "Ce commentaire contient des propos sexuels non désirés visant "
                                "une personne.",
                          "en": "This comment makes unwanted sexual remarks about a person."},
    "self_harm_incitement": {"fr": "Ce commentaire pousse une personne à se faire du mal.",
                             "en": "This comment pushes a person to hurt themselves."},
    "doxxing": {"fr": "Ce commentaire divulgue des informations personnelles sans accord.",
                "en": "This comment discloses personal information without consent."},
    "body_shaming": {"fr": "Ce commentaire se moque du physique d'une personne.",
                     "en": "This comment mocks a person's appearance."},
    "exclusion": {"fr": "Ce commentaire appelle à exclure ou à harceler une personne à plusieurs.",
                  "en": "This comment calls on others to exclude or gang up on a person."},
    "": {"fr": "Après examen, ce commentaire ne respecte pas nos règles de communauté.",
         "en": "After review, this comment does not respect our community guidelines."},
}
#: Pipeline reason codes that mean the detector brought a comment forward (as decisions reads them).
AUTOMATED_CODES: Final = frozenset({"automatic_removal", "needs_review", "detector_failed"})


def staff_principal(user: SignedInUser) -> Principal:
    """The principal the services expect for a signed-in moderator or flagger (``user:<id>``)."""
    return Principal.console_user(user_id=user.id, role=user.role, account_id=user.account_id,
                                  organisation_id=user.organisation_id)


def explanation_for(category: str | None, lang: str) -> str:
    """The explanation template of ``category`` in ``lang`` (French unless English)."""
    texts = EXPLANATIONS.get(category or "", EXPLANATIONS[""])
    return texts["en" if lang == "en" else "fr"]


def time_left(due_at: dt.datetime | None, now: dt.datetime,
              gettext: Callable[[str], str]) -> dict[str, Any] | None:
    """How long until ``due_at`` (or how late), in words, and whether it is overdue."""
    if due_at is None:
        return None
    seconds = int((due_at - now).total_seconds())
    hours, minutes = divmod(abs(seconds) // 60, 60)
    span = (gettext("%(h)d h %(m)02d min") % {"h": hours, "m": minutes} if hours
            else gettext("%(m)d min") % {"m": minutes})
    overdue = seconds < 0
    text = (gettext("overdue by %(span)s") if overdue else gettext("%(span)s left")) % {"span": span}
    return {"text": text, "overdue": overdue, "soon": not overdue and seconds < 3600}


def comment_row(comment: Comment, handles: dict[str, str]) -> dict[str, Any]:
    """One comment as the console shows it: text parts with spans, author, status, time."""
    return {"id": comment.id, "author_id": comment.author_id,
            "handle": handles.get(comment.author_id, comment.author_id), "status": comment.status,
            "parts": highlight(comment.text, comment.spans), "created_at": comment.created_at,
            "lang": comment.lang, "parent_id": comment.parent_id}


def _handles(session: Session, comments: Iterable[Comment]) -> dict[str, str]:
    ids = {c.author_id for c in comments}
    return dict(session.execute(select(Account.id, Account.handle).where(Account.id.in_(ids))).all())


def thread_context(session: Session, *, comment: Comment, around: int = 3) -> dict[str, Any]:
    """The comment with its parent, its replies and its neighbours on the same content."""
    before = list(session.scalars(select(Comment).where(
        Comment.content_id == comment.content_id, Comment.id != comment.id,
        Comment.created_at <= comment.created_at)
        .order_by(Comment.created_at.desc(), Comment.id.desc()).limit(around)))[::-1]
    after = list(session.scalars(select(Comment).where(
        Comment.content_id == comment.content_id, Comment.id != comment.id,
        Comment.created_at > comment.created_at)
        .order_by(Comment.created_at, Comment.id).limit(around)))
    parent = session.get(Comment, comment.parent_id) if comment.parent_id else None
    everyone = [comment, *before, *after, *([parent] if parent else [])]
    handles = _handles(session, everyone)
    content = session.get(Content, comment.content_id)
    return {"comment": comment_row(comment, handles),
            "parent": comment_row(parent, handles) if parent else None,
            "before": [comment_row(c, handles) for c in before if c.id != comment.parent_id],
            "after": [comment_row(c, handles) for c in after],
            "content": {"id": comment.content_id,
                        "title": (content.title if content else "") or comment.content_id,
                        "url": content.url if content else None}}


def author_history(session: Session, *, author_id: str, now: dt.datetime,
                   exclude: int | None = None, limit: int = 8) -> dict[str, Any]:
    """The author's handle, recent comments, past decisions, active strikes and sanction."""
    account = session.get(Account, author_id)
    recent = list(session.scalars(select(Comment).where(
        Comment.author_id == author_id, Comment.id != (exclude or 0))
        .order_by(Comment.created_at.desc(), Comment.id.desc()).limit(limit)))
    handles = {author_id: account.handle if account else author_id}
    past = session.scalars(select(Decision).where(Decision.author_id == author_id)
                           .order_by(Decision.id.desc()).limit(limit))
    sanction = strikes.active_sanction(session, account_id=author_id, now=now)
    return {"id": author_id, "handle": handles[author_id],
            "comments": [comment_row(c, handles) for c in recent],
            "decisions": [{"id": d.id, "action": d.action, "category": d.category,
                           "decided_at": d.decided_at, "target_id": d.target_id} for d in past],
            "strikes": strikes.active_strikes(session, account_id=author_id, now=now),
            "sanction": {"kind": sanction.kind, "ends_at": sanction.ends_at} if sanction else None}


def report_rows(session: Session, *, target_type: str, target_id: str) -> list[dict[str, Any]]:
    """The reports on a target, open first: reason, explanation, source and organisation only."""
    rows = list(session.scalars(select(Report).where(
        Report.target_type == target_type, Report.target_id == target_id)
        .order_by(Report.status, Report.priority.desc(), Report.created_at)))
    names = dict(session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.id.in_({r.organisation_id for r in rows if r.organisation_id}))).all())
    # Reporters' accounts are never shown: the source and a flagger's organisation are enough.
    return [{"id": r.id, "reason": r.reason, "explanation": r.explanation,
             "source": REPORT_SOURCES.get(r.source, r.source),
             "organisation": names.get(r.organisation_id) if r.organisation_id else None,
             "created_at": r.created_at, "due_at": r.due_at, "status": r.status,
             "trusted": r.source == "trusted_flagger"} for r in rows]


def moderator_names(session: Session, actor_ids: Iterable[str | None]) -> dict[str, str]:
    """Display names of console users among ``actor_ids`` (``user:<id>``); others keep their id."""
    wanted = {int(a.split(":", 1)[1]) for a in actor_ids
              if a and a.startswith("user:") and a.split(":", 1)[1].isdigit()}
    found = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())
    return {f"user:{uid}": name or f"user:{uid}" for uid, name in found.items()}


def automated_detection(comment: Comment | None) -> bool:
    """Whether the detector brought this comment forward (so a decision on it is partly automated)."""
    return comment is not None and any(r.get("code") in AUTOMATED_CODES for r in comment.reasons)


class DecisionForm(BaseModel):
    """The decide form as typed; turned into a DecisionCreate (its checks give the messages)."""

    action: str = Field(default="", max_length=32)
    outcome: str = Field(default="", max_length=16)
    category: str = Field(default="", max_length=32)
    ground: str = Field(default="community_guidelines", max_length=32)
    rule_id: str = Field(default="", max_length=64)
    legal_ground: str = Field(default="", max_length=2000)
    explanation: str = Field(default="", max_length=5000)
    duration_hours: str = Field(default="", max_length=8)
    csrf_token: str = ""


def decision_body(form: DecisionForm, *, appeal: bool, gettext: Callable[[str], str]) -> DecisionCreate | str:
    """The DecisionCreate the form describes, or what to fix (in the visitor's language)."""
    action = form.action or None
    if appeal and form.outcome not in ("upheld", "reversed"):
        return gettext("Choose whether the appeal is upheld or reversed.")
    if not appeal and action not in {a.value for a in DecisionAction}:
        return gettext("Choose an action.")
    violation = action not in (None, DecisionAction.NO_ACTION.value)
    if violation and form.ground == Ground.ILLEGAL_CONTENT.value and len(form.legal_ground.strip()) < 3:
        return gettext("Illegal content needs its legal ground: the law it breaks.")
    if len(form.explanation.strip()) < 3:
        return gettext("Write an explanation for the author (at least a few words).")
    if form.duration_hours and not form.duration_hours.isdigit():
        return gettext("The duration is a whole number of hours.")
    guideline = form.ground == Ground.COMMUNITY_GUIDELINES.value
    try:
        return DecisionCreate.model_validate({
            "action": action if (not appeal or (form.outcome == "reversed" and violation)) else None,
            "outcome": (form.outcome or None) if appeal else None,
            "category": form.category or None,
            "ground": form.ground if violation else None,
            "legal_ground": None if guideline or not violation else form.legal_ground.strip(),
            "rule_id": (form.rule_id or None) if guideline and violation else None,
            "explanation": form.explanation.strip(),
            "duration_hours": int(form.duration_hours) if form.duration_hours else None})
    except ValidationError:
        return gettext("Check the form: the action, its ground and the explanation must fit together.")
