"""`rempart report` writes the same report as the API, as JSON, CSV or HTML; and the DSA statements."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from rempart.cli import main
from rempart.transparency.export import CSV_COLUMNS
from rempart.transparency.schemas import TransparencyReport
from tests.transparency.scenario import Scenario

PERIOD = ["--from", "2026-11-01", "--to", "2026-11-08"]


def test_report_in_three_formats(scenario: Scenario, report: TransparencyReport,
                                 database_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    as_json = runner.invoke(main, ["report", *PERIOD, "--database-url", database_url])
    assert as_json.exit_code == 0, as_json.output
    body = json.loads(as_json.stdout)
    # The CLI's clock is the real one; everything but the generation time matches the service.
    expected = report.model_dump(mode="json", by_alias=True)
    assert {k: v for k, v in body.items() if k != "generated_at"} == {
        k: v for k, v in expected.items() if k != "generated_at"}
    assert body["current"]["actions"]["proactive_rate"] == 0.5
    out = tmp_path / "report.csv"
    as_csv = runner.invoke(main, ["report", *PERIOD, "--format", "csv", "--out", str(out),
                                  "--database-url", database_url])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert ["actions", "removed", "", "6", "3"] in rows
    as_html = runner.invoke(main, ["report", *PERIOD, "--format", "html",
                                   "--database-url", database_url])
    assert as_html.exit_code == 0
    assert as_html.stdout.startswith("<!doctype html>")
    assert "<td>proactive_rate</td><td></td><td class=\"n\">0.5</td>" in as_html.stdout


def test_statements_and_bad_input(scenario: Scenario, database_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "statements.jsonl"
    done = runner.invoke(main, ["report", "statements", *PERIOD, "--batch", "5", "--out", str(out),
                                "--database-url", database_url])
    assert done.exit_code == 0, done.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [len(json.loads(line)["statements"]) for line in lines] == [5, 2]
    backwards = runner.invoke(main, ["report", "--from", "2026-11-08", "--to", "2026-11-01",
                                     "--database-url", database_url])
    assert backwards.exit_code != 0 and "'to' must be after 'from'" in backwards.output
    missing = runner.invoke(main, ["report", "--from", "2026-11-01", "--database-url", database_url])
    assert missing.exit_code == 2 and "--from and --to are required" in missing.output
    garbled = runner.invoke(main, ["report", "--from", "yesterday", "--to", "2026-11-01",
                                   "--database-url", database_url])
    assert garbled.exit_code == 2 and "ISO-8601" in garbled.output
    too_big = runner.invoke(main, ["report", "statements", *PERIOD, "--batch", "101",
                                   "--database-url", database_url])
    assert too_big.exit_code == 2
