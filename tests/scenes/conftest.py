"""The scenes' tests share one headless app: the shipped content, default settings, and saves in the test's own
folder (settings.json, records.json)."""

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
    a.records_path = tmp_path / "records.json"
    yield a
    pygame.quit()
