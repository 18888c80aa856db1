"""Reporters are never named to the reported: their ids and handles are masked in what it reads.

Decisions, statements and appeal outcomes never carry a reporter field; but a moderator's
free-text explanation might quote one ("reported by @lea"). For readers other than staff, every
account id and handle of the decision's reporters is replaced by ``MASK`` in those texts.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart.moderation.models import Account, Report

MASK = "[…]"


def reporter_names(session: Session, *, decision_id: int) -> set[str]:
    """Account ids and handles of the reporters whose reports ``decision_id`` resolved."""
    ids = {a for a in session.scalars(select(Report.reporter_account_id).where(
        Report.decision_id == decision_id, Report.reporter_account_id.is_not(None))) if a}
    handles = set(session.scalars(select(Account.handle).where(Account.id.in_(ids)))) if ids else set()
    return {name for name in ids | handles if name}


def mask(text: str | None, names: set[str]) -> str | None:
    """``text`` with each of ``names`` (also as ``@name``) replaced by ``MASK``, case-insensitively."""
    if not text or not names:
        return text
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.sub(rf"@?(?<![\w.-])(?:{pattern})(?![\w-])", MASK, text, flags=re.IGNORECASE)
