"""Evidence bundles: what was said to a victim, verifiable, and refusing to hide any alteration."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.cli import main
from rempart.db import transaction
from rempart.evidence import pdf
from rempart.evidence.retention import purge_expired_evidence
from rempart.evidence.verify import verify
from rempart.moderation.models import Comment
from tests.factories import bearer, make_account, make_content
from tests.fakes import FakeClock
from tests.pileon.world import Keys, build_keys, publish, running_app


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    with running_app(database_url, clock) as test_client:
        yield test_client


@pytest.fixture
def keys(sessions: sessionmaker[Session], now: dt.datetime) -> Keys:
    return build_keys(sessions, now)


@pytest.fixture
def said(client: TestClient, keys: Keys, clock: FakeClock, sessions: sessionmaker[Session],
         now: dt.datetime) -> dict[str, int]:
    """creator-1 (handle creator_1) receives five comments; others are noise."""
    make_content(sessions, "video-3", creator_id="creator-2", now=now, title="Autre")
    make_account(sessions, "bully-1", now=now, handle="Le_Corbeau")
    ids = {"insult": publish(client, keys, "bully-1", "[insult=0.6] t'es nul, « sérieux » 😡")["id"]}
    clock.advance(minutes=5)
    ids["auto_removed"] = publish(client, keys, "bully-2", "[insult=0.99] ordure")["id"]
    clock.advance(minutes=5)
    ids["friendly"] = publish(client, keys, "fan-1", "Bravo pour ta vidéo !")["id"]
    own = publish(client, keys, "creator-1", "Mon avis ailleurs", content="video-3")["id"]
    ids["reply"] = publish(client, keys, "bully-3", "[insult=0.7] ferme-la", content="video-3",
                           parent_id=own)["id"]
    ids["mention"] = publish(client, keys, "bully-4", "@creator_1 on sait où tu habites",
                             content="video-3")["id"]
    publish(client, keys, "someone", "Rien à voir", content="video-3")  # not to the victim
    publish(client, keys, "creator-1", "Merci à tous")  # the victim's own words
    decided = client.post(f"/v1/review/items/comment:{ids['insult']}/decision",
                          headers=bearer(keys.moderator), json={
                              "action": "remove", "ground": "community_guidelines",
                              "category": "insult", "explanation": "Insulte envers la créatrice"})
    assert decided.status_code == 201, decided.text
    clock.advance(minutes=30)
    return ids


def _export(client: TestClient, key: str, **body: Any) -> Any:
    return client.post("/v1/evidence", headers=bearer(key),
                       json={"account_id": "creator-1", **body})


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_bundle_holds_what_was_said_to_the_victim_and_verifies(
        client: TestClient, keys: Keys, said: dict[str, int]) -> None:
    response = _export(client, keys.platform)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    result = verify(response.content)
    assert result.ok, result.problems
    assert result.items == 5 and result.files == 2
    assert result.manifest_sha256 == response.headers["x-rempart-manifest-sha256"]

    members = _members(response.content)
    assert set(members) == {"evidence.json", "evidence.pdf", "manifest.json"}
    document = json.loads(members["evidence.json"])
    items = {e["comment"]["comment_id"]: e["comment"] for e in document["items"]}
    assert set(items) == {said[k] for k in ("insult", "auto_removed", "friendly", "reply",
                                            "mention")}
    insult = items[said["insult"]]
    assert insult["author"] == {"id": "bully-1", "handle": "Le_Corbeau"}
    assert insult["text"] == "[insult=0.6] t'es nul, « sérieux » 😡"
    assert insult["posted_at"] == "2026-11-02T11:00:00+01:00"  # Europe/Paris, with its offset
    assert insult["content"] == {"id": "video-1", "title": "Ma vidéo", "url": None}
    assert insult["status"] == "removed"
    assert [d["action"] for d in insult["decisions"]] == ["remove"]
    assert insult["decisions"][0]["explanation"] == "Insulte envers la créatrice"
    removed = items[said["auto_removed"]]
    assert removed["status"] == "removed"
    assert removed["decisions"][0]["automated_decision"] == "fully"
    assert items[said["reply"]]["addressed"] == ["reply_to_them"]
    assert items[said["mention"]]["addressed"] == ["mentions_them"]
    assert document["timezone"] == "Europe/Paris" and document["lang"] == "en"


def test_changing_one_byte_of_any_file_fails_verification_saying_where(
        client: TestClient, keys: Keys, said: dict[str, int]) -> None:
    members = _members(_export(client, keys.platform).content)

    text = members["evidence.json"]
    at = text.index(b"ordure")
    altered = verify(_rezip({**members, "evidence.json": text[:at] + b"O" + text[at + 1:]}))
    assert not altered.ok
    assert any(p.startswith("evidence.json: ALTERED") for p in altered.problems)
    assert f"item 2 (comment {said['auto_removed']}) ALTERED" in " ".join(altered.problems)

    body = members["evidence.pdf"]
    middle = len(body) // 2
    flipped = body[:middle] + bytes([body[middle] ^ 0x01]) + body[middle + 1:]
    problems = verify(_rezip({**members, "evidence.pdf": flipped})).problems
    assert len(problems) == 1 and problems[0].startswith("evidence.pdf: ALTERED")

    manifest = members["manifest.json"]
    at = manifest.index(b'"created_at": "') + len(b'"created_at": "')
    problems = verify(_rezip({**members, "manifest.json":
                              manifest[:at] + b"1" + manifest[at + 1:]})).problems
    assert problems == ["manifest.json: ALTERED (its manifest_sha256 does not match its content)"]

    problems = verify(_rezip({k: v for k, v in members.items() if k != "evidence.pdf"})).problems
    assert problems == ["evidence.pdf: missing from the bundle"]
    assert "not a readable ZIP" in verify(b"PK\x03\x04 nothing").problems[0]


def test_the_cli_verifies_and_names_the_altered_file(
        client: TestClient, keys: Keys, said: dict[str, int], tmp_path: Path) -> None:
    data = _export(client, keys.platform).content
    good = tmp_path / "bundle.zip"
    good.write_bytes(data)
    runner = CliRunner()
    result = runner.invoke(main, ["evidence", "verify", str(good)])
    assert result.exit_code == 0, result.output
    assert "verified" in result.output and "5 comment(s)" in result.output
    members = _members(data)
    pdf_bytes = members["evidence.pdf"]
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_rezip({**members, "evidence.pdf": pdf_bytes[:-10] + b"%%EOF-x\n\n\n"}))
    result = runner.invoke(main, ["evidence", "verify", str(bad)])
    assert result.exit_code == 1
    assert "FAILED: evidence.pdf: ALTERED" in result.output


def test_the_cli_exports_a_bundle_that_verifies(
        said: dict[str, int], database_url: str, tmp_path: Path,
        sessions: sessionmaker[Session]) -> None:
    out = tmp_path / "export.zip"
    result = CliRunner().invoke(main, ["evidence", "export", "--account", "creator-1",
                                       "--from", "2026-11-01", "--out", str(out),
                                       "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert verify(out).ok and verify(out).items == 5
    with sessions() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "evidence.export")).one()
        assert entry.actor_id == "cli" and entry.details["items"] == 5


def test_the_pdf_opens_and_says_the_same_facts(
        client: TestClient, keys: Keys, said: dict[str, int], tmp_path: Path) -> None:
    data = _export(client, keys.platform, lang="fr").content
    members = _members(data)
    body = members["evidence.pdf"]
    assert body.startswith(b"%PDF-1.") and body.rstrip().endswith(b"%%EOF")
    document = json.loads(members["evidence.json"])
    lines = [text for _style, text in pdf.layout(document, json_digest="d" * 64)]
    joined = "\n".join(lines)
    assert "Dossier de preuves : propos adressés à creator_1" in joined
    assert "Auteur : Le_Corbeau (identifiant bully-1)" in joined
    assert "Date et heure : 2026-11-02T11:00:00+01:00" in joined
    assert "Statut actuel : retiré par la modération" in joined
    assert all(f"Empreinte SHA-256 : {e['sha256']}" in joined for e in document["items"])
    if shutil.which("pdftotext"):  # poppler-utils, when installed
        path = tmp_path / "evidence.pdf"
        path.write_bytes(body)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                              text=True).stdout
        assert "Le_Corbeau" in text and "retiré par la modération" in text


def test_who_may_export(client: TestClient, keys: Keys, said: dict[str, int],
                        sessions: sessionmaker[Session]) -> None:
    assert _export(client, keys.creator).status_code == 200
    refused = _export(client, keys.other_creator)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "not_your_account"
    without = _export(client, keys.flagger)
    assert without.status_code == 422 and without.json()["error"]["code"] == "consent_required"
    assert _export(client, keys.flagger, consent=True).status_code == 200
    assert _export(client, keys.moderator).status_code == 200
    assert client.post("/v1/evidence", headers=bearer(keys.platform),
                       json={"account_id": "nobody"}).status_code == 404
    assert _export(client, keys.platform, **{"from": "2026-11-03T00:00:00Z",
                                             "to": "2026-11-02T00:00:00Z"}).status_code == 422
    assert _export(client, keys.platform, to="2026-11-02T00:00:00").status_code == 422  # naive
    with sessions() as session:
        exports = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "evidence.export")).all()
        assert [e.details["role"] for e in exports] == ["creator", "trusted_flagger", "moderator"]
        assert exports[1].details["consent"] is True


def test_a_period_narrows_the_bundle(client: TestClient, keys: Keys,
                                     said: dict[str, int]) -> None:
    response = _export(client, keys.platform, **{"from": "2026-11-02T10:04:00Z"})
    assert verify(response.content).items == 4  # the first insult was at 10:00 UTC


def test_removed_comments_stay_until_the_retention_period_ends(
        client: TestClient, keys: Keys, said: dict[str, int], sessions: sessionmaker[Session],
        now: dt.datetime) -> None:
    with transaction(sessions) as session:
        assert purge_expired_evidence(session, now=now + dt.timedelta(days=364)) == 0
    assert verify(_export(client, keys.platform).content).items == 5
    with transaction(sessions) as session:
        assert purge_expired_evidence(session, now=now + dt.timedelta(days=366)) == 2
    with sessions() as session:
        comment = session.get(Comment, said["auto_removed"])
        assert comment is not None and comment.text == "" and comment.status == "removed"
        friendly = session.get(Comment, said["friendly"])
        assert friendly is not None and friendly.text == "Bravo pour ta vidéo !"
        purged = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "comment.evidence_purged")).all()
        assert len(purged) == 2
