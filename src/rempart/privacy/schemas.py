"""Shapes of the personal-data operations: an account erasure, and a retention purge."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel


class AccountErasure(BaseModel):
    """What an erasure did: the pseudonym that now stands for the account, and row counts.

    ``already_erased`` is true when nothing was left to erase (a repeated request)."""

    pseudonym: str
    erased_at: dt.datetime
    already_erased: bool
    counts: dict[str, int]


class PurgeResult(BaseModel):
    """How many records one retention pass purged, per kind; ``more`` when a batch was full,
    so the caller should run again soon."""

    at: dt.datetime
    check_drafts: int = 0
    idempotency_keys: int = 0
    author_deleted_texts: int = 0
    removed_texts: int = 0
    webhook_deliveries: int = 0
    pileon_hits: int = 0
    pileon_events: int = 0
    more: bool = False

    @property
    def total(self) -> int:
        """All records purged in this pass."""
        return (self.check_drafts + self.idempotency_keys + self.author_deleted_texts
                + self.removed_texts + self.webhook_deliveries + self.pileon_hits
                + self.pileon_events)
