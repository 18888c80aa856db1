"""GET /v1/transparency (JSON, CSV) and /v1/transparency/statements: roles, shapes, bad input."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.transparency.export import CSV_COLUMNS
from rempart.transparency.schemas import TransparencyReport
from tests.factories import bearer, make_key
from tests.transparency.scenario import NOW, Scenario

PERIOD = {"from": "2026-11-01", "to": "2026-11-08"}


def test_the_api_gives_the_service_functions_numbers(scenario: Scenario,
                                                     report: TransparencyReport) -> None:
    response = scenario.client.get("/v1/transparency", params=PERIOD,
                                   headers=bearer(scenario.moderator))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == report.model_dump(mode="json", by_alias=True)
    assert body["current"]["from"].startswith("2026-11-01T00:00:00")
    assert body["previous"]["from"].startswith("2026-10-25T00:00:00")
    assert body["current"]["actions"]["proactive_rate"] == 0.5


def test_csv_has_one_row_per_figure_with_the_previous_period(scenario: Scenario) -> None:
    response = scenario.client.get("/v1/transparency", params={**PERIOD, "format": "csv"},
                                   headers=bearer(scenario.platform))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    table = {(r[0], r[1], r[2]): (r[3], r[4]) for r in rows[1:]}
    assert table[("actions", "proactive_rate", "")] == ("0.5", "0.3333")
    assert table[("actions", "by_category.proactive_rate", "category=insult")] == ("0.6667", "0.3333")
    assert table[("reports.trusted_flaggers", "median_hours_to_action", "")] == ("2.0", "")
    assert table[("reports", "by_reason", "harassment")] == ("3", "2")
    assert table[("nudges", "withdrawn", "")] == ("1", "0")
    assert table[("comments", "by_language.received", "lang=en")] == ("1", "")
    assert table[("decisions", "by_action_ground.count",
                  "action=remove ground=illegal_content")] == ("1", "")
    assert len(rows) == len(table) + 1  # no figure appears twice


def test_only_staff_and_platforms_read_the_report(scenario: Scenario,
                                                  sessions: sessionmaker[Session]) -> None:
    creator = scenario.client.get("/v1/transparency", params=PERIOD, headers=bearer(scenario.creator))
    assert creator.status_code == 403
    flagger = scenario.client.get("/v1/transparency/statements", params=PERIOD,
                                  headers=bearer(scenario.flagger))
    assert flagger.status_code == 403
    assert scenario.client.get("/v1/transparency", params=PERIOD).status_code == 401
    admin = make_key(sessions, Role.ADMIN, now=NOW)
    assert scenario.client.get("/v1/transparency", params=PERIOD,
                               headers=bearer(admin)).status_code == 200


def test_a_bad_period_is_refused_clearly(scenario: Scenario) -> None:
    backwards = scenario.client.get("/v1/transparency", params={"from": "2026-11-08", "to": "2026-11-01"},
                                    headers=bearer(scenario.moderator))
    assert backwards.status_code == 422
    assert backwards.json()["error"]["code"] == "invalid_period"
    too_long = scenario.client.get("/v1/transparency", params={"from": "2010-01-01", "to": "2026-01-01"},
                                   headers=bearer(scenario.moderator))
    assert too_long.json()["error"]["code"] == "period_too_long"
    assert scenario.client.get("/v1/transparency", params={**PERIOD, "format": "xml"},
                               headers=bearer(scenario.moderator)).status_code == 422


def test_statements_come_as_json_lines_in_batches(scenario: Scenario) -> None:
    response = scenario.client.get("/v1/transparency/statements", params={**PERIOD, "batch": 3},
                                   headers=bearer(scenario.moderator))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    batches = [json.loads(line)["statements"] for line in response.text.splitlines()]
    # 6 removals and 1 suspension restrict something; the no_action and the reversal do not.
    assert [len(b) for b in batches] == [3, 3, 1]
    too_big = scenario.client.get("/v1/transparency/statements", params={**PERIOD, "batch": 101},
                                  headers=bearer(scenario.moderator))
    assert too_big.status_code == 422
