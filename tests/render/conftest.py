"""Shared fixtures of the drawing tests: a headless app for the views that need one (fonts, looks, sound)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.content.library import Content
from game.save.settings import Settings


@pytest.fixture
def app(content: Content, tmp_path: Path) -> Iterator[App]:
    a = App(content, Settings(), tmp_path / "settings.json", headless=True)
    yield a
    pygame.quit()
