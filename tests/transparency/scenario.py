"""A scripted moderation week, played through the real API with a controlled clock.

Current period: 2026-11-01 to 2026-11-08 (UTC); the previous one: 2026-10-25 to 2026-11-01.
Each comment has its own author, so no author collects enough strikes to be restricted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer

START = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
END = dt.datetime(2026, 11, 8, tzinfo=dt.UTC)
PREVIOUS_START = dt.datetime(2026, 10, 25, tzinfo=dt.UTC)
#: When the report is asked for (every check left without an outcome is long abandoned).
NOW = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)
HATE_LAW = "Loi du 29 juillet 1881 sur la liberté de la presse, article 24"


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


@contextmanager
def running_app(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    """A test client on a fresh app with the fake scorer and no background webhook sender."""
    app = create_app(Settings(database_url=database_url, webhook_sender=False), clock=clock,
                     scorer=FakeScorer())
    with TestClient(app) as client:
        yield client


@dataclass
class Scenario:
    """The keys and the ids the scripted week produced."""

    client: TestClient
    clock: FakeClock
    platform: str
    moderator: str
    moderator2: str
    flagger: str
    creator: str
    decisions: dict[str, int] = field(default_factory=dict)

    def at(self, when: dt.datetime) -> Scenario:
        self.clock.current = when
        return self

    def publish(self, author: str, text: str, *, lang: str = "fr", check_id: str | None = None) -> Any:
        body = {"content_id": "video-1", "author_id": author, "text": text, "lang": lang}
        if check_id:
            body["check_id"] = check_id
        response = self.client.post("/v1/comments", headers=bearer(self.platform), json=body)
        assert response.status_code == 201, response.text
        return response.json()

    def report(self, key: str, comment_id: int, **extra: Any) -> Any:
        response = self.client.post("/v1/reports", headers=bearer(key), json={
            "target_type": "comment", "target_id": str(comment_id), "reason": "harassment", **extra})
        assert response.status_code == 201, response.text
        return response.json()

    def decide(self, item: str, *, key: str | None = None, **body: Any) -> Any:
        body.setdefault("explanation", "Insulte directe envers une personne.")
        response = self.client.post(f"/v1/review/items/{item}/decision",
                                    headers=bearer(key or self.moderator), json=body)
        assert response.status_code == 201, response.text
        return response.json()

    def remove(self, comment_id: int, category: str, **extra: Any) -> int:
        extra.setdefault("ground", "community_guidelines")
        decision: int = self.decide(f"comment:{comment_id}", action="remove", category=category,
                                    **extra)["id"]
        return decision

    def check(self, author: str, text: str) -> str:
        response = self.client.post("/v1/checks", headers=bearer(self.platform), json={
            "text": text, "author_id": author, "content_id": "video-1", "lang": "fr"})
        assert response.status_code == 201 and response.json()["nudge"], response.text
        check_id: str = response.json()["check_id"]
        return check_id


def setup(client: TestClient, clock: FakeClock, sessions: sessionmaker[Session]) -> Scenario:
    """Keys, the creator and the video; nothing happens yet."""
    first = at(20, 9, month=10)
    make_account(sessions, "creator-1", now=first)
    make_content(sessions, "video-1", creator_id="creator-1", now=first)
    return Scenario(client=client, clock=clock,
                    platform=make_key(sessions, Role.PLATFORM, now=first),
                    moderator=make_key(sessions, Role.MODERATOR, now=first),
                    moderator2=make_key(sessions, Role.MODERATOR, now=first),
                    flagger=make_key(sessions, Role.TRUSTED_FLAGGER, now=first,
                                     organisation="Helpline 3018"),
                    creator=make_key(sessions, Role.CREATOR, now=first, account_id="creator-1"))


def play(client: TestClient, clock: FakeClock, sessions: sessionmaker[Session]) -> Scenario:
    """The previous week and the current week, then the clock stops at ``NOW``."""
    s = setup(client, clock, sessions)
    # Previous week: 1 removal before any report, 2 after a user's report (1 h and 3 h later).
    s.at(at(26, 10, month=10)).publish("prev-a", "[insult=0.99] dégage")
    for day, author, delay in ((27, "prev-b", 1), (28, "prev-c", 3)):
        comment = s.at(at(day, 9, month=10)).publish(author, "bonjour")
        s.at(at(day, 10, month=10)).report(s.platform, comment["id"], reporter_id="reporter-1")
        s.at(at(day, 10 + delay, month=10)).remove(comment["id"], "insult")
    # Current week. A and B are removed by the pipeline on publication (fully automated).
    s.at(at(1, 10)).publish("author-a", "[insult=0.99] t'es nul")
    s.at(at(1, 11)).publish("author-b", "[threat=0.97] je vais te trouver")
    # C waits in the grey zone; a moderator removes it before anyone reports it.
    c = s.at(at(2, 10)).publish("author-c", "[insult=0.85] gros naze")
    assert c["status"] == "pending_review"
    s.decisions["c"] = s.at(at(2, 12)).remove(c["id"], "insult")
    # D (in English) is reported by a user at 10:00 and removed at 15:00.
    d = s.at(at(3, 9)).publish("author-d", "hello there", lang="en")
    s.at(at(3, 10)).report(s.platform, d["id"], reporter_id="reporter-2")
    s.decisions["d"] = s.at(at(3, 15)).remove(d["id"], "insult")
    # Trusted-flagger reports (4 h deadline): acted on after 1.5 h, 6 h (late) and 2 h.
    e = s.at(at(4, 8)).publish("author-e", "salut")
    s.report(s.flagger, e["id"])
    s.decisions["e"] = s.at(at(4, 9, 30)).remove(e["id"], "threat")
    f = s.at(at(4, 10)).publish("author-f", "coucou")
    s.report(s.flagger, f["id"], reason="hate")
    s.decisions["f"] = s.at(at(4, 16)).remove(f["id"], "identity_hate", ground="illegal_content",
                                               legal_ground=HATE_LAW,
                                               explanation="Appel à la haine envers un groupe.")
    g = s.at(at(5, 10)).publish("author-g", "bonsoir")
    s.report(s.flagger, g["id"])
    s.at(at(5, 12)).decide(f"comment:{g['id']}", action="no_action",
                           explanation="Pas de règle enfreinte.")
    # Reconsider prompts: one withdrawn, one edited, one posted anyway, one abandoned.
    s.at(at(6, 9))
    s.client.post(f"/v1/checks/{s.check('nudge-1', '[insult=0.6] idiot')}/withdraw",
                  headers=bearer(s.platform)).raise_for_status()
    s.publish("nudge-2", "je ne suis pas d'accord", check_id=s.check("nudge-2", "[insult=0.6] idiot"))
    s.publish("nudge-3", "[insult=0.6] idiot", check_id=s.check("nudge-3", "[insult=0.6] idiot"))
    s.check("nudge-4", "[insult=0.6] idiot")
    # D's author appeals; another moderator reverses the removal.
    appeal = s.at(at(6, 12)).client.post(
        f"/v1/decisions/{s.decisions['d']}/appeals", headers=bearer(s.platform),
        json={"appellant_id": "author-d", "explanation": "C'était une blague entre amis."})
    assert appeal.status_code == 201, appeal.text
    s.at(at(7, 9)).decide(f"appeal:{appeal.json()['id']}", key=s.moderator2, outcome="reversed",
                          explanation="Le contexte montre une plaisanterie.")
    # An account suspended by a decision.
    s.decisions["suspension"] = s.at(at(7, 10)).decide(
        "account:author-f", action="suspend_account", category="identity_hate",
        ground="community_guidelines", explanation="Propos haineux répétés.")["id"]
    s.at(NOW)
    return s
