"""Comment lists with cursors, the approval queue, and deleting a comment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.moderation.listing import decode_cursor, encode_cursor
from tests.factories import bearer
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


def _get(client: TestClient, key: str, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params, headers=bearer(key))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_cursor_pages_return_every_comment_exactly_once_despite_new_ones(
    client: TestClient, keys: dict[str, str]
) -> None:
    existing = [publish(client, keys["platform"], text=f"commentaire {i}")["id"] for i in range(23)]
    publish(client, keys["platform"], content_id="video-2")  # another content: never listed
    seen: list[int] = []
    cursor = None
    for _ in range(10):
        params = {"limit": 5, **({"cursor": cursor} if cursor else {})}
        page = _get(client, keys["creator1"], "/v1/contents/video-1/comments", **params)
        seen += [item["id"] for item in page["items"]]
        # New comments arrive while the creator pages: they must not shift or repeat anything.
        publish(client, keys["platform"], text="arrivé pendant la lecture")
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(existing, reverse=True)


def test_status_filter_and_full_items(client: TestClient, keys: dict[str, str]) -> None:
    visible = publish(client, keys["platform"])["id"]
    review = publish(client, keys["platform"], text="sale [insult=0.9]")["id"]
    removed = publish(client, keys["platform"], text="[threat=0.99]")["id"]
    held = _get(client, keys["creator1"], "/v1/contents/video-1/comments", status="pending_review")
    assert [i["id"] for i in held["items"]] == [review]
    assert held["items"][0]["spans"] == [{"start": 5, "end": 17, "category": "insult",
                                          "term": "insult"}]
    both = _get(client, keys["moderator"], "/v1/contents/video-1/comments",
                status=["visible", "removed"])
    assert [i["id"] for i in both["items"]] == [removed, visible]
    assert both["next_cursor"] is None


@pytest.mark.parametrize(("params", "code"), [
    ({"cursor": "not-a-cursor"}, "invalid_cursor"),
    ({"cursor": encode_cursor(5)[:-2] + "!!"}, "invalid_cursor"),
    ({"limit": 0}, "invalid_request"),
    ({"limit": 101}, "invalid_request"),
    ({"status": "gone"}, "invalid_request"),
])
def test_bad_list_parameters_are_422(
    client: TestClient, keys: dict[str, str], params: dict[str, Any], code: str
) -> None:
    response = client.get("/v1/contents/video-1/comments", params=params,
                          headers=bearer(keys["creator1"]))
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code


def test_cursor_round_trip() -> None:
    assert decode_cursor(encode_cursor(123456789)) == 123456789


@pytest.mark.parametrize(("key", "params", "status"), [
    ("creator2", {}, 403),
    ("flagger", {}, 403),
    ("platform", {"on_behalf_of": "creator-2"}, 403),
    ("creator1", {"on_behalf_of": "creator-2"}, 403),
    ("platform", {"on_behalf_of": "creator-1"}, 200),
    ("moderator", {}, 200),
    ("admin", {}, 200),
])
def test_who_may_list_a_contents_comments(
    client: TestClient, keys: dict[str, str], key: str, params: dict[str, str], status: int
) -> None:
    response = client.get("/v1/contents/video-1/comments", params=params, headers=bearer(keys[key]))
    assert response.status_code == status, response.text
    approval = client.get("/v1/accounts/creator-1/approval-queue", params=params,
                          headers=bearer(keys[key]))
    assert approval.status_code == status, approval.text


def test_approval_queue_lists_held_comments_on_the_creators_contents(
    client: TestClient, keys: dict[str, str]
) -> None:
    client.put("/v1/accounts/creator-1/settings", json={"filter_mode": "all"},
               headers=bearer(keys["creator1"]))
    client.put("/v1/accounts/creator-2/settings", json={"filter_mode": "all"},
               headers=bearer(keys["creator2"]))
    first = publish(client, keys["platform"], content_id="video-1", text="bof [insult=0.6]")["id"]
    publish(client, keys["platform"], content_id="video-3")  # held, but for creator-2
    second = publish(client, keys["platform"], content_id="video-2")["id"]
    publish(client, keys["platform"], content_id="video-1", text="[insult=0.99]")  # removed
    page = _get(client, keys["creator1"], "/v1/accounts/creator-1/approval-queue", limit=1)
    assert [i["id"] for i in page["items"]] == [second]
    rest = _get(client, keys["creator1"], "/v1/accounts/creator-1/approval-queue",
                cursor=page["next_cursor"])
    assert [i["id"] for i in rest["items"]] == [first]
    assert rest["next_cursor"] is None
    item = rest["items"][0]
    assert item["status"] == "held"
    assert item["reasons"][-1]["code"] == "filter_all_comments"
    assert item["spans"][0]["category"] == "insult" and item["scores"]["insult"] == 0.6
    other = _get(client, keys["creator2"], "/v1/accounts/creator-2/approval-queue")
    assert len(other["items"]) == 1


def test_the_author_deletes_a_comment_which_is_kept_as_removed(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    comment = publish(client, keys["platform"], author_id="u2")["id"]
    response = client.delete(f"/v1/comments/{comment}", params={"on_behalf_of": "u2"},
                             headers=bearer(keys["platform"]))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "removed"
    assert body["reasons"][-1] == {"phase": "creator_action", "code": "deleted_by_author",
                                   "detail": {"on_behalf_of": "u2"}}
    assert status_of(client, keys["platform"], comment) == "removed"
    again = client.delete(f"/v1/comments/{comment}", params={"on_behalf_of": "u2"},
                          headers=bearer(keys["platform"]))
    assert again.status_code == 200 and again.json()["status"] == "removed"
    entries = audit_actions(sessions, "comment.delete")
    assert len(entries) == 1  # deleting twice changes nothing the second time
    assert entries[0].target_id == str(comment)
    assert entries[0].details["from"] == "visible" and entries[0].details["reason"] == "deleted_by_author"


def test_the_creator_deletes_a_comment_under_its_content(client: TestClient, keys: dict[str, str]) -> None:
    comment = publish(client, keys["platform"])["id"]
    response = client.delete(f"/v1/comments/{comment}", headers=bearer(keys["creator1"]))
    assert response.status_code == 200
    assert response.json()["reasons"][-1]["code"] == "deleted_by_creator"


@pytest.mark.parametrize(("key", "params", "status", "code"), [
    ("creator2", {}, 403, "not_your_comment"),
    ("platform", {"on_behalf_of": "u3"}, 403, "not_your_comment"),
    ("creator1", {"on_behalf_of": "u1"}, 403, "on_behalf_of_not_allowed"),
    ("moderator", {}, 403, "forbidden"),
    ("flagger", {}, 403, "forbidden"),
])
def test_nobody_else_may_delete_a_comment(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session],
    key: str, params: dict[str, str], status: int, code: str,
) -> None:
    comment = publish(client, keys["platform"], author_id="u1")["id"]
    before = snapshot(sessions)
    response = client.delete(f"/v1/comments/{comment}", params=params, headers=bearer(keys[key]))
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert snapshot(sessions) == before


def test_deleting_an_unknown_comment_is_404(client: TestClient, keys: dict[str, str]) -> None:
    response = client.delete("/v1/comments/987654", headers=bearer(keys["platform"]))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "comment_not_found"
