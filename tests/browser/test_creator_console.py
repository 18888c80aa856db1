"""A creator filters all comments, approves new ones in bulk; a visitor plays the campaign quiz."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rempart.awareness.defaults import DEFAULT_QUESTIONS
from rempart.demo import DEMO_PASSWORD
from tests.browser.conftest import DESKTOP, PHONE
from tests.server import running_server

pytestmark = pytest.mark.slow
VIDEO = "vid-portrait-manga"
FRIENDLY = ("Super vidéo, merci pour les conseils sur les ombres !",
            "J'ai essayé ta méthode pour les yeux, ça marche trop bien.")


def _post_comment(browser: Any, base: str, viewer: str, text: str) -> None:
    """A commenter posts on the demo platform and is told the comment awaits approval."""
    context = browser.new_context(locale="fr-FR", viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{base}/demo/videos/{VIDEO}?as={viewer}")
    page.get_by_label("Ajouter un commentaire").fill(text)
    page.get_by_role("button", name="Publier", exact=True).click()
    page.get_by_role("status").filter(has_text="attend l'approbation").wait_for()
    context.close()


def test_a_creator_filters_all_comments_then_bulk_approves_new_ones(
    browser: Any, screenshots: Path, database_url: str
) -> None:
    with running_server(database_url, "--demo") as (base, _):
        context = browser.new_context(locale="fr-FR", viewport=DESKTOP)
        page = context.new_page()
        page.goto(f"{base}/signin")
        page.get_by_label("Identifiant").fill("lea")
        page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        page.wait_for_url(f"{base}/creator")
        page.screenshot(path=str(screenshots / "creator-console-desktop.png"), full_page=True)

        page.get_by_role("link", name="Dessiner un portrait manga en 10 minutes").click()
        page.get_by_role("link", name="Filtres de cette vidéo").click()
        page.get_by_label("Filtrer tous les commentaires").check()
        page.get_by_role("button", name="Enregistrer les réglages").click()
        page.get_by_role("status").filter(has_text="Réglages enregistrés").wait_for()

        for viewer, text in zip(("tom_92", "ines.art"), FRIENDLY, strict=True):
            _post_comment(browser, base, viewer, text)

        page.goto(f"{base}/creator/queue")
        rows = page.locator("table.comment-table tbody tr")
        held = rows.count()
        assert held >= 2
        assert "Vous filtrez tous les commentaires" in rows.filter(has_text=FRIENDLY[0]).inner_text()
        page.get_by_label("Tout sélectionner (100 max.)").check()
        assert page.locator("#selected-count").inner_text() == str(held)
        page.screenshot(path=str(screenshots / "creator-queue-desktop.png"), full_page=True)
        page.get_by_role("button", name="Approuver").click()
        results = page.get_by_role("status").filter(has_text="Approuver")
        results.wait_for()
        assert f"Approuver : {held} effectué(s)" in results.inner_text()
        assert "Rien n'attend votre approbation." in page.inner_text("main")

        page.goto(f"{base}/creator/videos/{VIDEO}?status=visible")
        for text in FRIENDLY:
            assert page.locator("tr", has_text=text).get_attribute("data-status") == "visible"
        context.close()

        visitor = browser.new_context(locale="fr-FR", viewport=DESKTOP)
        thread = visitor.new_page()
        thread.goto(f"{base}/demo/videos/{VIDEO}?as=maxime_b")
        for text in FRIENDLY:
            thread.locator(".comments").get_by_text(text).wait_for()
        visitor.close()

        phone = browser.new_context(locale="fr-FR", viewport=PHONE)
        mobile = phone.new_page()
        mobile.goto(f"{base}/signin")
        mobile.get_by_label("Identifiant").fill("lea")
        mobile.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
        mobile.get_by_role("button", name="Se connecter").click()
        mobile.wait_for_url(f"{base}/creator")
        mobile.screenshot(path=str(screenshots / "creator-console-phone.png"), full_page=True)
        mobile.goto(f"{base}/creator/videos/{VIDEO}")
        assert mobile.get_by_label("Tout sélectionner (100 max.)").is_visible()
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"the page scrolls sideways on a phone ({width}px)"
        mobile.screenshot(path=str(screenshots / "creator-video-phone.png"), full_page=True)
        phone.close()


def test_a_visitor_plays_the_quiz_and_sees_the_score(
    browser: Any, screenshots: Path, database_url: str
) -> None:
    with running_server(database_url, "--demo") as (base, _):
        context = browser.new_context(locale="fr-FR", viewport=DESKTOP)
        page = context.new_page()
        page.goto(f"{base}/campaign")
        assert page.get_by_role("link", name="Appeler le 3018").is_visible()
        page.screenshot(path=str(screenshots / "campaign-desktop.png"), full_page=True)
        for index, question in enumerate(DEFAULT_QUESTIONS):
            page.locator(f"#answer-{index}-{question[3]}").check()
        page.get_by_role("button", name="Voir mon score").click()
        page.get_by_text("Ton score : 8 / 8").wait_for()
        assert page.locator(".quiz-review li.right").count() == 8
        page.screenshot(path=str(screenshots / "campaign-quiz-result-desktop.png"), full_page=True)
        context.close()

        phone = browser.new_context(locale="en-GB", viewport=PHONE)
        mobile = phone.new_page()
        mobile.goto(f"{base}/campaign")
        assert mobile.get_by_role("heading", name="Need to talk?").is_visible()
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"the page scrolls sideways on a phone ({width}px)"
        mobile.screenshot(path=str(screenshots / "campaign-phone.png"), full_page=True)
        phone.close()
