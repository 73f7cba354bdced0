"""The fight on screen: each player's device (or the CPU) feeds the simulation; the scene draws it and plays it.

One player fights the CPU from any device; two players each have their own (see the join screen). Both
players' InputFrames of a tick go into the same `step`, so neither has priority.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

import pygame

from game.content.corner import CornerLines, load_corner
from game.content.errors import ContentError
from game.content.library import levels_dir
from game.input.hub import Menu
from game.render.hud import draw_hud
from game.render.input_display import InputDisplay
from game.render.text import BLUE, GOLD, GREY, RED, WHITE, draw_text, panel
from game.scenes.base import Scene
from game.sim.boxer import Boxer
from game.sim.cpu import CpuController
from game.sim.events import Event
from game.sim.fight import Fight, FightConfig
from game.sim.inputs import PRESSABLE, Action
from game.sim.states import FS, Phase

if TYPE_CHECKING:
    from game.app import App
    from game.content.arenas import ArenaSpec

FLOOR_Y = 300
REF_BACK_PX = 16  # the referee stands this far up the canvas (further back) while he watches
RESULT_DELAY = 200  # frames of the finish on screen before the cards
HOME: Final = "home"  # a fight's arena unless it names one: the game's home arena (Content.home_arena)
WEIGHT = {"jab": 1, "body_straight": 2, "straight": 2, "hook": 3, "body_hook": 3, "uppercut": 3, "haymaker": 4}


PUNCH_NAMES = {Action.JAB: "jab", Action.STRAIGHT: "straight", Action.HOOK: "hook", Action.UPPERCUT: "uppercut",
               Action.POWER: "haymaker", Action.SLIP: "slip"}


def pauses(event: pygame.event.Event, command: Menu | None) -> bool:
    """Esc (or Backspace) on the keyboard, Start on a pad: B is a punch on a pad, so it never pauses a fight."""
    return command == Menu.PAUSE or (command == Menu.BACK and event.type == pygame.KEYDOWN)


class FightScene(Scene):
    restart_label = "Restart the fight"  # what the pause menu offers (the story restarts a round)
    quit_note = "The fight is abandoned."  # what the pause menu says leaving costs (one player)

    def __init__(self, app: App, config: FightConfig, cpu_level: str, demo: bool = False, players: int = 1,
                 arena: ArenaSpec | Literal["home"] | None = HOME) -> None:
        """`arena`: the house it is fought in (levels/arenas/; None: a house with no name)."""
        super().__init__(app)
        self.demo = demo  # CPU in both corners (attract mode and screenshots)
        self.players = 0 if demo else players  # humans in the fight: player 1, then player 2
        self.config = config
        self.cpu_level = cpu_level
        self.labels = ("PLAYER 1", "PLAYER 2") if players == 2 else ("YOU", "CPU")
        self.fight = Fight(app.content, config)
        self.cpu = CpuController(app.content.fighter(config.p2), app.content.cpu_levels[cpu_level], 1,
                                 config.seed)
        self.cpu1 = CpuController(app.content.fighter(config.p1), app.content.cpu_levels[cpu_level], 0,
                                  config.seed) if demo else None
        self.view = FightView(app, self.fight, self.players, arena)
        self.display = InputDisplay(max(1, self.players))
        self.last = (0, 0)
        self.over_frames = 0
        app.trace(f"fight {config.p1} vs {config.p2}" + (" players 2" if players == 2 else ""))

    def handle(self, event: pygame.event.Event) -> None:
        if pauses(event, self.app.inputs.menu(event)):
            self.pause()

    def on_focus_lost(self) -> None:
        self.pause()

    def pause(self) -> None:
        from game.scenes.pause import PauseScene

        self.app.push(PauseScene(self.app, self))

    def restart(self) -> None:
        self.app.replace(FightScene(self.app, self.config, self.cpu_level, self.demo, max(1, self.players)))

    def inputs(self) -> tuple[int, int]:
        inputs = self.app.inputs
        p1 = self.cpu1.decide(self.fight) if self.cpu1 else inputs.frame(0)
        p2 = inputs.frame(1) if self.players == 2 else self.cpu.decide(self.fight)
        return p1, p2

    def update(self) -> None:
        if not self.demo and any(p < max(1, self.players) for p in self.app.inputs.missing):
            self.pause()  # a player's pad went before the first bell: wait for it, as for one lost mid-fight
            return
        p1, p2 = self.inputs()
        self.display.record((p1, p2)[:max(1, self.players)])
        if self.app.tracing:
            self._trace_presses((p1, p2))
        events = self.fight.step((p1, p2))  # the press read on this tick acts on this tick
        self.view.react(events)
        for e in events:
            if e.kind not in ("whiff",):
                self.app.trace(f"event {e.kind} {e.side} {e.move}".rstrip())
        if self.fight.finished:
            self.over_frames += 1
            if self.over_frames == RESULT_DELAY:
                from game.scenes.result import ResultScene

                self.app.replace(ResultScene(self.app, self.fight, self.labels, self.restart_config(),
                                             players=max(1, self.players)))

    def _trace_presses(self, frames: tuple[int, int]) -> None:
        """For the real-window tests: each human's new presses, with the tick they reach the fight on."""
        for side in range(self.players):
            new = frames[side] & ~self.last[side] & PRESSABLE
            for action, name in PUNCH_NAMES.items():
                if new & action:
                    self.app.trace(f"press {side} {name} {self.fight.s.tick}")
        self.last = frames

    def restart_config(self) -> tuple[FightConfig, str]:
        return self.config, self.cpu_level

    def draw(self, surface: pygame.Surface) -> None:
        prompts = tuple(self.getup_prompt(side) if side < self.players else "" for side in (0, 1))
        self.view.draw(surface, self.labels, (prompts[0], prompts[1]), self.skip_prompt())
        s = self.fight.s
        if self.players and s.round == 1 and s.phase == Phase.INTRO:  # the first bell: the buttons, once
            from game.scenes.pause import draw_buttons

            draw_buttons(surface, self.app, self.players, 352)
        if self.app.settings.accessibility.input_display and self.players:
            names = ("P1", "P2") if self.players == 2 else ("YOU",)
            self.display.draw(surface, self.app.fonts, names)

    def getup_prompt(self, side: int = 0) -> str:
        label = self.app.inputs.label
        if self.fight.s.boxers[side].getup_hold:
            return f"Hold {label(side, Action.JAB)}"
        keys = " / ".join(label(side, a) for a in (Action.JAB, Action.STRAIGHT, Action.HOOK, Action.UPPERCUT))
        return f"Mash {keys}"

    def skip_prompt(self) -> str:
        keys = [self.app.inputs.label(side, Action.CONFIRM) for side in range(max(1, self.players))]
        return f"{' or '.join(dict.fromkeys(keys))}: skip the break"


class FightView:
    """Everything view-only about a fight: arena, referee, effects, sounds, overlays. Never feeds back."""

    def __init__(self, app: App, fight: Fight, humans: int = 1,
                 arena: ArenaSpec | Literal["home"] | None = HOME) -> None:
        from game.render.arena import Arena
        from game.render.effects import Effects

        self.app = app
        self.fight = fight
        self.humans = humans  # sides 0..humans-1 are players with a device (rumble)
        self.skip = "Enter: skip the break"
        rules = app.content.rules
        self.arena = Arena(rules.left_rope_sub // 256, rules.right_rope_sub // 256, FLOOR_Y, seed=fight.config.seed,
                           spec=app.content.home_arena() if isinstance(arena, str) else arena)
        acc = app.settings.accessibility
        self.effects = Effects(seed=fight.config.seed, shake_scale=acc.shake, flash_scale=acc.flash,
                               floor_y=FLOOR_Y)
        self.last_target = ["head", "head"]
        self.excitement = 0.25
        self.banner = ""
        self.banner_frames = 0
        self.corner_line = ""
        self.ticks = 0
        try:
            self.corner: CornerLines | None = load_corner(levels_dir())
        except ContentError:
            self.corner = None

    # --- reacting to the tick's events ------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        self.ticks += 1
        self.effects.update()
        self.excitement = max(0.2, self.excitement * 0.995)
        if self.banner_frames > 0:
            self.banner_frames -= 1
        if self.app.audio is not None:
            self.app.audio.on_fight_events(events)
            self.app.audio.crowd(self.excitement)
        boxers = self.fight.s.boxers
        for e in events:
            if e.kind in ("hit", "block"):
                self._impact(e, boxers[1 - e.side])
            elif e.kind == "knockdown":
                self.rumble(e.side, 1.0, 450)
                self.rumble(1 - e.side, 0.3, 160)
                self.excitement = 1.0
                self.effects.flash()
                self.effects.shake(1.0)
                down = boxers[e.side]
                self.effects.dust(down.x // 256 + down.facing * -30, FLOOR_Y)
                self.show("KNOCKDOWN!", 90)
            elif e.kind == "round_start":
                self.show("FIGHT!", 50)
            elif e.kind in ("ko", "tko"):
                self.excitement = 1.0
                self.show("K.O.!" if e.kind == "ko" else "T.K.O.!", 400)
            elif e.kind == "decision":
                self.show("THE FINAL BELL", 400)
            elif e.kind == "break":
                self.corner_says(self._corner_line())
            elif e.kind == "rise":
                self.excitement = min(1.0, self.excitement + 0.3)

    def _impact(self, e: Event, target: Boxer) -> None:
        weight = WEIGHT.get(e.move, 2)
        head = e.target == "head"
        x = target.x // 256 - target.facing * 8
        y = FLOOR_Y - (84 if head else 52)
        if e.kind == "hit":
            if weight >= 3 or e.counter:
                self.rumble(target.side, min(1.0, 0.25 + 0.15 * weight), 120 + 30 * weight)
            self.last_target[target.side] = e.target
            self.effects.hit_spark(x, y, weight / 4, e.counter)
            if weight >= 2:
                self.effects.sweat(x, y - 4, weight / 4, -target.facing)
            if weight >= 3 or e.counter:
                self.effects.shake(weight / 4)
            self.excitement = min(1.0, self.excitement + 0.05 * weight + (0.2 if e.counter else 0))
        else:
            self.effects.hit_spark(x, y, 0.15, False)

    def _corner_line(self) -> str:
        """The cornerman's own line for the round just ended, by what it was like."""
        if self.corner is None:
            return ""
        s = self.fight.s
        me, other = s.boxers
        f = me.round_figures
        card = [c for c in s.cards if c.round == s.round]
        mine = sum(c.points[0] - c.points[1] for c in card)
        if f.knockdowns_suffered:
            cat = "knocked_down"
        elif other.round_figures.knockdowns_suffered:
            cat = "scored_knockdown"
        elif me.stamina * 100 < me.max_stamina * 35:
            cat = "tired"
        elif other.round_figures.landed > f.landed + 6:
            cat = "hurt"
        elif mine > 0:
            cat = "won_round"
        elif mine < 0:
            cat = "lost_round"
        else:
            cat = "even"
        return self.corner.pick(cat, s.round, other.content.name)

    def corner_says(self, line: str) -> None:
        """The cornerman's words for the break panel (a line of his own, or one the story gives him)."""
        self.corner_line = self.corner_words(line)

    def corner_words(self, line: str) -> str:
        """A line as the cornerman says it: his name, then the line in quotes."""
        if not line:
            return ""
        who = self.corner.cornerman if self.corner is not None else ""
        return f"{who}: \"{line}\"" if who else f"\"{line}\""

    def clear_banner(self) -> None:
        self.banner = ""
        self.banner_frames = 0

    def rumble(self, side: int, strength: float, ms: int) -> None:
        if side < self.humans:
            self.app.inputs.rumble(side, strength, ms)

    def show(self, text: str, frames: int) -> None:
        self.banner = text
        self.banner_frames = frames

    # --- drawing ------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, labels: tuple[str, str], prompt: str | tuple[str, str],
             skip: str = "Enter: skip the break") -> None:
        from game.render.fighter import draw_fighter
        from game.render.referee import draw_referee

        s = self.fight.s
        tick = self.ticks
        self.arena.draw_back(surface, tick, self.excitement)
        mode, ref_x, winner_x = self._referee()
        count_phase = (s.count_frame % s.rules.count_frames) / s.rules.count_frames if mode == "count" else None
        ref_floor = FLOOR_Y - REF_BACK_PX if mode == "watch" else FLOOR_Y  # watching from the back of the ring
        draw_referee(surface, ref_x, ref_floor, tick, mode, s.count, winner_x=winner_x or None,
                     count_phase=count_phase)
        looks = self.app.content.looks
        for b in sorted(s.boxers, key=lambda b: b.state in (FS.KNOCKED_DOWN, FS.KNOCKED_OUT)):
            draw_fighter(surface, b, FLOOR_Y, tick, looks, self.last_target[b.side])
        self.arena.draw_front(surface, tick)
        self.effects.draw(surface)
        dx, dy = self.effects.offset
        if dx or dy:  # camera shake: the whole picture moves, the HUD stays put
            surface.scroll(dx, dy)
            w, h = surface.get_size()
            if dx:
                surface.fill((8, 6, 10), (0 if dx > 0 else w + dx, 0, abs(dx), h))
            if dy:
                surface.fill((8, 6, 10), (0, 0 if dy > 0 else h + dy, w, abs(dy)))
        draw_hud(surface, self.app.fonts, self.fight, tick, labels, prompt)
        self.skip = skip
        self._overlays(surface, labels)

    def _referee(self) -> tuple[str, int, int]:
        s = self.fight.s
        a, b = s.boxers
        mid = (a.x + b.x) // 512
        down = [x for x in s.boxers if x.state in (FS.KNOCKED_DOWN, FS.RISING, FS.KNOCKED_OUT)]
        if s.phase == Phase.OVER and s.result is not None:
            if s.result.winner is None:
                return "watch", 320, 0
            win = s.boxers[s.result.winner]
            if s.result.method in ("KO", "TKO") and self.banner_frames > 300:
                return "wave_off", mid, 0
            return "raise_hand", win.x // 256 - win.facing * 24, win.x // 256
        if s.phase == Phase.COUNT and down:
            d = down[0]
            side = 1 if d.x < (s.rules.left_rope_sub + s.rules.right_rope_sub) // 2 else -1
            return "count", d.x // 256 + side * 46, 0
        if s.phase == Phase.INTRO:
            return "separate", mid, 0
        # watching: off the fighters' shoulder on the side with more canvas, so he never hides the exchange
        left, right = s.rules.left_rope_sub // 256, s.rules.right_rope_sub // 256
        side = 1 if mid < (left + right) // 2 else -1
        return "watch", max(left + 30, min(right - 30, mid + side * 80)), 0

    def _overlays(self, surface: pygame.Surface, labels: tuple[str, str]) -> None:
        s = self.fight.s
        fonts = self.app.fonts
        if s.phase == Phase.INTRO:
            draw_text(surface, fonts, f"ROUND {s.round}", (320, 120), 48, GOLD, "center", bold=True)
        elif self.banner_frames > 0 and self.banner:
            size = 56 if len(self.banner) < 10 else 40
            draw_text(surface, fonts, self.banner, (320, 120), size, GOLD, "center", bold=True)
        if s.phase == Phase.BREAK:
            self._corner(surface, labels)

    def _corner(self, surface: pygame.Surface, labels: tuple[str, str]) -> None:
        s = self.fight.s
        fonts = self.app.fonts
        box = pygame.Rect(90, 140, 460, 150)
        panel(surface, box, 215)
        draw_text(surface, fonts, f"END OF ROUND {s.round}", (320, 148), 22, GOLD, "center", bold=True)
        from game.render.text import wrap

        for i, line in enumerate(wrap(fonts, self.corner_line, 16, 430)[:3]):
            draw_text(surface, fonts, line, (320, 172 + 15 * i), 16, WHITE, "center")
        a, b = s.boxers[0].round_figures, s.boxers[1].round_figures
        draw_text(surface, fonts, labels[0], (104, 236), 14, RED, bold=True)
        draw_text(surface, fonts, labels[1], (536, 236), 14, BLUE, "right", bold=True)
        rows = (("landed", a.landed, b.landed), ("power punches", a.power_landed, b.power_landed),
                ("thrown", a.thrown, b.thrown), ("knockdowns", b.knockdowns_suffered, a.knockdowns_suffered))
        for i, (name, x, y) in enumerate(rows):
            yy = 222 + 14 * i
            draw_text(surface, fonts, str(x), (250, yy), 15, WHITE, "right")
            draw_text(surface, fonts, name, (320, yy), 14, GREY, "center")
            draw_text(surface, fonts, str(y), (390, yy), 15, WHITE)
        draw_text(surface, fonts, self.skip, (320, 276), 13, GREY, "center")
