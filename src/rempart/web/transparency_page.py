"""The public transparency dashboard: the API's figures as charts, each with a table of its numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from rempart.api.deps import unit_of_work
from rempart.detection.categories import CATEGORIES
from rempart.errors import InvalidInput
from rempart.transparency import metrics
from rempart.transparency.periods import Period, default_period, make_period
from rempart.transparency.schemas import PeriodFigures, TransparencyReport
from rempart.web.i18n import translations
from rempart.web.templating import language_of, render

router = APIRouter(include_in_schema=False)
Gettext = Callable[[str], str]
Number = int | float | None


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart and its accessible table: rows are ``labels``, columns are ``series``."""

    id: str
    title: str
    kind: str  # "bar" or "stacked"
    unit: str  # "count", "percent" or "hours"
    labels: list[str]
    series: list[tuple[str, list[Number]]]

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "unit": self.unit, "labels": self.labels,
                "series": [{"label": name, "data": data} for name, data in self.series]}


def category_names(_: Gettext) -> dict[str, str]:
    """Readable names of the harm categories."""
    return {"insult": _("Insults"), "identity_hate": _("Identity hate"), "threat": _("Threats"),
            "sexual_harassment": _("Sexual harassment"),
            "self_harm_incitement": _("Incitement to self-harm"), "doxxing": _("Doxxing"),
            "body_shaming": _("Body shaming"), "exclusion": _("Exclusion"),
            metrics.UNSPECIFIED: _("Unspecified")}


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def charts(report: TransparencyReport, _: Gettext, lang: str) -> list[Chart]:
    """The dashboard's four charts, drawn from ``report`` (the API's numbers)."""
    names = category_names(_)
    now, before = report.current, report.previous
    timeline = now.actions.timeline
    shown = [c for c in (*CATEGORIES, metrics.UNSPECIFIED)
             if any(b.removed.get(c, 0) for b in timeline)] or list(CATEGORIES[:1])
    day = "%d/%m" if lang == "fr" else "%m/%d"
    removals = Chart("removals", _("Removals over time, by category"), "stacked", "count",
                     [b.start.strftime(day) for b in timeline],
                     [(names[c], [b.removed.get(c, 0) for b in timeline]) for c in shown])
    def rate(figures: PeriodFigures, category: str) -> float | None:
        return _percent(next((c.proactive_rate for c in figures.actions.by_category
                              if c.category == category), None))

    # Categories with a removal in either period, in the report's order.
    categories = [c.category for c in now.actions.by_category
                  if c.removed or any(p.category == c.category and p.removed
                                      for p in before.actions.by_category)]
    proactive = Chart("proactive", _("Proactive rate: removals made before any report"), "bar",
                      "percent", [_("All categories"), *(names.get(c, c) for c in categories)],
                      [(label, [_percent(p.actions.proactive_rate), *(rate(p, c) for c in categories)])
                       for label, p in ((_("This period"), now), (_("Previous period"), before))])
    flaggers = Chart("flaggers", _("Trusted flaggers: hours to act on a report"), "bar", "hours",
                     [_("Median"), _("90th percentile")],
                     [(label, [p.reports.trusted_flaggers.median_hours_to_action,
                               p.reports.trusted_flaggers.p90_hours_to_action])
                      for label, p in ((_("This period"), now), (_("Previous period"), before))])
    nudges = Chart("nudges", _("Reconsider prompt: what commenters did next"), "bar", "count",
                   [_("Withdrawn"), _("Edited"), _("Posted anyway"), _("Abandoned")],
                   [(label, [p.nudges.withdrawn, p.nudges.edited, p.nudges.posted_anyway,
                             p.nudges.abandoned])
                    for label, p in ((_("This period"), now), (_("Previous period"), before))])
    return [removals, proactive, flaggers, nudges]


def number(value: Number, unit: str, lang: str) -> str:
    """``value`` written for a reader of ``lang`` ("—" when there is none)."""
    if value is None:
        return "—"
    text = f"{value:.1f}" if unit in ("percent", "hours") else str(value)
    text = text.replace(".", ",") if lang == "fr" else text
    return {"percent": f"{text}\u202f%" if lang == "fr" else f"{text}%",
            "hours": f"{text}\u202fh"}.get(unit, text)


def headline(figures: PeriodFigures) -> dict[str, tuple[Number, str]]:
    """The key figures of a period with their unit."""
    flaggers = figures.reports.trusted_flaggers
    return {
        "received": (figures.comments.received, "count"),
        "removed": (figures.actions.removed, "count"),
        "proactive": (_percent(figures.actions.proactive_rate), "percent"),
        "flagger_median": (flaggers.median_hours_to_action, "hours"),
        "within_deadline": (_percent(flaggers.share_within_deadline), "percent"),
        "reconsidered": (_percent(figures.nudges.share_withdrawn_or_edited), "percent"),
        "reports": (figures.reports.received, "count"),
        "appeals_reversed": (figures.appeals.reversed, "count"),
    }


@router.get("/transparency", response_class=HTMLResponse)
def transparency_page(request: Request,
                      start: Annotated[dt.date | None, Query(alias="from")] = None,
                      end: Annotated[dt.date | None, Query(alias="to")] = None) -> Response:
    """The dashboard for [from, to) (the last 30 days by default), public and without personal data."""
    lang = language_of(request)
    now: dt.datetime = request.app.state.clock()
    error = None
    period: Period = default_period(now)
    if start is not None and end is not None:
        try:
            period = make_period(start, end)
        except InvalidInput as invalid:
            error = invalid.message(lang)
    settings = request.app.state.settings
    with unit_of_work(request) as session:
        report = metrics.transparency_report(
            session, period=period, now=now,
            abandon_after=dt.timedelta(minutes=settings.check_abandon_after_minutes))
    gettext = translations(lang).gettext
    return render(request, "transparency.html", status_code=422 if error else 200, error=error,
                  report=report, charts=charts(report, gettext, lang),
                  current=headline(report.current), previous=headline(report.previous),
                  number=lambda value, unit: number(value, unit, lang),
                  start=period.start.date().isoformat(), end=period.end.date().isoformat(),
                  previous_start=report.previous.start.date().isoformat())
