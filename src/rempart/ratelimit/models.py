"""The table of shared rate-limit counters, and the index the per-author limit reads.

A counter row is disposable: losing it (a crash of an UNLOGGED PostgreSQL table, a purge) only
lets a caller start a fresh window early. Times are epoch seconds, as the ``limits`` library
counts them, so a window check is one numeric comparison on both databases.
"""

from __future__ import annotations

from sqlalchemy import Float, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from rempart.db import Base
from rempart.moderation.models import Check


class RateLimitCounter(Base):
    """Hits counted under ``key`` in the window that ends at ``expires_at`` (epoch seconds)."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    hits: Mapped[int]
    expires_at: Mapped[float] = mapped_column(Float)


#: "How many drafts did this author have checked lately?" reads one range of this index
#: (comments have ``ix_comments_author_created``).
CHECK_AUTHOR_INDEX = Index("ix_checks_author_created", Check.author_id, Check.created_at)
