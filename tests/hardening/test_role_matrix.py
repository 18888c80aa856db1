"""Every JSON endpoint, called with every role's key and with none: the documented status each time.

200/201/204 where the role may act, 401 without a key, 403 for a role that may not, 404 for what
belongs to another creator or organisation. The routes come from the OpenAPI description, so a new
endpoint without a row here fails ``test_every_route_has_a_row``. One world per database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rempart.app import create_app
from rempart.db import make_engine, make_session_factory
from rempart.settings import Settings
from tests.fakes import FakeClock, FakeScorer
from tests.hardening.matrix_world import REMOVE, ROLES, World, build_world, campaign_body

NOW = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)
PERIOD = "from=2026-10-01T00:00:00Z&to=2026-12-01T00:00:00Z"
Part = Callable[[World, str], Any]


def expect(default: int, *, anonymous: int = 401, **by_role: int) -> dict[str, int]:
    """The status for every column: ``default`` unless the role is named."""
    statuses = dict.fromkeys(ROLES, default)
    statuses["anonymous"] = anonymous
    statuses.update(by_role)
    return statuses


def staff(ok: int, *roles: str, other: int = 403) -> dict[str, int]:
    """``ok`` for ``roles``, ``other`` for the remaining keys, 401 without one."""
    return expect(other, **dict.fromkeys(roles, ok))


def fixed(path: str) -> Part:
    """A path with ``{name}`` filled from the world's ids."""
    return lambda world, role: path.format(**world.ids)


def own(template: str, kind: str, fallback: str = "platform") -> Part:
    """A path on the role's own object of ``kind`` (another role's when it has none)."""
    def build(world: World, role: str) -> str:
        objects = world.per_role[kind]
        return template.format(objects.get(role, objects[fallback]))
    return build


@dataclass(frozen=True)
class Row:
    """One call of the matrix: the route (as in OpenAPI), how to build it, what each role gets."""

    method: str
    route: str
    statuses: dict[str, int]
    path: Part
    body: Part | None = None
    label: str = ""
    check: Callable[[World, str, Any], None] | None = field(default=None)
    #: The columns this row calls (all by default; cross-owner rows name the ones they probe).
    only: tuple[str, ...] = ROLES

    @property
    def id(self) -> str:
        return f"{self.method} {self.route}{' ' + self.label if self.label else ''}"


def _bulk_outcome(world: World, role: str, response: Any) -> None:
    """Creator B's bulk approval of creator A's comment is a per-item ``forbidden``."""
    if role == "other_creator":
        assert response.json()["results"][0]["result"] == "forbidden", response.text


def _own_org_only(world: World, role: str, response: Any) -> None:
    """A flagger's list holds its organisation's reports only."""
    ids = {r["id"] for r in response.json()}
    mine, theirs = ((world.ids["report_a"], world.ids["report_b"]) if role == "trusted_flagger"
                    else (world.ids["report_b"], world.ids["report_a"]))
    assert mine in ids and theirs not in ids, (role, ids)


READ_SETTINGS = expect(403, platform=200, creator=200, admin=200)
READ_LISTS = expect(403, platform=200, creator=200, moderator=200, admin=200)
EVERYONE = expect(200, anonymous=200)
PLATFORM = staff(200, "platform", "admin")
ADMIN = staff(200, "admin")
MODERATOR = staff(200, "moderator", "admin")
READ_DECISION = expect(404, platform=200, moderator=200, admin=200, trusted_flagger=200)

ROWS: list[Row] = [
    Row("GET", "/healthz", EVERYONE, fixed("/healthz")),
    Row("PUT", "/v1/accounts/{account_id}", PLATFORM, fixed("/v1/accounts/kid-1"),
        lambda w, r: {"handle": "kid-1"}),
    Row("PUT", "/v1/contents/{content_id}", PLATFORM, fixed("/v1/contents/video-a"),
        lambda w, r: {"creator_id": "creator-a", "title": "A video"}),
    Row("POST", "/v1/comments", staff(201, "platform", "admin"), fixed("/v1/comments"),
        lambda w, r: {"content_id": "video-a", "author_id": "kid-2", "text": f"Bravo ({r})"}),
    Row("GET", "/v1/comments/{comment_id}", expect(404, platform=200, creator=200, moderator=200,
                                                   admin=200),
        fixed("/v1/comments/{comment_a}")),
    # Creator B deleting creator A's comment: refused (not_your_comment).
    Row("DELETE", "/v1/comments/{comment_id}", expect(403, platform=200, creator=200, admin=200),
        own("/v1/comments/{}", "deletable", fallback="creator")),
    Row("POST", "/v1/checks", staff(201, "platform", "admin"), fixed("/v1/checks"),
        lambda w, r: {"text": "Tu es nul", "author_id": "kid-1", "content_id": "video-a"}),
    Row("POST", "/v1/checks/{check_id}/withdraw", PLATFORM, own("/v1/checks/{}/withdraw", "check")),
    Row("GET", "/v1/stats/nudges", staff(200, "platform", "moderator", "admin"),
        fixed(f"/v1/stats/nudges?{PERIOD}")),
    Row("GET", "/v1/guidelines", EVERYONE, fixed("/v1/guidelines")),
    Row("PUT", "/v1/guidelines", ADMIN, fixed("/v1/guidelines"),
        lambda w, r: {"rules": [{k: g[k] for k in ("id", "category", "title_fr", "title_en",
                                                  "summary_fr", "summary_en", "url")}
                                for g in w.ids["guidelines"]]}),
    Row("POST", "/v1alpha1/comments:analyze", PLATFORM, fixed("/v1alpha1/comments:analyze"),
        lambda w, r: {"comment": {"text": "Tu es nul"}, "requestedAttributes": {"TOXICITY": {}}}),
    Row("GET", "/v1/contents/{content_id}/settings", READ_SETTINGS,
        fixed("/v1/contents/video-a/settings")),
    Row("PUT", "/v1/contents/{content_id}/settings", READ_SETTINGS,
        fixed("/v1/contents/video-a/settings"), lambda w, r: {"filter_mode": "off"}),
    Row("GET", "/v1/accounts/{account_id}/settings", READ_SETTINGS,
        fixed("/v1/accounts/creator-a/settings")),
    Row("PUT", "/v1/accounts/{account_id}/settings", READ_SETTINGS,
        fixed("/v1/accounts/creator-a/settings"), lambda w, r: {"filter_mode": "off"}),
    Row("GET", "/v1/contents/{content_id}/comments", READ_LISTS,
        fixed("/v1/contents/video-a/comments")),
    Row("GET", "/v1/accounts/{account_id}/approval-queue", READ_LISTS,
        fixed("/v1/accounts/creator-a/approval-queue")),
    Row("POST", "/v1/comments/bulk", expect(403, platform=200, creator=200, other_creator=200,
                                            admin=200),
        fixed("/v1/comments/bulk"), lambda w, r: {"action": "approve", "ids": [w.ids["comment_a"]]},
        check=_bulk_outcome),
    Row("POST", "/v1/accounts/bulk", expect(403, platform=200, creator=200, other_creator=200,
                                            admin=200),
        fixed("/v1/accounts/bulk"),
        lambda w, r: {"action": "restrict", "ids": ["troll-1"],
                      **({"on_behalf_of": "creator-a"} if r in ("platform", "admin") else {})}),
    Row("GET", "/v1/campaigns/active", EVERYONE, fixed("/v1/campaigns/active?placement=discover")),
    Row("POST", "/v1/campaigns", staff(201, "admin"), fixed("/v1/campaigns"),
        lambda w, r: campaign_body(f"matrix-new-{r}")),
    Row("GET", "/v1/campaigns", ADMIN, fixed("/v1/campaigns")),
    Row("GET", "/v1/campaigns/{campaign_id}", ADMIN, fixed("/v1/campaigns/{campaign}")),
    Row("PUT", "/v1/campaigns/{campaign_id}", ADMIN, fixed("/v1/campaigns/{campaign}"),
        lambda w, r: campaign_body("matrix-read")),
    Row("DELETE", "/v1/campaigns/{campaign_id}", staff(204, "admin"),
        fixed("/v1/campaigns/{campaign_deletable}")),
    Row("GET", "/v1/quizzes/{quiz_id}", EVERYONE, fixed("/v1/quizzes/online-safety")),
    Row("POST", "/v1/quizzes/{quiz_id}/submissions", EVERYONE,
        fixed("/v1/quizzes/online-safety/submissions"),
        lambda w, r: {"answers": [1, 0, 2, 1, 0, 2, 0, 1]}),
    Row("GET", "/v1/quizzes/{quiz_id}/stats", MODERATOR, fixed("/v1/quizzes/online-safety/stats")),
    Row("GET", "/v1/helplines", EVERYONE, fixed("/v1/helplines?country=FR")),
    Row("POST", "/v1/reports", expect(201, moderator=403), fixed("/v1/reports"),
        lambda w, r: {"target_type": "comment", "target_id": str(w.ids["comment_a"]),
                      "reason": "spam"}),
    Row("GET", "/v1/reports/{report_id}", expect(404, platform=200, moderator=200, admin=200,
                                                 trusted_flagger=200),
        fixed("/v1/reports/{report_a}")),
    Row("GET", "/v1/flagger/reports", staff(200, "trusted_flagger", "other_flagger"),
        fixed("/v1/flagger/reports"), check=_own_org_only),
    Row("GET", "/v1/flagger/time-to-action", staff(200, "trusted_flagger", "other_flagger",
                                                   "moderator", "admin"),
        fixed("/v1/flagger/time-to-action")),
    Row("POST", "/v1/reporters/{account_id}/suspension", staff(201, "moderator", "admin"),
        lambda w, r: f"/v1/reporters/suspend-{r if r in ('moderator', 'admin') else 'admin'}"
                     "/suspension",
        lambda w, r: {"reason": "Signalements abusifs répétés.", "days": 7}),
    Row("GET", "/v1/review/queue", MODERATOR, fixed("/v1/review/queue")),
    Row("POST", "/v1/review/items/{item_id}/claim", MODERATOR,
        own("/v1/review/items/{}/claim", "claimable", fallback="moderator")),
    Row("POST", "/v1/review/items/{item_id}/decision", staff(201, "moderator", "admin"),
        own("/v1/review/items/{}/decision", "review_item", fallback="moderator"),
        lambda w, r: REMOVE),
    Row("GET", "/v1/decisions/{decision_id}", READ_DECISION, fixed("/v1/decisions/{decision_r}")),
    Row("GET", "/v1/decisions/{decision_id}/statement", READ_DECISION,
        fixed("/v1/decisions/{decision_r}/statement")),
    Row("POST", "/v1/decisions/{decision_id}/appeals", expect(404, platform=201, admin=201,
                                                              moderator=403),
        own("/v1/decisions/{}/appeals", "appealable"),
        lambda w, r: {"explanation": "Je conteste.", "appellant_id": "kid-1"}
        if r in ("platform", "admin") else {"explanation": "Je conteste."}),
    Row("GET", "/v1/appeals/{appeal_id}", expect(404, platform=200, moderator=200, admin=200),
        fixed("/v1/appeals/{appeal_r}")),
    Row("POST", "/v1/appeals/{appeal_id}/decision", MODERATOR,
        own("/v1/appeals/{}/decision", "appeal", fallback="moderator"),
        lambda w, r: {"outcome": "upheld", "explanation": "La décision est maintenue."}),
    Row("POST", "/v1/webhooks", staff(201, "platform", "admin"), fixed("/v1/webhooks"),
        lambda w, r: {"url": "https://hooks.example/other", "events": []}),
    Row("GET", "/v1/webhooks", PLATFORM, fixed("/v1/webhooks")),
    Row("DELETE", "/v1/webhooks/{webhook_id}", staff(204, "platform", "admin"),
        own("/v1/webhooks/{}", "webhook_deletable")),
    Row("GET", "/v1/webhooks/{webhook_id}/deliveries", PLATFORM,
        own("/v1/webhooks/{}/deliveries", "webhook")),
    Row("GET", "/v1/transparency", staff(200, "platform", "moderator", "admin"),
        fixed(f"/v1/transparency?{PERIOD}")),
    Row("GET", "/v1/transparency/statements", staff(200, "platform", "moderator", "admin"),
        fixed(f"/v1/transparency/statements?{PERIOD}")),
    Row("GET", "/v1/pileon/incidents", MODERATOR, fixed("/v1/pileon/incidents")),
    Row("GET", "/v1/pileon/incidents/{incident_id}",
        expect(404, platform=200, creator=200, moderator=200, admin=200),
        fixed("/v1/pileon/incidents/{incident}")),
    Row("POST", "/v1/pileon/incidents/{incident_id}/actions", MODERATOR,
        fixed("/v1/pileon/incidents/{incident}/actions"),
        lambda w, r: {"action": "no_action", "explanation": "Rien à retirer ici."}),
    Row("POST", "/v1/pileon/incidents/{incident_id}/lift",
        expect(404, platform=200, creator=200, moderator=200, admin=200),
        fixed("/v1/pileon/incidents/{incident}/lift")),
    Row("GET", "/v1/accounts/{account_id}/pileon",
        expect(404, platform=200, creator=200, moderator=200, admin=200),
        fixed("/v1/accounts/creator-a/pileon")),
    Row("POST", "/v1/evidence", expect(200, other_creator=403, trusted_flagger=422,
                                       other_flagger=422),
        fixed("/v1/evidence"), lambda w, r: {"account_id": "creator-a"}),
    Row("POST", "/v1/accounts/{account_id}/erase", PLATFORM,
        lambda w, r: f"/v1/accounts/erase-{r if r in ('platform', 'admin') else 'admin'}/erase"),
    # Across organisations: a flagger asks for another organisation's figures.
    Row("GET", "/v1/flagger/time-to-action", expect(403, trusted_flagger=200, other_flagger=422,
                                                    moderator=200, admin=200),
        lambda w, r: f"/v1/flagger/time-to-action?organisation_id={w.ids['org_a']}",
        label="organisation A's figures"),
    # A flagger exports evidence for a victim who consented.
    Row("POST", "/v1/evidence", expect(200, other_creator=403), fixed("/v1/evidence"),
        lambda w, r: {"account_id": "creator-a", "consent": True}, label="with consent"),
    # Creator B names creator A in on_behalf_of: refused (on_behalf_of_not_allowed).
    Row("DELETE", "/v1/comments/{comment_id}", expect(403), only=("anonymous", "other_creator"),
        path=fixed("/v1/comments/{comment_a}?on_behalf_of=creator-a"), label="on behalf of A"),
    # Creator A reads creator B's comment list, and B's settings: refused (not_your_account).
    Row("GET", "/v1/contents/{content_id}/comments", expect(403, other_creator=200),
        fixed("/v1/contents/video-b/comments"), label="creator B's video",
        only=("creator", "other_creator")),
    Row("GET", "/v1/accounts/{account_id}/settings", expect(403, other_creator=200),
        fixed("/v1/accounts/creator-b/settings"), label="creator B's defaults",
        only=("creator", "other_creator")),
    # Creator A reads creator B's comment, flagger A organisation B's report: not found.
    Row("GET", "/v1/comments/{comment_id}", expect(404, other_creator=200),
        fixed("/v1/comments/{comment_b}"), label="creator B's comment",
        only=("creator", "other_creator")),
    Row("GET", "/v1/reports/{report_id}", expect(404, other_flagger=200),
        fixed("/v1/reports/{report_b}"), label="organisation B's report",
        only=("trusted_flagger", "other_flagger")),
]


@pytest.fixture(scope="module")
def matrix(module_database_url: str) -> Iterator[tuple[TestClient, World]]:
    """An app on the module's database, and the world built once through it."""
    app = create_app(Settings(database_url=module_database_url, webhook_sender=False,
                              rate_limits_enabled=False, pileon_threshold=2, strike_restrict_at=1000,
                              strike_suspend_at=1001, strike_ban_at=1002),
                     clock=FakeClock(NOW), scorer=FakeScorer())
    engine = make_engine(module_database_url)
    with TestClient(app) as client:
        world = build_world(client, make_session_factory(engine), NOW)
        with engine.connect() as connection:
            world.ids["org_a"] = connection.exec_driver_sql(
                "SELECT organisation_id FROM api_keys WHERE organisation_id IS NOT NULL "
                "ORDER BY id LIMIT 1").scalar_one()
        yield client, world
    engine.dispose()


def _routes(app_client: TestClient) -> set[str]:
    paths = app_client.get("/openapi.json").json()["paths"]
    return {f"{method.upper()} {path}" for path, ops in paths.items() for method in ops}


def test_every_route_has_a_row(matrix: tuple[TestClient, World]) -> None:
    client, _ = matrix
    routes = _routes(client)
    covered = {f"{row.method} {row.route}" for row in ROWS}
    assert routes - covered == set(), "routes without a row in the role matrix"
    assert covered - routes == set(), "rows for routes that no longer exist"


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_role_matrix(matrix: tuple[TestClient, World], row: Row) -> None:
    client, world = matrix
    # Refusals first: they must change nothing that the allowed calls then act on.
    order = sorted(row.only, key=lambda role: (row.statuses[role] < 300, ROLES.index(role)))
    got: dict[str, int] = {}
    for role in order:
        response = client.request(row.method, row.path(world, role), headers=world.headers(role),
                                  json=row.body(world, role) if row.body else None)
        got[role] = response.status_code
        if response.status_code >= 400:
            error = response.json()["error"]
            assert error["code"] and error["message"], response.text
        elif row.check is not None:
            row.check(world, role, response)
    assert got == {role: row.statuses[role] for role in row.only}
