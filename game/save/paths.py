"""Where saves, settings, replays and logs live: the user data folder, or $ONE_MORE_ROUND_HOME when set."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "ONE_MORE_ROUND_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("one-more-round", appauthor=False))


def settings_file() -> Path:
    return data_dir() / "settings.json"


def records_file() -> Path:
    return data_dir() / "records.json"


def progress_file() -> Path:
    return data_dir() / "story.json"


def replays_dir() -> Path:
    return data_dir() / "replays"


def log_file() -> Path:
    return data_dir() / "one-more-round.log"


def all_paths() -> dict[str, Path]:
    return {"data": data_dir(), "settings": settings_file(), "records": records_file(),
            "story": progress_file(), "replays": replays_dir(),
            "log": log_file()}
