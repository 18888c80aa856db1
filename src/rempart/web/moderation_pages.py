"""The moderator console: the ranked review queue, claim, the item with its context, decide, appeals."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart.access.roles import Role
from rempart.api.deps import unit_of_work
from rempart.api.v1.webhooks import wake_sender
from rempart.detection.categories import CATEGORIES
from rempart.errors import Forbidden, NotFound, RempartError
from rempart.moderation import (
    appeals,
    decision_targets,
    decisions,
    guidelines,
    review,
    statements,
)
from rempart.moderation.decision_enums import AppealStatus, DecisionAction, ReviewSource
from rempart.moderation.decision_models import Appeal, Decision, ReviewClaim
from rempart.moderation.models import Comment
from rempart.web import moderation_view as view
from rempart.web.i18n import translations
from rempart.web.pages import require_user
from rempart.web.security import SignedInUser, verify_csrf
from rempart.web.templating import language_of, render

router = APIRouter(prefix="/moderation", include_in_schema=False)
Filter = Annotated[str | None, Query(max_length=32)]
QUEUE_LIMIT = 100


def _rules(request: Request) -> decisions.DecisionRules:
    rules: decisions.DecisionRules = request.app.state.publisher.decision_rules
    return rules


def _moderator(request: Request) -> SignedInUser | Response:
    return require_user(request, Role.MODERATOR, Role.ADMIN)


def _choice(value: str | None, allowed: Any) -> str | None:
    return value if value in allowed else None


@router.get("", response_class=HTMLResponse)
def queue(request: Request, category: Filter = None, lang: Filter = None,
          source: Filter = None) -> Response:
    """The open review items, trusted flaggers first, filtered by category, language and source."""
    user = _moderator(request)
    if isinstance(user, Response):
        return user
    chosen = {"category": _choice(category, CATEGORIES),
              "lang": _choice(lang, view.LANG_LABELS),
              "source": _choice(source, {s.value for s in ReviewSource})}
    now = request.app.state.clock()
    gettext = translations(language_of(request)).gettext
    with unit_of_work(request) as session:
        items = review.queue(session, now=now, limit=QUEUE_LIMIT, category=chosen["category"],
                             lang=chosen["lang"],
                             source=ReviewSource(chosen["source"]) if chosen["source"] else None,
                             review_due=dt.timedelta(hours=request.app.state.settings.review_due_hours))
        names = view.moderator_names(session, [i.claimed_by for i in items])
    rows = [{"item": i, "left": view.time_left(i.due_at, now, gettext),
             "claimer": names.get(i.claimed_by or "", i.claimed_by),
             "mine": i.claimed_by == f"user:{user.id}"} for i in items]
    return render(request, "moderation/queue.html", rows=rows, chosen=chosen,
                  filtered=any(chosen.values()), categories=CATEGORIES,
                  sources=[s.value for s in ReviewSource], **view.LABELS)


def _item_context(request: Request, user: SignedInUser, item_id: str,
                  form: view.DecisionForm | None = None, template: str | None = None) -> dict[str, Any]:
    """Everything the item page shows; NotFound for an id that names nothing."""
    ref = review.parse_item(item_id)
    now = request.app.state.clock()
    lang = language_of(request)
    gettext = translations(lang).gettext
    me = f"user:{user.id}"
    with unit_of_work(request) as session:
        appeal = session.get(Appeal, int(ref.key)) if ref.kind == "appeal" else None
        if ref.kind == "appeal" and appeal is None:
            raise NotFound(f"No appeal {ref.key}.", f"Aucun recours {ref.key}.",
                           code="appeal_not_found")
        original = session.get(Decision, appeal.decision_id) if appeal else None
        kind, key = (original.target_type, original.target_id) if original else (ref.kind, ref.key)
        comment = session.get(Comment, int(key)) if kind == "comment" and key.isdigit() else None
        target = decision_targets.load_target(session, target_type=kind, target_id=key,
                                       default_lang=_rules(request).default_lang)
        claim = session.get(ReviewClaim, ref.id)
        live = claim if claim is not None and claim.expires_at > now else None
        severity, categories = review.detected(comment) if comment else (0, [])
        reports = view.report_rows(session, target_type=kind, target_id=key)
        categories = list(dict.fromkeys([*categories, *(
            review.REASON_CATEGORY[r["reason"]] for r in reports
            if r["status"] == "open" and r["reason"] in review.REASON_CATEGORY)]))
        rules = [{"id": g.id, "category": g.category,
                  "title": guidelines.summary(g, lang=lang).title}
                 for g in guidelines.list_guidelines(session)]
        names = view.moderator_names(session, [live.moderator_id if live else None,
                                               original.decided_by if original else None])
        context: dict[str, Any] = {
            "item_id": ref.id, "kind": kind, "target_id": key, "appeal": appeal,
            "original": original, "open": review.is_open(session, ref=ref),
            "thread": view.thread_context(session, comment=comment) if comment else None,
            "history": view.author_history(session, author_id=target.author_id, now=now,
                                           exclude=comment.id if comment else None),
            "reports": reports, "severity": severity, "categories": categories,
            "claim": live, "claimer": names.get(live.moderator_id, live.moderator_id) if live else None,
            "mine": live is not None and live.moderator_id == me,
            "decided_by": names.get(original.decided_by, original.decided_by) if original else None,
            "same_moderator": original is not None and original.decided_by == me,
            "rules": rules, "automated": view.automated_detection(comment),
            "author_lang": target.lang,
        }
        trusted = [r for r in reports if r["trusted"] and r["status"] == "open"]
        context["trusted"] = trusted
        context["due_at"] = min((r["due_at"] for r in trusted if r["due_at"]), default=None)
        context["left"] = view.time_left(context["due_at"], now, gettext)
    chosen = _choice(template, CATEGORIES) or (categories[0] if categories else None)
    context["form"] = form or view.DecisionForm(
        category=chosen or "",
        explanation="" if appeal else view.explanation_for(chosen, target.lang),
        rule_id=next((r["id"] for r in rules if r["category"] == chosen), ""))
    context["template_categories"] = [c for c in CATEGORIES if c in view.EXPLANATIONS]
    return context


def _item_page(request: Request, user: SignedInUser, item_id: str, *, status_code: int = 200,
               error: str | None = None, form: view.DecisionForm | None = None,
               template: str | None = None, claimed: bool = False) -> Response:
    try:
        context = _item_context(request, user, item_id, form=form, template=template)
    except RempartError as failure:
        return render(request, "error.html", status_code=failure.status,
                      message=failure.message(language_of(request)))
    return render(request, "moderation/item.html", status_code=status_code, error=error,
                  all_categories=CATEGORIES, actions=[a.value for a in DecisionAction], claimed=claimed,
                  **context, **view.LABELS)


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item(request: Request, item_id: str, template: Filter = None, claimed: bool = False) -> Response:
    """One item: the comment in its thread, highlighted spans, reports, author history, decide."""
    user = _moderator(request)
    if isinstance(user, Response):
        return user
    return _item_page(request, user, item_id, template=template, claimed=claimed)


def _refuse_own_appeal(session: Session, *, item_id: str, moderator_id: str) -> None:
    """Refuse to claim an appeal against one's own decision (it would only block the others)."""
    ref = review.parse_item(item_id)
    appeal = session.get(Appeal, int(ref.key)) if ref.kind == "appeal" else None
    original = session.get(Decision, appeal.decision_id) if appeal else None
    if original is not None and original.decided_by == moderator_id:
        raise Forbidden("An appeal is reviewed by a different moderator than the one who decided.",
                        "Un recours est examiné par un·e autre modérateur·rice que l'auteur·rice "
                        "de la décision.", code="same_moderator")


@router.post("/items/{item_id}/claim", response_class=HTMLResponse)
def claim(request: Request, item_id: str, csrf_token: Annotated[str, Form()] = "") -> Response:
    """Claim the item for this moderator; says who holds it when another moderator does (409)."""
    user = _moderator(request)
    if isinstance(user, Response):
        return user
    verify_csrf(request, csrf_token)
    try:
        with unit_of_work(request) as session:
            _refuse_own_appeal(session, item_id=item_id, moderator_id=f"user:{user.id}")
            review.claim(session, item_id=item_id, moderator_id=f"user:{user.id}",
                         now=request.app.state.clock(),
                         ttl=dt.timedelta(minutes=request.app.state.settings.review_claim_minutes))
    except RempartError as failure:
        return _item_page(request, user, item_id, status_code=failure.status,
                          error=failure.message(language_of(request)))
    return RedirectResponse(f"/moderation/items/{item_id}?claimed=1", status_code=303)


@router.post("/items/{item_id}/decision", response_class=HTMLResponse)
def decide(request: Request, item_id: str, form: Annotated[view.DecisionForm, Form()]) -> Response:
    """Decide the item (a target, or an appeal), then show the statement of reasons."""
    user = _moderator(request)
    if isinstance(user, Response):
        return user
    verify_csrf(request, form.csrf_token)
    gettext = translations(language_of(request)).gettext
    principal = view.staff_principal(user)
    try:
        ref = review.parse_item(item_id)
        body = view.decision_body(form, appeal=ref.kind == "appeal", gettext=gettext)
        if isinstance(body, str):
            return _item_page(request, user, item_id, status_code=422, error=body, form=form)
        with unit_of_work(request) as session:
            now, rules = request.app.state.clock(), _rules(request)
            if ref.kind == "appeal":
                appeal = appeals.decide_appeal(session, appeal_id=int(ref.key), body=body,
                                               principal=principal, now=now, rules=rules)
                shown = appeal.result_decision_id or appeal.decision_id
            else:
                shown = decisions.decide(session, ref=ref, body=body, principal=principal,
                                         now=now, rules=rules).id
    except RempartError as failure:  # rolled back: nothing was decided
        return _item_page(request, user, item_id, status_code=failure.status,
                          error=failure.message(language_of(request)), form=form)
    wake_sender(request)
    return RedirectResponse(f"/moderation/decisions/{shown}?decided=1", status_code=303)


@router.get("/decisions/{decision_id}", response_class=HTMLResponse)
def decision(request: Request, decision_id: int, lang: Filter = None,
             decided: bool = False) -> Response:
    """A decision and its statement of reasons (the author's language unless ``lang`` asks)."""
    user = _moderator(request)
    if isinstance(user, Response):
        return user
    rules = _rules(request)
    try:
        with unit_of_work(request) as session:
            record = decisions.get_decision(session, decision_id=decision_id)
            statement = statements.statement(record, lang=_choice(lang, ("fr", "en")),
                                             appeal_window=rules.appeal_window)
            linked = list(session.scalars(select(Appeal).where(
                Appeal.decision_id == decision_id).order_by(Appeal.id)))
            names = view.moderator_names(session, [record.decided_by,
                                                   *(a.decided_by for a in linked)])
            public = decisions.to_public(record, rules=rules)
    except RempartError as failure:
        return render(request, "error.html", status_code=failure.status,
                      message=failure.message(language_of(request)))
    return render(request, "moderation/decision.html", decision=public, statement=statement,
                  appeals=linked, names=names, decided=decided, **view.LABELS)


@router.get("/appeals", response_class=HTMLResponse)
def appeal_list(request: Request) -> Response:
    """Open appeals, oldest deadline first, with who took the decision being contested."""
    user = _moderator(request)
    if isinstance(user, Response):
        return user
    now = request.app.state.clock()
    gettext = translations(language_of(request)).gettext
    with unit_of_work(request) as session:
        pairs = list(session.execute(select(Appeal, Decision).join(
            Decision, Decision.id == Appeal.decision_id).where(
            Appeal.status == AppealStatus.OPEN.value).order_by(Appeal.due_at, Appeal.id)))
        names = view.moderator_names(session, [d.decided_by for _a, d in pairs])
    rows = [{"appeal": a, "decision": d, "left": view.time_left(a.due_at, now, gettext),
             "decided_by": names.get(d.decided_by, d.decided_by),
             "mine": d.decided_by == f"user:{user.id}"} for a, d in pairs]
    return render(request, "moderation/appeals.html", rows=rows, **view.LABELS)
