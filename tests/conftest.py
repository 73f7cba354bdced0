"""Shared fixtures. No test needs a display or a sound card (except tests/e2e), and none sleeps."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pytest

from game.content.library import Content, load_content


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()
