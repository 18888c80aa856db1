"""Input limits and Unicode edge cases: each handled, or refused with a clear 4xx and a code.

Body size, JSON depth, text and field lengths, list sizes; NUL characters, lone surrogates, bidi
controls, combining-mark floods and 4-byte emoji — on SQLite and PostgreSQL alike, never a 5xx,
and a refusal changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.api.limits import json_depth
from rempart.app import create_app
from rempart.db import make_engine, make_session_factory
from rempart.moderation.models import Account, Comment
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)
MAX_BODY = 64 * 1024


@dataclass
class Api:
    client: TestClient
    sessions: sessionmaker[Session]
    platform: str
    creator: str

    def publish(self, text: str, **extra: Any) -> Any:
        """POST /v1/comments on video-1 with the platform key."""
        return self.client.post("/v1/comments", headers=bearer(self.platform), json={
            "content_id": "video-1", "author_id": "kid-1", "text": text, **extra})

    def comments(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(Comment)) or 0


@pytest.fixture(scope="module")
def api(module_database_url: str) -> Iterator[Api]:
    """An app with the packaged detector and a 64 KiB body limit, on the module's database."""
    engine = make_engine(module_database_url)
    sessions = make_session_factory(engine)
    make_account(sessions, "creator-1", now=NOW)
    make_content(sessions, "video-1", creator_id="creator-1", now=NOW)
    app = create_app(Settings(database_url=module_database_url, webhook_sender=False,
                              rate_limits_enabled=False, max_body_bytes=MAX_BODY),
                     clock=FakeClock(NOW))
    with TestClient(app) as client:
        yield Api(client, sessions, make_key(sessions, Role.PLATFORM, now=NOW),
                  make_key(sessions, Role.CREATOR, now=NOW, account_id="creator-1"))
    engine.dispose()


def _refused(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code and error["message"], error
    return error


# --- sizes -----------------------------------------------------------------------------------

def test_a_body_past_the_limit_is_413_and_changes_nothing(api: Api) -> None:
    before = api.comments()
    response = api.publish("a" * (MAX_BODY + 10))
    error = _refused(response, 413, "body_too_large")
    assert error["details"]["limit"] == MAX_BODY
    assert api.comments() == before


def test_a_streamed_body_past_the_limit_is_413(api: Api) -> None:
    chunks = iter([b'{"text": "', b"a" * MAX_BODY, b'"}'])  # no Content-Length: chunked
    response = api.client.post("/v1/comments", content=chunks, headers={
        **bearer(api.platform), "Content-Type": "application/json"})
    _refused(response, 413, "body_too_large")


def test_the_refusal_speaks_french(api: Api) -> None:
    response = api.client.post("/v1/comments", content=b"x" * (MAX_BODY + 1), headers={
        **bearer(api.platform), "Content-Type": "application/json", "Accept-Language": "fr"})
    assert "octets" in _refused(response, 413, "body_too_large")["message"]


@pytest.mark.parametrize("depth", [40, 5000, 200_000])
def test_deeply_nested_json_is_a_clear_422(api: Api, depth: int) -> None:
    body = b'{"text": ' + b"[" * depth + b"]" * depth + b"}"
    response = api.client.post("/v1/comments", content=body[:MAX_BODY], headers={
        **bearer(api.platform), "Content-Type": "application/json"})
    if len(body) > MAX_BODY:
        _refused(response, 422, "json_too_deep")  # cut short, yet still refused for its depth
    else:
        assert _refused(response, 422, "json_too_deep")["details"]["limit"] == 32


def test_json_depth_ignores_brackets_inside_strings() -> None:
    assert json_depth(b'{"a": "[[[{{{", "b": [1, {"c": "]]]\\"[["}]}') == 3
    assert json_depth(b'"plain"') == 0


def test_text_length_is_counted_in_characters(api: Api) -> None:
    assert api.publish("é" * 5000).status_code == 201
    assert api.publish("😀" * 5000).status_code == 201  # 4-byte characters count once
    before = api.comments()
    _refused(api.publish("a" * 5001), 422, "text_too_long")
    assert api.comments() == before


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/comments", {"content_id": "video-1", "author_id": "k" * 129, "text": "Salut"}),
    ("/v1/comments", {"content_id": "v" * 129, "author_id": "kid-1", "text": "Salut"}),
    ("/v1/comments", {"content_id": "video-1", "author_id": "kid-1", "text": "Salut",
                      "external_id": "e" * 129}),
    ("/v1/reports", {"target_type": "comment", "target_id": "1" * 129, "reason": "spam"}),
    ("/v1/reports", {"target_type": "comment", "target_id": "1", "reason": "spam",
                     "explanation": "x" * 5001}),
    ("/v1/webhooks", {"url": "https://hooks.example/" + "p" * 2000}),
    ("/v1/comments/bulk", {"action": "approve", "ids": list(range(1, 102))}),
])
def test_overlong_fields_and_lists_are_422(api: Api, path: str, body: dict[str, Any]) -> None:
    response = api.client.post(path, headers=bearer(api.platform), json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] in ("invalid_request", "too_many_items")


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/accounts/kid-2", {"handle": "h" * 201}),
    ("/v1/contents/video-2", {"creator_id": "creator-1", "title": "t" * 501}),
    ("/v1/contents/video-2", {"creator_id": "creator-1", "url": "https://v.example/" + "u" * 2000}),
    ("/v1/accounts/" + "a" * 129, {"handle": "long"}),
])
def test_overlong_account_and_content_fields_are_422(api: Api, path: str,
                                                      body: dict[str, Any]) -> None:
    _refused(api.client.put(path, headers=bearer(api.platform), json=body), 422, "invalid_request")


def test_keyword_limits(api: Api) -> None:
    url = "/v1/accounts/creator-1/settings"
    too_long = api.client.put(url, headers=bearer(api.creator), json={"keywords": ["k" * 101]})
    too_many = api.client.put(url, headers=bearer(api.creator),
                              json={"keywords": [f"mot{i}" for i in range(201)]})
    for response in (too_long, too_many):
        assert response.status_code == 422, response.text
        assert response.json()["error"]["code"]


# --- NUL and other Unicode edge cases ---------------------------------------------------------

@pytest.mark.parametrize("text", ["a\x00b", "\x00", "salut\u0000"])
def test_nul_in_a_comment_is_refused_with_a_code(api: Api, text: str) -> None:
    before = api.comments()
    _refused(api.publish(text), 422, "nul_character")
    assert api.comments() == before


def test_nul_anywhere_in_a_body_or_url_is_refused(api: Api) -> None:
    headers = bearer(api.platform)
    _refused(api.client.put("/v1/accounts/kid-3", headers=headers, json={"handle": "ki\x00d"}),
             422, "nul_character")
    _refused(api.client.post("/v1/reports", headers=headers, json={
        "target_type": "account", "target_id": "kid-1", "reason": "other",
        "explanation": "nul\x00"}), 422, "nul_character")
    _refused(api.client.post("/v1alpha1/comments:analyze", headers=headers, json={
        "comment": {"text": "\x00"}, "requestedAttributes": {"TOXICITY": {}}}), 422, "nul_character")
    _refused(api.client.get("/v1/campaigns/active?placement=disc%00over"), 422, "nul_character")
    fr = api.client.put("/v1/accounts/kid-3", json={"handle": "\x00"},
                        headers={**headers, "Accept-Language": "fr"})
    assert "NUL" in _refused(fr, 422, "nul_character")["message"]
    with api.sessions() as session:
        assert session.get(Account, "kid-3") is None


def test_an_escaped_backslash_before_u0000_is_plain_text(api: Api) -> None:
    response = api.client.post("/v1/comments", headers={
        **bearer(api.platform), "Content-Type": "application/json"},
        content=b'{"content_id": "video-1", "author_id": "kid-1", "text": "C:\\\\u0000 ok"}')
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("escaped", ["\\ud800", "\\udfff", "a\\ud83dz"])
def test_lone_surrogates_are_refused(api: Api, escaped: str) -> None:
    before = api.comments()
    response = api.client.post("/v1/comments", headers={
        **bearer(api.platform), "Content-Type": "application/json"},
        content=f'{{"content_id": "video-1", "author_id": "kid-1", "text": "{escaped}"}}'.encode())
    error = _refused(response, 422, "invalid_request")
    assert "text" in error["message"]
    assert api.comments() == before


@pytest.mark.parametrize("text", [
    "tu es \u202enul\u202c vraiment",  # right-to-left override
    "\u2066salut\u2069 \u200f\u200e\u061c",  # isolates and marks
    "a" + "\u0301" * 500,  # zalgo: 500 combining marks on one letter
    "Z̷̢̛̪͎̈́a̸̡̛͓̓l̵̰̈́g̴̣̈o̷̧̊ ta mère",
    "🐷🤡🔪🖕 😀👍🏽 👩‍👩‍👧‍👦 🏳️‍🌈",  # 4-byte emoji, skin tones, ZWJ sequences
    "\ufeffBOM \u200b\u200czero\u200dwidth \ufffe\uffff",
    "\U0001d4c3\U0001d4ca\U0001d4c1",  # mathematical letters (NFKC folds them)
])
def test_unicode_edge_cases_are_stored_as_sent_and_scored(api: Api, text: str) -> None:
    response = api.publish(text)
    assert response.status_code == 201, response.text
    stored = api.client.get(f"/v1/comments/{response.json()['id']}", headers=bearer(api.platform))
    assert stored.status_code == 200
    assert stored.json()["text"] == text
    assert 0.0 <= stored.json()["toxicity"] <= 1.0


def test_an_insult_behind_bidi_and_zero_width_characters_is_still_caught(api: Api) -> None:
    plain = api.publish("t'es un connard").json()
    hidden = api.publish("t'es un c\u200bo\u200bn\u202dn\u200ba\u2066r\u2069d").json()
    assert plain["status"] != "visible"
    assert hidden["status"] != "visible", hidden  # the detector folds the invisible characters


def test_a_combining_mark_flood_past_the_limit_is_text_too_long(api: Api) -> None:
    _refused(api.publish("a" + "\u0301" * 5000), 422, "text_too_long")


def test_unicode_in_ids_is_refused_by_their_pattern(api: Api) -> None:
    for account_id in ("k\u202eid", "kïd", "kid😀"):
        response = api.client.put(f"/v1/accounts/{account_id}", headers=bearer(api.platform),
                                  json={"handle": "x"})
        _refused(response, 422, "invalid_request")
    handle = "Zoé \u202e😀" + "\u0301" * 50
    response = api.client.put("/v1/accounts/kid-4", headers=bearer(api.platform),
                              json={"handle": handle})
    assert response.status_code == 201 and response.json()["handle"] == handle


# --- what the fuzzer found ---------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/v1/decisions/9223372036854775808", "/v1/decisions/0",
                                  "/v1/webhooks/99999999999999999999/deliveries",
                                  "/v1/flagger/time-to-action?organisation_id=99999999999999999999"])
def test_ids_past_what_the_database_stores_are_422(api: Api, path: str) -> None:
    admin = make_key(api.sessions, Role.ADMIN, now=NOW)
    _refused(api.client.get(path, headers=bearer(admin)), 422, "invalid_request")


def test_a_pileon_action_without_its_ground_is_422(api: Api) -> None:
    moderator = make_key(api.sessions, Role.MODERATOR, now=NOW)
    response = api.client.post("/v1/pileon/incidents/1/actions", headers=bearer(moderator),
                               json={"action": "remove", "explanation": "Raid."})
    assert "ground" in _refused(response, 422, "invalid_request")["message"]
