"""Personal data: erasing an account on request (admin or platform key)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, require, unit_of_work
from rempart.api.responses import ERRORS
from rempart.privacy.erasure import erase_account
from rempart.privacy.schemas import AccountErasure

router = APIRouter(prefix="/v1", tags=["personal data"], responses=ERRORS)
PlatformId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")]
Eraser = Annotated[Principal, Depends(require(Role.ADMIN, Role.PLATFORM))]


@router.post("/accounts/{account_id}/erase", response_model=AccountErasure)
def erase(account_id: PlatformId, principal: Eraser, now: Now, request: Request) -> AccountErasure:
    """Erase an account's personal data; decisions stay, under a pseudonym. Repeating it is safe."""
    with unit_of_work(request) as session:
        erasure = erase_account(session, account_id=account_id, actor=principal, now=now)
    request.app.state.principals.forget_all()  # the account's keys are revoked: not one more use
    return erasure
