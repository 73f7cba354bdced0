"""Young Vito is not in Versus until the story is finished."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.app import App
from game.content.library import Content
from game.save.settings import Settings
from game.scenes.versus_setup import VersusSetup, available_fighters


def test_young_vito_waits_for_the_end_of_the_story(content: Content, tmp_path: Path) -> None:
    app = App(content, Settings(), tmp_path / "settings.json", headless=True)
    try:
        assert "vito_prime" not in available_fighters(app)
        app.settings.versus.p1 = "vito_prime"  # an old settings file cannot smuggle him in
        VersusSetup(app)
        assert app.settings.versus.p1 != "vito_prime"
        app.unlocks.add("story")
        assert "vito_prime" in available_fighters(app)
    finally:
        pygame.quit()
