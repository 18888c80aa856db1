"""The public campaign page: the featured campaign, the quiz playable without JavaScript, the helpline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from rempart.api.deps import unit_of_work
from rempart.awareness import campaigns, helplines
from rempart.awareness import quiz as quizzes
from rempart.awareness.defaults import DEFAULT_QUIZ_ID
from rempart.awareness.schemas import QuizPublic, SubmissionResult
from rempart.errors import NotFound
from rempart.web.campaign_view import helpline_card, media_items, quiz_review, verdict
from rempart.web.i18n import translations
from rempart.web.security import verify_csrf
from rempart.web.templating import language_of, render

router = APIRouter(prefix="/campaign", include_in_schema=False)
PLACEMENT = "discover"
#: The helpline shown when the campaign names none: Rempart is French first.
DEFAULT_COUNTRY = "FR"
MAX_QUIZ_ID = 64


def _page_context(session: Session, request: Request, *, quiz_id: str | None = None
                  ) -> dict[str, Any]:
    """The featured campaign (or None), its media, quiz and helpline card, in the visitor's language."""
    lang, now = language_of(request), request.app.state.clock()
    featured = campaigns.active(session, placement=PLACEMENT, lang=lang, now=now).campaigns
    campaign = featured[0] if featured else None
    if quiz_id is None:
        quiz_id = campaign.quiz.id if campaign and campaign.quiz else DEFAULT_QUIZ_ID
    try:
        quiz: QuizPublic | None = quizzes.to_public(session, quiz_id=quiz_id, lang=lang)
    except NotFound:
        quiz = None  # the default quiz was removed by an admin: the page still helps
    card = campaign.helpline if campaign and campaign.helpline else helplines.helpline_for(
        session, country=DEFAULT_COUNTRY, lang=lang, at=now)
    helpline = (helpline_card(card, now=now, lang=lang, gettext=translations(lang).gettext)
                if card else None)
    return {"campaign": campaign, "media": media_items(campaign.media) if campaign else [],
            "quiz": quiz, "helpline": helpline, "result": None, "review": [], "verdict": None,
            "chosen": {}, "quiz_error": None}


@router.get("", response_class=HTMLResponse)
def campaign_page(request: Request) -> Response:
    """The campaign featured on the Discover tab, its quiz and the helpline (no sign-in)."""
    with unit_of_work(request) as session:
        context = _page_context(session, request)
    return render(request, "campaign/page.html", **context)


def _chosen(form: dict[str, str], count: int) -> dict[int, int]:
    """The answers the form carries, question index -> choice index (malformed ones dropped)."""
    chosen = {}
    for index in range(count):
        value = form.get(f"answer-{index}", "")
        if value.isdigit() and len(value) < 4:
            chosen[index] = int(value)
    return chosen


def _score(request: Request, form: dict[str, str]) -> Response:
    quiz_id = form.get("quiz_id", DEFAULT_QUIZ_ID)[:MAX_QUIZ_ID]
    lang = language_of(request)
    _ = translations(lang).gettext
    with unit_of_work(request) as session:
        context = _page_context(session, request, quiz_id=quiz_id)
        quiz = context["quiz"]
        if quiz is None:
            raise NotFound(f"No quiz {quiz_id!r}.", f"Aucun quiz {quiz_id!r}.",
                           code="quiz_not_found")
        chosen = _chosen(form, len(quiz.questions))
        missing = [i + 1 for i in range(len(quiz.questions)) if i not in chosen]
        if missing:
            context.update(chosen=chosen, quiz_error=_(
                "Answer every question to see your score. Still to answer: %(questions)s.")
                % {"questions": ", ".join(str(n) for n in missing)})
            return render(request, "campaign/page.html", status_code=422, **context)
        result: SubmissionResult = quizzes.submit(
            session, quiz_id=quiz.id, answers=[chosen[i] for i in range(len(quiz.questions))],
            lang=lang)
    context.update(result=result, review=quiz_review(quiz, result), verdict=verdict(result),
                   chosen=chosen)
    return render(request, "campaign/page.html", **context)


@router.post("/quiz", response_class=HTMLResponse)
async def submit_quiz(request: Request) -> Response:
    """Score the answers posted by the quiz form; show the score and every explanation."""
    data = await request.form()
    form = {key: value for key, value in data.items() if isinstance(value, str)}
    verify_csrf(request, form.get("csrf_token"))
    return await run_in_threadpool(_score, request, form)
