"""Tables of the awareness pages: quizzes and their questions, helplines, campaigns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rempart.db import Base, BigIntPK, UTCDateTime


class Quiz(Base):
    """An online-safety quiz, in French and English; ``submissions`` counts anonymous attempts."""

    __tablename__ = "quizzes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title_fr: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    intro_fr: Mapped[str] = mapped_column(Text, default="")
    intro_en: Mapped[str] = mapped_column(Text, default="")
    submissions: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class QuizQuestion(Base):
    """One question: its choices (text and explanation per language), the right one, counters.

    ``attempts``/``successes`` are the only trace of submissions: anonymous aggregates, incremented
    in SQL (``SET attempts = attempts + 1``) so concurrent submissions never lose a count.
    """

    __tablename__ = "quiz_questions"
    __table_args__ = (
        UniqueConstraint("quiz_id", "position"),
        CheckConstraint("successes <= attempts", name="successes_le_attempts"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    quiz_id: Mapped[str] = mapped_column(String(64), ForeignKey("quizzes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    topic: Mapped[str] = mapped_column(String(32))
    prompt_fr: Mapped[str] = mapped_column(Text)
    prompt_en: Mapped[str] = mapped_column(Text)
    #: [{text_fr, text_en, explanation_fr, explanation_en}] in display order.
    choices: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    #: Index into ``choices`` of the right answer; never sent before a submission.
    correct: Mapped[int] = mapped_column()
    attempts: Mapped[int] = mapped_column(default=0)
    successes: Mapped[int] = mapped_column(default=0)


class Helpline(Base):
    """A helpline: who answers, how to reach it and when (weekly hours in its own time zone)."""

    __tablename__ = "helplines"
    __table_args__ = (Index("ix_helplines_country_position", "country", "position"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    number: Mapped[str | None] = mapped_column(String(32), default=None)
    description_fr: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    free: Mapped[bool] = mapped_column(default=False)
    anonymous: Mapped[bool] = mapped_column(default=False)
    confidential: Mapped[bool] = mapped_column(default=False)
    #: Languages spoken, e.g. ["fr"].
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: [{kind: phone|chat|messaging|website|app, label, value, url}].
    channels: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: IANA time zone the opening hours are written in, e.g. "Europe/Paris".
    timezone: Mapped[str] = mapped_column(String(64))
    #: Weekly hours: [{days: ["mon", ...], opens: "09:00", closes: "23:00"}]; "24:00" is midnight.
    hours: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: Where the hours were checked, and when (so an admin knows what to re-verify).
    source_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Campaign(Base):
    """A time-boxed awareness campaign featured in one placement of the host platform."""

    __tablename__ = "campaigns"
    __table_args__ = (
        Index("ix_campaigns_placement_window", "placement", "starts_at", "ends_at"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title_fr: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    description_fr: Mapped[str] = mapped_column(Text)
    description_en: Mapped[str] = mapped_column(Text)
    placement: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: Larger is featured first when several campaigns run at once.
    priority: Mapped[int] = mapped_column(default=0)
    #: [{kind: testimonial_video|awareness_clip, url, caption_fr, caption_en}].
    media: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    quiz_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("quizzes.id", ondelete="SET NULL"), default=None, index=True
    )
    helpline_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("helplines.id", ondelete="SET NULL"), default=None, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
