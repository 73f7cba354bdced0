"""The training screens, headless: the menu opens each stage, the countdown and pauses never count towards the
clock, a run ends on the result card with its grade, and the personal best is kept on disk."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import App
from game.content.training import STAGE_IDS
from game.save.records import load_records
from game.scenes.join import JoinScene
from game.scenes.training import COUNT_FRAMES, FINISH_FRAMES, Phase, TrainingScene
from game.scenes.training_menu import TrainingMenu
from game.scenes.training_pause import TrainingPause
from game.scenes.training_result import TrainingResult


def key(app: App, code: int) -> None:
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))


def test_the_training_menu_lists_every_stage_in_story_order(app: App) -> None:
    menu = TrainingMenu(app)
    names = [item.label for item in menu.items]
    assert names[:len(STAGE_IDS)] == [app.content.stage(s).name for s in STAGE_IDS]
    app.push(menu)
    key(app, pygame.K_RETURN)
    top = app.top
    assert isinstance(top, TrainingScene) and top.stage_id == STAGE_IDS[0]
    key(app, pygame.K_ESCAPE)  # Esc on the intro card goes back
    assert app.top is menu


@pytest.mark.parametrize("assist", [False, True])
def test_every_entry_of_the_training_menu_opens_and_draws(app: App, assist: bool) -> None:
    app.settings.accessibility.getup_hold = assist
    for index, item in enumerate(TrainingMenu(app).items[:-1]):  # all but Back
        menu = TrainingMenu(app)
        app.push(menu)
        menu.index = index
        key(app, pygame.K_RETURN)
        assert app.top is not menu, item.label
        if isinstance(app.top, JoinScene):  # a two-player entry: both keyboard halves join
            app.inputs.assign(["kb:left", "kb:right"])
            app.top.on_done()
        for _ in range(3):
            app.update()
            app.draw()  # the intro card of every stage, the montage's included, names its controls
        assert isinstance(app.top, TrainingScene), item.label
        while app.top is not None:
            app.pop()


def test_drawing_the_intro_and_the_hud_adds_no_category_to_the_records(app: App) -> None:
    app.settings.speedrun.splits = True
    scene = TrainingScene(app, "steps")
    app.push(scene)
    for _ in range(3):
        app.update()
        app.draw()  # the intro card reads the personal best
    key(app, pygame.K_RETURN)
    for _ in range(3 * COUNT_FRAMES + 3):
        app.update()
        app.draw()  # the HUD's splits read the golds
    assert scene.phase == Phase.PLAY
    assert "steps" not in app.records_store().categories  # so no save writes an empty category


def test_the_countdown_never_counts_and_the_first_controllable_tick_is_tick_one(app: App) -> None:
    scene = TrainingScene(app, "steps", autopilot=True)
    app.push(scene)
    for _ in range(30):
        app.update()
    assert scene.phase == Phase.INTRO and scene.sim.result().frames == 0
    key(app, pygame.K_RETURN)
    for _ in range(3 * COUNT_FRAMES):
        app.update()
    assert scene.phase == Phase.PLAY and scene.sim.result().frames == 0
    app.update()
    assert scene.sim.result().frames == 1


def test_a_pause_stops_the_clock_and_losing_focus_pauses(app: App) -> None:
    scene = TrainingScene(app, "steps", skip_intro=True, autopilot=True)
    app.push(scene)
    for _ in range(3 * COUNT_FRAMES + 50):
        app.update()
    frames = scene.sim.result().frames
    assert frames == 50
    app.handle(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert isinstance(app.top, TrainingPause)
    for _ in range(100):
        app.update()
    assert scene.sim.result().frames == frames
    key(app, pygame.K_RETURN)  # Resume
    assert app.top is scene
    app.update()
    assert scene.sim.result().frames == frames + 1


def test_restart_from_the_pause_menu_starts_the_same_stage_over(app: App) -> None:
    scene = TrainingScene(app, "steps", skip_intro=True, autopilot=True)
    app.push(scene)
    for _ in range(3 * COUNT_FRAMES + 40):
        app.update()
    key(app, pygame.K_ESCAPE)
    pause = app.top
    assert isinstance(pause, TrainingPause)
    pause.index = 1  # Restart
    key(app, pygame.K_RETURN)
    fresh = app.top
    assert isinstance(fresh, TrainingScene) and fresh is not scene
    assert fresh.phase == Phase.COUNTDOWN and fresh.sim.result().frames == 0
    assert fresh.sim.state_hash() == TrainingScene(app, "steps").sim.state_hash()  # the same fixed seed


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_a_perfect_run_ends_on_the_result_card_with_gold_and_a_saved_personal_best(app: App,
                                                                                   stage_id: str) -> None:
    scene = TrainingScene(app, stage_id, skip_intro=True, autopilot=True)
    app.push(scene)
    for _ in range(3 * COUNT_FRAMES + scene.sim.spec.time_limit_frames + FINISH_FRAMES + 5):
        app.update()
        if isinstance(app.top, TrainingResult):
            break
    result_scene = app.top
    assert isinstance(result_scene, TrainingResult)
    assert result_scene.result.grade == "gold" and result_scene.new_best
    records, notice = load_records(app.records_path)  # type: ignore[arg-type]
    assert notice is None
    assert records.best(stage_id) == result_scene.result.frames
    assert records.get(stage_id).best_splits == list(result_scene.result.splits)


def test_the_result_card_offers_another_go_and_a_way_back(app: App) -> None:
    menu = TrainingMenu(app)
    app.push(menu)
    scene = TrainingScene(app, "steps", skip_intro=True, autopilot=True)
    app.push(scene)
    while not isinstance(app.top, TrainingResult):
        app.update()
    key(app, pygame.K_RETURN)
    again = app.top
    assert isinstance(again, TrainingScene) and again.phase == Phase.COUNTDOWN
    while not isinstance(app.top, TrainingResult):
        app.update()
    key(app, pygame.K_ESCAPE)
    assert app.top is menu


def test_a_watched_replay_plays_the_same_run_and_leaves_no_record(app: App) -> None:
    from game.sim.training.registry import pilot_run
    from game.sim.training.replay import record_training
    from game.sim.training.stage import StageConfig

    sim, frames = pilot_run(app.content, StageConfig("sledgehammer"))
    replay = record_training(app.content, StageConfig("sledgehammer"), frames)
    menu = TrainingMenu(app)
    app.push(menu)
    scene = TrainingScene(app, "sledgehammer", skip_intro=True, playback=replay.frames())
    app.push(scene)
    for _ in range(3 * COUNT_FRAMES + len(frames)):
        app.update()
    assert scene.run.finished and scene.run.result() == sim.result()
    assert scene.run.state_hash() == sim.state_hash()
    for _ in range(FINISH_FRAMES + 1):
        app.update()
    end = app.top
    assert isinstance(end, TrainingResult) and end.watched  # its result, shown, not recorded
    assert end.result == sim.result() and not end.saved_as
    app.draw()
    key(app, pygame.K_RETURN)
    assert app.top is menu  # back where it was opened from
    assert app.records_store().best("sledgehammer") is None


@pytest.mark.parametrize("category", ["steps", "montage"])
def test_the_personal_best_runs_as_a_ghost_beside_the_next_attempt(app: App, tmp_path: Path, category: str) -> None:
    app.replays_dir = tmp_path / "replays"
    first = TrainingScene(app, category, skip_intro=True, autopilot=True)
    app.push(first)
    while not isinstance(app.top, TrainingResult):
        app.update()
    assert app.top.new_best and app.pb_replay_path(category).is_file()  # type: ignore[union-attr]
    app.pop()
    second = TrainingScene(app, category, skip_intro=True)
    app.push(second)
    assert second.ghost is not None
    for _ in range(3 * COUNT_FRAMES + 200):
        app.update()
        app.draw()
    assert second.ghost.state_hash() != second.run.state_hash()  # the ghost climbs while the idle player does not


def test_a_reset_races_the_same_ghost_without_reading_its_replay_again(app: App, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    app.replays_dir = tmp_path / "replays"
    first = TrainingScene(app, "steps", skip_intro=True, autopilot=True)
    app.push(first)
    while not isinstance(app.top, TrainingResult):
        app.update()
    app.pop()
    second = TrainingScene(app, "steps", skip_intro=True)
    app.push(second)
    assert second.ghost is not None and second.ghost_replay is not None

    import game.save.replay_file as replay_file

    def no_read(path: object) -> None:
        raise AssertionError("the personal best's replay was read again")

    monkeypatch.setattr(replay_file, "read_replay", no_read)
    second.restart(go=True)
    third = app.top
    assert isinstance(third, TrainingScene) and third is not second
    assert third.ghost is not None and third.ghost_replay is second.ghost_replay
    for _ in range(60):
        app.update()
    assert third.ghost.state_hash() != third.run.state_hash()  # it climbs while the idle player does not


def card_texts(app: App, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every piece of text the result card on top draws."""
    import game.scenes.training_result as card

    seen: list[str] = []
    real = card.draw_text

    def spy(surface: pygame.Surface, fonts: object, text: str, *args: object, **kwargs: object) -> pygame.Rect:
        seen.append(text)
        return real(surface, fonts, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(card, "draw_text", spy)
    app.draw()
    return seen


def test_the_race_card_shows_both_times_or_did_not_finish_and_the_winner(app: App,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from game.sim.inputs import Action
    from game.sim.training.stage import StageConfig, igt_text
    from game.sim.training.steps import autoplay, make

    sim = make(app.content, StageConfig("steps", players=2))
    while not sim.finished:  # player two climbs perfectly; player one takes a stride and stops
        sim.step((int(Action.LEFT) if sim.tick == 0 else 0, autoplay(sim)[1]))
    result = sim.result()
    app.push(TrainingResult(app, "steps", 2, result))
    texts = card_texts(app, monkeypatch)
    first = texts.index("Player 1")
    assert texts[first:first + 4] == ["Player 1", "did not finish",
                                      "Player 2", f"{igt_text(result.frames)}  ({result.frames} ticks)"]
    assert "Player 2 wins the race" in texts and "Dead heat" not in texts


def test_two_players_at_the_top_on_the_same_tick_is_a_dead_heat_on_the_card(app: App,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from game.sim.training.stage import igt_text

    scene = TrainingScene(app, "steps", 2, skip_intro=True, autopilot=True)  # both climb the perfect climb
    app.push(scene)
    while not isinstance(app.top, TrainingResult):
        app.update()
    card = app.top
    frames = card.result.frames
    assert card.result.times == (frames, frames) and card.result.winner == -1
    texts = card_texts(app, monkeypatch)
    assert "Dead heat" in texts and not any("wins the race" in t for t in texts)
    assert texts.count(f"{igt_text(frames)}  ({frames} ticks)") == 2


def test_the_menu_says_when_its_times_are_the_hold_runs_own(app: App) -> None:
    assert "Hold" not in TrainingMenu(app).subtitle
    app.settings.accessibility.getup_hold = True
    assert "Hold instead of mash is on" in TrainingMenu(app).subtitle


def test_the_result_card_says_how_far_the_next_medal_was(app: App) -> None:
    from game.scenes.training_result import next_medal
    from game.sim.training.stage import StageResult, igt_text

    spec = app.content.stage("steps")
    slow = spec.bronze_frames + 60
    assert next_medal(spec, StageResult(True, slow, None, ())) == f"   -   bronze at {igt_text(spec.bronze_frames)}"
    assert next_medal(spec, StageResult(True, slow, "bronze", ())).endswith(f"silver at {igt_text(spec.silver_frames)}")
    assert next_medal(spec, StageResult(True, slow, "silver", ())).endswith(f"gold at {igt_text(spec.gold_frames)}")
    assert next_medal(spec, StageResult(True, spec.gold_frames, "gold", ())) == ""
    assert next_medal(spec, StageResult(False, spec.time_limit_frames, None, ())) == ""
