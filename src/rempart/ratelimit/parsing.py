"""Rate limits as people write them ("1200/minute", "10 per second", "5000/2 hours"), via ``limits``.

One limit per setting (so a request costs one counter statement); at least one request per window.
This module imports nothing of Rempart, so the settings can validate with it.
"""

from __future__ import annotations

from typing import Annotated

from limits import RateLimitItem, parse_many
from pydantic import AfterValidator

_FR_UNITS = {"second": ("seconde", "secondes"), "minute": ("minute", "minutes"),
             "hour": ("heure", "heures"), "day": ("jour", "jours"), "month": ("mois", "mois"),
             "year": ("an", "ans")}


def parse_limit(text: str) -> RateLimitItem:
    """The one limit ``text`` states; ValueError when it states none, several, or zero requests."""
    items = parse_many(text)
    if len(items) != 1:
        raise ValueError(f"state exactly one rate limit, not {len(items)}: {text!r}")
    if items[0].amount < 1:
        raise ValueError(f"a rate limit allows at least one request: {text!r}")
    return items[0]


def _valid(text: str) -> str:
    parse_limit(text)
    return text


#: A settings field holding one rate limit, checked when the settings load.
RateLimitText = Annotated[str, AfterValidator(_valid)]


def describe(item: RateLimitItem, lang: str) -> str:
    """The limit for a person: "20 per minute", "20 par période de 5 minutes"."""
    unit = item.GRANULARITY.name
    if lang == "fr":
        one, many = _FR_UNITS.get(unit, (unit, unit))
        return (f"{item.amount} par {one}" if item.multiples == 1
                else f"{item.amount} par période de {item.multiples} {many}")
    return (f"{item.amount} per {unit}" if item.multiples == 1
            else f"{item.amount} per {item.multiples} {unit}s")
