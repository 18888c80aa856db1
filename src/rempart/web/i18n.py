"""The pages' translation catalogue: gettext .po files (Babel), loaded in memory at start."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from rempart.i18n import SUPPORTED, pick_language

LANG_COOKIE = "rempart_lang"


@lru_cache(maxsize=len(SUPPORTED))
def translations(lang: str) -> Translations:
    """The compiled catalogue of ``lang`` (French or English)."""
    path = resources.files("rempart.web") / "locale" / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def page_language(cookie: str | None, accept_language: str | None) -> str:
    """The language of a page: the visitor's choice, else the browser's, else French."""
    if cookie in SUPPORTED:
        return str(cookie)
    return pick_language(accept_language, default="fr")
