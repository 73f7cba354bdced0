"""The speedrun splits panel: each checkpoint with its time, the delta to the personal best in colour (green
ahead, red behind, gold for a best-ever segment), and the sum of best."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.render.text import GOLD, GREY, WHITE, Fonts, draw_text, panel
from game.save.records import segment_times
from game.sim.training.stage import igt_text

AHEAD = (96, 210, 110)
BEHIND = (226, 84, 70)


def delta_text(frames: int) -> str:
    """A signed difference in seconds with one decimal place, truncated like the timer: "-1.2", "+0.4"."""
    ms = abs(frames) * 1000 // 60
    return f"{'-' if frames < 0 else '+'}{ms // 1000}.{ms % 1000 // 100}"


def draw_splits(surface: pygame.Surface, fonts: Fonts, names: Sequence[str], splits: Sequence[int],
                best: Sequence[int], golds: Sequence[int], now: int, attempt: int = 0) -> None:
    """The panel; `attempt` is this run's number in the category's attempt count (0: not shown)."""
    if len(names) < 2:
        return
    rows = len(names)
    box = pygame.Rect(496, 36, 140, 20 + 14 * rows + (12 if attempt else 0))
    panel(surface, box, 170)
    segments = segment_times(splits)
    for i, name in enumerate(names):
        y = box.top + 4 + 14 * i
        colour = WHITE if i == len(splits) else GREY
        draw_text(surface, fonts, name[:14], (box.left + 4, y), 13, colour)
        if i < len(splits):
            draw_text(surface, fonts, igt_text(splits[i]), (box.right - 4, y), 13, WHITE, "right")
            if i < len(best):
                gold = i < len(golds) and segments[i] <= golds[i]
                diff = splits[i] - best[i]
                draw_text(surface, fonts, delta_text(diff), (box.right - 62, y), 13,
                          GOLD if gold else (AHEAD if diff <= 0 else BEHIND), "right")
        elif i == len(splits) and i < len(best) and now > best[i]:  # live: already behind the best here
            draw_text(surface, fonts, delta_text(now - best[i]), (box.right - 62, y), 13, BEHIND, "right")
    foot = box.top + 6 + 14 * rows
    if len(golds) == rows:
        draw_text(surface, fonts, f"Sum of best {igt_text(sum(golds))}", (box.left + 4, foot), 12, GREY)
    if attempt:
        draw_text(surface, fonts, f"Attempt {attempt}", (box.left + 4, foot + 12), 12, GREY)
