"""Test helpers for broken-content tests: a private copy of levels/ and a one-shot regex edit of a file in it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from game.content.library import LEVELS_DIR


def copy_levels(tmp_path: Path) -> Path:
    root = tmp_path / "levels"
    shutil.copytree(LEVELS_DIR, root)
    return root


def edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text()
    new, n = re.subn(pattern, replacement, text, count=1, flags=re.M | re.S)
    assert n == 1, f"pattern {pattern!r} not found in {path}"
    path.write_text(new)
