"""The public dashboard shows the API's numbers, in French and English, with a table per chart."""

from __future__ import annotations

import json
import re

from rempart.transparency.schemas import TransparencyReport
from tests.transparency.scenario import Scenario

PERIOD = {"from": "2026-11-01", "to": "2026-11-08"}


def _chart(html: str, chart_id: str) -> dict[str, object]:
    match = re.search(rf'<script type="application/json" data-chart="chart-{chart_id}">(.*?)</script>',
                      html, re.S)
    assert match, f"no data for chart {chart_id}"
    data: dict[str, object] = json.loads(match.group(1))
    return data


def test_dashboard_in_english_shows_the_reports_numbers(scenario: Scenario,
                                                        report: TransparencyReport) -> None:
    page = scenario.client.get("/transparency", params=PERIOD, headers={"Accept-Language": "en"})
    assert page.status_code == 200
    html = page.text
    assert '<html lang="en">' in html and "Transparency report" in html
    assert "/static/vendor/chart-4.6.1.umd.min.js" in html and "cdn" not in html.lower()
    figure = re.search(r'id="figure-proactive">.*?<strong class="value">(.*?)</strong>', html, re.S)
    assert figure and figure.group(1) == "50.0%"
    assert re.search(r'id="figure-flagger_median">.*?<strong class="value">2\.0\u202fh</strong>', html, re.S)
    proactive = _chart(html, "proactive")
    assert proactive["series"] == [
        {"label": "This period", "data": [50.0, 66.7, 0.0, 50.0]},
        {"label": "Previous period", "data": [33.3, 33.3, None, None]}]
    assert _chart(html, "flaggers")["series"][0]["data"] == [  # type: ignore[index]
        report.current.reports.trusted_flaggers.median_hours_to_action,
        report.current.reports.trusted_flaggers.p90_hours_to_action]
    assert _chart(html, "nudges")["series"][0]["data"] == [1, 1, 1, 1]  # type: ignore[index]
    removals = _chart(html, "removals")
    assert removals["labels"] == ["11/01", "11/02", "11/03", "11/04", "11/05", "11/06", "11/07"]
    # Each chart has a table with the same numbers.
    for chart_id in ("removals", "proactive", "flaggers", "nudges"):
        assert f'<table id="table-{chart_id}">' in html
    table = html.split('<table id="table-flaggers">')[1].split("</table>")[0]
    assert "5.2\u202fh" in table and "90th percentile" in table
    for personal in ("author-", "reporter-", "Helpline 3018"):
        assert personal not in html


def test_dashboard_in_french(scenario: Scenario) -> None:
    page = scenario.client.get("/transparency", params=PERIOD, headers={"Accept-Language": "fr-FR"})
    html = page.text
    assert '<html lang="fr">' in html and "Rapport de transparence" in html
    figure = re.search(r'id="figure-proactive">.*?<strong class="value">(.*?)</strong>', html, re.S)
    assert figure and figure.group(1) == "50,0\u202f%"
    assert "Retraits au fil du temps, par catégorie" in html
    assert _chart(html, "proactive")["labels"] == ["Toutes catégories", "Insultes", "Haine identitaire",
                                                   "Menaces"]
    assert _chart(html, "removals")["labels"][0] == "01/11"  # type: ignore[index]
    assert "Publié quand même" in html


def test_dashboard_defaults_to_the_last_30_days_and_explains_a_bad_period(scenario: Scenario) -> None:
    default = scenario.client.get("/transparency", headers={"Accept-Language": "en"})
    assert default.status_code == 200
    assert 'name="from" value="2026-10-11"' in default.text  # 30 days before 2026-11-10
    wrong = scenario.client.get("/transparency", params={"from": "2026-11-08", "to": "2026-11-01"},
                                headers={"Accept-Language": "en"})
    assert wrong.status_code == 422
    assert "&#39;to&#39; must be after &#39;from&#39;" in wrong.text
