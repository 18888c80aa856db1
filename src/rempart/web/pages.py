"""Pages everyone shares: home, sign-in, sign-out and the language switch."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rempart.access.roles import Role
from rempart.access.users import authenticate_user
from rempart.api.deps import unit_of_work
from rempart.errors import Unauthenticated
from rempart.i18n import SUPPORTED
from rempart.moderation import guidelines
from rempart.web.i18n import LANG_COOKIE
from rempart.web.security import SESSION_USER, SignedInUser, current_user, verify_csrf
from rempart.web.templating import language_of, render

router = APIRouter(include_in_schema=False)

#: Where each role lands after signing in.
HOME_OF_ROLE = {
    Role.CREATOR: "/creator",
    Role.MODERATOR: "/moderation",
    Role.ADMIN: "/moderation",
    Role.TRUSTED_FLAGGER: "/flagger",
    Role.PLATFORM: "/",
}


def safe_next(target: str | None, default: str = "/") -> str:
    """A same-site path to go back to (never another host)."""
    if not target:
        return default
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    """What Rempart is, and where to go next."""
    return render(request, "home.html")


@router.get("/guidelines", response_class=HTMLResponse)
def community_guidelines(request: Request) -> Response:
    """The community guidelines that nudges and decisions cite (each rule has an anchor)."""
    lang = language_of(request)
    with unit_of_work(request) as session:
        rules = [guidelines.summary(rule, lang=lang) for rule in guidelines.list_guidelines(session)]
    return render(request, "guidelines.html", rules=rules)


@router.get("/signin", response_class=HTMLResponse)
def signin_form(request: Request, next: str | None = None) -> Response:
    """The sign-in form."""
    return render(request, "signin.html", next=safe_next(next, ""), error=None, username="")


@router.post("/signin", response_class=HTMLResponse)
def signin(request: Request, username: Annotated[str, Form(max_length=100)],
           password: Annotated[str, Form(max_length=200)],
           csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "") -> Response:
    """Check the credentials; on success start a fresh session and go to the role's console."""
    verify_csrf(request, csrf_token)
    try:
        with unit_of_work(request) as session:
            user = authenticate_user(session, username=username, password=password)
            signed = SignedInUser(id=user.id, username=user.username,
                                  display_name=user.display_name, role=Role(user.role),
                                  account_id=user.account_id, organisation_id=user.organisation_id)
    except Unauthenticated as error:
        return render(request, "signin.html", status_code=401, next=safe_next(next, ""),
                      error=error.message(language_of(request)), username=username)
    request.session.clear()  # a new session id for a new identity (no session fixation)
    request.session[SESSION_USER] = signed.as_session()
    return RedirectResponse(safe_next(next, HOME_OF_ROLE.get(signed.role, "/")), status_code=303)


@router.post("/signout")
def signout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    """End the session."""
    verify_csrf(request, csrf_token)
    request.session.clear()
    return RedirectResponse("/", status_code=303)


@router.get("/lang/{code}")
def switch_language(request: Request, code: str, next: str | None = None) -> Response:
    """Remember the visitor's language and go back where they were."""
    response = RedirectResponse(safe_next(next, "/"), status_code=303)
    if code in SUPPORTED:
        response.set_cookie(LANG_COOKIE, code, max_age=365 * 24 * 3600, samesite="lax",
                            httponly=True)
    return response


def require_user(request: Request, *roles: Role) -> SignedInUser | Response:
    """The signed-in user if they hold one of ``roles``; else a redirect to sign-in or a 403 page."""
    user = current_user(request)
    if user is None:
        return RedirectResponse(f"/signin?next={request.url.path}", status_code=303)
    if roles and user.role not in roles:
        return render(request, "forbidden.html", status_code=403)
    return user
