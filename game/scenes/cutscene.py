"""A story cutscene: the chapter card, then each illustrated panel behind a dialogue box whose lines type themselves
out. Any button completes a line still typing, else goes on; holding confirm (or Esc / B) for about a second skips
the whole beat, a ring filling to show the hold. A panel marked `teach` shows the player's controls over it.

The scene changes nothing but itself: it pops and calls `on_done`, whether the beat was watched or skipped, so
skipping leaves exactly the state that watching would.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.content.campaign import Beat, Line, Panel
from game.input.hub import Menu
from game.render.cutscene import draw_chapter_card, draw_panel
from game.render.text import GOLD, GREY, WHITE, draw_text, panel, wrap
from game.scenes.base import Scene
from game.sim.inputs import Action

if TYPE_CHECKING:
    from game.app import App

CARD_TICKS = 120  # the chapter card stays about two seconds unless a button moves on
CHARS_PER_TICK = 0.75  # the typewriter: 45 characters a second
SKIP_HOLD_TICKS = 60  # hold this long to skip the beat
RING_AFTER_TICKS = 8  # a tap is not a hold: the ring shows only after this
TAP_TICKS = 16  # a press released sooner is a tap
HINT_TICKS = 180
BOX_HEIGHT = 110
TEXT_SIZE = 18
TEXT_WIDTH = 600
BOX_ALPHA = 250  # near opaque: the art under the box (the apron's lettering) must not read as part of a line
NARRATION = (226, 216, 196)

_SKIP_KEYS = {pygame.K_ESCAPE, pygame.K_BACKSPACE}
_HOLD_KEYS = {pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_j} | _SKIP_KEYS
_DOWN = (pygame.KEYDOWN, pygame.CONTROLLERBUTTONDOWN, pygame.JOYBUTTONDOWN, pygame.MOUSEBUTTONDOWN)
_UP = {pygame.KEYUP: pygame.KEYDOWN, pygame.CONTROLLERBUTTONUP: pygame.CONTROLLERBUTTONDOWN,
       pygame.JOYBUTTONUP: pygame.JOYBUTTONDOWN}
TEACH = (("Move", (Action.LEFT, Action.RIGHT)), ("Jab", (Action.JAB,)), ("Straight", (Action.STRAIGHT,)),
         ("Hook", (Action.HOOK,)), ("Uppercut", (Action.UPPERCUT,)), ("Slip", (Action.SLIP,)),
         ("Block", (Action.BLOCK,)))


def _button_id(event: pygame.event.Event) -> tuple[int, int, int]:
    """Which key or button an event is about, so its release can be matched to its press."""
    kind = _UP.get(event.type, event.type)
    if kind == pygame.KEYDOWN:
        return kind, 0, int(event.key)
    return kind, int(getattr(event, "instance_id", -1)), int(getattr(event, "button", -1))


class CutsceneScene(Scene):
    def __init__(self, app: App, beat: Beat, number: int, on_done: Callable[[], None],
                 panels: tuple[Panel, ...] | None = None, on_menu: Callable[[], None] | None = None) -> None:
        """`number` is the chapter's number for its card (0: no card); `panels` replaces the beat's own (the
        decision's and the aftermath's lines); `on_menu` opens the story's menu (a second Esc, or Start)."""
        super().__init__(app)
        self.beat = beat
        self.number = number
        self.on_done = on_done
        self.on_menu = on_menu
        self.panels = beat.panels if panels is None else panels
        self.card = number > 0 and bool(beat.chapter)
        self.tick = 0  # ticks since the card or the panel appeared (the art animates with it)
        self.panel_index = 0
        self.line_index = 0
        self.line_ticks = 0
        self.held: tuple[int, int, int] | None = None  # the key or button being held down
        self.hold_ticks = 0
        self.menu_on_release = False
        self.hint_ticks = 0
        self.done = False
        self._wrapped: dict[tuple[int, int], list[str]] = {}
        app.trace(f"cutscene {beat.id}")

    # --- where we are --------------------------------------------------------------------------------------------

    @property
    def panel(self) -> Panel | None:
        return None if self.card or self.panel_index >= len(self.panels) else self.panels[self.panel_index]

    @property
    def line(self) -> Line | None:
        p = self.panel
        return None if p is None else p.lines[self.line_index]

    def wrapped(self) -> list[str]:
        key = (self.panel_index, self.line_index)
        got = self._wrapped.get(key)
        if got is None:
            line = self.line
            got = self._wrapped[key] = wrap(self.app.fonts, line[1], TEXT_SIZE, TEXT_WIDTH) if line else []
        return got

    @property
    def shown_chars(self) -> int:
        return int(self.line_ticks * CHARS_PER_TICK)

    @property
    def typing(self) -> bool:
        return self.line is not None and self.shown_chars < sum(len(s) for s in self.wrapped())

    # --- input --------------------------------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP):
            pad = self.app.inputs.pads.get(getattr(event, "instance_id", -1))
            if pad is None or not pad.raw:
                return  # a mapped gamepad's press also arrives as a controller event: count it once
        if event.type in _UP:
            if self.held == _button_id(event):
                tap = self.hold_ticks < TAP_TICKS
                menu = self.menu_on_release
                self.release()
                if tap and menu and self.on_menu is not None:
                    self.on_menu()  # Esc tapped again while the hint shows: the story's menu
            return
        if event.type not in _DOWN:
            return
        command = self.app.inputs.menu(event)
        if command == Menu.PAUSE and event.type != pygame.KEYDOWN:
            if self.on_menu is not None:  # a pad's Start: the story's menu
                self.on_menu()
            return
        skip_press = event.key in _SKIP_KEYS if event.type == pygame.KEYDOWN else command == Menu.BACK
        if self.held is None and (command in (Menu.CONFIRM, Menu.BACK) or (
                event.type == pygame.KEYDOWN and event.key in _HOLD_KEYS)):
            self.held = _button_id(event)
            self.hold_ticks = 0
            self.menu_on_release = skip_press and self.hint_ticks > 0
        if skip_press:
            self.hint_ticks = HINT_TICKS  # Esc or B shows how to skip; it never moves the story on
        else:
            self.advance()

    def release(self) -> None:
        self.held = None
        self.hold_ticks = 0
        self.menu_on_release = False

    def on_focus_lost(self) -> None:
        self.release()  # the release of a held key may never arrive

    def advance(self) -> None:
        """Complete the line still typing, else go on: the next line, the next panel, or the end of the beat."""
        if self.done:
            return
        if self.card:
            self.card = False
            self.tick = 0
            self._start_line()
            return
        if self.typing:
            self.line_ticks = math.ceil(sum(len(s) for s in self.wrapped()) / CHARS_PER_TICK)
            return
        p = self.panel
        if p is not None and self.line_index + 1 < len(p.lines):
            self.line_index += 1
            self._start_line()
        elif self.panel_index + 1 < len(self.panels):
            self.panel_index += 1
            self.line_index = 0
            self.tick = 0
            self._start_line()
        else:
            self.finish()

    def _start_line(self) -> None:
        self.line_ticks = 0
        if self.panel is None:  # a chapter card with no panels after it
            self.finish()
            return
        self.app.trace(f"line {self.beat.id} {self.panel_index} {self.line_index}")

    def skip(self) -> None:
        self.app.trace(f"skip {self.beat.id}")
        self.finish()

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.app.pop()
        self.on_done()

    # --- ticks --------------------------------------------------------------------------------------------------

    def update(self) -> None:
        if not self.card and self.panel is None:
            self.finish()  # nothing to show
            return
        self.tick += 1
        self.line_ticks += 1
        if self.hint_ticks > 0:
            self.hint_ticks -= 1
        if self.held is not None:
            self.hold_ticks += 1
            if self.hold_ticks >= SKIP_HOLD_TICKS:
                self.release()
                self.skip()
                return
        if self.card and self.tick >= CARD_TICKS:
            self.advance()

    # --- drawing ------------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        if self.card or self.panel is None:
            draw_chapter_card(surface, self.number, self.beat.chapter, self.tick)
        else:
            draw_panel(surface, self.panel, self.tick, self.app.content)
            if self.panel.teach:
                self.draw_controls(surface)
            self.draw_dialogue(surface)
        if self.hint_ticks > 0:
            self.draw_hint(surface)
        if self.held is not None and self.hold_ticks >= RING_AFTER_TICKS:
            self.draw_ring(surface)

    def draw_dialogue(self, surface: pygame.Surface) -> None:
        line = self.line
        if line is None:
            return
        fonts = self.app.fonts
        box = pygame.Rect(0, 360 - BOX_HEIGHT, 640, BOX_HEIGHT)
        panel(surface, box, BOX_ALPHA)
        speaker = self.app.content.campaign.speakers.get(line[0], "") if self.app.content.campaign else ""
        y = box.top + 10
        if speaker:
            draw_text(surface, fonts, speaker, (20, y), 20, GOLD, bold=True)
            y += 22
        else:
            y += 6  # narration sits a little lower, without a name
        left = self.shown_chars
        for text in self.wrapped()[:4]:
            part = text[:max(0, left)]
            left -= len(text)
            draw_text(surface, fonts, part, (20, y), TEXT_SIZE, WHITE if speaker else NARRATION)
            y += 19
        if not self.typing and (self.line_ticks // 20) % 2 == 0:
            x, yy = 618, box.bottom - 14
            pygame.draw.polygon(surface, GOLD, [(x - 6, yy - 4), (x + 6, yy - 4), (x, yy + 3)])

    def draw_controls(self, surface: pygame.Surface) -> None:
        """The teaching panel: the player's own keys or buttons for each move, over the top right of the art."""
        fonts = self.app.fonts
        inputs = self.app.inputs
        box = pygame.Rect(436, 10, 194, 26 + 17 * len(TEACH))
        panel(surface, box, 238)
        draw_text(surface, fonts, "YOUR CONTROLS", (box.centerx, box.top + 6), 16, GOLD, "center", bold=True)
        y = box.top + 24
        for name, actions in TEACH:
            keys = " / ".join(inputs.label(0, a) for a in actions)
            draw_text(surface, fonts, name, (box.left + 10, y), 16, WHITE)
            draw_text(surface, fonts, keys, (box.right - 10, y), 16, GOLD, "right")
            y += 17

    def draw_hint(self, surface: pygame.Surface) -> None:
        inputs = self.app.inputs
        on_pad = inputs.menu_device.startswith("pad:")
        skip = f"{inputs.menu_label(Menu.CONFIRM)} or {inputs.menu_label(Menu.BACK)}" if on_pad else "Enter or Esc"
        text = f"Hold {skip} to skip this scene"
        if self.on_menu is not None:
            text += f"    {inputs.menu_label(Menu.PAUSE) if on_pad else 'Esc again'}: story menu"
        width = self.app.fonts.get(15).size(text)[0] + 20
        box = pygame.Rect(0, 0, width, 22)
        box.topright = (632, 8)
        panel(surface, box, 220)
        draw_text(surface, self.app.fonts, text, (box.centerx, box.top + 4), 15, WHITE, "center")

    def draw_ring(self, surface: pygame.Surface) -> None:
        """The hold to skip: a ring filling clockwise, with the word beside it."""
        share = min(1.0, self.hold_ticks / SKIP_HOLD_TICKS)
        cx, cy, r = 606, 40 if self.hint_ticks > 0 else 24, 12
        pygame.draw.circle(surface, (20, 16, 22), (cx, cy), r + 3)
        pygame.draw.circle(surface, GREY, (cx, cy), r, 2)
        rect = pygame.Rect(cx - r, cy - r, 2 * r, 2 * r)
        start = math.pi / 2 - 2 * math.pi * share
        pygame.draw.arc(surface, GOLD, rect, start, math.pi / 2, 4)
        draw_text(surface, self.app.fonts, "SKIP", (cx - r - 8, cy - 7), 16, GOLD, "right", bold=True)
