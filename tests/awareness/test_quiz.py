"""The online-safety quiz: 8 questions in both languages, scoring, explanations, anonymous counters."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.awareness import quiz
from rempart.awareness.defaults import DEFAULT_QUESTIONS, DEFAULT_QUIZ_ID
from rempart.awareness.models import QuizQuestion
from rempart.db import transaction
from tests.factories import bearer

QUIZ = f"/v1/quizzes/{DEFAULT_QUIZ_ID}"
RIGHT = [correct for _, _, _, correct, _ in DEFAULT_QUESTIONS]


def _wrong(index: int) -> int:
    return (RIGHT[index] + 1) % 3


def test_the_default_quiz_has_8_questions_in_french_and_english(client: TestClient) -> None:
    french = client.get(QUIZ, params={"lang": "fr"}).json()
    english = client.get(QUIZ, params={"lang": "en"}).json()
    assert len(french["questions"]) == len(english["questions"]) == 8
    assert french["title"].startswith("Quiz : ") and english["title"].startswith("Quiz: ")
    for fr, en in zip(french["questions"], english["questions"], strict=True):
        assert fr["prompt"] and en["prompt"] and fr["prompt"] != en["prompt"]
        assert len(fr["choices"]) == len(en["choices"]) >= 2
        assert all(fr["choices"]) and all(en["choices"])
    topics = {q["topic"] for q in french["questions"]}
    assert {"group_harassment", "intimate_images", "react", "get_help", "reconsider_prompt",
            "safety_tools", "restrict"} <= topics
    text = " ".join(q["prompt"] + " ".join(q["choices"]) for q in french["questions"])
    for needle in ("raid", "photo intime", "captures d'écran", "bloquer", "signaler", "3018",
                   "adulte de confiance", "Filtrer tous les commentaires", "restreindre"):
        assert needle.lower() in text.lower(), needle


def test_the_quiz_never_reveals_the_answers_before_submission(client: TestClient) -> None:
    body = client.get(QUIZ, headers={"Accept-Language": "en"}).text
    assert body.count('"correct') == 0 and "explanation" not in body
    assert client.get(QUIZ, headers={"Accept-Language": "en"}).json()["lang"] == "en"
    assert client.get(QUIZ, headers={"Accept-Language": "fr-FR"}).json()["lang"] == "fr"


def test_a_submission_gets_its_score_and_the_explanations(client: TestClient) -> None:
    answers = [*RIGHT[:5], _wrong(5), _wrong(6), RIGHT[7]]
    response = client.post(f"{QUIZ}/submissions", params={"lang": "en"}, json={"answers": answers})
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["score"], result["total"]) == (6, 8)
    assert [r["is_correct"] for r in result["results"]] == [True] * 5 + [False, False, True]
    wrong = result["results"][5]
    assert wrong["chosen"] == _wrong(5) and wrong["correct_choice"] == RIGHT[5]
    assert wrong["explanation"] != wrong["correct_explanation"]
    assert wrong["correct_explanation"].startswith("Yes.")
    french = client.post(f"{QUIZ}/submissions", params={"lang": "fr"},
                         json={"answers": RIGHT}).json()
    assert french["score"] == 8 and french["results"][0]["explanation"].startswith("Oui.")


def test_a_bad_submission_is_refused_and_counts_nothing(
    client: TestClient, keys: dict[str, str]
) -> None:
    too_few = client.post(f"{QUIZ}/submissions", json={"answers": RIGHT[:7]},
                          headers={"Accept-Language": "fr"})
    assert too_few.status_code == 422 and too_few.json()["error"]["code"] == "wrong_answer_count"
    assert "attendues" in too_few.json()["error"]["message"]
    out_of_range = client.post(f"{QUIZ}/submissions", json={"answers": [*RIGHT[:7], 3]})
    assert out_of_range.status_code == 422
    assert out_of_range.json()["error"]["code"] == "invalid_answer"
    assert client.post("/v1/quizzes/nope/submissions", json={"answers": [0]}).status_code == 404
    stats = client.get(f"{QUIZ}/stats", headers=bearer(keys["admin"])).json()
    assert stats["submissions"] == 0
    assert all(q["attempts"] == 0 and q["success_rate"] is None for q in stats["questions"])


def test_stats_give_per_question_success_rates_to_organisers_only(
    client: TestClient, keys: dict[str, str]
) -> None:
    client.post(f"{QUIZ}/submissions", json={"answers": RIGHT})
    client.post(f"{QUIZ}/submissions", json={"answers": [_wrong(0), *RIGHT[1:]]})
    client.post(f"{QUIZ}/submissions", json={"answers": [_wrong(0), _wrong(1), *RIGHT[2:]]})
    stats = client.get(f"{QUIZ}/stats", params={"lang": "en"}, headers=bearer(keys["moderator"]))
    assert stats.status_code == 200, stats.text
    figures = stats.json()
    assert figures["submissions"] == 3
    first, second, third = figures["questions"][:3]
    assert (first["attempts"], first["successes"], first["success_rate"]) == (3, 1, 0.3333)
    assert (second["successes"], second["success_rate"]) == (2, 0.6667)
    assert third["success_rate"] == 1.0
    assert client.get(f"{QUIZ}/stats", headers=bearer(keys["admin"])).status_code == 200
    for role in ("platform", "creator"):
        assert client.get(f"{QUIZ}/stats", headers=bearer(keys[role])).status_code == 403
    assert client.get(f"{QUIZ}/stats").status_code == 401


def test_concurrent_submissions_never_lose_a_count(sessions: sessionmaker[Session]) -> None:
    rounds, workers = 24, 6

    def submit(i: int) -> int:
        answers = RIGHT if i % 2 == 0 else [_wrong(0), *RIGHT[1:]]
        with transaction(sessions) as session:
            return quiz.submit(session, quiz_id=DEFAULT_QUIZ_ID, answers=answers, lang="fr").score

    with ThreadPoolExecutor(max_workers=workers) as pool:
        scores = list(pool.map(submit, range(rounds)))
    assert sorted(set(scores)) == [7, 8]
    with sessions() as session:
        stats = quiz.stats(session, quiz_id=DEFAULT_QUIZ_ID, lang="en")
        assert stats.submissions == rounds
        assert stats.questions[0].attempts == rounds and stats.questions[0].successes == rounds // 2
        assert stats.questions[7].successes == rounds
        total = session.scalar(select(func.sum(QuizQuestion.attempts))
                               .where(QuizQuestion.quiz_id == DEFAULT_QUIZ_ID))
        assert total == rounds * 8
