"""The speedrun splits panel: each reached split with its time and its delta to the personal best (green ahead,
red behind, gold for a best-ever segment), the live delta once behind, the sum of best and the attempt number;
Tab hides and shows it in a run."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.render.splits_panel import AHEAD, BEHIND, delta_text, draw_splits, footer, split_rows
from game.render.text import GOLD
from game.scenes.training import COUNT_FRAMES, TrainingScene
from game.sim.training.stage import igt_text

NAMES = ("First", "Second", "Third", "Top")
BEST = (600, 1200, 1800, 2400)  # the personal best's splits: 600 ticks a segment
GOLDS = (540, 560, 600, 600)  # the best segment times ever


def test_delta_is_signed_seconds_truncated_to_tenths() -> None:
    assert delta_text(-72) == "-1.2" and delta_text(25) == "+0.4" and delta_text(0) == "+0.0"


def test_each_split_is_coloured_ahead_behind_or_gold() -> None:
    # segments: 550 (slower than its gold, ahead of the best), 750 (behind the best), 560 (faster than its gold)
    rows = split_rows(NAMES, [550, 1200 + 100, 1860], BEST, GOLDS, 1900)
    first, second, third, top = rows
    assert (first.time, first.delta, first.colour) == (igt_text(550), delta_text(-50), AHEAD)
    assert (second.time, second.delta, second.colour) == (igt_text(1300), delta_text(100), BEHIND)
    assert (third.time, third.delta, third.colour) == (igt_text(1860), delta_text(60), GOLD)  # 560 < gold 600
    assert top.current and not top.time and not top.delta  # not yet behind the best's 2400
    assert not any(r.current for r in rows[:3])


def test_a_segment_as_fast_as_its_gold_is_gold_even_behind_the_best() -> None:
    (row, *_) = split_rows(NAMES, [540], (500, 1000, 1500, 2000), GOLDS, 540)
    assert row.colour == GOLD and row.delta == delta_text(40)


def test_the_next_split_shows_the_live_delta_once_behind() -> None:
    rows = split_rows(NAMES, [550], BEST, GOLDS, 1300)
    assert rows[1].current and rows[1].delta == delta_text(100) and rows[1].colour == BEHIND
    assert split_rows(NAMES, [550], BEST, GOLDS, 1100)[1].delta == ""  # still ahead: nothing to say yet


def test_a_first_attempt_shows_times_and_no_deltas() -> None:
    rows = split_rows(NAMES, [610, 1190], (), (), 1300)
    assert [r.time for r in rows[:2]] == [igt_text(610), igt_text(1190)] and not any(r.delta for r in rows)


def test_the_footer_has_the_sum_of_best_and_the_attempt() -> None:
    assert footer(2300, 7) == [f"Sum of best {igt_text(2300)}", "Attempt 7"]
    assert footer(None, 1) == ["Attempt 1"]  # a segment without a gold yet: no sum of best
    assert footer(None, 0) == []


def test_the_panel_draws_its_rows_in_their_colours(app: App) -> None:
    surface = pygame.Surface((640, 360))
    surface.fill((0, 0, 0))
    draw_splits(surface, app.fonts, NAMES, [550, 1300, 1860], BEST, GOLDS, 1900, 2300, 3)
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(496, 636) for y in range(36, 120)}
    for colour in (AHEAD, BEHIND, GOLD):
        assert any(max(abs(a - b) for a, b in zip(c, colour, strict=True)) < 24 for c in colours), colour


def test_tab_hides_and_shows_the_panel_in_a_run(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[tuple[object, ...]] = []
    monkeypatch.setattr("game.scenes.training.draw_splits", lambda *args: drawn.append(args))
    app.records_path = tmp_path / "records.json"
    record = app.records_store().get("heavy_bag")
    for splits in ([400, 800, 1200, 1600], [380, 820, 1190, 1610]):
        record.add(splits[-1], splits)
    scene = TrainingScene(app, "heavy_bag", skip_intro=True, autopilot=True)
    app.push(scene)
    for _ in range(3 * COUNT_FRAMES + 10):
        app.update()
    app.draw()
    assert len(drawn) == 1
    sum_of_best, attempt = drawn[0][-2:]
    assert sum_of_best == app.records_store().sum_of_best("heavy_bag", 4) == 380 + 400 + 370 + 400
    assert attempt == 3
    tab = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t")
    app.handle(tab)
    app.draw()
    assert len(drawn) == 1 and not app.settings.speedrun.splits
    app.handle(tab)
    app.draw()
    assert len(drawn) == 2


def test_long_checkpoint_names_never_run_into_their_deltas(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    import game.render.splits_panel as panel_module

    drawn: list[tuple[str, pygame.Rect]] = []
    real = panel_module.draw_text

    def spy(surface, fonts, text, pos, *args, **kwargs):  # type: ignore[no-untyped-def]
        rect = real(surface, fonts, text, pos, *args, **kwargs)
        drawn.append((text, rect))
        return rect

    monkeypatch.setattr(panel_module, "draw_text", spy)
    names = ("Second landing, the long way round", "Fourth landing", "Fifth landing", "Fists up")
    rows = split_rows(names, [700, 1300, 1950], BEST, GOLDS, 2000)
    draw_splits(pygame.Surface((640, 360)), app.fonts, names, [700, 1300, 1950], BEST, GOLDS, 2000)
    by_row: dict[int, list[pygame.Rect]] = {}
    for _, rect in drawn:
        by_row.setdefault(rect.top, []).append(rect)
    for row in rows[:3]:
        assert row.delta
    for rects in by_row.values():
        rects.sort(key=lambda r: r.left)
        for a, b in pairwise(rects):
            assert a.right <= b.left, f"{a} overlaps {b}"
    assert all(rect.right <= 636 for _, rect in drawn)


def test_a_fitted_name_is_the_same_cut_and_measured_once(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    import game.render.splits_panel as panel_module

    monkeypatch.setattr(panel_module, "_FITTED", {})  # nothing remembered from other tests
    name = "Second landing, the long way round"
    font = app.fonts.get(13)
    expected = panel_module.fit(font, name, 90)
    assert expected.endswith("…") and font.size(expected)[0] <= 90
    assert panel_module.fitted(app.fonts, 13, name, 90) == expected
    measured: list[str] = []
    real = panel_module.fit

    def counting(font: pygame.font.Font, text: str, width: int) -> str:
        measured.append(text)
        return real(font, text, width)

    monkeypatch.setattr(panel_module, "fit", counting)
    for _ in range(3):
        assert panel_module.fitted(app.fonts, 13, name, 90) == expected
    assert measured == []  # remembered: not measured again frame after frame
    assert panel_module.fitted(app.fonts, 13, name, 200) == real(font, name, 200)  # another width is its own
    assert measured == [name]
