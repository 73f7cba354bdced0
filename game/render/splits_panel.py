"""The speedrun splits panel: each checkpoint with its time, the delta to the personal best in colour (green
ahead, red behind, gold for a best-ever segment), the sum of best and the attempt number.

`split_rows` and `footer` say what the panel shows (tested without pixels); `draw_splits` draws them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True)
class SplitRow:
    name: str
    current: bool  # the checkpoint the run is heading for
    time: str = ""  # the split's time, once reached
    delta: str = ""  # against the personal best's split ("" when there is nothing to compare)
    colour: tuple[int, int, int] = WHITE  # the delta's: AHEAD, BEHIND or GOLD (a best-ever segment)


def split_rows(names: Sequence[str], splits: Sequence[int], best: Sequence[int], golds: Sequence[int],
               now: int) -> list[SplitRow]:
    """A row per checkpoint: splits reached show their time and delta; the next one shows the live delta once
    the run is already behind the best there."""
    segments = segment_times(splits)
    rows = []
    for i, name in enumerate(names):
        current = i == len(splits)
        if i < len(splits):
            delta, colour = "", WHITE
            if i < len(best):
                diff = splits[i] - best[i]
                gold = i < len(golds) and segments[i] <= golds[i]
                delta, colour = delta_text(diff), GOLD if gold else (AHEAD if diff <= 0 else BEHIND)
            rows.append(SplitRow(name, current, igt_text(splits[i]), delta, colour))
        elif current and i < len(best) and now > best[i]:  # live: already behind the best here
            rows.append(SplitRow(name, current, "", delta_text(now - best[i]), BEHIND))
        else:
            rows.append(SplitRow(name, current))
    return rows


def footer(sum_of_best: int | None, attempt: int) -> list[str]:
    """The lines under the rows: the sum of best (once every segment has a gold) and this run's attempt number."""
    lines = []
    if sum_of_best is not None:
        lines.append(f"Sum of best {igt_text(sum_of_best)}")
    if attempt:
        lines.append(f"Attempt {attempt}")
    return lines


PANEL_LEFT = 466  # the panel sits in the top-right corner, under nothing the stages draw there
TIME_WIDTH = 58  # the split time's column at the right; the delta is right-aligned just left of it


def fit(font: pygame.font.Font, text: str, width: int) -> str:
    """`text` cut (with an ellipsis) to fit `width` pixels."""
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "…")[0] > width:
        text = text[:-1]
    return text.rstrip() + "…"


_FITTED: dict[tuple[int, str, int], str] = {}  # (font size, text, width): what fit() made of it
FITTED_KEPT = 256  # the panel asks for the same few every frame; more than this and the store starts over


def fitted(fonts: Fonts, size: int, text: str, width: int) -> str:
    """fit() in `fonts.get(size)`, remembered by size, text and width rather than measured again every frame."""
    key = (size, text, width)
    got = _FITTED.get(key)
    if got is None:
        if len(_FITTED) >= FITTED_KEPT:
            _FITTED.clear()
        got = _FITTED[key] = fit(fonts.get(size), text, width)
    return got


def draw_splits(surface: pygame.Surface, fonts: Fonts, names: Sequence[str], splits: Sequence[int],
                best: Sequence[int], golds: Sequence[int], now: int, sum_of_best: int | None = None,
                attempt: int = 0) -> None:
    """The panel; `attempt` is this run's number in the category's attempt count (0: not shown)."""
    if len(names) < 2:
        return
    rows = split_rows(names, splits, best, golds, now)
    lines = footer(sum_of_best, attempt)
    box = pygame.Rect(PANEL_LEFT, 36, 636 - PANEL_LEFT, 20 + 14 * len(rows) + 12 * max(0, len(lines) - 1))
    panel(surface, box, 170)
    delta_right = box.right - TIME_WIDTH
    font = fonts.get(13)
    for i, row in enumerate(rows):
        y = box.top + 4 + 14 * i
        room = delta_right - box.left - 8 - (font.size(row.delta)[0] + 4 if row.delta else 0)
        draw_text(surface, fonts, fitted(fonts, 13, row.name, room), (box.left + 4, y), 13,
                  WHITE if row.current else GREY)
        if row.time:
            draw_text(surface, fonts, row.time, (box.right - 4, y), 13, WHITE, "right")
        if row.delta:
            draw_text(surface, fonts, row.delta, (delta_right, y), 13, row.colour, "right")
    for j, line in enumerate(lines):
        draw_text(surface, fonts, line, (box.left + 4, box.top + 6 + 14 * len(rows) + 12 * j), 12, GREY)
