"""The story on screen, headless: the menu, the cutscenes (advance, skip on hold), the training beats with their
grades and the skip for par, the fight's seam, the decision and the aftermath, and resuming where the story was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.app import App
from game.content.campaign import Campaign, Panel
from game.content.library import Content
from game.save.progress import Progress, fight_record, load_progress, save_progress
from game.save.settings import Settings
from game.scenes import cutscene, result, story_end, story_training
from game.scenes.cutscene import BOX_HEIGHT, CARD_TICKS, SKIP_HOLD_TICKS, CutsceneScene
from game.scenes.story import FightFirst, StorySave, StoryScene, chapters
from game.scenes.story_end import DecisionScene, EpilogueScene
from game.scenes.story_training import GradeCard, TrainingCard, TrainingEarned, raise_text, stat_name
from game.scenes.title import ChapterSelect, ConfirmNewStory, MainMenu, StoryMenu, TitleScene
from game.scenes.training import TrainingScene
from game.sim.bout import cpu_bout
from game.sim.fight import FightConfig
from game.sim.training.stage import StageResult


@pytest.fixture
def app(content: Content, tmp_path: Path) -> Iterator[App]:
    a = App(content, Settings(), tmp_path / "settings.json", headless=True)
    a.push(TitleScene(a))
    yield a
    pygame.quit()


def campaign(app: App) -> Campaign:
    assert app.content.campaign is not None
    return app.content.campaign


def index_of(app: App, kind: str, stage: str = "") -> int:
    return next(i for i, b in enumerate(campaign(app).beats) if b.kind == kind and (not stage or b.stage == stage))


def down(app: App, code: int) -> None:
    app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))


def up(app: App, code: int) -> None:
    app.handle(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode=""))


def tap(app: App, code: int) -> None:
    down(app, code)
    up(app, code)


def ticks(app: App, n: int) -> None:
    for _ in range(n):
        app.update()


def pick(app: App, label: str) -> None:
    menu = app.top
    assert menu is not None
    labels = [item.label for item in menu.items]  # type: ignore[attr-defined]
    menu.index = labels.index(label)  # type: ignore[attr-defined]
    tap(app, pygame.K_RETURN)


def labels(app: App) -> list[str]:
    return [item.label for item in app.top.items]  # type: ignore[union-attr]


def save_at(app: App, path: Path, beat: int, **fields: Any) -> StorySave:
    save_progress(path, Progress(beat=beat, reached=list(range(beat + 1)), **fields))
    return StorySave(app, path)


def texts_drawn(monkeypatch: pytest.MonkeyPatch, module: Any, app: App, *more: Any) -> list[str]:
    """Draw the top scene and return every piece of text it wrote (through `module`'s draw_text, and `more`'s)."""
    seen: list[str] = []
    real = module.draw_text

    def spy(surface: pygame.Surface, fonts: Any, text: str, *args: Any, **kwargs: Any) -> pygame.Rect:
        seen.append(text)
        return real(surface, fonts, text, *args, **kwargs)

    for drawer in (module, *more):
        monkeypatch.setattr(drawer, "draw_text", spy)
    app.draw()
    return seen


def test_story_in_the_main_menu_opens_the_story_menu(app: App) -> None:
    title = app.top
    assert isinstance(title, TitleScene)
    app.push(MainMenu(app, title))
    tap(app, pygame.K_RETURN)  # Story
    assert isinstance(app.top, StoryMenu)


def test_a_new_story_starts_at_the_first_beat_with_its_chapter_card(app: App, tmp_path: Path) -> None:
    app.push(StoryMenu(app, save=StorySave(app, tmp_path / "story.json")))
    assert labels(app)[0] == "New story" and "Continue" not in labels(app)
    pick(app, "New story")
    story = app.top
    assert isinstance(story, StoryScene) and story.index == 0
    app.update()
    cut = app.top
    assert isinstance(cut, CutsceneScene) and cut.beat.id == campaign(app).beats[0].id
    assert cut.card and cut.number == 1
    ticks(app, CARD_TICKS)  # the card goes by itself after about two seconds
    assert not cut.card and cut.line is not None


def open_cutscene(app: App, tmp_path: Path) -> tuple[StoryScene, CutsceneScene]:
    story = StoryScene(app, StorySave(app, tmp_path / "story.json"))
    app.push(story)
    app.update()
    cut = app.top
    assert isinstance(cut, CutsceneScene)
    return story, cut


def test_any_button_completes_a_typing_line_and_then_advances(app: App, tmp_path: Path) -> None:
    _, cut = open_cutscene(app, tmp_path)
    tap(app, pygame.K_k)  # any key: past the chapter card
    app.update()
    assert cut.typing and cut.line_index == 0
    tap(app, pygame.K_k)
    assert not cut.typing and cut.line_index == 0  # the line is complete, still on screen
    tap(app, pygame.K_RETURN)
    assert cut.line_index == 1 and cut.typing
    app.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=pygame.CONTROLLER_BUTTON_A))
    assert not cut.typing  # a gamepad's button does the same


def test_esc_shows_how_to_skip_and_does_not_move_the_story_on(app: App, tmp_path: Path) -> None:
    _, cut = open_cutscene(app, tmp_path)
    tap(app, pygame.K_k)
    tap(app, pygame.K_ESCAPE)
    assert cut.hint_ticks > 0 and cut.line_index == 0 and cut.typing


def progress_doc(save: StorySave) -> dict[str, Any]:
    assert save.path is not None
    return load_progress(save.path)[0].__dict__


def test_holding_confirm_skips_the_beat_and_leaves_what_watching_would(app: App, tmp_path: Path) -> None:
    watched_story, cut = open_cutscene(app, tmp_path / "watched")
    while app.top is cut:
        tap(app, pygame.K_RETURN)
        app.update()
    watched = progress_doc(watched_story.save)
    watched_next = app.top
    while app.top is not app.scenes[0]:
        app.pop()

    skipped_story, cut = open_cutscene(app, tmp_path / "skipped")
    tap(app, pygame.K_k)
    down(app, pygame.K_RETURN)
    ticks(app, SKIP_HOLD_TICKS)
    assert app.top is not cut
    assert progress_doc(skipped_story.save) == watched
    assert watched["beat"] == 1 and 1 in watched["reached"]
    assert isinstance(app.top, CutsceneScene) and isinstance(watched_next, CutsceneScene)
    assert app.top.beat.id == watched_next.beat.id == campaign(app).beats[1].id


def test_holding_esc_skips_too(app: App, tmp_path: Path) -> None:
    story, cut = open_cutscene(app, tmp_path)
    down(app, pygame.K_ESCAPE)
    ticks(app, SKIP_HOLD_TICKS - 1)
    assert app.top is cut  # not quite a second yet
    app.update()
    assert app.top is not cut and story.index == 1


def test_a_teaching_panel_shows_the_players_own_controls(app: App, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from game.scenes import cutscene
    from game.sim.inputs import Action

    _, cut = open_cutscene(app, tmp_path)
    cut.card = False
    cut.panel_index = next(i for i, p in enumerate(cut.panels) if p.teach)
    seen = texts_drawn(monkeypatch, cutscene, app)
    assert "YOUR CONTROLS" in seen and app.inputs.label(0, Action.HOOK) in seen


def training_at(app: App, tmp_path: Path, stage: str) -> StoryScene:
    story = StoryScene(app, StorySave(app, tmp_path / "story.json"), start=index_of(app, "training", stage))
    app.push(story)
    app.update()
    return story


def finish_stage(app: App, grade: str | None) -> None:
    """The stage ends the way TrainingScene.finish ends it: it leaves, then hands the story its result."""
    scene = app.top
    assert isinstance(scene, TrainingScene) and scene.on_result is not None
    app.pop()
    scene.on_result(StageResult(grade is not None, 1200, grade, (600, 1200)))


def test_a_training_beat_stores_the_grade_and_the_card_names_the_stat(app: App, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    story = training_at(app, tmp_path, "road_run")
    assert isinstance(app.top, TrainingCard) and labels(app) == ["Start", "Leave the story"]
    pick(app, "Start")
    finish_stage(app, "silver")
    assert isinstance(app.top, GradeCard)
    assert story.progress.grades["road_run"] == "silver"
    assert load_progress(tmp_path / "story.json")[0].grades["road_run"] == "silver"  # saved at once
    stat = app.content.stage("road_run").raises
    seen = " | ".join(texts_drawn(monkeypatch, story_training, app))
    assert stat_name(stat) in seen and raise_text(app, stat, "silver") in seen
    assert labels(app) == ["Go on", "Try again"]
    before = story.index
    pick(app, "Go on")
    assert story.index == before + 1 and story.progress.beat == before + 1


def test_skip_for_par_is_offered_only_after_one_try_without_a_grade(app: App, tmp_path: Path) -> None:
    story = training_at(app, tmp_path, "heavy_bag")
    assert "Skip (bronze)" not in labels(app)
    pick(app, "Start")
    finish_stage(app, None)
    assert isinstance(app.top, GradeCard) and labels(app) == ["Try again", "Skip (bronze)"]
    pick(app, "Try again")
    assert isinstance(app.top, TrainingScene)
    app.pop()  # the player leaves the stage from its pause menu: back at the story's card, which now offers the skip
    app.update()
    assert isinstance(app.top, TrainingCard) and "Skip (bronze)" in labels(app)
    before = story.index
    pick(app, "Skip (bronze)")
    assert story.index == before + 1
    assert story.progress.grades["heavy_bag"] == "bronze" and story.progress.skipped == ["heavy_bag"]


def test_continue_resumes_at_the_saved_beat(app: App, tmp_path: Path) -> None:
    at = index_of(app, "training", "steps")
    save = save_at(app, tmp_path / "story.json", at, grades={"road_run": "gold"})
    app.push(StoryMenu(app, save=save))
    assert labels(app)[0] == "Continue"
    pick(app, "Continue")
    story = app.top
    assert isinstance(story, StoryScene) and story.index == at and story.progress.grades == {"road_run": "gold"}
    app.update()
    assert isinstance(app.top, TrainingCard) and app.top.beat.stage == "steps"


def test_a_new_story_over_a_saved_one_asks_first(app: App, tmp_path: Path) -> None:
    save = save_at(app, tmp_path / "story.json", 5, grades={"road_run": "gold"})
    app.push(StoryMenu(app, save=save))
    pick(app, "New story")
    assert isinstance(app.top, ConfirmNewStory)
    pick(app, "Keep my story")
    assert save.progress.beat == 5
    pick(app, "New story")
    pick(app, "Start a new story")
    assert isinstance(app.top, StoryScene) and app.top.index == 0 and save.progress.grades == {}


def test_chapter_select_lists_only_the_beats_reached(app: App, tmp_path: Path) -> None:
    at = index_of(app, "training", "speed_bag")
    save = save_at(app, tmp_path / "story.json", at)
    app.push(StoryMenu(app, save=save))
    pick(app, "Chapter select")
    assert isinstance(app.top, ChapterSelect)
    reached = [i for i in chapters(campaign(app)) if i <= at]
    assert labels(app) == [f"{n}. {campaign(app).beats[i].chapter}" for n, i in enumerate(reached, 1)] + ["Back"]
    pick(app, labels(app)[1])
    assert isinstance(app.top, StoryScene) and app.top.index == reached[1]


def test_a_corrupt_save_is_moved_aside_and_the_story_menu_says_so(app: App, tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text('{"schema": 1, "beat": ', encoding="utf-8")
    menu = StoryMenu(app, save=StorySave(app, path))
    assert "could not be read" in menu.message and any("story save" in n for n in app.notices)
    assert not path.exists() and list(tmp_path.glob("story.json.corrupt-*"))


def test_the_fight_to_the_end_earned_screen_decision_aftermath_and_unlock(app: App, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    grades = {"road_run": "gold", "steps": "bronze"}
    story = StoryScene(app, save_at(app, tmp_path / "story.json", 0, grades=grades),
                       start=index_of(app, "fight"))
    app.push(story)
    app.update()
    assert isinstance(app.top, CutsceneScene) and app.top.card  # the chapter card opens the fight too
    tap(app, pygame.K_RETURN)
    assert isinstance(app.top, TrainingEarned)
    seen = " | ".join(texts_drawn(monkeypatch, story_training, app))
    for stage in grades:
        assert app.content.stage(stage).name in seen and raise_text(app, app.content.stage(stage).raises,
                                                                       grades[stage]) in seen
    assert seen.count("No grade") == len(story.grades()) - len(grades)
    fights: list[Any] = []
    monkeypatch.setattr(story, "start_fight", fights.append)  # the seam: the lead's fight scene is tested apart
    pick(app, "Into the ring")
    assert fights
    story.fought(fight_record(cpu_bout(app.content, FightConfig("vito", "cole", 2, seed=3)).fight))
    assert story.progress.fight is not None and story.progress.beat == index_of(app, "decision")
    app.update()  # the decision reads the announcer first
    assert isinstance(app.scenes[-2], DecisionScene) and isinstance(app.top, CutsceneScene)
    down(app, pygame.K_RETURN)
    ticks(app, SKIP_HOLD_TICKS)
    up(app, pygame.K_RETURN)
    decision = app.top
    assert isinstance(decision, DecisionScene)
    ticks(app, 5)
    seen = " | ".join(texts_drawn(monkeypatch, story_end, app, result))  # the cards are result.draw_cards
    assert app.content.judges[0].name in seen
    tap(app, pygame.K_RETURN)  # every card at once
    tap(app, pygame.K_RETURN)  # on to the aftermath
    epilogue = app.top
    assert isinstance(epilogue, EpilogueScene) and epilogue.ending == story.progress.fight.ending
    app.update()
    down(app, pygame.K_ESCAPE)
    ticks(app, SKIP_HOLD_TICKS)
    up(app, pygame.K_ESCAPE)
    assert app.top is epilogue and not epilogue.telling
    ticks(app, EpilogueScene.END_READY_TICKS)
    tap(app, pygame.K_RETURN)
    assert story not in app.scenes and isinstance(app.top, TitleScene)
    saved = load_progress(tmp_path / "story.json")[0]
    assert saved.finished and saved.unlocked_prime and "story" in app.unlocks
    assert saved.beat == len(campaign(app).beats)


@pytest.mark.parametrize("kind", ["decision", "epilogue"])
def test_a_chapter_after_an_unfought_fight_opens_at_the_fight_and_says_so(app: App, tmp_path: Path,
                                                                          kind: str) -> None:
    """New story keeps the chapters reached but not the fight: "The Decision" then has no cards to read."""
    beats = len(campaign(app).beats)
    save = save_at(app, tmp_path / "story.json", 0)
    save.progress.reached = list(range(beats))
    app.push(StoryMenu(app, save=save))
    pick(app, "Chapter select")
    pick(app, next(label for label in labels(app) if campaign(app).beats[index_of(app, kind)].chapter in label))
    story = app.top
    assert isinstance(story, StoryScene) and story.index == index_of(app, "fight")
    app.update()
    note = app.top
    assert isinstance(note, FightFirst)
    said = note.subtitle + " " + note.items[0].note
    assert campaign(app).beats[index_of(app, kind)].chapter in said and "not fought" in said
    assert load_progress(tmp_path / "story.json")[0].beat == index_of(app, "fight")
    pick(app, "To the fight")
    app.update()
    assert isinstance(app.top, CutsceneScene) and app.top.beat.kind == "fight"
    assert not save.progress.finished and "story" not in app.unlocks


def test_escape_on_the_fight_first_note_goes_back_to_the_story_menu(app: App, tmp_path: Path) -> None:
    save = save_at(app, tmp_path / "story.json", 0)
    app.push(StoryMenu(app, save=save))
    story = StoryScene(app, save, start=index_of(app, "decision"))
    app.push(story)
    app.update()
    assert isinstance(app.top, FightFirst)
    tap(app, pygame.K_ESCAPE)
    assert story not in app.scenes and isinstance(app.top, StoryMenu)


def test_a_saved_place_past_an_unfought_fight_resumes_at_the_fight(app: App, tmp_path: Path) -> None:
    story = StoryScene(app, save_at(app, tmp_path / "story.json", index_of(app, "epilogue")))
    assert story.index == index_of(app, "fight") and story.fight_first


def test_with_a_fight_on_record_a_chapter_after_it_opens_where_asked(app: App, tmp_path: Path) -> None:
    record = fight_record(cpu_bout(app.content, FightConfig("vito", "cole", 2, seed=3)).fight)
    story = StoryScene(app, save_at(app, tmp_path / "story.json", 0, fight=record), start=index_of(app, "decision"))
    assert story.index == index_of(app, "decision") and not story.fight_first
    assert story.progress.fight == record


def test_the_aftermath_without_a_fight_finishes_nothing(app: App, tmp_path: Path) -> None:
    """Young Vito opens up only after a fight that was fought: the end of a story without one unlocks nothing."""
    story = StoryScene(app, save_at(app, tmp_path / "story.json", 0), start=index_of(app, "fight"))
    story.index = index_of(app, "epilogue")
    story.story_told()
    assert not story.progress.finished and "story" not in app.unlocks
    story.progress.fight = fight_record(cpu_bout(app.content, FightConfig("vito", "cole", 2, seed=3)).fight)
    story.index = index_of(app, "epilogue")
    story.story_told()
    assert story.progress.finished and "story" in app.unlocks


def test_the_art_under_the_dialogue_box_does_not_show_through(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lettering on the art (the apron's PHILADELPHIA * FIGHT NIGHT) must not read as part of the line."""
    beat = campaign(app).beats[0]
    scene = CutsceneScene(app, beat, 0, lambda: None, panels=(Panel("gym", (("narrator", "Hi."),)),))
    app.push(scene)
    pictures = []
    for art in ((255, 255, 255), (0, 0, 0)):
        monkeypatch.setattr(cutscene, "draw_panel", lambda surface, *_, art=art: surface.fill(art))
        surface = pygame.Surface((640, 360))
        scene.draw(surface)
        pictures.append(surface)
    box = pygame.Rect(120, 360 - BOX_HEIGHT + 2, 480, BOX_HEIGHT - 20)  # right of the short line, above the arrow
    worst = max(abs(a - b) for x in range(box.left, box.right, 4) for y in range(box.top, box.bottom, 4)
                for a, b in zip(pictures[0].get_at((x, y))[:3], pictures[1].get_at((x, y))[:3], strict=True))
    assert worst <= 8, f"white and black art differ by {worst} levels under the box"


def test_the_story_fight_is_fought_in_the_arena_the_campaign_names(app: App) -> None:
    """levels/arenas/ dresses the final fight: its house's name on the apron; another arena, another apron."""
    from dataclasses import replace

    from game.content.arenas import ArenaSpec
    from game.scenes.story_fight import StoryFightScene

    beat = campaign(app).beats[index_of(app, "fight")]
    spec = app.content.arenas[beat.arena]
    scene = StoryFightScene(app, beat, {}, lambda outcome: None)
    assert scene.view.arena.spec == spec and spec.name.upper() in scene.view.arena.apron_words
    vegas = ArenaSpec("vegas", "Desert Dome", "Las Vegas", "LAST CALL", 60)
    app.content = replace(app.content, arenas={**app.content.arenas, "vegas": vegas})
    elsewhere = StoryFightScene(app, replace(beat, arena="vegas"), {}, lambda outcome: None)
    assert elsewhere.view.arena.spec == vegas and "DESERT DOME" in elsewhere.view.arena.apron_words


def test_a_finish_without_a_grade_shows_its_time_and_the_bronze_time(app: App, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import game.scenes.story_training as cards
    from game.sim.training.stage import igt_text

    training_at(app, tmp_path, "road_run")
    pick(app, "Start")
    scene = app.top
    assert isinstance(scene, TrainingScene) and scene.on_result is not None
    app.pop()
    scene.on_result(StageResult(True, 3500, None, (1000, 2000, 3500)))
    card = app.top
    assert isinstance(card, GradeCard) and card.frames == 3500
    shown: list[str] = []
    real = cards.draw_text

    def spy(surface, fonts, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return real(surface, fonts, text, *args, **kwargs)

    monkeypatch.setattr(cards, "draw_text", spy)
    card.draw(app.canvas)
    bronze = igt_text(app.content.stage("road_run").bronze_frames)
    assert "NO GRADE" in shown and any(igt_text(3500) in t and bronze in t for t in shown)


def test_the_speedrun_splits_panel_stays_out_of_the_story(app: App, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import game.scenes.training as training

    drawn: list[bool] = []
    monkeypatch.setattr(training, "draw_splits", lambda *a, **k: drawn.append(True))
    app.settings.speedrun.splits = True
    alone = TrainingScene(app, "road_run", skip_intro=True, autopilot=True)
    app.push(alone)
    for _ in range(200):
        app.update()
    app.draw()
    assert drawn  # in training, the panel is there
    app.pop()
    drawn.clear()
    training_at(app, tmp_path, "road_run")
    pick(app, "Start")
    for _ in range(200):
        app.update()
    app.draw()
    assert isinstance(app.top, TrainingScene) and not drawn


def test_back_from_a_story_just_begun_the_cursor_waits_on_continue(app: App, tmp_path: Path) -> None:
    menu = StoryMenu(app, save=StorySave(app, tmp_path / "story.json"))
    app.push(menu)
    pick(app, "New story")
    story = app.top
    assert isinstance(story, StoryScene)
    app.update()
    cut = app.top
    assert isinstance(cut, CutsceneScene)
    cut.skip()  # the first beat done: the story is under way (and saved)
    app.update()
    story.leave()
    app.update()
    assert app.top is menu and labels(app)[menu.index] == "Continue"
