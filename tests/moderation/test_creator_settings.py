"""Creator settings: filter modes, keywords through normalisation, lists, and who may change them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.app import create_app
from rempart.settings import Settings
from tests.factories import bearer
from tests.fakes import FakeClock, FakeScorer
from tests.moderation.creator_world import audit_actions, build_world, publish, snapshot


@pytest.fixture
def client(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url), clock=FakeClock(now), scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def keys(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    return build_world(sessions, now)


def _put(client: TestClient, key: str, path: str, body: dict[str, Any],
         **params: str) -> dict[str, Any]:
    response = client.put(path, json=body, headers=bearer(key), params=params)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_settings_start_at_the_defaults(client: TestClient, keys: dict[str, str]) -> None:
    response = client.get("/v1/accounts/creator-1/settings", headers=bearer(keys["creator1"]))
    assert response.status_code == 200
    assert response.json() == {
        "account_id": "creator-1", "content_id": None, "filter_mode": "off", "keywords": [],
        "approved_commenters": [], "blocked_accounts": [], "restricted_accounts": [],
        "updated_at": None, "effective": None}


def test_fields_left_out_keep_their_value(client: TestClient, keys: dict[str, str]) -> None:
    first = _put(client, keys["creator1"], "/v1/accounts/creator-1/settings",
                 {"filter_mode": "offensive", "keywords": ["spoiler", "spoiler", " arnaque "],
                  "approved_commenters": ["u1"]})
    assert first["keywords"] == ["spoiler", "arnaque"]  # trimmed, each once
    second = _put(client, keys["creator1"], "/v1/accounts/creator-1/settings",
                  {"blocked_accounts": ["u2"]})
    assert second["filter_mode"] == "offensive"
    assert second["keywords"] == ["spoiler", "arnaque"]
    assert second["approved_commenters"] == ["u1"]
    assert second["blocked_accounts"] == ["u2"]
    assert second["updated_at"] is not None


def test_filter_all_holds_every_new_comment(client: TestClient, keys: dict[str, str]) -> None:
    assert publish(client, keys["platform"])["status"] == "visible"
    _put(client, keys["creator1"], "/v1/accounts/creator-1/settings", {"filter_mode": "all"})
    held = publish(client, keys["platform"], content_id="video-2")
    assert held["status"] == "held"
    assert [r["code"] for r in held["reasons"]] == ["filter_all_comments"]
    # Another creator's video is not affected.
    assert publish(client, keys["platform"], content_id="video-3")["status"] == "visible"


def test_content_settings_apply_to_that_content_only(client: TestClient, keys: dict[str, str]) -> None:
    _put(client, keys["creator1"], "/v1/accounts/creator-1/settings", {"keywords": ["arnaque"]})
    body = _put(client, keys["creator1"], "/v1/contents/video-2/settings",
                {"filter_mode": "all", "keywords": ["spoiler"]})
    assert body["content_id"] == "video-2" and body["account_id"] == "creator-1"
    assert body["keywords"] == ["spoiler"]
    assert body["effective"]["keywords"] == ["arnaque", "spoiler"]
    assert body["effective"]["filter_mode"] == "all"
    assert publish(client, keys["platform"], content_id="video-2")["status"] == "held"
    assert publish(client, keys["platform"], content_id="video-1")["status"] == "visible"
    assert publish(client, keys["platform"], content_id="video-1",
                   text="quelle arnaque")["status"] == "held"


def test_a_new_content_row_starts_from_the_account_filter_mode(
    client: TestClient, keys: dict[str, str]
) -> None:
    _put(client, keys["creator1"], "/v1/accounts/creator-1/settings", {"filter_mode": "all"})
    body = _put(client, keys["creator1"], "/v1/contents/video-1/settings", {"keywords": ["x"]})
    assert body["filter_mode"] == "all"
    assert publish(client, keys["platform"])["status"] == "held"


@pytest.mark.parametrize(("keyword", "text"), [
    ("n u l", "franchement ce montage est nul"),
    ("nul", "franchement ce montage est n u l"),
    ("nul", "franchement ce montage est NUL !"),
])
def test_keywords_match_through_normalisation(
    client: TestClient, keys: dict[str, str], keyword: str, text: str
) -> None:
    _put(client, keys["creator1"], "/v1/contents/video-1/settings", {"keywords": [keyword]})
    result = publish(client, keys["platform"], text=text)
    assert result["status"] == "held"
    assert result["reasons"][-1] == {"phase": "creator_keywords", "code": "creator_keyword",
                                     "detail": {"keywords": [keyword]}}
    # A word that merely contains the keyword is not held.
    assert publish(client, keys["platform"], text="nulle part ailleurs")["status"] == "visible"


def test_platform_may_act_on_behalf_of_the_creator(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    by_query = _put(client, keys["platform"], "/v1/accounts/creator-1/settings",
                    {"keywords": ["a"]}, on_behalf_of="creator-1")
    assert by_query["keywords"] == ["a"]
    by_body = _put(client, keys["platform"], "/v1/contents/video-1/settings",
                   {"keywords": ["b"], "on_behalf_of": "creator-1"})
    assert by_body["keywords"] == ["b"]
    as_platform = _put(client, keys["platform"], "/v1/accounts/creator-2/settings",
                       {"filter_mode": "all"})
    assert as_platform["filter_mode"] == "all"
    assert _put(client, keys["admin"], "/v1/contents/video-3/settings",
                {"filter_mode": "offensive"})["filter_mode"] == "offensive"
    entries = audit_actions(sessions, "creator_settings.update")
    assert entries[0].details["on_behalf_of"] == "creator-1"
    assert entries[0].details["changed"] == {"keywords": {"added": ["a"], "removed": []}}


@pytest.mark.parametrize(("key", "path", "params", "body", "code"), [
    ("creator2", "/v1/accounts/creator-1/settings", {}, {}, "not_your_account"),
    ("creator2", "/v1/contents/video-1/settings", {}, {}, "not_your_account"),
    ("creator1", "/v1/accounts/creator-1/settings", {"on_behalf_of": "creator-2"}, {},
     "on_behalf_of_not_allowed"),
    ("creator1", "/v1/contents/video-1/settings", {}, {"on_behalf_of": "creator-2"},
     "on_behalf_of_not_allowed"),
    ("platform", "/v1/contents/video-1/settings", {"on_behalf_of": "creator-2"}, {},
     "not_your_account"),
    ("platform", "/v1/accounts/creator-1/settings", {}, {"on_behalf_of": "u1"}, "not_your_account"),
    ("moderator", "/v1/accounts/creator-1/settings", {}, {}, "forbidden"),
    ("flagger", "/v1/contents/video-1/settings", {}, {}, "forbidden"),
])
def test_anyone_else_gets_403_and_changes_nothing(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session],
    key: str, path: str, params: dict[str, str], body: dict[str, Any], code: str,
) -> None:
    before = snapshot(sessions)
    response = client.put(path, json={"filter_mode": "all", "keywords": ["x"], **body},
                          params=params, headers=bearer(keys[key]))
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == code
    assert snapshot(sessions) == before
    read = client.get(path, params={**params, **body}, headers=bearer(keys[key]))
    assert read.status_code == 403


@pytest.mark.parametrize(("path", "body", "status", "code"), [
    ("/v1/accounts/creator-1/settings", {"keywords": [f"k{i}" for i in range(201)]}, 422,
     "too_many_items"),
    ("/v1/accounts/creator-1/settings", {"keywords": ["x" * 101]}, 422, "invalid_keyword"),
    ("/v1/accounts/creator-1/settings", {"keywords": ["  "]}, 422, "invalid_keyword"),
    ("/v1/accounts/creator-1/settings", {"blocked_accounts": [f"a{i}" for i in range(5001)]}, 422,
     "too_many_items"),
    ("/v1/accounts/creator-1/settings", {"approved_commenters": ["u1"], "restricted_accounts": ["u1"]},
     422, "conflicting_lists"),
    ("/v1/accounts/creator-1/settings", {"filter_mode": "everything"}, 422, "invalid_request"),
    ("/v1/accounts/creator-1/settings", {"blocked_accounts": ["not valid!"]}, 422, "invalid_request"),
    ("/v1/contents/nope/settings", {"filter_mode": "all"}, 404, "content_not_found"),
    ("/v1/accounts/nobody/settings", {"filter_mode": "all"}, 404, "account_not_found"),
])
def test_bad_settings_get_a_clear_error_and_change_nothing(
    client: TestClient, keys: dict[str, str], sessions: sessionmaker[Session],
    path: str, body: dict[str, Any], status: int, code: str,
) -> None:
    before = snapshot(sessions)
    response = client.put(path, json=body, headers=bearer(keys["platform"]))
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert snapshot(sessions) == before


def test_exactly_200_keywords_are_accepted(client: TestClient, keys: dict[str, str]) -> None:
    words = [f"mot{i}" for i in range(200)]
    body = _put(client, keys["creator1"], "/v1/accounts/creator-1/settings", {"keywords": words})
    assert body["keywords"] == words


def test_on_behalf_of_must_agree_between_query_and_body(client: TestClient, keys: dict[str, str]) -> None:
    response = client.put("/v1/accounts/creator-1/settings", params={"on_behalf_of": "creator-1"},
                          json={"on_behalf_of": "creator-2"}, headers=bearer(keys["platform"]))
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "on_behalf_of_conflict"


def test_a_content_that_changes_hands_leaves_its_former_creators_filters_behind(
    client: TestClient, keys: dict[str, str]
) -> None:
    _put(client, keys["creator1"], "/v1/contents/video-1/settings",
         {"filter_mode": "all", "keywords": ["spoiler"]})
    moved = client.put("/v1/contents/video-1", json={"creator_id": "creator-2"},
                       headers=bearer(keys["platform"]))
    assert moved.status_code == 200, moved.text
    assert publish(client, keys["platform"], text="spoiler")["status"] == "visible"
    fresh = client.get("/v1/contents/video-1/settings", headers=bearer(keys["creator2"])).json()
    assert (fresh["filter_mode"], fresh["keywords"], fresh["updated_at"]) == ("off", [], None)
    assert client.get("/v1/contents/video-1/settings",
                      headers=bearer(keys["creator1"])).status_code == 403
    body = _put(client, keys["creator2"], "/v1/contents/video-1/settings", {"keywords": ["promo"]})
    assert (body["account_id"], body["filter_mode"], body["keywords"]) == ("creator-2", "off", ["promo"])
    assert publish(client, keys["platform"], text="promo")["status"] == "held"
