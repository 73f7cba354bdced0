"""The story campaign's flow: StoryScene owns the progress, walks the beats from where the player resumes, pushes
the scene each beat needs and saves after every beat. The scenes it pushes change nothing themselves: they call
back, and the state changes here, so a skipped cutscene leaves exactly what a watched one would.

Beat kinds: cutscene -> CutsceneScene; training -> the story's card, the stage, the grade card (story_training);
fight -> the chapter card, what the training earned, then the fight (`start_fight`, the seam to the fight scene);
decision and epilogue -> story_end. The decision and the aftermath are the fight's: a chapter after a fight this story
has not fought opens at the fight instead, and FightFirst says so.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.content.campaign import Beat, Campaign
from game.render.text import shade
from game.save.progress import FightRecord, Progress, fight_record, load_progress, save_progress
from game.scenes.base import Scene
from game.scenes.menu import Item, MenuScene

if TYPE_CHECKING:
    from game.app import App
    from game.scenes.story_fight import FightOutcome
    from game.sim.training.stage import StageResult

log = logging.getLogger("one-more-round")


# --- the save ---------------------------------------------------------------------------------------------------


def story_path(app: App) -> Path | None:
    """Where the story is kept: the data folder's story.json when the app keeps its files on disk (`play` sets the
    records path), None for screenshots and tests, whose story lives in memory."""
    if app.records_path is None:
        return None
    from game.save.paths import progress_file

    return progress_file()


class StorySave:
    """The progress and the file it lives in; a file that cannot be read or written is said once, never raised."""

    def __init__(self, app: App, path: Path | None) -> None:
        self.app = app
        self.path = path
        self.progress = Progress()
        self.notice: str | None = None
        if path is not None:
            self.progress, self.notice = load_progress(path)
            if self.notice:
                app.notices.append(self.notice)
        if self.progress.unlocked_prime:
            app.unlocks.add("story")

    def save(self) -> None:
        if self.path is None:
            return
        try:
            save_progress(self.path, self.progress)
        except OSError as exc:
            log.warning("story not saved: %s", exc)
            self.notice = f"The story could not be saved ({exc.strerror or exc})."
            self.app.notices.append(self.notice)


# --- chapters ---------------------------------------------------------------------------------------------------


def chapters(campaign: Campaign) -> list[int]:
    """The beats that open a chapter (they have a title card), by index; `--chapter N` counts these from 1."""
    return [i for i, beat in enumerate(campaign.beats) if beat.chapter]


def chapter_number(campaign: Campaign, index: int) -> int:
    """The number on beat `index`'s chapter card (0: the beat opens no chapter)."""
    found = chapters(campaign)
    return found.index(index) + 1 if index in found else 0


def fight_index(campaign: Campaign) -> int | None:
    return next((i for i, b in enumerate(campaign.beats) if b.kind == "fight"), None)


def stage_beats(campaign: Campaign) -> list[Beat]:
    return [b for b in campaign.beats if b.kind == "training"]


# --- the flow ---------------------------------------------------------------------------------------------------


class StoryScene(Scene):
    def __init__(self, app: App, save: StorySave, start: int | None = None) -> None:
        """Resume where the progress says, or at beat `start` (chapter select)."""
        super().__init__(app)
        campaign = app.content.campaign
        if campaign is None:
            raise ValueError("the game's content has no campaign")
        self.campaign = campaign
        self.save = save
        self.progress = save.progress
        fight_at = fight_index(campaign)
        self.asked = start  # the beat chapter select asked for
        self.fight_first = False  # it comes after a fight this story has not fought: the fight comes first
        if start is not None or self.progress.needs_fight(self.progress.beat, fight_at):
            self.asked = self.progress.beat if start is None else start
            self.fight_first = self.progress.jump(self.asked, fight_at)
            save.save()
        self.index = min(self.progress.beat, len(campaign.beats))
        self.waiting = False  # a scene of the current beat is running; it calls back when the beat is done
        app.trace(f"story {self.index}")

    @property
    def beat(self) -> Beat | None:
        beats = self.campaign.beats
        return beats[self.index] if self.index < len(beats) else None

    def grades(self) -> dict[str, str | None]:
        """Every stage of the campaign with the best grade this run earned (None: none yet)."""
        return {b.stage: self.progress.grades.get(b.stage) for b in stage_beats(self.campaign)}

    # --- walking the beats --------------------------------------------------------------------------------------

    def update(self) -> None:
        if self.app.top is not self:
            return
        if self.waiting:  # the beat's scene was left unfinished (Esc at a stage's intro, Quit in a pause menu)
            self.waiting = False
            beat = self.beat
            if beat is not None and beat.kind != "training":
                self.app.push(StoryBreak(self.app, self, resume_beat=True))
                return
        self.begin()

    def begin(self) -> None:
        beat = self.beat
        if beat is None:
            self.leave()
            return
        if self.fight_first:
            self.fight_first = False
            self.app.trace(f"fight first {self.asked}")
            self.app.push(FightFirst(self.app, self))
            return
        self.progress.beat = self.index
        self.progress.reach(self.index)
        self.save.save()
        self.waiting = True
        number = chapter_number(self.campaign, self.index)
        self.app.trace(f"beat {self.index} {beat.id} {beat.kind}")
        if beat.kind == "cutscene":
            from game.scenes.cutscene import CutsceneScene

            self.app.push(CutsceneScene(self.app, beat, number, self.beat_done, on_menu=self.menu))
        elif beat.kind == "training":
            from game.scenes.story_training import TrainingCard

            self.app.push(TrainingCard(self.app, self, beat))
        elif beat.kind == "fight":
            self.begin_fight(beat, number)
        elif beat.kind == "decision":
            from game.scenes.story_end import DecisionScene

            self.app.push(DecisionScene(self.app, beat, number, self.progress.fight, self.names(),
                                        self.beat_done, on_menu=self.menu))
        elif beat.kind == "epilogue":
            from game.scenes.story_end import EpilogueScene

            fight = self.progress.fight
            ending = fight.ending if fight is not None else "draw"
            self.app.push(EpilogueScene(self.app, beat, number, ending, self.story_told, on_menu=self.menu))

    def beat_done(self) -> None:
        """The current beat is over (watched, skipped, trained or fought): save, and on to the next."""
        self.waiting = False
        self.progress.complete(self.index)
        self.index += 1
        self.save.save()
        self.begin()

    def story_told(self) -> None:
        if self.progress.tell_end():
            self.app.unlocks.add("story")  # young Vito in Versus
            self.app.trace("story finished")
        self.beat_done()

    def leave(self) -> None:
        """Back to the story menu; the progress is already saved at the start of the current beat."""
        while self in self.app.scenes:
            self.app.pop()

    def menu(self) -> None:
        self.app.push(StoryBreak(self.app, self))

    def names(self) -> tuple[str, str]:
        """The two fighters of the final fight, for the result line."""
        fight = next((b for b in self.campaign.beats if b.kind == "fight"), None)
        content = self.app.content
        from game.sim.story_fight import STORY_HERO

        hero = content.fighter(STORY_HERO).name
        return hero, content.fighter(fight.opponent).name if fight is not None else "the champion"

    # --- training ---------------------------------------------------------------------------------------------

    def train(self, beat: Beat, again: bool = False) -> None:
        from game.scenes.training import TrainingScene

        def on_result(result: StageResult) -> None:
            self.trained(beat, result)

        self.app.inputs.solo()
        self.app.push(TrainingScene(self.app, beat.stage, on_result=on_result, skip_intro=again))

    def trained(self, beat: Beat, result: StageResult) -> None:
        """One honest try: its grade is kept (the best of the run), then the grade card."""
        from game.scenes.story_training import GradeCard

        self.progress.record_try(beat.stage, result.grade)
        self.save.save()
        self.app.push(GradeCard(self.app, self, beat, result.grade, result.success, result.frames))

    def skip_stage(self, beat: Beat) -> None:
        """The par grade after one try without a grade."""
        self.progress.skip_for_par(beat.stage)
        self.app.trace(f"skipped {beat.stage}")
        self.beat_done()

    # --- the fight ----------------------------------------------------------------------------------------------

    def begin_fight(self, beat: Beat, number: int) -> None:
        from game.scenes.cutscene import CutsceneScene
        from game.scenes.story_training import TrainingEarned

        def earned() -> None:
            self.app.push(TrainingEarned(self.app, self, beat))

        self.app.push(CutsceneScene(self.app, beat, number, earned, panels=(), on_menu=self.menu))

    def start_fight(self, beat: Beat) -> None:
        # the final fight pops itself and hands back its FightOutcome (the finished Fight, the rounds retried)
        from game.scenes.story_fight import StoryFightScene

        self.app.inputs.solo()
        self.app.push(StoryFightScene(self.app, beat, self.grades(), on_done=self.fight_done,
                                      every_round=self.progress.play_every_round))

    def fight_done(self, outcome: FightOutcome) -> None:
        self.fought(fight_record(outcome.fight, outcome.retries))

    def fought(self, record: FightRecord) -> None:
        self.progress.fight = record
        self.app.trace(f"fight {record.ending}")
        self.beat_done()

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((10, 9, 12))  # between two beats for at most a frame


class StoryBreak(MenuScene):
    """The story's menu over a cutscene (or after leaving a beat's scene unfinished): carry on, or leave."""

    title = "STORY"
    opaque = False
    pause_closes = True

    def __init__(self, app: App, story: StoryScene, resume_beat: bool = False) -> None:
        super().__init__(app)
        self.story = story
        beat = story.beat
        chapter = ""
        if beat is not None:
            at = max((i for i in chapters(story.campaign) if i <= story.index), default=0)
            chapter = story.campaign.beats[at].chapter
        self.subtitle = chapter
        self.items = [
            Item("Carry on", self.back, note="Back to the story where it was." if not resume_beat else
                 "This part of the story starts again."),
            Item("Leave the story", story.leave,
                 note="Your place is kept: Continue in the Story menu starts this part of the story again."),
        ]

    def draw(self, surface: pygame.Surface) -> None:
        shade(surface, 170, (6, 5, 8))
        super().draw(surface)



class FightFirst(MenuScene):
    """Chapter select asked for a beat after the fight, and this story has not fought it: say so, then the fight."""

    title = "THE FIGHT FIRST"

    def __init__(self, app: App, story: StoryScene) -> None:
        super().__init__(app)
        self.story = story
        beats = story.campaign.beats
        asked = story.asked if story.asked is not None else story.index
        at = max((i for i in chapters(story.campaign) if i <= asked), default=0)
        fight = beats[story.index]
        self.subtitle = f"\"{beats[at].chapter}\" comes after the fight"
        why = (f"\"{beats[at].chapter}\" needs the fight, and this story has not fought it yet: "
               f"it opens at \"{fight.chapter}\".")
        self.items = [Item("To the fight", self.app.pop, note=why),
                      Item("Leave the story", story.leave, note="Your place is kept at the fight.")]

    def back(self) -> None:
        self.story.leave()  # Esc goes back to the story menu, not on into the fight
