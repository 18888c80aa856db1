"""Keeps the .po catalogues in step with the templates and page code (``python -m rempart.web.catalogue``)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from jinja2.ext import babel_extract

WEB = Path(str(resources.files("rempart.web")))
PACKAGE = WEB.parent


def template_messages() -> Iterator[tuple[str, str]]:
    """(message id, where) for every ``_()`` call in the templates."""
    for path in sorted((WEB / "templates").rglob("*.html")):
        with path.open("rb") as handle:
            for lineno, _function, message, _comments in babel_extract(
                    handle, ("_", "gettext", "ngettext"), [], {"trimmed": "false"}):
                texts = message if isinstance(message, tuple) else (message,)
                for text in texts:
                    if text:
                        yield text, f"{path.relative_to(WEB)}:{lineno}"


def code_messages() -> Iterator[tuple[str, str]]:
    """(message id, where) for every ``_("...")`` / ``gettext("...")`` call in Python page code."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "gettext") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                yield node.args[0].value, f"{path.relative_to(PACKAGE)}:{node.lineno}"


def all_messages() -> dict[str, str]:
    """Every message id the pages use, with one place it is used."""
    found: dict[str, str] = {}
    for text, where in (*template_messages(), *code_messages()):
        found.setdefault(text, where)
    return found


def po_path(lang: str) -> Path:
    return WEB / "locale" / lang / "LC_MESSAGES" / "messages.po"


def update(lang: str) -> list[str]:
    """Add missing ids to ``lang``'s catalogue (English: msgstr = msgid); returns what is untranslated."""
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="Rempart")
    for text, where in all_messages().items():
        if text not in catalog:
            catalog.add(text, text if lang == "en" else "", locations=[(where, 0)])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)
    return [str(m.id) for m in catalog if m.id and not m.string]


def translate(lang: str, mapping: dict[str, str]) -> int:
    """Set translations in ``lang``'s catalogue from {msgid: msgstr}; returns how many were set."""
    path = po_path(lang)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    done = 0
    for message_id, text in mapping.items():
        if message_id in catalog:
            catalog[message_id].string = text
            done += 1
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=True)
    return done


if __name__ == "__main__":
    import json
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "--fr":
        # python -m rempart.web.catalogue --fr translations.json  ({"English id": "Français"})
        count = translate("fr", json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        print(f"fr: {count} translations set")
    for code in ("en", "fr"):
        missing = update(code)
        print(f"{code}: {len(missing)} untranslated")
        for text in missing:
            print(f"  - {text}")
