"""A trusted flagger files a priority report; a moderator claims it, decides, reads the statement."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.access.service import Principal, create_key
from rempart.db import transaction
from rempart.demo import DEMO_PASSWORD
from rempart.moderation import reports
from rempart.moderation.decision_schemas import ReportCreate
from rempart.moderation.enums import ReportedReason, TargetType
from rempart.moderation.models import Comment
from tests.browser.conftest import DESKTOP, PHONE
from tests.server import running_server

pytestmark = pytest.mark.slow
THREAT = "demo-016"  # "je sais où t'habites, fais gaffe à toi"
ORDINARY = "demo-010"  # "Je vais t'éclater au concours de dessin demain 😂"


def _sign_in(browser: Any, base: str, username: str, viewport: dict[str, int]) -> tuple[Any, Any]:
    context = browser.new_context(locale="fr-FR", viewport=viewport)
    page = context.new_page()
    page.goto(f"{base}/signin")
    page.get_by_label("Identifiant").fill(username)
    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_load_state()
    return context, page


def test_a_flagger_report_is_claimed_and_decided_with_a_french_statement(
    browser: Any, screenshots: Path, database_url: str, sessions: sessionmaker[Session]
) -> None:
    with running_server(database_url, "--demo") as (base, _):
        with sessions() as session:
            comment_id = session.scalar(select(Comment.id).where(Comment.external_id == THREAT))
        assert comment_id is not None

        flagger, portal = _sign_in(browser, base, "ecoute", DESKTOP)
        portal.wait_for_url(f"{base}/flagger")
        portal.get_by_label("Numéro du commentaire ou lien").fill(
            f"{base}/demo/videos/vid-vlog-harcelement?comment={comment_id}")
        portal.get_by_label("Motif").select_option("threat")
        portal.get_by_label("Explication pour les modérateur·rices").fill(
            "Une collégienne nous a appelés : elle a peur de ce message.")
        portal.get_by_role("button", name="Envoyer le signalement").click()
        receipt = portal.get_by_role("status").filter(has_text="reçu")
        receipt.wait_for()
        assert "Échéance" in receipt.inner_text()
        row = portal.locator(f"#report-{_report_id(receipt)}").inner_text()
        assert re.search(r"reste [34] h \d\d min", row), row
        portal.screenshot(path=str(screenshots / "flagger-portal-desktop.png"), full_page=True)

        ordinary = _user_report(sessions, ORDINARY)

        moderator, page = _sign_in(browser, base, "modo", DESKTOP)
        page.wait_for_url(f"{base}/moderation")
        first = page.locator(".queue-item").first
        assert "Signaleur de confiance" in first.inner_text()
        assert "je sais où t'habites" in first.inner_text()
        assert page.locator(f"#item-comment-{ordinary}").count() == 1  # ranked below it
        page.screenshot(path=str(screenshots / "moderation-queue-desktop.png"), full_page=True)
        first.get_by_role("button", name=re.compile("Prendre en charge")).click()
        page.get_by_role("status").filter(has_text="Vous avez pris cet élément en charge").wait_for()
        assert page.url.endswith(f"/moderation/items/comment:{comment_id}?claimed=1")

        other, second = _sign_in(browser, base, "modo2", PHONE)
        second.goto(f"{base}/moderation/items/comment:{comment_id}")
        assert "Déjà pris en charge par Camille (modération)" in second.inner_text("main")
        second.goto(f"{base}/moderation")
        second.screenshot(path=str(screenshots / "moderation-queue-phone.png"), full_page=True)
        other.close()
        claimer, mobile = _sign_in(browser, base, "modo", PHONE)  # the claim is the user's
        mobile.goto(f"{base}/moderation/items/comment:{comment_id}")
        assert mobile.get_by_label("Explication pour l'auteur·rice").is_visible()
        mobile.screenshot(path=str(screenshots / "moderation-item-phone.png"), full_page=True)
        claimer.close()

        assert page.locator(".thread li.focus").count() == 1
        assert "e-Enfance / 3018" in page.inner_text("aside")
        page.get_by_role("link", name="Menace").click()  # the threat template, in French
        page.wait_for_url(re.compile(r"template=threat"))
        page.wait_for_load_state()
        explanation = page.get_by_label("Explication pour l'auteur·rice")
        assert explanation.input_value() == "Ce commentaire menace une personne de violence."
        page.get_by_label("Retirer le commentaire").check()
        page.get_by_label("Règles de communauté").check()
        page.get_by_label("Règle enfreinte").select_option("violence-threats")
        page.get_by_label("Catégorie", exact=True).select_option("threat")
        page.screenshot(path=str(screenshots / "moderation-item-desktop.png"), full_page=True)
        page.get_by_role("button", name="Décider", exact=True).click()

        page.get_by_role("status").filter(has_text="Décision enregistrée").wait_for()
        statement = page.locator(".statement").inner_text()
        assert "Exposé des motifs" in statement
        assert "Votre commentaire a été retiré." in statement
        assert "Pas de menaces" in statement
        assert "Ce commentaire menace une personne de violence." in statement
        page.screenshot(path=str(screenshots / "moderation-statement-desktop.png"), full_page=True)
        moderator.close()

        portal.reload()
        assert "Le contenu signalé a été retiré." in portal.inner_text("main")
        flagger.close()

        phone, mobile = _sign_in(browser, base, "ecoute", PHONE)
        mobile.screenshot(path=str(screenshots / "flagger-portal-phone.png"), full_page=True)
        phone.close()


def _report_id(receipt: Any) -> str:
    match = re.search(r"n° (\d+)", receipt.inner_text())
    assert match, receipt.inner_text()
    return match.group(1)


def _user_report(sessions: sessionmaker[Session], external_id: str) -> int:
    """A platform's user reports a comment too: an ordinary report, ranked below the flagger's."""
    with transaction(sessions) as session:
        comment_id = session.scalar(select(Comment.id).where(Comment.external_id == external_id))
        assert comment_id is not None
        key = create_key(session, role=Role.PLATFORM, now=dt.datetime.now(dt.UTC), label="test").key
        reports.file_report(session, principal=Principal(key_id=key.id, role=Role.PLATFORM),
                            body=ReportCreate(target_type=TargetType.COMMENT,
                                              target_id=str(comment_id), reason=ReportedReason.THREAT,
                                              reporter_id="ines.art"),
                            now=dt.datetime.now(dt.UTC), due_hours=24)
        return comment_id
