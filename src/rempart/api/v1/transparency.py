"""Transparency: the period report (JSON or CSV) and the DSA statement-of-reasons export."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import AppSettings, Now, require, unit_of_work
from rempart.api.responses import ERRORS
from rempart.transparency import dsa, export, metrics
from rempart.transparency.periods import make_period
from rempart.transparency.schemas import TransparencyReport

router = APIRouter(prefix="/v1", tags=["transparency"], responses=ERRORS)
Staff = Annotated[Principal, Depends(require(Role.MODERATOR, Role.ADMIN, Role.PLATFORM))]
From = Annotated[dt.datetime, Query(alias="from",
                                   description="Start (ISO-8601 date or time; UTC if no offset)")]
To = Annotated[dt.datetime, Query(alias="to", description="End, excluded")]


@router.get("/transparency", response_model=TransparencyReport,
            responses={200: {"content": {"text/csv": {}}}})
def transparency_report(principal: Staff, now: Now, settings: AppSettings, request: Request,
                        start: From, end: To,
                        format: Literal["json", "csv"] = "json") -> Response:
    """The period's figures beside the previous period of the same length (moderator, admin, platform)."""
    period = make_period(start, end)
    with unit_of_work(request) as session:
        report = metrics.transparency_report(
            session, period=period, now=now,
            abandon_after=dt.timedelta(minutes=settings.check_abandon_after_minutes))
    if format == "csv":
        name = f"rempart-transparency-{period.start:%Y%m%d}-{period.end:%Y%m%d}.csv"
        return Response(export.to_csv(report), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    return JSONResponse(report.model_dump(mode="json", by_alias=True))


@router.get("/transparency/statements", responses={200: {"content": {"application/x-ndjson": {}}}})
def statements_export(principal: Staff, request: Request, start: From, end: To,
                      batch: Annotated[int, Query(ge=1, le=dsa.MAX_BATCH,
                                                  description="Statements per line (at most 100)")]
                      = dsa.MAX_BATCH) -> Response:
    """Statements of reasons in the DSA Transparency Database format: JSON lines, one batch a line."""
    period = make_period(start, end)
    with unit_of_work(request) as session:
        body = "".join(dsa.export_lines(session, period=period, size=batch))
    return Response(body, media_type="application/x-ndjson")
