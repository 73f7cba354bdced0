"""The title screen and the main menu."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.hub import Menu
from game.render.text import GOLD, WHITE, draw_text
from game.scenes.base import Scene
from game.scenes.menu import Item, MenuScene, hint_bar

if TYPE_CHECKING:
    from game.app import App
    from game.content.campaign import Campaign
    from game.scenes.story import StorySave


def arena_backdrop(app: App) -> object:
    """A dimmed arena behind menus (falls back to a plain dark fill if the arena art is unavailable)."""
    try:
        from game.render.arena import Arena
    except ImportError:
        return None
    rules = app.content.rules
    return Arena(rules.left_rope_sub // 256, rules.right_rope_sub // 256, 300, spec=app.content.home_arena())


class TitleScene(Scene):
    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.frame = 0
        self.arena = arena_backdrop(app)
        if app.audio is not None:
            app.audio.music("theme")

    def handle(self, event: pygame.event.Event) -> None:
        command = self.app.inputs.menu(event)
        if event.type == pygame.KEYDOWN and command == Menu.BACK:
            self.app.quit()
        elif event.type == pygame.KEYDOWN or command in (Menu.CONFIRM, Menu.PAUSE):
            self.app.push(MainMenu(self.app, self))

    def update(self) -> None:
        self.frame += 1

    def draw_backdrop(self, surface: pygame.Surface, dim: int = 120) -> None:
        arena = self.arena
        if arena is not None:
            arena.draw_back(surface, self.frame, 0.3)  # type: ignore[attr-defined]
            arena.draw_front(surface, self.frame)  # type: ignore[attr-defined]
        else:
            surface.fill((24, 18, 28))
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((8, 6, 12, dim))
        surface.blit(shade, (0, 0))

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_backdrop(surface, 110)
        fonts = self.app.fonts
        bob = int(2 * math.sin(self.frame / 30))
        band = pygame.Surface((640, 60), pygame.SRCALPHA)  # the ribbon board runs behind the name: quiet it
        band.fill((8, 6, 12, 150))
        surface.blit(band, (0, 86))
        draw_text(surface, fonts, "ONE MORE ROUND", (320, 92 + bob), 64, GOLD, "center", bold=True)
        draw_text(surface, fonts, "Still standing. One more round.", (320, 150), 20, WHITE, "center")
        inputs = self.app.inputs
        on_pad = inputs.menu_device.startswith("pad:")
        if (self.frame // 30) % 2 == 0:
            press = f"Press {inputs.menu_label(Menu.CONFIRM)}" if on_pad else "Press Enter"
            draw_text(surface, fonts, press, (320, 250), 22, WHITE, "center")
        for i, notice in enumerate(self.app.notices[-2:]):
            draw_text(surface, fonts, notice, (320, 300 + 16 * i), 14, GOLD, "center")
        if on_pad:
            hint_bar(surface, fonts, f"{inputs.menu_label(Menu.CONFIRM)}: play    Esc on the keyboard: quit")
        else:
            hint_bar(surface, fonts, "Enter: play    Esc: quit    F11: fullscreen")


class MainMenu(MenuScene):
    title = "ONE MORE ROUND"

    def __init__(self, app: App, title: TitleScene) -> None:
        super().__init__(app)
        self.title_scene = title
        self.backdrop = lambda s: title.draw_backdrop(s, 185)
        self.items = [
            Item("Story", self.story, note="Vito Moretti's last fight: the training, the twelve rounds, the cards."),
            Item("Versus", self.versus, note="You against the CPU, or two players on one machine."),
            Item("Training", self.training, note="The montage: road run, the steps, the bags, the mitts, the yard."),
            Item("Controls", self.controls, note="Keys and buttons for each player and device; change any of them."),
            Item("Settings", self.settings, note="Window, sound and accessibility."),
            Item("Quit", app.quit, note="Settings are saved."),
        ]

    def story(self) -> None:
        if self.app.content.campaign is None:
            self.say("The story's content (levels/campaign.toml) is missing - Versus is ready to play.")
            return
        self.app.inputs.solo()
        self.app.push(StoryMenu(self.app, self.backdrop))

    def versus(self) -> None:
        from game.scenes.versus_setup import VersusSetup

        self.app.inputs.solo()
        self.app.push(VersusSetup(self.app, self.backdrop))

    def training(self) -> None:
        from game.scenes.training_menu import TrainingMenu

        self.app.inputs.solo()
        self.app.push(TrainingMenu(self.app, self.backdrop))

    def controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.app.push(ControlsScene(self.app, self.backdrop))

    def settings(self) -> None:
        from game.scenes.settings import SettingsScene

        self.app.push(SettingsScene(self.app, self.backdrop))

    def update(self) -> None:
        super().update()
        self.title_scene.update()


class StoryMenu(MenuScene):
    """Continue, New story (confirmed when there is a story to lose), Chapter select, the story's setting, Back."""

    title = "STORY"
    subtitle = "Vito Moretti's last fight"

    def __init__(self, app: App, backdrop: Callable[[pygame.Surface], None] | None = None,
                 save: StorySave | None = None) -> None:
        super().__init__(app)
        from game.scenes.story import StorySave, story_path

        self.backdrop = backdrop
        self.save = save if save is not None else StorySave(app, story_path(app))
        if self.save.notice:
            self.say(self.save.notice, 600)
        self.refresh()

    @property
    def campaign(self) -> Campaign:
        campaign = self.app.content.campaign
        assert campaign is not None  # the main menu opens the story menu only with a campaign
        return campaign

    def refresh(self) -> None:
        """The items as the progress stands (it changes while the story is played above this menu)."""
        from game.scenes.story import chapters

        self.made_for = self.standing()
        progress = self.save.progress
        beats = self.campaign.beats
        items = []
        if progress.started(len(beats)):
            at = max((i for i in chapters(self.campaign) if i <= progress.beat), default=0)
            items.append(Item("Continue", self.resume, note=f"Back to \"{beats[at].chapter}\"."))
        items.append(Item("New story", self.new_story, note="From the first cold morning."))
        if any(i in progress.reached for i in chapters(self.campaign)):
            items.append(Item("Chapter select", self.chapter_select, note="Any chapter you have reached."))
        items.append(Item("Play every round", None, self.every_round_text, self.toggle_every_round,
                          note="In the final fight: fight all twelve rounds yourself, not only the story's five."))
        items.append(Item("Back", self.back))
        chosen = self.items[self.index].label if self.items else ""
        had_continue = any(i.label == "Continue" for i in self.items)
        self.items = items
        labels = [i.label for i in items]
        if "Continue" in labels and not had_continue:
            chosen = "Continue"  # a story now under way: back from it, the cursor waits on Continue
        self.index = labels.index(chosen) if chosen in labels else 0

    def every_round_text(self) -> str:
        return "On" if self.save.progress.play_every_round else "Off"

    def toggle_every_round(self, step: int) -> None:
        self.save.progress.play_every_round = not self.save.progress.play_every_round
        self.save.save()

    def play(self, start: int | None = None) -> None:
        from game.scenes.story import StoryScene

        self.app.push(StoryScene(self.app, self.save, start))

    def resume(self) -> None:
        self.play()

    def new_story(self) -> None:
        if self.save.progress.started(len(self.campaign.beats)):
            self.app.push(ConfirmNewStory(self.app, self))
        else:
            self.start_over()

    def start_over(self) -> None:
        self.save.progress.new_story()
        self.save.save()
        self.play()

    def chapter_select(self) -> None:
        self.app.push(ChapterSelect(self.app, self))

    def update(self) -> None:
        super().update()
        if self.app.top is self and self.made_for != self.standing():
            self.refresh()  # back from a story that moved on: the items follow the progress

    def standing(self) -> tuple[int, int]:
        """What the items depend on: where the story is and how many beats it has reached."""
        return self.save.progress.beat, len(self.save.progress.reached)


class ConfirmNewStory(MenuScene):
    title = "START OVER?"
    subtitle = "Your place and this story's training grades are cleared; chapters reached stay open."

    def __init__(self, app: App, menu: StoryMenu) -> None:
        super().__init__(app)
        self.menu = menu
        self.backdrop = menu.backdrop
        self.items = [Item("Keep my story", self.back), Item("Start a new story", self.confirm)]

    def confirm(self) -> None:
        self.app.pop()
        self.menu.start_over()


class ChapterSelect(MenuScene):
    title = "CHAPTER SELECT"
    subtitle = "The chapters you have reached; the story goes on from the one you pick"

    def __init__(self, app: App, menu: StoryMenu) -> None:
        super().__init__(app)
        from game.scenes.story import chapters

        self.menu = menu
        self.backdrop = menu.backdrop
        campaign = menu.campaign
        reached = menu.save.progress.reached
        self.beats = [i for i in chapters(campaign) if i in reached]
        numbers = {index: n for n, index in enumerate(chapters(campaign), start=1)}
        self.items = [Item(f"{numbers[i]}. {campaign.beats[i].chapter}", self.picker(i)) for i in self.beats]
        self.items.append(Item("Back", self.back))

    def picker(self, index: int) -> Callable[[], None]:
        def pick() -> None:
            self.app.pop()
            self.menu.play(index)
        return pick
