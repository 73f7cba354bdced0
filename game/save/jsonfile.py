"""Versioned JSON save files: read one (moving an unreadable one aside and saying so), write one atomically."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.save.atomic import atomic_write_bytes, move_aside


def read_versioned(path: Path, schema: int, what: str, fallback: str,
                   check: Callable[[dict[str, Any]], object] | None = None) -> tuple[dict[str, Any] | None, str | None]:
    """The document at `path` with a "schema" no newer than `schema`, or None and a message for the player.

    A missing file is (None, None). A file that cannot be used is moved aside as NAME.corrupt-<time> and the
    message names it: "Your {what} could not be read, so it was kept as ...; {fallback}." A file from a newer game
    is kept aside the same way, and the message says so. `check(doc)` may raise ValueError for a document whose
    fields cannot be used: it counts as unreadable too.
    """
    if not path.exists():
        return None, None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("schema"), int) or isinstance(doc["schema"], bool):
            raise ValueError("no schema version")
        if doc["schema"] > schema:
            raise _Newer(f"schema {doc['schema']} is newer than this game's")
        if doc["schema"] < 1:
            raise ValueError(f"schema {doc['schema']} is not one this game wrote")
        if check is not None:
            check(doc)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
        why = "could not be read" + (" (it was written by a newer version of the game)" if isinstance(exc, _Newer)
                                     else "")
        try:
            moved = move_aside(path)
        except OSError:
            return None, f"Your {what} {why} ({exc}); {fallback}."
        return None, f"Your {what} {why}, so it was kept as {moved.name}; {fallback}."
    return doc, None


class _Newer(ValueError):
    """A file from a newer game: kept aside untouched rather than overwritten by this version."""


def write_versioned(path: Path, schema: int, body: dict[str, Any], sort_keys: bool = True) -> None:
    doc = {"schema": schema, **body}
    atomic_write_bytes(path, (json.dumps(doc, indent=2, sort_keys=sort_keys) + "\n").encode("utf-8"))
