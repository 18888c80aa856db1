"""How many comments (and drafts checked) one author may send per window, whichever key sends them.

This is a query over state, not a counter: the author's comments created in the last window are
counted on ``ix_comments_author_created`` (drafts on ``ix_checks_author_created``), one indexed
range read of at most about the limit's number of rows, on the publish transaction. Why not a
counter like the per-key limit:

- it counts exactly what was stored: an idempotent retry, a refused or failed publish, a
  rolled-back transaction count nothing, with no bookkeeping to undo;
- the window slides (at most M in *any* period of that length), where a fixed-window counter
  lets 2M through around a window boundary — which is what a flood of one content looks like;
- it writes nothing and keeps no extra table, and the erasure and retention jobs need not know it.

The price: two publishes of one author running at the very same moment may both see M-1 and
both pass, so a burst can exceed M by the number of that author's requests in flight at once
(bounded by the per-key limit and the workers' threads). A flood brake, not an exact quota.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from rempart.errors import AuthorRateLimited
from rempart.moderation.models import Check, Comment
from rempart.ratelimit.parsing import describe, parse_limit


@dataclass(frozen=True, slots=True)
class AuthorLimit:
    """At most ``amount`` comments per author within any ``window``."""

    amount: int
    window: dt.timedelta
    text: str

    @classmethod
    def parse(cls, text: str) -> AuthorLimit:
        """The limit ``text`` states ("20/minute"); ValueError when it is not one limit."""
        item = parse_limit(text)
        return cls(amount=item.amount, window=dt.timedelta(seconds=item.get_expiry()), text=text)

    def describe(self, lang: str) -> str:
        """The limit for a person, e.g. "20 per minute" / "20 par minute"."""
        return describe(parse_limit(self.text), lang)


def _window_count(model: Any) -> Any:
    return (select(func.count(), func.min(model.created_at))
            .where(model.author_id == bindparam("author_id"), model.created_at > bindparam("since")))


# Built once: every check and publish runs one of them.
_WINDOW_COUNTS = {Comment: _window_count(Comment), Check: _window_count(Check)}


def _enforce(session: Session, *, model: Any, author_id: str, now: dt.datetime,
             limit: AuthorLimit, what_en: str, what_fr: str) -> None:
    since = now - limit.window
    count, oldest = session.connection().execute(
        _WINDOW_COUNTS[model], {"author_id": author_id, "since": since}).one()
    if count < limit.amount:
        return
    seconds = max(1, math.ceil((oldest + limit.window - now).total_seconds()))
    raise AuthorRateLimited(
        f"Account {author_id!r} sent too many {what_en}: at most {limit.describe('en')}. "
        f"Try again in {seconds} s.",
        f"Le compte {author_id!r} a envoyé trop de {what_fr} : au plus {limit.describe('fr')}. "
        f"Réessayez dans {seconds} s.",
        retry_after=seconds, details={"author_id": author_id, "limit": limit.text})


def enforce_comment_limit(session: Session, *, author_id: str, now: dt.datetime,
                          limit: AuthorLimit | None) -> None:
    """Refuse (429 ``author_rate_limited``) a new comment by an author who already published
    ``limit.amount`` comments in the window ending at ``now``; no limit when ``limit`` is None."""
    if limit is not None:
        _enforce(session, model=Comment, author_id=author_id, now=now, limit=limit,
                 what_en="comments", what_fr="commentaires")


def enforce_check_limit(session: Session, *, author_id: str, now: dt.datetime,
                        limit: AuthorLimit | None) -> None:
    """Refuse (429 ``author_rate_limited``) a new check by an author who already had
    ``limit.amount`` drafts checked in the window ending at ``now``; no limit when None."""
    if limit is not None:
        _enforce(session, model=Check, author_id=author_id, now=now, limit=limit,
                 what_en="drafts to check", what_fr="brouillons à vérifier")
