"""Sledgehammer on screen: the same yard as the tire flips, the tire lying flat, Vito bringing the hammer down.

The hammer's angle and the hands on its handle follow the simulation's phase and meter: up over the head as the
meter climbs, tipping back behind it when held past the top, accelerating down in the swing, bouncing off the
tire. The arms reach the handle (the figure's two-bone reach) and the hammer is drawn in the hands. On impact a
spark and a ring on a full swing, a dull puff on a weak one, snow shaken off the tire. The meter (its full zone at
the top) and the streak with its checkpoints are drawn large. View-only: nothing here feeds back.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.render.effects import Effects
from game.render.fighter import SWEATSUIT, draw_figure
from game.render.pose import Values, blend, figure_pose
from game.render.pose_rig import direction, make_build
from game.render.text import GOLD, GREY, WHITE, draw_text, panel
from game.render.training.yard import GROUND_Y, Yard, draw_tire, with_hands
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.sledgehammer import Phase, Sledgehammer

if TYPE_CHECKING:
    from game.app import App

Point = tuple[float, float]

CAM_X = 160.0  # the yard's camera: the end of the gym wall, the fence and the sunrise behind the tire
FIGHTER_X = 430  # world x of Vito
TIRE_OFFSET = 92  # the tire's centre this far in front of him
TIRE_LENGTH, TIRE_HEIGHT = 84, 24
HANDLE = 46  # the hammer's handle, px
CHOKE = 13  # the far hand this far up the handle from the near one
REST_ANGLE = 48.0  # the hammer's angle (pose-book degrees: 0 down, 90 forward, 180 up) resting, head on the tire
TOP_ANGLE = 196.0  # straight up and a little back at the top of the raise
TIPPED = 66.0  # how much further back it tips when held past the top
IMPACT_ANGLE = 78.0
REST_HANDS = (20.0, 44.0)
TOP_HANDS = (2.0, 106.0)
IMPACT_HANDS = (28.0, 46.0)
WOOD = (168, 124, 74)
STEEL = (96, 100, 112)

READY = figure_pose(x=-2, lean=12, head=4, lead_leg=(24, 18), rear_leg=(-22, 12))
ARCH = figure_pose(x=-4, lean=-6, head=-8, lead_leg=(22, 12), rear_leg=(-22, 10))
DRIVE = figure_pose(x=2, lean=36, head=10, lead_leg=(38, 52), rear_leg=(-14, 42))


def _lerp(a: Point, b: Point, t: float) -> Point:
    return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t


class View:
    """The sledgehammer stage on screen."""

    def __init__(self, app: App, sim: Sledgehammer) -> None:
        self.app = app
        self.sim = sim
        self.look = app.content.looks["vito"]
        self.height_px = app.content.fighter("vito").height_px
        self.bd = make_build(self.look, self.height_px)
        self.yard = Yard(1100, seed=11)
        acc = app.settings.accessibility
        self.effects = Effects(seed=17, flash_scale=acc.flash * 0.3, shake_scale=acc.shake, floor_y=GROUND_Y)
        self.rings: list[tuple[float, float, int, bool]] = []  # x, y, age, full
        self.squash = 0.0
        self.verdict = ""
        self.verdict_age = 999
        self.release_angle = REST_ANGLE
        self.release_hands = REST_HANDS
        self.breath_in = 20
        self.trail: list[tuple[Point, float]] = []

    def _play(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    # --- where the hammer is -------------------------------------------------------------------------------------

    def _raise(self) -> tuple[float, Point]:
        sim = self.sim
        m = sim.meter / 1000
        if sim.rising() or sim.meter == 0:
            return REST_ANGLE + (TOP_ANGLE - REST_ANGLE) * m, _lerp(REST_HANDS, TOP_HANDS, min(1.0, m * 1.15))
        back = 1.0 - m
        return TOP_ANGLE + TIPPED * back, _lerp(TOP_HANDS, (-6.0, 96.0), back)

    def hammer(self) -> tuple[float, Point]:
        """The hammer's angle and the near hand's place (figure frame) on this frame."""
        sim = self.sim
        if sim.phase == Phase.RAISE:
            return self._raise()
        if sim.phase == Phase.SWING:
            u = min(1.0, sim.phase_ticks / sim.p.swing_ticks) ** 2
            return (self.release_angle + (IMPACT_ANGLE - self.release_angle) * u,
                    _lerp(self.release_hands, IMPACT_HANDS, u))
        if sim.phase == Phase.RECOVER:
            u = sim.phase_ticks / max(1, sim.p.recover_ticks)
            bounce = math.sin(min(1.0, u * 2.5) * math.pi) * (16.0 if sim.kind == "full" else 6.0)
            return IMPACT_ANGLE - bounce + (REST_ANGLE - IMPACT_ANGLE) * u, _lerp(IMPACT_HANDS, REST_HANDS, u)
        sway = math.sin(sim.clock.tick * 0.08)
        return REST_ANGLE + 2.0 * sway, (REST_HANDS[0], REST_HANDS[1] + sway)

    def _body(self) -> tuple[Values, str]:
        sim = self.sim
        angle = self.hammer()[0]
        if sim.phase == Phase.SWING or (sim.phase == Phase.RECOVER and sim.phase_ticks < 5):
            t = sim.phase_ticks / sim.p.swing_ticks if sim.phase == Phase.SWING else 1.0
            return blend(ARCH, DRIVE, t), "effort"
        if sim.phase == Phase.RECOVER:
            return blend(DRIVE, READY, (sim.phase_ticks - 5) / max(1, sim.p.recover_ticks - 5)), "effort"
        up = max(0.0, min(1.0, (angle - REST_ANGLE) / (TOP_ANGLE - REST_ANGLE)))
        return blend(READY, ARCH, up), ("effort" if sim.phase == Phase.RAISE else "calm")

    def _head_point(self, angle: float, hands: Point) -> Point:
        dx, dy = direction(angle)
        return hands[0] + dx * HANDLE, hands[1] + dy * HANDLE

    # --- events ------------------------------------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        sim = self.sim
        self.yard.update()
        self.effects.update()
        self.rings = [(x, y, a + 1, full) for x, y, a, full in self.rings if a < 22]
        self.squash *= 0.7
        self.verdict_age += 1
        angle, hands = self.hammer()
        self.trail = ([(self._head_point(angle, hands), angle), *self.trail][:4] if sim.phase == Phase.SWING
                      else [])
        for e in events:
            if e.kind == "swing":
                self._play("hammer_whoosh")
                self.release_angle, self.release_hands = self._raise_at_release()
            elif e.kind == "hammer_hit":
                self._impact(e.move == "full", e.value)
        self.breath_in -= 1
        if self.breath_in <= 0:
            self.yard.breath(*self._mouth(), 1, strong=sim.phase != Phase.IDLE)
            self.breath_in = 44 if sim.phase != Phase.IDLE else 66

    def _raise_at_release(self) -> tuple[float, Point]:
        sim = self.sim
        m = sim.released / 1000
        if sim.kind == "late":
            return TOP_ANGLE + TIPPED * (1.0 - m), _lerp(TOP_HANDS, (-6.0, 96.0), 1.0 - m)
        return REST_ANGLE + (TOP_ANGLE - REST_ANGLE) * m, _lerp(REST_HANDS, TOP_HANDS, min(1.0, m * 1.15))

    def _impact(self, full: bool, streak: int) -> None:
        hx, hy = self._head_point(IMPACT_ANGLE, IMPACT_HANDS)
        x, y = FIGHTER_X - CAM_X + hx + 4, GROUND_Y - hy + 6
        if full:
            self._play("hammer_ring")
            self.effects.hit_spark(x, y - 4, 1.0, counter=streak > 0 and streak % 4 == 0)
            self.rings.append((x, y, 0, True))
            self.squash = 1.0
            self.verdict = f"FULL SWING!  x{streak}" if streak > 1 else "FULL SWING!"
        else:
            self._play("tire_thump")
            self.effects.hit_spark(x, y - 2, 0.25)
            self.squash = 0.4
            self.verdict = "WEAK - STREAK BROKEN" if self.sim.kind == "weak" else "LATE - STREAK BROKEN"
        self.verdict_age = 0
        self.yard.snow_burst(FIGHTER_X + TIRE_OFFSET + 10, GROUND_Y - 20, 0.8 if full else 0.3)
        self.yard.shake = max(self.yard.shake, (3.0 if full else 1.0) * self.app.settings.accessibility.shake)
        self.yard.breath(*self._mouth(), 1, strong=True)

    def _mouth(self) -> Point:
        from game.render.pose_rig import pose_rig

        values, _ = self._body()
        rig = pose_rig(values, self.bd)
        return FIGHTER_X + rig.head[0] + self.bd.head_r * 0.9, GROUND_Y - rig.head[1] + self.bd.head_r * 0.3

    # --- drawing -----------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        ox, oy = self.yard.offset()
        cam = CAM_X - ox
        self.yard.draw_back(surface, cam)
        tx = FIGHTER_X + TIRE_OFFSET - cam
        shadow = pygame.Surface((TIRE_LENGTH + 20, 14), pygame.SRCALPHA)
        pygame.draw.ellipse(shadow, (70, 80, 120, 110), shadow.get_rect())
        surface.blit(shadow, (tx - TIRE_LENGTH / 2 - 10, GROUND_Y - 3 + oy))
        squash = 1.0 - 0.14 * self.squash
        draw_tire(surface, tx, GROUND_Y + oy - TIRE_HEIGHT * squash / 2, 0.0, TIRE_LENGTH, TIRE_HEIGHT * squash)
        angle, hands = self.hammer()
        body, face = self._body()
        grip_far = (hands[0] + direction(angle)[0] * CHOKE, hands[1] + direction(angle)[1] * CHOKE)
        values = with_hands(body, self.bd, grip_far, hands)
        fx = round(FIGHTER_X - cam)
        draw_figure(surface, self.look, values, fx, GROUND_Y + oy, 1, face, self.height_px, outfit=SWEATSUIT)
        for i, (head, a) in enumerate(self.trail[1:]):
            self._hammer_head(surface, fx, GROUND_Y + oy, head, a, 150 - 45 * i)
        self._hammer(surface, fx, GROUND_Y + oy, angle, hands)
        for x, y, age, full in self.rings:  # the ring of a full blow spreading over the tire
            r = 6 + age * (2.4 if full else 1.2)
            ring = pygame.Surface((round(r) * 2 + 4, round(r * 0.5) * 2 + 4), pygame.SRCALPHA)
            pygame.draw.ellipse(ring, (255, 244, 210, max(0, 220 - age * 10)), ring.get_rect(), 2)
            surface.blit(ring, (x - r - 2 + ox, y - r * 0.5 - 2 + oy))
        self.effects.draw(surface, (ox, oy))
        self.yard.draw_front(surface, cam)
        self._hud(surface)

    def _hammer(self, surface: pygame.Surface, fx: int, floor_y: int, angle: float, hands: Point) -> None:
        dx, dy = direction(angle)
        butt = (fx + hands[0] - dx * 5, floor_y - hands[1] + dy * 5)
        head = self._head_point(angle, hands)
        end = (fx + head[0], floor_y - head[1])
        pygame.draw.line(surface, (90, 62, 36), butt, end, 4)
        pygame.draw.line(surface, WOOD, butt, end, 2)
        self._hammer_head(surface, fx, floor_y, head, angle, 255)
        skin = self.look.skin
        for k in (0.0, CHOKE):  # the fists over the handle
            p = (fx + hands[0] + dx * k, floor_y - hands[1] - dy * k)
            pygame.draw.circle(surface, (60, 40, 30), p, 4)
            pygame.draw.circle(surface, skin, p, 3)

    def _hammer_head(self, surface: pygame.Surface, fx: int, floor_y: int, head: Point, angle: float,
                     alpha: int) -> None:
        dx, dy = direction(angle)
        ax, ay = dx, -dy  # along the handle, on screen
        px, py = -ay, ax  # across it
        cx, cy = fx + head[0], floor_y - head[1]
        corners = [(cx + ax * a + px * b, cy + ay * a + py * b) for a, b in ((-4, -8), (5, -8), (5, 8), (-4, 8))]
        if alpha >= 255:
            pygame.draw.polygon(surface, STEEL, corners)
            pygame.draw.line(surface, (176, 182, 196), corners[0], corners[1], 2)
            pygame.draw.polygon(surface, (50, 52, 60), corners, 1)
            return
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        left, top = math.floor(min(xs)), math.floor(min(ys))
        ghost = pygame.Surface((math.ceil(max(xs)) - left + 1, math.ceil(max(ys)) - top + 1), pygame.SRCALPHA)
        pygame.draw.polygon(ghost, (200, 206, 220, alpha // 3), [(x - left, y - top) for x, y in corners])
        surface.blit(ghost, (left, top))

    def _hud(self, surface: pygame.Surface) -> None:
        sim = self.sim
        fonts = self.app.fonts
        p = sim.p
        # the meter: a tall gauge beside him, the full zone at the top
        gauge = pygame.Rect(FIGHTER_X - CAM_X - 84, 176, 16, 110)
        panel(surface, gauge.inflate(10, 26).move(0, -4), 170)
        for i in range(gauge.height):
            level = 1000 - i * 1000 // gauge.height
            col = GOLD if level >= p.full_min else ((96, 150, 86) if level >= p.full_min - 300 else (70, 64, 80))
            pygame.draw.line(surface, col, (gauge.left, gauge.top + i), (gauge.right - 1, gauge.top + i))
        full_y = gauge.top + (1000 - p.full_min) * gauge.height // 1000
        pygame.draw.line(surface, WHITE, (gauge.left - 3, full_y), (gauge.right + 2, full_y))
        pygame.draw.rect(surface, (20, 18, 24), gauge, 1)
        needle = sim.meter if sim.phase == Phase.RAISE else (sim.released if sim.phase == Phase.SWING else 0)
        ny = gauge.bottom - needle * gauge.height // 1000
        tipping = sim.phase == Phase.RAISE and not sim.rising()
        col = (236, 100, 80) if tipping else WHITE
        pygame.draw.polygon(surface, col, ((gauge.right + 2, ny), (gauge.right + 9, ny - 5), (gauge.right + 9, ny + 5)))
        pygame.draw.line(surface, col, (gauge.left, ny), (gauge.right - 1, ny), 2)
        draw_text(surface, fonts, "TOP", (gauge.centerx, gauge.top - 16), 13, GOLD, "center", bold=True)
        # the streak: a pip per swing, the checkpoints marked
        marks = sim.marks()
        box = pygame.Rect(320 - 14 * p.streak_target // 2 - 78, 322, 14 * p.streak_target + 106, 30)
        panel(surface, box, 170)
        draw_text(surface, fonts, f"STREAK {sim.streak}", (box.left + 8, box.top + 8), 16,
                  GOLD if sim.streak else GREY, bold=True)
        for i in range(p.streak_target):
            cx, cy = box.left + 96 + i * 14, box.centery
            on = i < sim.streak
            pygame.draw.circle(surface, GOLD if on else (60, 58, 66), (cx, cy), 5)
            pygame.draw.circle(surface, (20, 18, 24), (cx, cy), 5, 1)
            if i + 1 in marks:
                pygame.draw.line(surface, WHITE, (cx + 7, cy - 9), (cx + 7, cy + 9))
        hint = ""
        label = self.app.inputs.label(0, Action.STRAIGHT)
        if sim.phase == Phase.IDLE and not sim.finished:
            hint = f"Press {label} to raise" if sim.config.assist else f"Hold {label} to raise"
        elif sim.phase == Phase.RAISE:
            hint = ("Press at the top!" if sim.config.assist else "Let go at the top!") if not tipping else "Too long!"
        if hint:
            draw_text(surface, fonts, hint, (320, 300), 17, WHITE, "center", bold=True)
        if self.verdict and self.verdict_age < 45:
            col = GOLD if self.verdict.startswith("FULL") else GREY
            draw_text(surface, fonts, self.verdict, (320, 120 - min(8, self.verdict_age // 3)), 26, col, "center",
                      bold=True)
