"""Where long jobs stand: one cursor row per resumable run (migration 0011)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rempart.db import Base, UTCDateTime


class JobCursor(Base):
    """How far a resumable job got: the last id done, running counts, when it finished.

    ``name`` identifies the run (e.g. ``rescore:2026-11-01T00:00:00+00:00:rempart-linear-3``);
    a later run with the same name continues after ``position``.
    """

    __tablename__ = "job_cursors"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)
    processed: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    queued: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
