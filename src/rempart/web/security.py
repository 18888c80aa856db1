"""Sessions and CSRF for the pages: who is signed in, and proof a form came from our page."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from rempart.access.roles import Role
from rempart.errors import Forbidden

SESSION_USER = "user"


@dataclass(frozen=True, slots=True)
class SignedInUser:
    """The signed-in person, as kept in the signed session cookie."""

    id: int
    username: str
    display_name: str
    role: Role
    account_id: str | None
    organisation_id: int | None

    def as_session(self) -> dict[str, Any]:
        return {"id": self.id, "username": self.username, "display_name": self.display_name,
                "role": self.role.value, "account_id": self.account_id,
                "organisation_id": self.organisation_id}


def current_user(request: Request) -> SignedInUser | None:
    """The signed-in user, or None for a visitor."""
    data = request.session.get(SESSION_USER) if "session" in request.scope else None
    if not data:
        return None
    return SignedInUser(id=data["id"], username=data["username"], display_name=data["display_name"],
                        role=Role(data["role"]), account_id=data["account_id"],
                        organisation_id=data["organisation_id"])


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made on first use)."""
    if "session" not in request.scope:
        return ""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def verify_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a state-changing request whose token is missing or not this session's."""
    expected = request.session.get("csrf") if "session" in request.scope else None
    given = submitted or request.headers.get("x-csrf-token")
    if not expected or not given or not hmac.compare_digest(str(expected), str(given)):
        raise Forbidden("This form has expired: reload the page and try again.",
                        "Ce formulaire a expiré : rechargez la page et réessayez.", code="csrf_failed")
