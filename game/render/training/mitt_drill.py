"""The mitt drill on screen: the dim gym at dawn, Viktor in his tracksuit holding the mitts, Vito in front of him.

Both men are posed by the fight's own pose book from the engine's state (`render.pose.pose_for`), drawn larger than
in the ring (a close-up), Viktor with pads on his fists. The tell frames of his punch make the mitt glint; a coach's
call names the punch; the counter window shows as a shrinking bar while he is still finishing a defended punch;
"CLEAN!" pops where the counter lands; the count sits at the bottom. View-only: nothing here changes the simulation.
"""

from __future__ import annotations

import dataclasses
import math
import random
from functools import lru_cache
from typing import TYPE_CHECKING

import pygame

from game.render.effects import Effects
from game.render.fighter import RING, Outfit, draw_figure
from game.render.pose import pose_for
from game.render.pose_rig import Rig, direction
from game.render.text import GOLD, GREY, WHITE, draw_text
from game.sim.boxer import Boxer
from game.sim.events import Event
from game.sim.states import FS
from game.sim.training.mitt_drill import VIKTOR, VITO, MittDrill

if TYPE_CHECKING:
    from game.app import App

W, H = 640, 360
FLOOR_Y = 312
SCALE = 1.5  # a close-up: the men are drawn half as big again as in the ring
WALL_FOOT = 226  # where the back wall meets the floor
TRACKSUIT = Outfit(suit=(54, 58, 70), hands="fists")
_REAR = frozenset({"straight", "uppercut", "body_straight", "haymaker"})
_CALLS = {"jab": "JAB!", "straight": "STRAIGHT!", "hook": "HOOK!", "uppercut": "UPPERCUT!", "body_hook": "BODY HOOK!",
          "body_straight": "TO THE BODY!", "haymaker": "BIG ONE!"}
Colour = tuple[int, int, int]


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: Colour, k: float) -> Colour:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


@lru_cache(maxsize=1)  # painted once: a reset builds a new View
def _gym() -> pygame.Surface:
    """The gym, drawn once: brick wall, high windows with the cold dawn in them, posters, a heavy bag on its
    chain, the corner of a ring, a bench, worn floorboards and pools of lamplight."""
    s = pygame.Surface((W, H))
    rng = random.Random(8)
    brick = (92, 54, 44)
    s.fill(brick, (0, 0, W, WALL_FOOT))
    for row, y in enumerate(range(0, WALL_FOOT, 8)):
        pygame.draw.line(s, _shade(brick, 0.7), (0, y), (W, y))
        for x in range((row % 2) * 12, W, 24):
            pygame.draw.line(s, _shade(brick, 0.7), (x, y), (x, y + 7))
            if rng.random() < 0.2:
                s.fill(_shade(brick, rng.uniform(0.85, 1.15)), (x + 1, y + 1, 22, 6))
    # high windows: dawn blue, mullions, light falling in
    for wx in (60, 250, 440):
        win = pygame.Rect(wx, 22, 120, 62)
        pygame.draw.rect(s, (40, 34, 34), win.inflate(8, 8))
        for i in range(win.h):
            pygame.draw.line(s, _mix((92, 116, 160), (196, 150, 150), i / win.h), (win.left, win.top + i),
                             (win.right - 1, win.top + i))
        for k in range(1, 4):
            pygame.draw.line(s, (40, 34, 34), (win.left + k * 30, win.top), (win.left + k * 30, win.bottom), 3)
        pygame.draw.line(s, (40, 34, 34), (win.left, win.centery), (win.right, win.centery), 3)
        pygame.draw.rect(s, (230, 232, 240), (win.left, win.bottom - 4, win.w, 4))  # snow on the sill outside
    # posters
    for px, colour in ((20, (170, 40, 36)), (196, (40, 70, 120)), (578, (180, 140, 40))):
        poster = pygame.Rect(px, 104, 40, 56)
        pygame.draw.rect(s, (226, 214, 186), poster)
        pygame.draw.rect(s, colour, poster.inflate(-6, -28).move(0, -8))
        for k in range(3):
            pygame.draw.line(s, (60, 50, 44), (poster.left + 5, poster.bottom - 16 + k * 5),
                             (poster.right - 6 - k * 6, poster.bottom - 16 + k * 5))
    # the floor: boards running away from us, darker at the back
    for i in range(H - WALL_FOOT):
        t = i / (H - WALL_FOOT)
        pygame.draw.line(s, _mix((70, 48, 34), (132, 92, 60), t), (0, WALL_FOOT + i), (W, WALL_FOOT + i))
    for k in range(-20, 21):
        x0 = 320 + k * 30
        x1 = 320 + k * 64
        pygame.draw.line(s, (60, 40, 28), (x0, WALL_FOOT), (x1, H), 1)
    for y in (WALL_FOOT + 14, WALL_FOOT + 36, WALL_FOOT + 70, WALL_FOOT + 112):
        pygame.draw.line(s, (84, 58, 40), (0, y), (W, y))
    pygame.draw.rect(s, (40, 28, 24), (0, WALL_FOOT - 4, W, 5))  # skirting
    # the ring's corner at the back right: a post, three ropes, the apron
    pygame.draw.rect(s, (36, 40, 70), (470, 196, 170, 32))
    pygame.draw.rect(s, (50, 56, 96), (470, 196, 170, 4))
    pygame.draw.rect(s, (170, 170, 180), (488, 110, 8, 88))
    pygame.draw.rect(s, (220, 220, 228), (488, 110, 3, 88))
    for k, colour in enumerate(((200, 50, 44), (236, 236, 236), (60, 90, 190))):
        y = 122 + k * 22
        pygame.draw.line(s, colour, (492, y), (W, y + 4), 3)
        pygame.draw.line(s, _shade(colour, 0.6), (492, y + 2), (W, y + 6), 1)
    # the heavy bag on the left, on its chain
    pygame.draw.line(s, (70, 70, 76), (96, 0), (96, 96), 2)
    for y in range(4, 96, 6):
        pygame.draw.ellipse(s, (110, 110, 118), (93, y, 6, 7), 1)
    bag = pygame.Rect(74, 96, 44, 110)
    for i in range(bag.w):
        t = i / bag.w
        c = _mix((70, 22, 20), (150, 48, 40), 1 - abs(t - 0.35) * 1.6)
        pygame.draw.line(s, c, (bag.left + i, bag.top + 4), (bag.left + i, bag.bottom - 4))
    pygame.draw.ellipse(s, (60, 20, 18), (bag.left, bag.top - 3, bag.w, 10))
    pygame.draw.ellipse(s, (50, 16, 14), (bag.left, bag.bottom - 8, bag.w, 10))
    pygame.draw.rect(s, (220, 200, 160), (bag.left, bag.top + 40, bag.w, 10))
    # a bench with a towel and a bucket
    pygame.draw.rect(s, (110, 74, 46), (150, 214, 90, 8))
    pygame.draw.rect(s, (70, 46, 30), (156, 222, 6, 14))
    pygame.draw.rect(s, (70, 46, 30), (228, 222, 6, 14))
    pygame.draw.rect(s, (226, 226, 214), (170, 208, 28, 8))
    pygame.draw.polygon(s, (120, 124, 132), [(250, 214), (270, 214), (267, 236), (253, 236)])
    pygame.draw.ellipse(s, (150, 154, 164), (249, 211, 22, 6))
    # lamplight: pools under two hanging lamps, the corners left dim
    light = pygame.Surface((W, H), pygame.SRCALPHA)
    for lx in (200, 430):
        pygame.draw.line(s, (30, 30, 30), (lx, 0), (lx, 26), 2)
        pygame.draw.polygon(s, (44, 60, 50), [(lx - 14, 34), (lx - 6, 24), (lx + 6, 24), (lx + 14, 34)])
        pygame.draw.ellipse(s, (255, 230, 170), (lx - 8, 31, 16, 6))
        for r in range(10, 0, -1):
            a = 7
            pygame.draw.polygon(light, (255, 214, 150, a), [(lx - 6, 34), (lx + 6, 34), (lx + 30 + r * 9, FLOOR_Y),
                                                           (lx - 30 - r * 9, FLOOR_Y)])
    s.blit(light, (0, 0))
    shade = pygame.Surface((W, H), pygame.SRCALPHA)
    for i in range(60):
        a = int(120 * (1 - i / 60) ** 2)
        pygame.draw.line(shade, (8, 6, 12, a), (i, 0), (i, H))
        pygame.draw.line(shade, (8, 6, 12, a), (W - 1 - i, 0), (W - 1 - i, H))
    s.blit(shade, (0, 0))
    return s


@lru_cache(maxsize=2)
def _mitt(r: int) -> pygame.Surface:
    """A focus mitt seen edge-on from the side: a thick black leather pad, its pale target facing the pupil."""
    s = pygame.Surface((r * 2 + 4, r * 3 + 4), pygame.SRCALPHA)
    body = pygame.Rect(2, 2, r * 2, r * 3)
    pygame.draw.ellipse(s, (16, 14, 18), body.inflate(2, 2))
    pygame.draw.ellipse(s, (48, 44, 52), body)
    pygame.draw.ellipse(s, (84, 80, 92), body.inflate(-r, -r * 2).move(r // 3, -r // 2))  # the light on the leather
    face = pygame.Rect(2, 2 + r // 2, r, r * 2)  # the striking face, towards the pupil (drawn facing left)
    pygame.draw.ellipse(s, (236, 230, 214), face)
    pygame.draw.ellipse(s, (200, 40, 36), face.inflate(-r // 2, -r))
    return s


class View:
    def __init__(self, app: App, sim: MittDrill) -> None:
        self.app = app
        self.sim = sim
        self.fonts = app.fonts
        self.looks = app.content.looks
        book = app.content.looks.poses
        if book is None:
            raise ValueError("the mitt drill needs the looks' pose book")
        self.book = book
        self.backdrop = _gym()
        self.mitt = _mitt(8)
        self.effects = Effects(seed=31, flash_scale=0.0, shake_scale=0.0, floor_y=FLOOR_Y)
        self.tick = 0
        self.pops: list[tuple[str, int, Colour, float, float]] = []  # text, tick, colour, x, y
        self.call: tuple[str, int] = ("", -1000)
        self.last_target = ("head", "head")  # the last punch each man took, for the reaction pose
        self.mitts = ((360.0, 200.0), (360.0, 200.0))  # lead, rear mitt on screen
        self.vito_glove = (320.0, 200.0)
        self.bumped = 0  # ticks the count has been glowing since the last clean counter

    def screen_x(self, b: Boxer) -> int:
        centre = (self.sim.rules.left_rope_sub + self.sim.rules.right_rope_sub) // 2
        return round(W / 2 + (b.x - centre) * SCALE / 256)

    # --- events ---------------------------------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        self.tick += 1
        if self.bumped:
            self.bumped -= 1
        for e in events:
            if e.kind == "throw":
                self.call = (_CALLS.get(e.move, e.move.upper()), self.tick)
            elif e.kind == "slip":
                self._pop("SLIPPED", (170, 210, 250), self.screen_x(self.sim.vito) - 20, 150)
            elif e.kind == "block" and e.side == VIKTOR:
                self._pop("BLOCKED", (170, 210, 250), self.screen_x(self.sim.vito) - 20, 150)
                self._sound("block")
            elif e.kind == "whiff" and e.side == VIKTOR:
                self._pop("DUCKED", (170, 210, 250), self.screen_x(self.sim.vito) - 20, 150)
            elif e.kind == "hit" and e.side == VIKTOR:
                self.last_target = (e.target, self.last_target[1])
                self._pop("CAUGHT!", (240, 110, 90), self.screen_x(self.sim.vito) - 20, 150)
                self._sound(f"hit_{e.target}_medium")
                x, y = self.mitts[1 if e.move in _REAR else 0]
                self.effects.hit_spark(x - 24, y, 0.5)
            elif e.kind == "hit" and e.side == VITO:
                self.last_target = (self.last_target[0], e.target)
                self._sound("mitt_pop")
                x, y = self.vito_glove
                self.effects.hit_spark(x + 6, y, 0.7, counter=e.counter)
            elif e.kind == "block" and e.side == VITO:
                self._sound("mitt_pop")
            elif e.kind == "clean":
                self._pop("CLEAN!", GOLD, self.vito_glove[0] + 10, self._above_heads())
                self.bumped = 30
            elif e.kind == "late":
                self._pop("LATE", GREY, self.vito_glove[0] + 10, self._above_heads())
            elif e.kind == "split" and e.value < len(self.sim.spec.checkpoints):  # the last: the finish banner
                self._pop(f"{e.move.upper()}!", GOLD, W / 2, 96)
        self.effects.update()
        self.pops = [p for p in self.pops if self.tick - p[1] < self.sim.params.clean_pop_frames]

    def _above_heads(self) -> float:
        """Where a counter's word pops: over the glove that landed, but clear above both men's heads (the taller
        one's height above the floor, his hair, and room for the word at its biggest), never on Viktor's face."""
        tallest = max(self.sim.vito.content.height_px, self.sim.viktor.content.height_px)
        return FLOOR_Y - tallest * SCALE - 52

    def _pop(self, text: str, colour: Colour, x: float, y: float) -> None:
        self.pops.append((text, self.tick, colour, x, y))

    def _sound(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    # --- drawing --------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        sim = self.sim
        surface.blit(self.backdrop, (0, 0))
        vito, viktor = sim.vito, sim.viktor
        viktor_first = viktor.state not in (FS.PUNCH_STARTUP, FS.PUNCH_ACTIVE, FS.PUNCH_RECOVERY)
        if viktor_first:
            self._draw_viktor(surface, viktor)
            self._draw_vito(surface, vito)
        else:
            self._draw_vito(surface, vito)
            self._draw_viktor(surface, viktor)
        self._draw_tell(surface, viktor)
        self.effects.draw(surface)
        self._draw_window(surface)
        self._draw_pops(surface)
        self._draw_count(surface)
        if sim.config.players > 1:
            draw_text(surface, self.fonts, "Player 2 holds the mitts", (W // 2, 300), 14, GREY, "center")

    def _draw_vito(self, surface: pygame.Surface, vito: Boxer) -> None:
        values, face = pose_for(vito, self.book, self.tick, self.last_target[0])
        x = self.screen_x(vito)
        if vito.state == FS.HITSTOP:
            x += 1 if self.tick % 4 < 2 else -1
        rig = draw_figure(surface, self.looks["vito"], values, x, FLOOR_Y, 1, face, vito.content.height_px, SCALE,
                          outfit=RING)
        rear = vito.move is not None and vito.move.id in _REAR
        wrist, fore = (rig.rear_wrist, rig.rear_fore) if rear else (rig.lead_wrist, rig.lead_fore)
        dx, dy = direction(fore)
        self.vito_glove = (x + wrist[0] + dx * 8, FLOOR_Y - wrist[1] - dy * 8)

    def _viktor_shown(self, viktor: Boxer) -> Boxer:
        """A mitt man catches punches on the pads: a counter he takes shows as a catch, not a hurt."""
        if viktor.state in (FS.HITSTOP, FS.HITSTUN, FS.STAGGERED):
            low = self.last_target[1] == "body"
            stun = max(1, viktor.stun)
            return dataclasses.replace(viktor, state=FS.BLOCKSTUN, guard_kind=FS.GUARD_LOW if low else FS.GUARD_HIGH,
                                       stun=stun, frame=0 if viktor.state == FS.HITSTOP else viktor.frame)
        return viktor

    def _draw_viktor(self, surface: pygame.Surface, viktor: Boxer) -> None:
        shown = self._viktor_shown(viktor)
        values, face = pose_for(shown, self.book, self.tick, self.last_target[1])
        x = self.screen_x(viktor)
        rig = draw_figure(surface, self.looks["viktor"], values, x, FLOOR_Y, -1, face, viktor.content.height_px,
                          SCALE, outfit=TRACKSUIT)
        self.mitts = (self._pad(surface, rig, x, rear=False), self._pad(surface, rig, x, rear=True))

    def _pad(self, surface: pygame.Surface, rig: Rig, x: int, rear: bool) -> tuple[float, float]:
        wrist, fore = (rig.rear_wrist, rig.rear_fore) if rear else (rig.lead_wrist, rig.lead_fore)
        dx, dy = direction(fore)
        cx, cy = x - (wrist[0] + dx * 6), FLOOR_Y - (wrist[1] + dy * 6)
        img = pygame.transform.rotate(self.mitt, -(fore - 90.0) * 0.5) if abs(fore - 90.0) > 20 else self.mitt
        surface.blit(img, img.get_rect(center=(round(cx), round(cy))))
        return cx, cy

    def _draw_tell(self, surface: pygame.Surface, viktor: Boxer) -> None:
        """The glint on the cocked mitt through the tell frames, and the coach's call."""
        move = viktor.move
        if move is not None and viktor.state == FS.PUNCH_STARTUP and viktor.frame < max(move.tell_frames, 1) + 2:
            cx, cy = self.mitts[1 if move.id in _REAR else 0]
            r = 10 + (self.tick % 6)
            glint = (255, 250, 210)
            for ang in range(0, 360, 45):
                a = math.radians(ang + self.tick * 9)
                length = r if ang % 90 == 0 else r * 0.55
                pygame.draw.line(surface, glint, (cx, cy), (cx + math.cos(a) * length, cy + math.sin(a) * length))
            pygame.draw.circle(surface, (255, 255, 240), (round(cx), round(cy)), 3)
        text, at = self.call
        age = self.tick - at
        if text and age < 34:
            x = self.screen_x(viktor) + 30
            font = self.fonts.get(17, True)
            img = font.render(text, True, (40, 30, 30))
            box = img.get_rect(midbottom=(x + 20, 120)).inflate(12, 8)
            pygame.draw.rect(surface, (246, 240, 226), box, border_radius=6)
            pygame.draw.polygon(surface, (246, 240, 226), [(box.left + 10, box.bottom - 1), (box.left + 22,
                                                           box.bottom - 1), (box.left + 6, box.bottom + 9)])
            pygame.draw.rect(surface, (120, 100, 90), box, 1, border_radius=6)
            surface.blit(img, img.get_rect(center=box.center))

    def _draw_window(self, surface: pygame.Surface) -> None:
        """While Viktor is finishing a punch Vito defended: COUNTER! and the frames of the window running out."""
        sim = self.sim
        left = sim.window_left()
        if left <= 0:
            return
        k = sim.viktor
        assert k.move is not None
        full = k.move.active + k.move_recovery
        bar = pygame.Rect(W // 2 - 70, 62, 140, 8)
        pygame.draw.rect(surface, (30, 24, 30), bar.inflate(4, 4))
        pygame.draw.rect(surface, _mix((240, 90, 70), (250, 210, 90), left / full),
                         (bar.left, bar.top, bar.w * left // full, bar.h))
        if self.tick % 10 < 7:
            draw_text(surface, self.fonts, "COUNTER!", (W // 2, 38), 22, GOLD, "center", bold=True)

    def _draw_pops(self, surface: pygame.Surface) -> None:
        life = self.sim.params.clean_pop_frames
        for text, at, colour, x, y in self.pops:
            age = self.tick - at
            size = 30 if text == "CLEAN!" else 18
            if text == "CLEAN!" and age < 6:
                size += (6 - age) * 3
            draw_text(surface, self.fonts, text, (round(x), round(y - age * 0.6)), size,
                      colour if age < life - 10 else _mix(colour, (60, 50, 50), (age - life + 10) / 10), "center",
                      bold=True)

    def _draw_count(self, surface: pygame.Surface) -> None:
        sim, p = self.sim, self.sim.params
        strip = pygame.Surface((300, 42), pygame.SRCALPHA)
        strip.fill((14, 12, 22, 190))
        surface.blit(strip, (W // 2 - 150, H - 44))
        glow = GOLD if self.bumped else WHITE
        draw_text(surface, self.fonts, "CLEAN COUNTERS", (W // 2 - 140, H - 40), 14, GREY)
        draw_text(surface, self.fonts, f"{sim.counters} / {p.target}", (W // 2 + 140, H - 42), 24, glow, "right",
                  bold=True)
        n = p.target
        gap = min(18, 270 // max(1, n))
        x0 = W // 2 - 140
        for i in range(n):
            x = x0 + i * gap + 6
            filled = i < sim.counters
            pygame.draw.circle(surface, (30, 26, 30), (x, H - 14), 6)
            pygame.draw.circle(surface, GOLD if filled else (70, 64, 70), (x, H - 14), 5)
            if filled:
                pygame.draw.circle(surface, (255, 240, 190), (x - 1, H - 16), 2)
            if i + 1 in p.checkpoint_counters[:-1]:
                pygame.draw.line(surface, GREY, (x + gap // 2, H - 22), (x + gap // 2, H - 6))
