"""Speedrun categories: a stage id, or "montage" for the full run, and the "hold instead of mash" variant of each
("steps/hold"). Every run of a category meets the same conditions, so an assisted run is never compared with one
without the assist: each variant keeps its own personal best, golds, history, replay and ghost."""

from __future__ import annotations

HOLD = "hold"  # the variant played with "hold instead of mash" on
HOLD_NAME = "hold instead of mash"


def category_key(stage: str, assist: bool) -> str:
    """The records' key of a category: "steps", or "steps/hold" when played with the assist."""
    return f"{stage}/{HOLD}" if assist else stage


def parse_category(key: str) -> tuple[str, bool]:
    """(stage id or "montage", assist) of a category key; ValueError when the variant is not one there is."""
    stage, sep, variant = key.partition("/")
    if sep and variant != HOLD:
        raise ValueError(f"the only variant is /{HOLD}, for {HOLD_NAME}")
    return stage, bool(sep)


def category_name(name: str, assist: bool) -> str:
    """A category's name for the player and for LiveSplit: "The Steps (hold instead of mash)"."""
    return f"{name} ({HOLD_NAME})" if assist else name
