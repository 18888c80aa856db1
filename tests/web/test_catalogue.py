"""Every text a person reads on a page goes through the catalogue, in French and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from rempart.web.catalogue import WEB, all_messages, po_path

TEMPLATES = sorted((WEB / "templates").rglob("*.html"))
_EXPRESSIONS = re.compile(r"{{.*?}}|{%.*?%}|{#.*?#}", re.S)
_SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>", re.S)
_READABLE_ATTRIBUTE = re.compile(r'\b(title|alt|aria-label|placeholder)="([^"]*)"')


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_message_has_a_translation(lang: str) -> None:
    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    missing = [text for text in all_messages() if text not in catalog or not catalog[text].string]
    assert not missing, f"untranslated in {lang} (run python -m rempart.web.catalogue): {missing[:10]}"


def test_french_catalogue_really_is_french() -> None:
    with po_path("fr").open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    long_messages = [m for m in catalog if m.id and len(str(m.id)) > 25]
    same = [m.id for m in long_messages if m.string == m.id]
    assert len(same) <= len(long_messages) // 20, f"left in English: {same[:5]}"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(Path(p).relative_to(WEB)))
def test_templates_hold_no_untranslated_text(template: Path) -> None:
    source = template.read_text(encoding="utf-8")
    for name, value in _READABLE_ATTRIBUTE.findall(source):
        assert not re.search(r"[A-Za-zÀ-ÿ]", _EXPRESSIONS.sub("", value)), (
            f"{template.name}: attribute {name}={value!r} bypasses the catalogue")
    text = _TAG.sub(" ", _SCRIPT_STYLE.sub(" ", _EXPRESSIONS.sub(" ", source)))
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    leftovers = [word for word in re.findall(r"[A-Za-zÀ-ÿ]{2,}", text)]
    assert not leftovers, f"{template.name}: text outside the catalogue: {leftovers[:10]}"
