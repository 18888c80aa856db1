"""The report's figures match the scripted week exactly, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from rempart.transparency.schemas import TransparencyReport
from tests.transparency.scenario import END, PREVIOUS_START, START


def test_proactive_rate_counts_removals_made_before_any_report(report: TransparencyReport) -> None:
    actions = report.current.actions
    # A, B (pipeline) and C (grey zone) were removed before any report; D, E, F after one.
    assert (actions.removed, actions.removed_proactively, actions.proactive_rate) == (6, 3, 0.5)
    by_category = {c.category: (c.removed, c.removed_proactively, c.proactive_rate)
                   for c in actions.by_category}
    assert by_category["insult"] == (3, 2, 0.6667)
    assert by_category["threat"] == (2, 1, 0.5)
    assert by_category["identity_hate"] == (1, 0, 0.0)
    assert by_category["doxxing"] == (0, 0, None)
    assert {(row.lang, row.removed) for row in actions.by_language} == {("fr", 5), ("en", 1)}


def test_trusted_flagger_time_to_action_against_the_deadline(report: TransparencyReport) -> None:
    flaggers = report.current.reports.trusted_flaggers
    assert (flaggers.received, flaggers.resolved, flaggers.open) == (3, 3, 0)
    # Acted on after 1.5 h, 6 h and 2 h: median 2 h; p90 interpolates 2 + 0.8 × (6 − 2).
    assert flaggers.median_hours_to_action == 2.0
    assert flaggers.p90_hours_to_action == 5.2
    assert (flaggers.within_deadline, flaggers.missed_deadline) == (2, 1)
    assert flaggers.share_within_deadline == 0.6667


def test_reports_by_reason_source_and_outcome(report: TransparencyReport) -> None:
    reports = report.current.reports
    assert reports.received == 4
    assert reports.by_reason["harassment"] == 3 and reports.by_reason["hate"] == 1
    sources = {s.source: s for s in reports.by_source}
    assert (sources["user"].received, sources["user"].actioned) == (1, 1)
    assert sources["user"].median_hours_to_action == 5.0
    assert (sources["trusted_flagger"].actioned, sources["trusted_flagger"].no_action) == (2, 1)
    assert sources["creator"].received == 0 and sources["creator"].median_hours_to_action is None
    assert reports.outcomes["remove"] == 3 and reports.outcomes["no_action"] == 1
    assert reports.actioned == 3
    assert reports.median_hours_to_action == 3.5  # 1.5, 2, 5, 6


def test_nudge_outcomes_come_from_the_checks(report: TransparencyReport) -> None:
    nudges = report.current.nudges
    assert (nudges.withdrawn, nudges.edited, nudges.posted_anyway, nudges.abandoned) == (1, 1, 1, 1)
    assert nudges.share_withdrawn_or_edited == 0.5
    assert report.current.comments.checked == 4


def test_comments_decisions_appeals_and_sanctions(report: TransparencyReport) -> None:
    comments = report.current.comments
    # A..G plus the two comments published after a check.
    assert comments.received == 9
    assert (comments.removed, comments.visible) == (5, 4)  # D was restored on appeal
    assert {(row.lang, row.received) for row in comments.by_language} == {("fr", 8), ("en", 1)}
    decisions = report.current.decisions
    # 6 removals, 1 no_action, 1 reversal, 1 suspension.
    assert decisions.total == 9 and decisions.reversals == 1
    assert decisions.by_automation == {"fully": 2, "partially": 1, "not_automated": 6}
    assert (decisions.automated, decisions.human) == (2, 7)
    pairs = {(p.action, p.ground): p.count for p in decisions.by_action_ground}
    assert pairs[("remove", "community_guidelines")] == 5
    assert pairs[("remove", "illegal_content")] == 1
    assert pairs[("no_action", None)] == 2
    appeals = report.current.appeals
    assert (appeals.received, appeals.upheld, appeals.reversed, appeals.reversal_rate) == (1, 0, 1, 1.0)
    assert report.current.sanctions.by_kind["suspended"] == 1
    assert report.current.sanctions.total == 1


def test_the_previous_period_has_the_same_length_and_its_own_figures(
    report: TransparencyReport,
) -> None:
    previous = report.previous
    assert (previous.start, previous.end) == (PREVIOUS_START, START)
    assert previous.end - previous.start == END - START
    assert (previous.actions.removed, previous.actions.removed_proactively) == (3, 1)
    assert previous.actions.proactive_rate == 0.3333
    assert previous.reports.median_hours_to_action == 2.0  # 1 h and 3 h
    assert previous.reports.trusted_flaggers.median_hours_to_action is None
    assert previous.nudges.checks == 0


def test_removals_over_time_are_cut_into_days(report: TransparencyReport) -> None:
    timeline = report.current.actions.timeline
    assert len(timeline) == 7
    assert timeline[0].start == START and timeline[-1].end == END
    assert timeline[0].end - timeline[0].start == dt.timedelta(days=1)
    daily = [(b.removed["insult"], b.removed["threat"], b.removed["identity_hate"]) for b in timeline]
    assert daily == [(1, 1, 0), (1, 0, 0), (1, 0, 0), (0, 1, 1), (0, 0, 0), (0, 0, 0), (0, 0, 0)]
