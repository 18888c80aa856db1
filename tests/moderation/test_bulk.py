"""Bulk actions on comments and accounts: per-item results, limits, ownership, one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.db import transaction
from rempart.moderation.creator_settings import MAX_LISTED_ACCOUNTS, editable_row
from rempart.moderation.models import Report
from tests.factories import bearer, make_account
from tests.moderation.creator_world import (
    audit_actions,
    build_world,
    publish,
    running_app,
    snapshot,
    status_of,
)


@pytest.fixture
def client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    with running_app(database_url, now) as test_client:
        yield test_client


@pytest.fixture
def keys(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    return build_world(sessions, now)


def _bulk(client: TestClient, key: str, kind: str, body: dict[str, Any], *,
          expect: int = 200) -> dict[str, Any]:
    response = client.post(f"/v1/{kind}/bulk", json=body, headers=bearer(key))
    assert response.status_code == expect, response.text
    result: dict[str, Any] = response.json()
    return result


def _results(body: dict[str, Any]) -> dict[Any, str]:
    return {item["id"]: item["result"] for item in body["results"]}


def _filter_all(client: TestClient, key: str, account: str = "creator-1") -> None:
    response = client.put(f"/v1/accounts/{account}/settings", json={"filter_mode": "all"},
                          headers=bearer(key))
    assert response.status_code == 200, response.text


def test_filter_all_then_bulk_approve_makes_comments_visible(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    _filter_all(client, keys["creator1"])
    ids = [publish(client, keys["platform"], text=f"merci {i}")["id"] for i in range(3)]
    assert {status_of(client, keys["platform"], i) for i in ids} == {"held"}
    body = _bulk(client, keys["creator1"], "comments", {"action": "approve", "ids": ids})
    assert body["action"] == "approve"
    assert body["results"] == [{"id": i, "result": "done", "status": "visible", "detail": None,
                                "report_id": None} for i in ids]
    assert body["counts"] == {"done": 3, "not_found": 0, "forbidden": 0, "already_done": 0}
    assert {status_of(client, keys["platform"], i) for i in ids} == {"visible"}
    entries = audit_actions(sessions, "comment.approve")
    assert [e.target_id for e in entries] == [str(i) for i in ids]  # audited one by one
    assert all(e.details["reason"] == "approved_by_creator" and e.details["bulk"] for e in entries)
    again = _bulk(client, keys["creator1"], "comments", {"action": "approve", "ids": ids})
    assert set(_results(again).values()) == {"already_done"}
    queue = client.get("/v1/accounts/creator-1/approval-queue", headers=bearer(keys["creator1"]))
    assert queue.json()["items"] == []


def test_100_ids_get_100_results_and_101_ids_change_nothing(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    _filter_all(client, keys["creator1"])
    ids = [publish(client, keys["platform"], text=f"n°{i}")["id"] for i in range(100)]
    before = snapshot(sessions)
    refused = _bulk(client, keys["creator1"], "comments",
                    {"action": "approve", "ids": [*ids, 10_000]}, expect=422)
    assert refused["error"]["code"] == "too_many_items"
    assert refused["error"]["details"] == {"limit": 100, "given": 101}
    assert snapshot(sessions) == before
    body = _bulk(client, keys["creator1"], "comments", {"action": "approve", "ids": ids})
    assert len(body["results"]) == 100
    assert [r["id"] for r in body["results"]] == ids
    assert body["counts"]["done"] == 100


@pytest.mark.parametrize(("ids", "code"), [
    ([], "empty_ids"),
    ("dupes", "duplicate_ids"),
])
def test_empty_or_repeated_ids_are_refused_whole(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session],
    ids: list[int] | str, code: str,
) -> None:
    comment = publish(client, keys["platform"])["id"]
    given = [comment, 999, comment] if ids == "dupes" else ids
    before = snapshot(sessions)
    for kind, action, account_ids in (("comments", "hide", given),
                                      ("accounts", "block", ["u1", "u2", "u1"] if ids else [])):
        body = _bulk(client, keys["creator1"], kind, {"action": action, "ids": account_ids},
                     expect=422)
        assert body["error"]["code"] == code
    assert snapshot(sessions) == before


def test_a_creator_acts_only_under_its_own_contents(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    mine = publish(client, keys["platform"], content_id="video-2")["id"]
    theirs = publish(client, keys["platform"], content_id="video-3")["id"]
    body = _bulk(client, keys["creator1"], "comments",
                 {"action": "delete", "ids": [theirs, mine, 424242]})
    assert _results(body) == {theirs: "forbidden", mine: "done", 424242: "not_found"}
    assert body["results"][0]["status"] is None  # nothing about another creator's comment leaks
    assert status_of(client, keys["platform"], theirs) == "visible"
    assert status_of(client, keys["platform"], mine) == "removed"
    # A platform key on behalf of creator-1 has exactly creator-1's rights.
    hide = _bulk(client, keys["platform"], "comments",
                 {"action": "hide", "ids": [theirs], "on_behalf_of": "creator-1"})
    assert _results(hide) == {theirs: "forbidden"}
    before = snapshot(sessions)
    refused = _bulk(client, keys["creator1"], "comments",
                    {"action": "hide", "ids": [theirs], "on_behalf_of": "creator-2"}, expect=403)
    assert refused["error"]["code"] == "on_behalf_of_not_allowed"
    for role in ("moderator", "flagger"):
        _bulk(client, keys[role], "comments", {"action": "hide", "ids": [theirs]}, expect=403)
    assert snapshot(sessions) == before


def test_each_action_moves_only_the_statuses_it_may(client: TestClient, keys: dict[str, str]) -> None:
    visible = publish(client, keys["platform"])["id"]
    review = publish(client, keys["platform"], text="[insult=0.9]")["id"]
    removed = publish(client, keys["platform"], text="[insult=0.99]")["id"]
    hide = _bulk(client, keys["creator1"], "comments",
                 {"action": "hide", "ids": [visible, review, removed]})
    assert _results(hide) == {visible: "done", review: "forbidden", removed: "forbidden"}
    assert hide["results"][1]["detail"] == "status_pending_review"
    approve = _bulk(client, keys["creator1"], "comments",
                    {"action": "approve", "ids": [visible, review, removed]})
    assert _results(approve) == {visible: "done", review: "forbidden", removed: "forbidden"}
    delete = _bulk(client, keys["creator1"], "comments",
                   {"action": "delete", "ids": [visible, review, removed]})
    assert _results(delete) == {visible: "done", review: "done", removed: "already_done"}


def test_report_files_one_creator_report_per_comment(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    first = publish(client, keys["platform"])["id"]
    second = publish(client, keys["platform"], content_id="video-2")["id"]
    body = _bulk(client, keys["creator1"], "comments", {"action": "report", "ids": [first, second]})
    assert set(_results(body).values()) == {"done"}
    again = _bulk(client, keys["creator1"], "comments",
                  {"action": "report", "ids": [first], "reason": "hate"})
    assert _results(again) == {first: "already_done"}
    assert again["results"][0]["report_id"] == body["results"][0]["report_id"]
    with sessions() as session:
        reports = session.scalars(select(Report).order_by(Report.id)).all()
        assert [(r.target_type, r.target_id, r.reason, r.source, r.reporter_account_id, r.status)
                for r in reports] == [
            ("comment", str(first), "harassment", "creator", "creator-1", "open"),
            ("comment", str(second), "harassment", "creator", "creator-1", "open")]
    assert status_of(client, keys["platform"], first) == "visible"  # reporting changes no status
    assert len(audit_actions(sessions, "report.create")) == 2
    wrong = _bulk(client, keys["creator1"], "comments",
                  {"action": "hide", "ids": [first], "reason": "hate"}, expect=422)
    assert wrong["error"]["code"] == "reason_not_applicable"
    unexplained = _bulk(client, keys["creator1"], "comments",
                        {"action": "report", "ids": [second], "reason": "illegal_content"}, expect=422)
    assert unexplained["error"]["code"] == "explanation_required"
    assert len(audit_actions(sessions, "report.create")) == 2


def test_block_and_restrict_fill_the_creators_lists(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    client.put("/v1/accounts/creator-1/settings", json={"approved_commenters": ["u1"]},
               headers=bearer(keys["creator1"]))
    block = _bulk(client, keys["creator1"], "accounts",
                  {"action": "block", "ids": ["u1", "nobody", "creator-1"]})
    assert _results(block) == {"u1": "done", "nobody": "not_found", "creator-1": "forbidden"}
    restrict = _bulk(client, keys["platform"], "accounts",
                     {"action": "restrict", "ids": ["u2"], "on_behalf_of": "creator-1"})
    assert _results(restrict) == {"u2": "done"}
    settings = client.get("/v1/accounts/creator-1/settings", headers=bearer(keys["creator1"])).json()
    assert settings["blocked_accounts"] == ["u1"]
    assert settings["restricted_accounts"] == ["u2"]
    assert settings["approved_commenters"] == []  # blocking withdrew the approval
    assert publish(client, keys["platform"], author_id="u1")["status"] == "hidden"
    assert publish(client, keys["platform"], author_id="u2")["status"] == "held"
    assert publish(client, keys["platform"], author_id="u3")["status"] == "visible"
    # Creator-2 is not affected by creator-1's lists.
    assert publish(client, keys["platform"], content_id="video-3", author_id="u1")["status"] == "visible"
    again = _bulk(client, keys["creator1"], "accounts", {"action": "block", "ids": ["u1"]})
    assert _results(again) == {"u1": "already_done"}
    entries = [e for e in audit_actions(sessions, "account.")
               if e.action in ("account.block", "account.restrict")]
    assert [(e.action, e.target_id, e.details["approval_withdrawn"]) for e in entries] == [
        ("account.block", "u1", True), ("account.restrict", "u2", False)]


def test_account_report_and_who_may_block(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    report = _bulk(client, keys["creator1"], "accounts",
                   {"action": "report", "ids": ["u3"], "reason": "threat", "explanation": "menaces"})
    assert _results(report) == {"u3": "done"}
    with sessions() as session:
        filed = session.scalars(select(Report)).one()
        assert (filed.target_type, filed.target_id, filed.reason, filed.explanation) == (
            "account", "u3", "threat", "menaces")
    before = snapshot(sessions)
    no_creator = _bulk(client, keys["platform"], "accounts", {"action": "block", "ids": ["u3"]},
                       expect=422)
    assert no_creator["error"]["code"] == "on_behalf_of_required"
    _bulk(client, keys["creator2"], "accounts",
          {"action": "block", "ids": ["u3"], "on_behalf_of": "creator-1"}, expect=403)
    _bulk(client, keys["moderator"], "accounts", {"action": "block", "ids": ["u3"]}, expect=403)
    assert snapshot(sessions) == before


def test_a_failure_half_way_changes_nothing(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session], now: dt.datetime
) -> None:
    make_account(sessions, "u4", now=now)
    with transaction(sessions) as session:
        row, _ = editable_row(session, account_id="creator-1", content_id=None, now=now)
        row.blocked_accounts = [f"x{i}" for i in range(MAX_LISTED_ACCOUNTS)]
    before = snapshot(sessions)
    # u3 and u4 each pass on their own, then the list would overflow: neither is kept or audited.
    body = _bulk(client, keys["creator1"], "accounts", {"action": "block", "ids": ["u3", "u4"]},
                 expect=422)
    assert body["error"]["code"] == "too_many_items"
    assert snapshot(sessions) == before
