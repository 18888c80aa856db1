"""The statement-of-reasons export follows the DSA Transparency Database's field rules."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from rempart.db import transaction
from rempart.moderation.publish import Publisher, PublishRequest
from rempart.moderation.thresholds import Policy
from rempart.transparency import dsa
from rempart.transparency.dsa_enums import StatementCategory
from rempart.transparency.periods import make_period
from tests.factories import make_account, make_content
from tests.fakes import FakeScorer
from tests.transparency.scenario import END, HATE_LAW, START, Scenario


def _records(sessions: sessionmaker[Session]) -> list[dict[str, Any]]:
    with transaction(sessions) as session:
        return list(dsa.statements(session, period=make_period(START, END)))


def test_every_restricting_decision_becomes_a_valid_statement(
    scenario: Scenario, sessions: sessionmaker[Session]
) -> None:
    records = _records(sessions)
    assert len(records) == 7
    for record in records:
        dsa.validate_statement(record)
    by_puid = {r["puid"]: r for r in records}
    hate = by_puid[f"rempart-decision-{scenario.decisions['f']}"]
    assert hate["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert hate["illegal_content_legal_ground"] == HATE_LAW
    assert hate["category"] == "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    assert hate["category_specification"] == ["KEYWORD_HATE_SPEECH"]
    assert hate["source_type"] == "SOURCE_TRUSTED_FLAGGER"
    assert (hate["automated_detection"], hate["automated_decision"]) == (
        "No", "AUTOMATED_DECISION_NOT_AUTOMATED")
    assert (hate["content_date"], hate["application_date"]) == ("2026-11-04", "2026-11-04")
    reported = by_puid[f"rempart-decision-{scenario.decisions['d']}"]
    assert reported["source_type"] == "SOURCE_ARTICLE_16" and reported["content_language"] == "EN"
    assert reported["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert reported["category"] == "STATEMENT_CATEGORY_CYBER_VIOLENCE"
    assert reported["incompatible_content_explanation"]
    automatic = [r for r in records if r["automated_decision"] == "AUTOMATED_DECISION_FULLY"]
    assert len(automatic) == 2
    assert {r["source_type"] for r in automatic} == {"SOURCE_VOLUNTARY"}
    assert {r["automated_detection"] for r in automatic} == {"Yes"}
    suspension = by_puid[f"rempart-decision-{scenario.decisions['suspension']}"]
    assert suspension["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert suspension["end_date_account_restriction"] == "2026-11-14"
    assert "decision_visibility" not in suspension


def test_no_personal_data_of_reporters_or_authors_is_exported(
    scenario: Scenario, sessions: sessionmaker[Session]
) -> None:
    text = json.dumps(_records(sessions), ensure_ascii=False)
    for personal in ("reporter-1", "reporter-2", "author-", "Helpline 3018", "creator-1", "nudge-"):
        assert personal not in text


def _valid() -> dict[str, Any]:
    return {"puid": "rempart-decision-1", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
            "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
            "incompatible_content_ground": "Community guidelines: Insults",
            "incompatible_content_explanation": "A direct insult.",
            "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE",
            "category_specification": ["KEYWORD_CYBER_HARASSMENT"],
            "content_type": ["CONTENT_TYPE_TEXT"], "content_date": "2026-11-01",
            "application_date": "2026-11-02", "decision_facts": "A comment was removed.",
            "source_type": "SOURCE_VOLUNTARY", "automated_detection": "Yes",
            "automated_decision": "AUTOMATED_DECISION_FULLY", "territorial_scope": ["FR", "BE"]}


@pytest.mark.parametrize(("change", "message"), [
    ({"decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT"},
     "illegal_content_legal_ground: required when decision_ground is DECISION_GROUND_ILLEGAL_CONTENT"),
    ({"incompatible_content_explanation": None}, "incompatible_content_explanation: required"),
    ({"category": "STATEMENT_CATEGORY_BULLYING"},
     "category: 'STATEMENT_CATEGORY_BULLYING' is not an allowed value"),
    ({"category_specification": ["KEYWORD_PHISHING"]}, "does not belong to category"),
    ({"automated_detection": "yes"}, "automated_detection: 'yes' is not an allowed value"),
    ({"application_date": "02/11/2026"},
     "application_date: '02/11/2026' is not a date in the form YYYY-MM-DD"),
    ({"application_date": "2019-12-31", "content_date": "2019-12-31"},
     "application_date: must be on or after 2020-01-01"),
    ({"decision_visibility": None}, "decision_visibility: required when none of"),
    ({"puid": "decision 1"}, "puid: only letters, digits, '-' and '_' are allowed"),
    ({"territorial_scope": ["US"]}, "territorial_scope: must list distinct EU/EEA country codes"),
    ({"content_language": "fr"}, "content_language: 'fr' is not an uppercase ISO 639-1 code"),
    ({"decision_facts": "Reported by jeanne.dupont@example.org"}, "holds an e-mail address"),
    ({"reporter": "someone"}, "reporter: unknown field"),
])
def test_a_broken_record_is_rejected_with_a_clear_message(change: dict[str, Any], message: str) -> None:
    record = _valid()
    dsa.validate_statement(record)
    broken = copy.deepcopy(record)
    for key, value in change.items():
        if value is None:
            broken.pop(key)
        else:
            broken[key] = value
    with pytest.raises(dsa.StatementInvalid) as caught:
        dsa.validate_statement(broken)
    assert message in str(caught.value)
    assert caught.value.code == "invalid_statement" and caught.value.status == 422


def test_every_category_rempart_detects_maps_to_an_allowed_category_and_keywords() -> None:
    for category, (statement_category, keywords, _other) in dsa.CATEGORY_MAP.items():
        record = _valid() | {"category": statement_category.value,
                             "category_specification": list(keywords)}
        dsa.validate_statement(record)
        assert isinstance(statement_category, StatementCategory), category


def test_batches_hold_at_most_100_statements(database_url: str, sessions: sessionmaker[Session]) -> None:
    when = dt.datetime(2026, 11, 3, 12, 0, tzinfo=dt.UTC)
    make_account(sessions, "creator-1", now=when)
    make_content(sessions, "video-1", creator_id="creator-1", now=when)
    publisher = Publisher(scorer=FakeScorer(), policy=Policy(), max_text_length=5000)
    with transaction(sessions) as session:
        for i in range(205):
            publisher.publish(session, request=PublishRequest(
                content_id="video-1", author_id=f"author-{i}", text="[insult=0.99] nul"),
                now=when + dt.timedelta(seconds=i), actor_id="test")
    with transaction(sessions) as session:
        lines = list(dsa.export_lines(session, period=make_period(START, END)))
    batches = [json.loads(line)["statements"] for line in lines]
    assert [len(b) for b in batches] == [100, 100, 5]
    assert len({r["puid"] for b in batches for r in b}) == 205
    with pytest.raises(dsa.StatementInvalid, match="1 to 100"):
        dsa.validate_batch([_valid() | {"puid": f"p{i}"} for i in range(101)])
    with pytest.raises(dsa.StatementInvalid, match="between 1 and 100"):
        list(dsa.batches([_valid()], size=101))
    with pytest.raises(dsa.StatementInvalid, match="same puid"):
        dsa.validate_batch([_valid(), _valid()])
