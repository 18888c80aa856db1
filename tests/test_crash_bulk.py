"""Killing the server during bulk actions leaves every bulk request whole: all of it, or nothing.

Publishes and bulk requests (comments: approve / hide / delete; accounts: block / restrict) run
side by side until the server is SIGKILLed. Each bulk request works on its own batch of held
comments or fresh accounts, plus an id it may not touch and one that does not exist; so after
the restart each batch must be entirely changed (with one audit entry per item) or entirely
untouched, acknowledged requests entirely changed, and every acknowledged comment present.
"""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import threading
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.audit import AuditEntry
from rempart.db import check, make_engine, transaction
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Account, Comment, CreatorSettings
from tests.factories import bearer, make_account, make_content, make_key
from tests.server import publish_until_stopped, running_server

pytestmark = pytest.mark.slow

BATCHES = 60
COMMENTS_PER_BATCH = 25
ACCOUNTS_PER_BATCH = 10
TARGET_STATUS = {"approve": CommentStatus.VISIBLE, "hide": CommentStatus.HIDDEN,
                 "delete": CommentStatus.REMOVED}
LIST_FIELD = {"block": "blocked_accounts", "restrict": "restricted_accounts"}


@dataclass
class Ledger:
    """Bulk requests sent (whether or not an answer came back) and those acknowledged."""

    sent: dict[int, tuple[str, list[Any]]] = field(default_factory=dict)
    acknowledged: dict[int, dict[str, Any]] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)


def _seed(sessions: sessionmaker[Session], now: dt.datetime) -> tuple[dict[int, list[int]], int]:
    """Held comments in batches on creator-1's video-2, and one comment of creator-2's."""
    batches: dict[int, list[int]] = {}
    with transaction(sessions) as session:
        session.add_all([Account(id=f"target-{b}-{i}", handle=f"t{b}{i}", created_at=now,
                                 updated_at=now)
                         for b in range(BATCHES) for i in range(ACCOUNTS_PER_BATCH)])
        others = Comment(content_id="video-3", author_id="fan-1", text="Ailleurs", lang="fr",
                         status=CommentStatus.VISIBLE.value, created_at=now, updated_at=now)
        session.add(others)
        for b in range(BATCHES):
            rows = [Comment(content_id="video-2", author_id="fan-1", text=f"Lot {b} n°{i}",
                            lang="fr", status=CommentStatus.HELD.value, created_at=now,
                            updated_at=now) for i in range(COMMENTS_PER_BATCH)]
            session.add_all(rows)
            session.flush()
            batches[b] = [row.id for row in rows]
    return batches, others.id


def _bulk_until_stopped(base: str, key: str, path: str, requests: list[tuple[str, list[Any]]],
                        ledger: Ledger, stop: threading.Event) -> None:
    with httpx.Client(base_url=base, headers=bearer(key), timeout=30.0) as client:
        for number, (action, ids) in enumerate(requests):
            if stop.is_set():
                return
            ledger.sent[number] = (action, ids)
            try:
                response = client.post(path, json={"action": action, "ids": ids,
                                                   "on_behalf_of": "creator-1"})
            except httpx.TimeoutException:
                continue  # no answer: it may or may not have happened, but never in part
            except httpx.HTTPError as error:
                ledger.refused.append(f"{path}: {error!r}")
                return  # the server is gone
            if response.status_code != 200:
                ledger.refused.append(f"{response.status_code} {response.text[:300]}")
                return
            ledger.acknowledged[number] = response.json()


def _drain(process: subprocess.Popen[bytes], lines: list[bytes]) -> None:
    """Read the server's output so a full pipe never blocks it (keeping the last lines)."""
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            del lines[:-40]
    except (ValueError, OSError):
        pass


def test_sigkill_during_bulk_actions_leaves_no_bulk_request_half_applied(
    database_url: str, sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    make_account(sessions, "creator-1", now=now)
    make_account(sessions, "creator-2", now=now)
    for account in ("fan-1", *(f"user-{n}" for n in range(7))):
        make_account(sessions, account, now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    make_content(sessions, "video-2", creator_id="creator-1", now=now)
    make_content(sessions, "video-3", creator_id="creator-2", now=now)
    batches, not_ours = _seed(sessions, now)
    key = make_key(sessions, Role.PLATFORM, now=now)
    actions = list(TARGET_STATUS)
    comment_requests = [(actions[b % 3], [*batches[b], not_ours, 10**9 + b])
                        for b in range(BATCHES)]
    account_requests = [("block" if b % 2 == 0 else "restrict",
                         [*(f"target-{b}-{i}" for i in range(ACCOUNTS_PER_BATCH)), "creator-1",
                          f"ghost-{b}"]) for b in range(BATCHES)]
    published: list[str] = []
    ended: list[str] = []
    comments, accounts = Ledger(), Ledger()
    stop = threading.Event()
    with running_server(database_url) as (base, process):
        output: list[bytes] = []
        drainer = threading.Thread(target=_drain, args=(process, output), daemon=True)
        drainer.start()
        workers = [
            *(threading.Thread(target=publish_until_stopped,
                               args=(base, key, published, stop, i, ended)) for i in range(2)),
            threading.Thread(target=_bulk_until_stopped, args=(
                base, key, "/v1/comments/bulk", comment_requests, comments, stop)),
            threading.Thread(target=_bulk_until_stopped, args=(
                base, key, "/v1/accounts/bulk", account_requests, accounts, stop)),
        ]
        for worker in workers:
            worker.start()
        while (len(published) < 20 or len(comments.acknowledged) < 5
               or len(accounts.acknowledged) < 5):
            if ended or comments.refused or accounts.refused or not any(
                    w.is_alive() for w in workers):
                pytest.fail(f"a worker stopped before the kill: {len(published)} published, "
                            f"{len(comments.acknowledged)}/{len(comments.sent)} and "
                            f"{len(accounts.acknowledged)}/{len(accounts.sent)} bulk requests; "
                            f"ended: {comments.refused + accounts.refused + ended}; server said:\n"
                            + b"".join(output).decode(errors="replace"))
            threading.Event().wait(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait()
        stop.set()
        for worker in workers:
            worker.join(timeout=10)
        drainer.join(timeout=10)
    assert [r for r in comments.refused + accounts.refused if not r.startswith("/")] == []

    engine = make_engine(database_url)
    try:
        assert any("schema revision" in line for line in check(engine))
        with Session(engine) as session:
            _check_comment_batches(session, comments, batches, not_ours)
            _check_account_batches(session, accounts)
            stored = set(session.scalars(select(Comment.external_id)))
            assert [e for e in published if e not in stored] == []
    finally:
        engine.dispose()
    # A new server opens the database and applies a bulk request in full.
    with running_server(database_url) as (base, _):
        b = BATCHES - 1
        response = httpx.post(f"{base}/v1/comments/bulk", headers=bearer(key), timeout=30.0,
                              json={"action": "hide", "ids": batches[b], "on_behalf_of": "creator-1"})
        assert response.status_code == 200, response.text
        assert response.json()["counts"]["done"] + response.json()["counts"]["already_done"] == len(
            batches[b])


def _check_comment_batches(session: Session, ledger: Ledger, batches: dict[int, list[int]],
                           not_ours: int) -> None:
    for number, (action, _ids) in ledger.sent.items():
        statuses = set(session.scalars(select(Comment.status).where(
            Comment.id.in_(batches[number]))))
        audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == f"comment.{action}",
            AuditEntry.target_id.in_([str(i) for i in batches[number]]))) or 0
        target = TARGET_STATUS[action].value
        if number in ledger.acknowledged:
            answer = ledger.acknowledged[number]
            assert answer["counts"] == {"done": COMMENTS_PER_BATCH, "not_found": 1,
                                        "forbidden": 1, "already_done": 0}, answer
            assert statuses == {target}, (number, statuses)
        assert statuses in ({target}, {CommentStatus.HELD.value}), (number, action, statuses)
        assert audited == (COMMENTS_PER_BATCH if statuses == {target} else 0), (number, audited)
    assert session.get(Comment, not_ours).status == CommentStatus.VISIBLE.value  # type: ignore[union-attr]


def _check_account_batches(session: Session, ledger: Ledger) -> None:
    row = session.scalars(select(CreatorSettings).where(
        CreatorSettings.account_id == "creator-1", CreatorSettings.content_id.is_(None))).first()
    for number, (action, ids) in ledger.sent.items():
        batch = ids[:ACCOUNTS_PER_BATCH]
        listed = set(getattr(row, LIST_FIELD[action])) if row else set()
        present = {a for a in batch if a in listed}
        audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == f"account.{action}", AuditEntry.target_id.in_(batch))) or 0
        if number in ledger.acknowledged:
            assert ledger.acknowledged[number]["counts"] == {
                "done": ACCOUNTS_PER_BATCH, "not_found": 1, "forbidden": 1, "already_done": 0}
            assert present == set(batch), (number, sorted(present))
        assert present in (set(batch), set()), (number, action, sorted(present))
        assert audited == (ACCOUNTS_PER_BATCH if present else 0), (number, audited)
