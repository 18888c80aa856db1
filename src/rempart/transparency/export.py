"""Renders a transparency report as JSON, CSV (one row per figure, with the previous period) or HTML."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from rempart.transparency.schemas import PeriodFigures, TransparencyReport

#: The CSV header: a figure, what it is broken down by, and its value in both periods.
CSV_COLUMNS: Final = ("section", "metric", "breakdown", "current", "previous")
_SECTIONS: Final = ("comments", "actions", "reports", "nudges", "decisions", "appeals", "sanctions")
#: Left out of the flat forms: the period bounds, and the timeline (its buckets differ per period).
_SKIPPED: Final = frozenset({"from", "to", "timeline"})
_NESTED: Final = frozenset({"trusted_flaggers"})
#: The fields that name a row of a breakdown list.
_KEYS: Final = ("lang", "category", "source", "action", "ground")

Number = int | float | None


@dataclass(frozen=True, slots=True)
class Row:
    """One figure of the report."""

    section: str
    metric: str
    breakdown: str
    current: Number
    previous: Number


def _flatten(section: str, data: dict[str, Any]) -> Iterator[tuple[str, str, str, Number]]:
    for name, value in data.items():
        if name in _SKIPPED:
            continue
        if name in _NESTED:
            yield from _flatten(f"{section}.{name}", value)
        elif isinstance(value, dict):  # counts by a key: by_reason, outcomes, by_kind ...
            for key, number in value.items():
                yield section, name, key, number
        elif isinstance(value, list):  # rows by language, category, source, action and ground
            for item in value:
                label = " ".join(f"{k}={item[k] or ''}" for k in _KEYS if k in item)
                for metric, number in item.items():
                    if metric not in _KEYS:
                        yield section, f"{name}.{metric}", label, number
        else:
            yield section, name, "", value


def figures(period: PeriodFigures) -> list[tuple[str, str, str, Number]]:
    """Every figure of one period as (section, metric, breakdown, value)."""
    data = period.model_dump(mode="json", by_alias=True)
    return [row for section in _SECTIONS for row in _flatten(section, data[section])]


def rows(report: TransparencyReport) -> list[Row]:
    """The report's figures side by side with the previous period's (blank where it had none)."""
    previous = {(s, m, b): v for s, m, b, v in figures(report.previous)}
    current = figures(report.current)
    seen = {(s, m, b) for s, m, b, _ in current}
    result = [Row(s, m, b, v, previous.get((s, m, b))) for s, m, b, v in current]
    result += [Row(s, m, b, None, v) for (s, m, b), v in previous.items() if (s, m, b) not in seen]
    return result


def to_json(report: TransparencyReport) -> str:
    """The report as indented JSON (the API's shape)."""
    return report.model_dump_json(by_alias=True, indent=2) + "\n"


def to_csv(report: TransparencyReport) -> str:
    """The report as CSV: a header, then one row per figure."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows(report):
        writer.writerow([row.section, row.metric, row.breakdown,
                         "" if row.current is None else row.current,
                         "" if row.previous is None else row.previous])
    return buffer.getvalue()


def to_html(report: TransparencyReport) -> str:
    """The report as a self-contained HTML page: one table per section (for archiving or printing)."""
    current, previous = report.current, report.previous
    title = f"Rempart transparency report {current.start:%Y-%m-%d} – {current.end:%Y-%m-%d}"
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{html.escape(title)}</title>",
             "<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;"
             "margin-bottom:2rem}th,td{border-bottom:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
             "td.n{text-align:right}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>",
             f"<p>Compared with {previous.start:%Y-%m-%d} – {previous.end:%Y-%m-%d}. "
             f"Generated {report.generated_at:%Y-%m-%d %H:%M} UTC.</p>"]
    by_section: dict[str, list[Row]] = {}
    for row in rows(report):
        by_section.setdefault(row.section, []).append(row)
    for section, section_rows in by_section.items():
        parts.append(f"<h2>{html.escape(section)}</h2><table><thead><tr><th scope=\"col\">metric</th>"
                     "<th scope=\"col\">breakdown</th><th scope=\"col\">current</th>"
                     "<th scope=\"col\">previous</th></tr></thead><tbody>")
        for row in section_rows:
            cells = "".join(f'<td class="n">{"" if v is None else html.escape(str(v))}</td>'
                            for v in (row.current, row.previous))
            parts.append(f"<tr><td>{html.escape(row.metric)}</td><td>{html.escape(row.breakdown)}</td>"
                         f"{cells}</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
