"""The creator console: my videos, filter settings, the approval queue and bulk actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rempart.access.roles import Role
from rempart.api.deps import unit_of_work
from rempart.errors import RempartError
from rempart.moderation import bulk, creator_settings, listing
from rempart.moderation.acting import Actor
from rempart.moderation.bulk import AccountAction
from rempart.moderation.comment_actions import CommentAction
from rempart.moderation.enums import CommentStatus, FilterMode
from rempart.web.creator_view import (
    LABELS,
    BulkForm,
    SettingsForm,
    creator_actor,
    malformed_account,
    outcome_rows,
    report_reason,
    split_lines,
)
from rempart.web.creator_view import comment_rows as rows_of
from rempart.web.creator_view import my_videos as videos_of
from rempart.web.i18n import translations
from rempart.web.pages import require_user
from rempart.web.security import verify_csrf
from rempart.web.templating import language_of, render

router = APIRouter(prefix="/creator", include_in_schema=False)
COMMENT_ACTIONS = {a.value: a for a in CommentAction}
ACCOUNT_ACTIONS = {"block": AccountAction.BLOCK, "restrict": AccountAction.RESTRICT,
                   "report_accounts": AccountAction.REPORT}
REPORTS = frozenset({"report", "report_accounts"})
StatusFilter = Annotated[str | None, Query(max_length=32)]
Cursor = Annotated[str | None, Query(max_length=200)]


def _gettext(request: Request) -> Callable[[str], str]:
    return translations(language_of(request)).gettext


def _creator(request: Request) -> Actor | Response:
    """The acting creator, or the response that sends a visitor to sign in (403 for other roles)."""
    user = require_user(request, Role.CREATOR)
    if isinstance(user, Response):
        return user
    return creator_actor(user)


def _account(actor: Actor) -> str:
    assert actor.account_id is not None  # a creator actor always acts for its own account
    return actor.account_id


@router.get("", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    """My videos with their comments counted by status, and where to act next."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    with unit_of_work(request) as session:
        videos = videos_of(session, account_id=_account(actor))
        _, row, _content = creator_settings.read_settings(
            session, actor=actor, account_id=_account(actor), content_id=None)
        default_mode = row.filter_mode if row else FilterMode.OFF.value
    held = sum(v["counts"]["held"] for v in videos)
    return render(request, "creator/overview.html", videos=videos, held=held,
                  default_mode=default_mode, statuses=[s.value for s in CommentStatus], **LABELS)


def _queue_page(request: Request, actor: Actor, *, cursor: str | None,
                results: dict[str, Any] | None = None, error: str | None = None,
                form: BulkForm | None = None) -> Response:
    with unit_of_work(request) as session:
        page = listing.approval_queue(session, actor=actor, account_id=_account(actor),
                                      cursor=cursor, limit=listing.MAX_LIMIT)
        rows = rows_of(session, page.items)
    return render(request, "creator/queue.html", status_code=422 if error else 200, rows=rows,
                  next_cursor=page.next_cursor, cursor=cursor, results=results, error=error,
                  form=form or BulkForm(), **LABELS)


@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request, cursor: Cursor = None) -> Response:
    """Held comments on all my videos, newest first, with why each was held."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    return _queue_page(request, actor, cursor=cursor)


@router.post("/queue", response_class=HTMLResponse)
def queue_bulk(request: Request, form: Annotated[BulkForm, Form()], cursor: Cursor = None
               ) -> Response:
    """Apply a bulk action from the approval queue, then show the queue with each item's result."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    verify_csrf(request, form.csrf_token)
    results, error = _run_bulk(request, actor, form)
    return _queue_page(request, actor, cursor=cursor, results=results, error=error,
                       form=form if error else None)


def _video_page(request: Request, actor: Actor, content_id: str, *, status: str | None,
                cursor: str | None, results: dict[str, Any] | None = None,
                error: str | None = None, form: BulkForm | None = None) -> Response:
    chosen = status if status in {s.value for s in CommentStatus} else None
    with unit_of_work(request) as session:
        content = creator_settings.owned_content(session, actor=actor, content_id=content_id)
        video = next(v for v in videos_of(session, account_id=content.creator_id)
                     if v["id"] == content.id)
        page = listing.content_comments(
            session, actor=actor, content_id=content.id,
            statuses=[CommentStatus(chosen)] if chosen else (), cursor=cursor,
            limit=listing.MAX_LIMIT)
        rows = rows_of(session, page.items)
        rules = creator_settings.find_row(session, account_id=content.creator_id,
                                          content_id=content.id)
        filter_mode = rules.filter_mode if rules else None
    return render(request, "creator/video.html", status_code=422 if error else 200, video=video,
                  rows=rows, status=chosen, next_cursor=page.next_cursor, cursor=cursor,
                  results=results, error=error, form=form or BulkForm(), filter_mode=filter_mode,
                  statuses=[s.value for s in CommentStatus], **LABELS)


@router.get("/videos/{content_id}", response_class=HTMLResponse)
def video(request: Request, content_id: str, status: StatusFilter = None,
          cursor: Cursor = None) -> Response:
    """The comments on one of my videos (filterable by status), ready for bulk actions."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    return _video_page(request, actor, content_id, status=status, cursor=cursor)


@router.post("/videos/{content_id}", response_class=HTMLResponse)
def video_bulk(request: Request, content_id: str, form: Annotated[BulkForm, Form()],
               status: StatusFilter = None, cursor: Cursor = None) -> Response:
    """Apply a bulk action to comments or authors of a video, then show each item's result."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    verify_csrf(request, form.csrf_token)
    results, error = _run_bulk(request, actor, form)
    return _video_page(request, actor, content_id, status=status, cursor=cursor, results=results,
                       error=error, form=form if error else None)


def _run_bulk(request: Request, actor: Actor, form: BulkForm
              ) -> tuple[dict[str, Any] | None, str | None]:
    """Run the chosen bulk action in one transaction: (results, None) or (None, what to fix)."""
    _ = _gettext(request)
    report = form.action in REPORTS
    reason = report_reason(form.reason) if report else None
    explanation = (form.explanation.strip() or None) if report else None
    now = request.app.state.clock()
    try:
        with unit_of_work(request) as session:
            if form.action in COMMENT_ACTIONS:
                if not form.ids:
                    return None, _("Tick at least one comment first, then choose an action.")
                outcomes = bulk.bulk_comments(
                    session, actor=actor, action=COMMENT_ACTIONS[form.action],
                    ids=list(dict.fromkeys(form.ids)), now=now, reason=reason,
                    explanation=explanation)
            elif form.action in ACCOUNT_ACTIONS:
                # The same author may be ticked on several rows: each account is acted on once.
                accounts = list(dict.fromkeys(form.accounts))
                if not accounts:
                    return None, _("Tick at least one author (the box beside their name) first, "
                                   "then choose an action.")
                outcomes = bulk.bulk_accounts(
                    session, actor=actor, action=ACCOUNT_ACTIONS[form.action], ids=accounts,
                    now=now, reason=reason, explanation=explanation)
            else:
                return None, _("Choose an action with one of the buttons.")
            return {"action": form.action, **outcome_rows(session, outcomes)}, None
    except RempartError as error:  # rolled back: nothing was changed
        return None, error.message(language_of(request))


def _settings_page(request: Request, actor: Actor, *, content_id: str | None,
                   form: SettingsForm | None = None, error: str | None = None,
                   saved: bool = False) -> Response:
    account = _account(actor)
    with unit_of_work(request) as session:
        _, row, content = creator_settings.read_settings(
            session, actor=actor, account_id=None if content_id else account,
            content_id=content_id)
        default = creator_settings.find_row(session, account_id=account, content_id=None)
        if form is None:
            base = row or (default if content_id else None)
            form = SettingsForm(
                filter_mode=base.filter_mode if base else FilterMode.OFF.value,
                keywords="\n".join(row.keywords) if row else "",
                approved_commenters="\n".join(row.approved_commenters) if row else "",
                blocked_accounts="\n".join(row.blocked_accounts) if row else "",
                restricted_accounts="\n".join(row.restricted_accounts) if row else "")
        inherited = None
        if content_id and default is not None:
            inherited = {"keywords": list(default.keywords),
                         "approved_commenters": list(default.approved_commenters),
                         "blocked_accounts": list(default.blocked_accounts),
                         "restricted_accounts": list(default.restricted_accounts)}
        video = {"id": content.id, "title": content.title or content.id} if content else None
    return render(request, "creator/settings.html", status_code=422 if error else 200,
                  video=video, form=form, error=error, saved=saved, inherited=inherited,
                  modes=[m.value for m in FilterMode], **LABELS)


def _save_settings(request: Request, actor: Actor, form: SettingsForm, *,
                   content_id: str | None, back: str) -> Response:
    """Validate and store a settings form; back to the page on success, the form with why if not."""
    _ = _gettext(request)
    lists = {name: split_lines(getattr(form, name)) for name in creator_settings.ACCOUNT_LISTS}
    labels = {"approved_commenters": _("Approved commenters"),
              "blocked_accounts": _("Blocked accounts"),
              "restricted_accounts": _("Restricted accounts")}
    error = None
    if form.filter_mode not in {m.value for m in FilterMode}:
        error = _("Choose one of the three filter options.")
    for name, accounts in lists.items():
        bad = malformed_account(accounts)
        if bad is not None and error is None:
            error = _("%(field)s: “%(value)s” is not an account id. Use the ids shown beside "
                      "authors' names (letters, digits and . _ : @ -).") % {
                          "field": labels[name], "value": bad[:60]}
    if error is None:
        change = creator_settings.SettingsChange(
            filter_mode=FilterMode(form.filter_mode), keywords=split_lines(form.keywords),
            **lists)
        try:
            with unit_of_work(request) as session:
                creator_settings.update_settings(
                    session, actor=actor, account_id=None if content_id else _account(actor),
                    content_id=content_id, change=change, now=request.app.state.clock())
        except RempartError as failure:  # rolled back: nothing was saved
            error = failure.message(language_of(request))
    if error is not None:
        return _settings_page(request, actor, content_id=content_id, form=form, error=error)
    return RedirectResponse(f"{back}?saved=1", status_code=303)


@router.get("/settings", response_class=HTMLResponse)
def default_settings(request: Request, saved: bool = False) -> Response:
    """My default filters, for every video that has no settings of its own."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    return _settings_page(request, actor, content_id=None, saved=saved)


@router.post("/settings", response_class=HTMLResponse)
def save_default_settings(request: Request, form: Annotated[SettingsForm, Form()]) -> Response:
    """Store my default filters."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    verify_csrf(request, form.csrf_token)
    return _save_settings(request, actor, form, content_id=None, back="/creator/settings")


@router.get("/videos/{content_id}/settings", response_class=HTMLResponse)
def video_settings(request: Request, content_id: str, saved: bool = False) -> Response:
    """The filters of one video (its own settings over my defaults)."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    return _settings_page(request, actor, content_id=content_id, saved=saved)


@router.post("/videos/{content_id}/settings", response_class=HTMLResponse)
def save_video_settings(request: Request, content_id: str,
                        form: Annotated[SettingsForm, Form()]) -> Response:
    """Store the filters of one video."""
    actor = _creator(request)
    if isinstance(actor, Response):
        return actor
    verify_csrf(request, form.csrf_token)
    return _save_settings(request, actor, form, content_id=content_id,
                          back=f"/creator/videos/{content_id}/settings")
