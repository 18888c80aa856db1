"""What the public campaign page shows: media players or links, the helpline card, quiz reviews.

Time and weekday words come from Babel in the visitor's language; opening times are shown in
the helpline's own time zone, named, since that is where the line keeps its hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_timezone_location

from rempart.awareness.enums import WEEKDAYS
from rempart.awareness.schemas import HelplinePublic, MediaLocalized, QuizPublic, SubmissionResult

VIDEO_FILES = (".mp4", ".webm", ".ogv", ".ogg", ".m4v", ".mov")
VIDEO_TYPES = {".mp4": "video/mp4", ".m4v": "video/mp4", ".webm": "video/webm",
               ".ogv": "video/ogg", ".ogg": "video/ogg", ".mov": "video/quicktime"}
#: Link schemes a helpline channel may use; anything else is shown as text, not as a link.
SAFE_SCHEMES = frozenset({"http", "https", "tel", "sms", "mailto"})
Translate = Callable[[str], str]


def _(text: str) -> str:
    """Marks ``text`` for the catalogue; it is translated when the page is rendered."""
    return text


MEDIA_TITLES = {"testimonial_video": _("Testimonial"), "awareness_clip": _("Awareness clip")}
MEDIA_LINKS = {"testimonial_video": _("Watch the testimonial"),
               "awareness_clip": _("Watch the clip")}
CHANNEL_KINDS = {"phone": _("Phone"), "chat": _("Chat"), "messaging": _("Messaging apps"),
                 "app": _("App"), "website": _("Website")}


def media_items(media: list[MediaLocalized]) -> list[dict[str, Any]]:
    """Each media item with whether it can play in a ``<video>`` element (a video file URL)."""
    items = []
    for item in media:
        path = urlsplit(item.url).path.lower()
        extension = next((e for e in VIDEO_FILES if path.endswith(e)), None)
        items.append({"kind": item.kind, "url": item.url, "caption": item.caption,
                      "title": MEDIA_TITLES.get(item.kind, item.kind),
                      "link": MEDIA_LINKS.get(item.kind, _("Watch the video")),
                      "video_type": VIDEO_TYPES[extension] if extension else None})
    return items


def _safe_link(url: str | None) -> str | None:
    return url if url and urlsplit(url).scheme.lower() in SAFE_SCHEMES else None


def _moment(when: dt.datetime, *, now: dt.datetime, tz: ZoneInfo, lang: str,
            gettext: Translate) -> str:
    """``when`` said the way a person reads it: today/tomorrow/weekday and the local time."""
    local, today = when.astimezone(tz), now.astimezone(tz).date()
    clock = format_time(local, "short", locale=lang)
    if local.date() == today:
        return gettext("today at %(time)s") % {"time": clock}
    if local.date() == today + dt.timedelta(days=1):
        return gettext("tomorrow at %(time)s") % {"time": clock}
    return gettext("%(day)s at %(time)s") % {"day": format_date(local, "EEEE", locale=lang),
                                            "time": clock}


def open_status(card: HelplinePublic, *, now: dt.datetime, lang: str, gettext: Translate) -> str:
    """"Open now, until …" or "Closed, opens …", in the visitor's language and the line's zone."""
    tz = ZoneInfo(card.timezone)
    if card.open:
        if card.closes_at is None:
            return gettext("Open now, 24 hours a day")
        closes = card.closes_at.astimezone(tz)
        when = (format_time(closes, "short", locale=lang)
                if closes.date() == now.astimezone(tz).date()
                else _moment(card.closes_at, now=now, tz=tz, lang=lang, gettext=gettext))
        return gettext("Open now, until %(when)s") % {"when": when}
    if card.next_opening is None:
        return gettext("Closed")
    return gettext("Closed, opens %(when)s") % {
        "when": _moment(card.next_opening, now=now, tz=tz, lang=lang, gettext=gettext)}


def _days(days: list[str], *, lang: str, gettext: Translate) -> str:
    if len(set(days)) == len(WEEKDAYS):
        return gettext("Every day")
    monday = dt.date(2024, 1, 1)  # a Monday: weekday names are read off the following dates
    return ", ".join(format_date(monday + dt.timedelta(days=WEEKDAYS.index(d)), "EEE", locale=lang)
                     for d in WEEKDAYS if d in days)


def helpline_card(card: HelplinePublic, *, now: dt.datetime, lang: str,
                  gettext: Translate) -> dict[str, Any]:
    """The helpline card: number, flags, channels, opening hours and whether it is open now."""
    tz = ZoneInfo(card.timezone)
    hours = [{"days": _days(list(h.get("days", [])), lang=lang, gettext=gettext),
              "opens": str(h.get("opens", "")), "closes": str(h.get("closes", ""))}
             for h in card.hours]
    number_link = "tel:" + "".join(ch for ch in card.number if ch.isdigit() or ch == "+") \
        if card.number else None
    return {
        "name": card.name, "number": card.number, "number_link": number_link,
        "description": card.description, "open": bool(card.open),
        "status": open_status(card, now=now, lang=lang, gettext=gettext),
        "flags": [label for flag, label in ((card.free, _("Free")), (card.anonymous, _("Anonymous")),
                                            (card.confidential, _("Confidential"))) if flag],
        "channels": [{"kind": CHANNEL_KINDS.get(c.kind, c.kind), "label": c.label,
                      "url": _safe_link(c.url)} for c in card.channels if c.kind != "phone"],
        "hours": hours, "zone": get_timezone_location(tz, locale=lang),
    }


def quiz_review(quiz: QuizPublic, result: SubmissionResult) -> list[dict[str, Any]]:
    """Each question with the chosen answer, whether it was right, and both explanations."""
    return [{"prompt": question.prompt, "chosen": question.choices[answer.chosen],
             "correct": question.choices[answer.correct_choice], "is_correct": answer.is_correct,
             "explanation": answer.explanation, "correct_explanation": answer.correct_explanation}
            for question, answer in zip(quiz.questions, result.results, strict=True)]


def verdict(result: SubmissionResult) -> str:
    """A word of encouragement that fits the score."""
    share = result.score / result.total if result.total else 0
    if share >= 0.75:
        return _("Great reflexes! Share the quiz with your friends.")
    if share >= 0.5:
        return _("Good start. Read the explanations below to go further.")
    return _("Read the explanations below: they tell you what to do if it happens.")
