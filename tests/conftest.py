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


@pytest.fixture(autouse=True)
def _own_save_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test's saves, replays and log go to a folder of its own, never the player's (a test may still set
    ONE_MORE_ROUND_HOME itself)."""
    monkeypatch.setenv("ONE_MORE_ROUND_HOME", str(tmp_path_factory.mktemp("home")))
