"""Evidence bundles for victims: a ZIP of what was said to an account, timestamped and hashed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from rempart.access.service import Principal
from rempart.api.deps import AppSettings, Lang, Now, caller, unit_of_work
from rempart.api.responses import ERRORS
from rempart.evidence import bundle
from rempart.evidence.schemas import EvidenceRequest
from rempart.moderation.enums import ActorType

router = APIRouter(prefix="/v1", tags=["evidence"], responses=ERRORS)
Anyone = Annotated[Principal, Depends(caller)]


@router.post("/evidence", response_class=Response, status_code=200, responses={
    200: {"content": {"application/zip": {}},
          "description": "evidence.json, evidence.pdf and manifest.json in a ZIP"}})
def export_evidence(body: EvidenceRequest, principal: Anyone, now: Now, lang: Lang,
                    settings: AppSettings, request: Request) -> Response:
    """Export the evidence bundle of an account: platform, the account itself, staff, or a trusted
    flagger with the victim's consent. ``X-Rempart-Manifest-SHA256`` repeats the manifest digest."""
    bundle.authorize(principal, account_id=body.account_id, consent=body.consent)
    zone = bundle.zone_named(settings.evidence_timezone)
    with unit_of_work(request) as session:
        made = bundle.export(
            session, account_id=body.account_id, start=body.from_, end=body.to,
            lang=body.lang or lang, zone=zone, now=now, actor_type=ActorType.API_KEY,
            actor_id=principal.actor_id,
            audit_details={"role": principal.role.value, "consent": body.consent,
                           "organisation_id": principal.organisation_id})
    return Response(made.data, media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{made.filename}"',
        "X-Rempart-Manifest-SHA256": made.manifest_sha256})
