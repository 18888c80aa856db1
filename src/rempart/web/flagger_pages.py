"""The trusted-flagger portal: file a priority report, follow the organisation's own, time-to-action."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import parse_qs, urlparse

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from rempart.access.models import Organisation
from rempart.access.roles import Role
from rempart.api.deps import unit_of_work
from rempart.errors import RempartError
from rempart.moderation import reports
from rempart.moderation.decision_schemas import ReportCreate
from rempart.moderation.enums import ReportedReason, TargetType
from rempart.moderation.models import Comment
from rempart.web import moderation_view as view
from rempart.web.i18n import translations
from rempart.web.pages import require_user
from rempart.web.security import SignedInUser, verify_csrf
from rempart.web.templating import language_of, render

router = APIRouter(prefix="/flagger", include_in_schema=False)
LIST_LIMIT = 200
_DIGITS = re.compile(r"^#?(\d{1,18})$")


class FlaggerReportForm(BaseModel):
    """The priority report form as typed."""

    comment: str = Field(default="", max_length=2000)
    reason: str = Field(default="harassment", max_length=32)
    explanation: str = Field(default="", max_length=5000)
    csrf_token: str = ""


def comment_id_in(text: str) -> int | None:
    """The comment id a flagger pasted: an id, or a URL whose ``?comment=`` or last segment is one."""
    text = text.strip()
    if (match := _DIGITS.match(text)) is not None:
        return int(match[1])
    parsed = urlparse(text)
    if not (parsed.scheme in ("http", "https") or text.startswith("/")):
        return None
    for value in parse_qs(parsed.query).get("comment", []):
        if (match := _DIGITS.match(value.strip())) is not None:
            return int(match[1])
    last = parsed.path.rstrip("/").rsplit("/", 1)[-1]
    fragment = parsed.fragment.removeprefix("comment-")
    for candidate in (last, fragment):
        if (match := _DIGITS.match(candidate)) is not None:
            return int(match[1])
    return None


def _flagger(request: Request) -> SignedInUser | Response:
    return require_user(request, Role.TRUSTED_FLAGGER)


def _portal(request: Request, user: SignedInUser, *, form: FlaggerReportForm | None = None,
            error: str | None = None, filed: int | None = None, status_code: int = 200) -> Response:
    lang = language_of(request)
    gettext = translations(lang).gettext
    now = request.app.state.clock()
    organisation_id = user.organisation_id
    rows: list[dict[str, Any]] = []
    figures, share, organisation = None, None, None
    if organisation_id is not None:  # a flagger without an organisation sees an empty portal
        with unit_of_work(request) as session:
            organisation = session.get(Organisation, organisation_id)
            own = reports.list_flagger_reports(session, organisation_id=organisation_id,
                                               status=None, limit=LIST_LIMIT)
            texts = dict(session.execute(select(Comment.id, Comment.text).where(Comment.id.in_(
                [int(r.target_id) for r in own if r.target_type == "comment"
                 and r.target_id.isdigit()]))).all())
            rows = [{"report": reports.to_public(r, lang=lang),
                     "excerpt": texts.get(int(r.target_id)) if r.target_id.isdigit() else None,
                     "left": view.time_left(r.due_at, now, gettext) if r.resolved_at is None else None,
                     "on_time": r.resolved_at is not None and r.due_at is not None
                     and r.resolved_at <= r.due_at} for r in own]
            figures = reports.time_to_action(session, organisation_id=organisation_id, now=now)
            share = figures.share_within_deadline
    return render(request, "flagger/portal.html", status_code=status_code, rows=rows,
                  figures=figures, share=share, form=form or FlaggerReportForm(), error=error,
                  filed=filed, organisation=organisation.name if organisation else None,
                  due_hours=organisation.due_hours if organisation else None,
                  receipt=next((r for r in rows if r["report"].id == filed), None),
                  hours=hours_text, **view.LABELS)


@router.get("", response_class=HTMLResponse)
def portal(request: Request, filed: int | None = None) -> Response:
    """The report form, the organisation's own reports with deadlines and outcomes, and its figures."""
    user = _flagger(request)
    if isinstance(user, Response):
        return user
    return _portal(request, user, filed=filed)


@router.post("/reports", response_class=HTMLResponse)
def file_report(request: Request, form: Annotated[FlaggerReportForm, Form()]) -> Response:
    """File a priority report on a comment; back to the portal with the receipt, or what to fix."""
    user = _flagger(request)
    if isinstance(user, Response):
        return user
    verify_csrf(request, form.csrf_token)
    gettext = translations(language_of(request)).gettext
    comment_id = comment_id_in(form.comment)
    error, status = None, 422
    if user.organisation_id is None:
        error = gettext("Your account is not linked to an organisation: ask an administrator.")
    elif comment_id is None:
        error = gettext("Paste a comment number (such as 42) or a link to the comment: its last "
                        "part, or its ?comment= part, must be the comment number.")
    elif form.reason not in {r.value for r in ReportedReason}:
        error = gettext("Choose a reason in the list.")
    if error is not None:
        return _portal(request, user, form=form, error=error, status_code=status)
    try:
        with unit_of_work(request) as session:
            if session.get(Comment, comment_id) is None:
                error, status = gettext("No comment %(id)s here: check the number or the link "
                                        "(it may have been deleted).") % {"id": comment_id}, 404
            else:
                report, _created = reports.file_report(
                    session, principal=view.staff_principal(user),
                    body=ReportCreate(target_type=TargetType.COMMENT, target_id=str(comment_id),
                                      reason=ReportedReason(form.reason),
                                      explanation=form.explanation.strip() or None),
                    now=request.app.state.clock(),
                    due_hours=request.app.state.settings.review_due_hours)
                filed = report.id
    except RempartError as failure:  # rolled back: nothing was filed
        error, status = failure.message(language_of(request)), failure.status
    if error is not None:
        return _portal(request, user, form=form, error=error, status_code=status)
    return RedirectResponse(f"/flagger?filed={filed}#report-{filed}", status_code=303)


def hours_text(hours: float | None) -> str | None:
    """Hours as ``2 h 05`` for the figures (None stays None)."""
    if hours is None:
        return None
    minutes = round(hours * 60)
    return f"{minutes // 60} h {minutes % 60:02d}"
