"""Rendering pages: one Jinja2 environment, the caller's language and the CSRF token in context."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from rempart.web.i18n import LANG_COOKIE, page_language, translations
from rempart.web.security import csrf_token, current_user


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared template environment (autoescaped, strict about undefined names)."""
    from jinja2 import StrictUndefined

    env = Environment(loader=PackageLoader("rempart.web", "templates"),
                      autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    return env


def language_of(request: Request) -> str:
    """The language this visitor reads pages in."""
    return page_language(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` in the visitor's language, with the user, nav and CSRF field available."""
    lang = language_of(request)
    catalogue = translations(lang)
    token = csrf_token(request)
    html = environment().get_template(template).render(
        request=request, lang=lang, _=catalogue.gettext, ngettext=catalogue.ngettext,
        user=current_user(request), csrf_token=token,
        csrf_field=Markup(f'<input type="hidden" name="csrf_token" value="{token}">'),
        **context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Content-Language"] = lang
    return response
