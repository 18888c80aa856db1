"""Reports and trusted flaggers: file a report, follow it, list an organisation's own, suspend a reporter."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import AppSettings, Lang, Now, caller, require, unit_of_work
from rempart.api.params import MAX_ROW_ID, RowId
from rempart.api.responses import ERRORS
from rempart.api.v1.webhooks import wake_sender
from rempart.awareness import helplines
from rempart.errors import InvalidInput
from rempart.moderation import reports, webhooks
from rempart.moderation.decision_schemas import (
    ReportCreate,
    ReporterSuspensionCreate,
    ReporterSuspensionPublic,
    ReportPublic,
    ReportReceipt,
    TimeToAction,
)
from rempart.moderation.enums import ReportedReason, ReportStatus
from rempart.pileon.detector import PileonRules

router = APIRouter(prefix="/v1", tags=["reports"], responses=ERRORS)
#: Reasons after which the reporter may need support, so the receipt carries the helpline.
HARASSMENT_REASONS = frozenset(ReportedReason) - {ReportedReason.SPAM, ReportedReason.OTHER,
                                                  ReportedReason.ILLEGAL_CONTENT}
Reporter = Annotated[Principal, Depends(require(Role.PLATFORM, Role.CREATOR, Role.TRUSTED_FLAGGER,
                                                Role.ADMIN))]
Flagger = Annotated[Principal, Depends(require(Role.TRUSTED_FLAGGER))]
Moderator = Annotated[Principal, Depends(require(Role.MODERATOR, Role.ADMIN))]
AccountId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")]


@router.post("/reports", response_model=ReportReceipt, status_code=201, responses={
    200: {"model": ReportReceipt, "description": "Merged into the open report it repeats"}})
def file_report(body: ReportCreate, principal: Reporter, now: Now, settings: AppSettings,
                lang: Lang, request: Request, response: Response) -> ReportReceipt:
    """Report a comment, content or account; a repeat by the same reporter returns its open report (200)."""
    with unit_of_work(request) as session:
        report, created = reports.file_report(
            session, principal=principal, body=body, now=now, due_hours=settings.review_due_hours,
            pileon_rules=PileonRules.from_settings(settings))
        # After a report of harassment, the reporter is shown the helpline of their country.
        helpline = (helplines.helpline_for(session, country=body.country.upper(), lang=lang, at=now)
                    if body.reason in HARASSMENT_REASONS else None)
        response.status_code = 201 if created else 200
        receipt = ReportReceipt(id=report.id, status=report.status, priority=report.priority,
                                due_at=report.due_at, received_at=report.created_at,
                                merged=not created, helpline=helpline)
        queued = webhooks.queued_any(session)  # a report that opened a pile-on incident
    if queued:
        wake_sender(request)
    return receipt


@router.get("/reports/{report_id}", response_model=ReportPublic)
def get_report(report_id: RowId, principal: Annotated[Principal, Depends(caller)], lang: Lang,
               request: Request) -> ReportPublic:
    """A report and its outcome, for its reporter (or staff); 404 for anyone else."""
    with unit_of_work(request) as session:
        report = reports.get_report(session, principal=principal, report_id=report_id)
        return reports.to_public(report, lang=lang)


@router.get("/flagger/reports", response_model=list[ReportPublic])
def flagger_reports(principal: Flagger, lang: Lang, request: Request,
                    status: ReportStatus | None = None,
                    limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[ReportPublic]:
    """The calling organisation's own reports and their outcomes, newest first."""
    assert principal.organisation_id is not None  # trusted-flagger keys always have one
    with unit_of_work(request) as session:
        rows = reports.list_flagger_reports(session, organisation_id=principal.organisation_id,
                                            status=status, limit=limit)
        return [reports.to_public(r, lang=lang) for r in rows]


@router.get("/flagger/time-to-action", response_model=TimeToAction)
def time_to_action(principal: Annotated[Principal, Depends(require(
        Role.TRUSTED_FLAGGER, Role.MODERATOR, Role.ADMIN))], now: Now, request: Request,
                   organisation_id: Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)] = None,
                   ) -> TimeToAction:
    """Median and 90th-percentile hours to act on trusted-flagger reports (a flagger: its own)."""
    if principal.role is Role.TRUSTED_FLAGGER:
        if organisation_id not in (None, principal.organisation_id):
            raise InvalidInput("A trusted flagger sees only its own organisation's figures.",
                               "Un signaleur de confiance ne voit que les chiffres de son organisation.",
                               code="not_your_organisation")
        organisation_id = principal.organisation_id
    with unit_of_work(request) as session:
        return reports.time_to_action(session, organisation_id=organisation_id, now=now)


@router.post("/reporters/{account_id}/suspension", response_model=ReporterSuspensionPublic,
             status_code=201)
def suspend_reporter(account_id: AccountId, body: ReporterSuspensionCreate, principal: Moderator,
                     now: Now, request: Request) -> ReporterSuspensionPublic:
    """Refuse an account's reports for a period, with the reason (DSA Art. 23)."""
    with unit_of_work(request) as session:
        suspension = reports.suspend_reporter(session, account_id=account_id, reason=body.reason,
                                              days=body.days, now=now, actor_id=principal.actor_id)
        return ReporterSuspensionPublic.model_validate(suspension, from_attributes=True)
