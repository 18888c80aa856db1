"""A newcomer's first minute: the demo host page and its reconsider prompt, in a real browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.browser.conftest import DESKTOP, PHONE
from tests.server import running_server

pytestmark = pytest.mark.slow


def test_a_french_insult_gets_the_prompt_then_an_edit_is_posted(
    browser: Any, screenshots: Path, database_url: str, sessions: sessionmaker[Session]
) -> None:
    with running_server(database_url, "--demo") as (base, _):
        context = browser.new_context(locale="fr-FR", viewport=DESKTOP)
        page = context.new_page()
        page.goto(f"{base}/demo")
        page.get_by_role("link", name="Dessiner un portrait manga en 10 minutes").click()
        page.get_by_label("Ajouter un commentaire").fill("t'es vraiment qu'une grosse merde, arrête")
        page.get_by_role("button", name="Publier", exact=True).click()
        prompt = page.get_by_role("alertdialog")
        prompt.wait_for(state="visible")
        assert "Pas d'insultes ni d'humiliation" in prompt.inner_text()
        marked = page.locator("#reconsider-text mark")
        assert marked.count() >= 1
        assert "merde" in " ".join(marked.all_inner_texts())
        page.screenshot(path=str(screenshots / "demo-prompt-desktop.png"), full_page=True)
        page.get_by_role("button", name="Modifier").click()
        assert prompt.is_hidden()
        friendly = "Je n'aime pas trop ce dessin, mais bon courage pour la suite !"
        page.get_by_label("Ajouter un commentaire").fill(friendly)
        page.get_by_role("button", name="Publier", exact=True).click()
        page.get_by_role("status").filter(has_text="publié").wait_for()
        page.locator(".comments").get_by_text(friendly).wait_for()
        context.close()

        phone = browser.new_context(locale="en-GB", viewport=PHONE)
        mobile = phone.new_page()
        mobile.goto(f"{base}/demo/videos/vid-vlog-harcelement")
        assert mobile.get_by_label("Add a comment").is_visible()
        mobile.screenshot(path=str(screenshots / "demo-video-phone.png"), full_page=True)
        phone.close()
