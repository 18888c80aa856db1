"""The helpline directory: cards per country, whether each line is open, the one to show a reporter."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart.awareness.hours import status_at
from rempart.awareness.models import Helpline
from rempart.awareness.schemas import ChannelPublic, HelplinePublic
from rempart.errors import InvalidInput


def normalize_country(country: str) -> str:
    """``country`` as an upper-case ISO 3166-1 alpha-2 code (InvalidInput otherwise)."""
    code = country.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise InvalidInput(f"{country!r} is not a two-letter country code such as FR.",
                           f"{country!r} n'est pas un code pays à deux lettres comme FR.",
                           code="invalid_country")
    return code


def list_helplines(session: Session, *, country: str | None = None) -> list[Helpline]:
    """The helplines of ``country`` (every country when None), in display order."""
    query = select(Helpline).order_by(Helpline.country, Helpline.position, Helpline.id)
    if country is not None:
        query = query.where(Helpline.country == normalize_country(country))
    return list(session.scalars(query))


def to_card(line: Helpline, *, lang: str, at: dt.datetime | None = None) -> HelplinePublic:
    """The card of ``line`` in ``lang`` (French unless English), with its opening status at ``at``."""
    card = HelplinePublic(
        id=line.id, country=line.country, name=line.name, number=line.number,
        description=line.description_en if lang == "en" else line.description_fr,
        free=line.free, anonymous=line.anonymous, confidential=line.confidential,
        languages=list(line.languages), timezone=line.timezone, hours=list(line.hours),
        channels=[ChannelPublic.model_validate(channel) for channel in line.channels],
    )
    if at is not None:
        status = status_at(line.hours, timezone=line.timezone, at=at)
        card.open, card.at = status.open, status.at
        card.closes_at, card.next_opening = status.closes_at, status.next_opening
    return card


def directory(session: Session, *, country: str | None, lang: str,
              at: dt.datetime) -> list[HelplinePublic]:
    """Every helpline of ``country`` as a card saying whether it is open at ``at`` (aware)."""
    if at.tzinfo is None:
        raise InvalidInput("'at' needs a time zone, e.g. 2026-07-01T10:00:00+02:00.",
                           "« at » doit avoir un fuseau, par ex. 2026-07-01T10:00:00+02:00.",
                           code="naive_time")
    return [to_card(line, lang=lang, at=at) for line in list_helplines(session, country=country)]


def helpline_for(session: Session, *, country: str, lang: str,
                 at: dt.datetime | None = None) -> HelplinePublic | None:
    """The helpline to show someone in ``country`` who reads ``lang`` (None if the country has none).

    A line speaking ``lang`` comes first, else the country's first line; with ``at`` the card
    says whether it is open then.
    """
    try:
        lines = list_helplines(session, country=country)
    except InvalidInput:
        return None  # an unknown country has no helpline; the report itself must still go through
    if not lines:
        return None
    chosen = next((line for line in lines if lang in line.languages), lines[0])
    return to_card(chosen, lang=lang, at=at)
