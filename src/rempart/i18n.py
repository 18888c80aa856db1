"""Languages: which of French and English a person reads, picked from what they ask for."""

from __future__ import annotations

from typing import Final

SUPPORTED: Final = ("fr", "en")


def pick_language(accept_language: str | None, *, default: str = "en") -> str:
    """The supported language the Accept-Language header prefers most, else ``default``."""
    if not accept_language:
        return default
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        base = tag.split("-")[0]
        if base in SUPPORTED and quality > 0:
            ranked.append((-quality, position, base))
    return sorted(ranked)[0][2] if ranked else default
