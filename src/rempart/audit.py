"""The append-only audit log: who did what to which target, and when."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import JSON, String, Table, insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from rempart.db import Base, BigIntPK, UTCDateTime
from rempart.moderation.enums import ActorType


class AuditEntry(Base):
    """One audited action. Rows are never updated or deleted (database triggers refuse it)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str] = mapped_column(String(128))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def record(
    session: Session,
    *,
    now: dt.datetime,
    actor_type: ActorType,
    actor_id: str,
    action: str,
    target_type: str,
    target_id: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Write an audit entry in the session's transaction (it commits or rolls back with the change)."""
    # A plain INSERT rather than an ORM object: nothing reads the entry back in the transaction,
    # and the unit of work's flush cost more than the statement (every publish writes one).
    session.execute(_INSERT, {"at": now, "actor_type": actor_type.value, "actor_id": actor_id,
                              "action": action, "target_type": target_type,
                              "target_id": str(target_id), "details": details or {}})


_INSERT = insert(cast(Table, AuditEntry.__table__))
