"""The online-safety quiz: play it, submit answers, read the anonymous per-question success rates."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from rempart.awareness.models import Quiz, QuizQuestion
from rempart.awareness.schemas import (
    AnswerResult,
    QuestionPublic,
    QuestionStats,
    QuizPublic,
    QuizStats,
    QuizSummary,
    SubmissionResult,
)
from rempart.errors import InvalidInput, NotFound


def _text(item: dict[str, str], field: str, lang: str) -> str:
    return item[f"{field}_en" if lang == "en" else f"{field}_fr"]


def get_quiz(session: Session, *, quiz_id: str) -> Quiz:
    """The quiz ``quiz_id`` (NotFound otherwise)."""
    quiz = session.get(Quiz, quiz_id)
    if quiz is None:
        raise NotFound(f"No quiz {quiz_id!r}.", f"Aucun quiz {quiz_id!r}.", code="quiz_not_found")
    return quiz


def questions(session: Session, *, quiz_id: str) -> list[QuizQuestion]:
    """The questions of a quiz, in order."""
    return list(session.scalars(select(QuizQuestion).where(QuizQuestion.quiz_id == quiz_id)
                                .order_by(QuizQuestion.position)))


def summary(session: Session, *, quiz: Quiz, lang: str) -> QuizSummary:
    """Where to play ``quiz``: its title in ``lang`` and its question count."""
    count = session.scalar(select(func.count()).select_from(QuizQuestion)
                           .where(QuizQuestion.quiz_id == quiz.id)) or 0
    return QuizSummary(id=quiz.id, title=quiz.title_en if lang == "en" else quiz.title_fr,
                       questions=count, url=f"/v1/quizzes/{quiz.id}?lang={lang}")


def to_public(session: Session, *, quiz_id: str, lang: str) -> QuizPublic:
    """The quiz as played in ``lang``: prompts and choices, never which choice is right."""
    quiz = get_quiz(session, quiz_id=quiz_id)
    english = lang == "en"
    return QuizPublic(
        id=quiz.id, lang=lang, title=quiz.title_en if english else quiz.title_fr,
        intro=quiz.intro_en if english else quiz.intro_fr,
        questions=[QuestionPublic(position=q.position, topic=q.topic,
                                  prompt=q.prompt_en if english else q.prompt_fr,
                                  choices=[_text(c, "text", lang) for c in q.choices])
                   for q in questions(session, quiz_id=quiz.id)])


def submit(session: Session, *, quiz_id: str, answers: Sequence[int], lang: str) -> SubmissionResult:
    """Score one anonymous submission and add it to the per-question counters.

    ``answers[i]`` is the chosen choice of question ``i``; a wrong count or an out-of-range
    choice is refused (InvalidInput) and counts nothing. Only counters are stored: each is
    incremented in SQL, so concurrent submissions never overwrite each other.
    """
    quiz = get_quiz(session, quiz_id=quiz_id)
    asked = questions(session, quiz_id=quiz.id)
    if len(answers) != len(asked):
        raise InvalidInput(
            f"Give one answer per question: {len(asked)} expected, {len(answers)} given.",
            f"Une réponse par question : {len(asked)} attendues, {len(answers)} reçues.",
            code="wrong_answer_count")
    for position, (question, chosen) in enumerate(zip(asked, answers, strict=True)):
        if not 0 <= chosen < len(question.choices):
            raise InvalidInput(
                f"Answer {position + 1} must be a choice from 0 to {len(question.choices) - 1}.",
                f"La réponse {position + 1} doit être un choix de 0 à {len(question.choices) - 1}.",
                code="invalid_answer")
    results = [AnswerResult(position=q.position, chosen=chosen, correct_choice=q.correct,
                            is_correct=chosen == q.correct,
                            explanation=_text(q.choices[chosen], "explanation", lang),
                            correct_explanation=_text(q.choices[q.correct], "explanation", lang))
               for q, chosen in zip(asked, answers, strict=True)]
    right = [q.id for q, result in zip(asked, results, strict=True) if result.is_correct]
    # The quiz row is updated first: its row lock queues concurrent submissions of the same quiz,
    # so the multi-row update below never deadlocks on rows locked in a different heap order.
    session.execute(update(Quiz).where(Quiz.id == quiz.id)
                    .values(submissions=Quiz.submissions + 1)
                    .execution_options(synchronize_session=False))
    session.execute(
        update(QuizQuestion).where(QuizQuestion.quiz_id == quiz.id).values(
            attempts=QuizQuestion.attempts + 1,
            successes=QuizQuestion.successes + case((QuizQuestion.id.in_(right), 1), else_=0))
        .execution_options(synchronize_session=False))
    return SubmissionResult(quiz_id=quiz.id, lang=lang, total=len(results),
                            score=sum(result.is_correct for result in results), results=results)


def stats(session: Session, *, quiz_id: str, lang: str) -> QuizStats:
    """Submissions and per-question success rates of a quiz (anonymous aggregates only)."""
    quiz = get_quiz(session, quiz_id=quiz_id)
    session.refresh(quiz)  # the counters move in SQL; read what the database holds now
    rows = session.execute(
        select(QuizQuestion.position, QuizQuestion.topic, QuizQuestion.prompt_fr,
               QuizQuestion.prompt_en, QuizQuestion.attempts, QuizQuestion.successes)
        .where(QuizQuestion.quiz_id == quiz.id).order_by(QuizQuestion.position)).all()
    return QuizStats(quiz_id=quiz.id, submissions=quiz.submissions, questions=[
        QuestionStats(position=row.position, topic=row.topic,
                      prompt=row.prompt_en if lang == "en" else row.prompt_fr,
                      attempts=row.attempts, successes=row.successes,
                      success_rate=round(row.successes / row.attempts, 4) if row.attempts else None)
        for row in rows])
