"""Tire flips in the yard behind the gym (the yard and the tire's drawing are in `yard.py`).

The tire is drawn from the physics body's position and angle as a real tractor tire seen from the side and a
little from above: the tread band with its chevron lugs, shaded as a cylinder, and the sidewall of whichever face
is up, with the hole in the middle. Vito crouches, grips, lifts and drives with his hands on the tire's raised
edge (two-bone reach of the figure's arms), and breathes smoke in the cold. View-only: nothing here feeds back.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.render.fighter import SWEATSUIT, Outfit, draw_figure
from game.render.pose import Values, blend, figure_pose
from game.render.pose_rig import make_build, pose_rig
from game.render.text import GOLD, GREY, WHITE, draw_text, panel
from game.render.training.yard import GROUND_Y, Yard, draw_tire, mix, with_hands
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.tire_flips import LIFT_VERDICTS, Phase, TireFlips, lift_quality

if TYPE_CHECKING:
    from game.app import App

Color = tuple[int, int, int]
Point = tuple[float, float]

STAND = figure_pose(x=0, lean=4, head=2, lead_arm=(10, 24), rear_arm=(6, 28), lead_leg=(8, 6), rear_leg=(-8, 6))
STAND_IN = figure_pose(x=0, lean=6, head=4, lead_arm=(12, 26), rear_arm=(8, 30), lead_leg=(9, 10), rear_leg=(-8, 9))
CROUCH = figure_pose(x=-6, lean=42, head=-14, lead_leg=(86, 128), rear_leg=(50, 118))
LIFTED = figure_pose(x=-2, lean=14, head=-6, lead_leg=(34, 30), rear_leg=(-10, 12))
DRIVE = figure_pose(x=2, lean=30, head=-4, lead_leg=(52, 56), rear_leg=(-34, 8))
CHEER = figure_pose(x=0, lean=-4, head=-10, lead_arm=(160, 20), rear_arm=(168, 14), lead_leg=(10, 8),
                    rear_leg=(-10, 8))


def walk_pose(phase: float) -> Values:
    s = math.sin(phase)
    return figure_pose(x=1, lift=abs(s) * 1.5, lean=7, head=2, lead_arm=(-14 * s + 12, 40), rear_arm=(14 * s + 12, 40),
                       lead_leg=(22 * s + 4, 14 + 18 * max(0.0, -s)), rear_leg=(-22 * s + 4, 14 + 18 * max(0.0, s)))


# --- the view ----------------------------------------------------------------------------------------------------

LIFT_WORDS = dict(zip(LIFT_VERDICTS, ("GREAT LIFT!", "GOOD LIFT", "WEAK LIFT"), strict=True))  # the sim judges
GHOST_SUIT = Outfit(suit=(150, 190, 230), hands="fists")  # the personal best's ghost, pale blue


class View:
    """Tire flips on screen."""

    def __init__(self, app: App, sim: TireFlips) -> None:
        self.app = app
        self.sim = sim
        p = sim.p
        self.look = app.content.looks["vito"]
        self.height_px = app.content.fighter("vito").height_px
        self.bd = make_build(self.look, self.height_px)
        n = len(sim.spec.checkpoints)
        self.yard = Yard(max(640, p.start_x_px + n * (p.tire_length_px + p.tire_height_px + 14) + 340))
        self.cam = self._cam_target()
        self.walked = 0.0
        self.last_x = sim.fighter_x
        self.push_hand = 0  # 1 lead, 2 rear: the hand that shoved last, and how fresh that shove is
        self.push_age = 99
        self.verdict = ""
        self.verdict_age = 999
        self.release_meter = -1
        self.marks: list[tuple[float, int]] = []  # the tire's prints in the snow: world x, age
        self.cheer = 0
        self.breath_in = 30
        self.lay_x = float(sim.tire.position.x)  # where the tire lay before this lift: it leaves a print

    _ghost_buf: pygame.Surface | None = None

    def _cam_target(self) -> float:
        x = float(self.sim.tire.position.x) - 290.0
        return max(0.0, min(float(self.yard.width - 640), x))

    def _play(self, name: str) -> None:
        if self.app.audio is not None:
            self.app.audio.play(name)

    def react(self, events: list[Event]) -> None:
        sim = self.sim
        self.yard.update()
        self.cam += (self._cam_target() - self.cam) * 0.06
        self.push_age += 1
        self.verdict_age += 1
        self.marks = [(x, a + 1) for x, a in self.marks]
        moved = abs(sim.fighter_x - self.last_x)
        before = self.walked
        self.walked += moved
        self.last_x = sim.fighter_x
        if sim.phase == Phase.READY and moved > 0 and int(before / 18) != int(self.walked / 18):
            self._play("footstep")
        mouth = self._mouth()
        for e in events:
            if e.kind == "lift":
                self._play("tire_grunt")
                self.verdict = ""  # the physics says how good it was, a few ticks on (the lift_verdict event)
                self.verdict_age = 0
                self.release_meter = sim.meter
                bb = sim.shape.bb
                self.lay_x = (bb.left + bb.right) / 2
                self.yard.breath(*mouth, 1, strong=True)
            elif e.kind == "lift_verdict":
                self.verdict = LIFT_WORDS[e.move]
                self.verdict_age = 0
            elif e.kind == "push":
                self.push_hand = 1 if e.move == "jab" else 2
                self.push_age = 0
                self._play("tire_grunt" if e.value == 1 else "footstep")
                self.yard.breath(*mouth, 1, strong=True)
            elif e.kind == "tire_land":
                self._land(1.0)
                self.verdict = f"FLIP {e.value}!"
                self.verdict_age = 0
                if sim.finished:
                    self.cheer = 1
            elif e.kind == "tire_drop":
                self._land(0.4)
            elif e.kind == "tire_fall":
                self.verdict = "IT FELL BACK"
                self.verdict_age = 0
        if self.cheer:
            self.cheer += 1
        self.breath_in -= 1
        if self.breath_in <= 0:
            self.yard.breath(*mouth, 1)
            self.breath_in = 46 if sim.phase != Phase.READY else 70

    def _land(self, weight: float) -> None:
        sim = self.sim
        self._play("tire_thump")
        bb = sim.shape.bb
        for x in (bb.left + 4, (bb.left + bb.right) / 2, bb.right - 4):
            self.yard.snow_burst(x, GROUND_Y + 4, weight)
        self.yard.shake = max(self.yard.shake, 3.0 * weight * self.app.settings.accessibility.shake)
        if weight >= 1.0:
            self.marks.append((self.lay_x, 0))

    def _mouth(self) -> Point:
        values, _ = self._pose()
        rig = pose_rig(values, self.bd)
        return self.sim.fighter_x + rig.head[0] + self.bd.head_r * 0.9, GROUND_Y - rig.head[1] + self.bd.head_r * 0.3

    # --- the fighter's pose from the sim's state ----------------------------------------------------------------

    def _edge_in_figure(self, dx: float = 0.0, dy: float = 0.0, sim: TireFlips | None = None) -> Point:
        sim = sim or self.sim
        ex, ey = sim.near_edge()
        return ex - sim.fighter_x + dx, ey + dy

    def _pose(self, ghost: TireFlips | None = None) -> tuple[Values, str]:
        """The fighter's pose from the run's state (the ghost's run: without this view's own flourishes)."""
        sim = ghost or self.sim
        if self.cheer and ghost is None:
            return blend(STAND, CHEER, self.cheer / 14), "joy"
        if sim.phase == Phase.GRIP:
            squat = min(1.0, sim.meter_ticks / 8)
            body = blend(STAND, CROUCH, squat)
            shake = 0.6 * math.sin(sim.clock.tick * 1.7) * squat
            hands = self._edge_in_figure(-2.0, -6.0 + shake, sim)
            return with_hands(body, self.bd, hands, (hands[0] - 2, hands[1] - 1)), "effort"
        if sim.phase == Phase.LIFT:
            tilt = sim.tilt_deg
            ey = sim.near_edge()[1]
            rise = min(1.0, max(0.0, (ey - 10.0) / 40.0))
            body = blend(blend(CROUCH, LIFTED, rise), DRIVE, min(1.0, max(0.0, (tilt - 30.0) / 30.0)))
            fresh = max(0.0, 1.0 - self.push_age / 8) if ghost is None else 0.0
            lead = self._edge_in_figure(-2.0 + (4.0 * fresh if self.push_hand == 1 else 0.0), -3.0, sim)
            rear = self._edge_in_figure(-5.0 + (4.0 * fresh if self.push_hand == 2 else -3.0), -1.0, sim)
            return with_hands(body, self.bd, lead, rear), "effort"
        target = sim.in_place
        if not target:
            return walk_pose((self.walked if ghost is None else sim.clock.tick) / 7.0), "calm"
        breathe = 0.5 + 0.5 * math.sin(sim.clock.tick * 0.09)
        return blend(STAND, STAND_IN, breathe), "calm"

    # --- drawing ------------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        sim = self.sim
        ox, oy = self.yard.offset()
        cam = self.cam - ox
        self.yard.draw_back(surface, cam)
        for x, age in self.marks:
            self._print(surface, x - cam + 0, max(0, 255 - age))
        self._tire(surface, cam, oy)
        values, face = self._pose()
        draw_figure(surface, self.look, values, round(sim.fighter_x - cam), GROUND_Y + oy, 1, face, self.height_px,
                    outfit=SWEATSUIT)
        self.yard.draw_front(surface, cam)
        self._hud(surface)

    def draw_ghost(self, surface: pygame.Surface, ghost: TireFlips) -> None:
        """The personal best's run, pale and see-through: its tire and its man, on this yard's camera."""
        ox, oy = self.yard.offset()
        cam = self.cam - ox
        if self._ghost_buf is None:
            self._ghost_buf = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        buf = self._ghost_buf
        buf.fill((0, 0, 0, 0))
        x, y = ghost.tire.position
        p = ghost.p
        draw_tire(buf, x - cam, GROUND_Y - y + oy, -ghost.tire.angle, p.tire_length_px, p.tire_height_px)
        values, face = self._pose(ghost)
        draw_figure(buf, self.look, values, round(ghost.fighter_x - cam), GROUND_Y + oy, 1, face, self.height_px,
                    shadow=False, outfit=GHOST_SUIT)
        buf.set_alpha(110)
        surface.blit(buf, (0, 0))

    def _print(self, surface: pygame.Surface, x: float, fresh: int) -> None:
        w = self.sim.p.tire_length_px
        mark = pygame.Rect(0, 0, w + 6, 12)
        mark.center = (round(x), GROUND_Y + 3)
        pygame.draw.ellipse(surface, mix((200, 208, 230), (176, 186, 214), fresh / 255), mark)
        pygame.draw.ellipse(surface, (214, 222, 240), mark.inflate(-w * 0.5, -6))

    def _tire(self, surface: pygame.Surface, cam: float, oy: int) -> None:
        sim = self.sim
        p = sim.p
        bb = sim.shape.bb
        lift = max(0.0, bb.bottom)
        shadow = pygame.Surface((round(bb.right - bb.left) + 20, 14), pygame.SRCALPHA)
        pygame.draw.ellipse(shadow, (70, 80, 120, max(30, 110 - round(lift * 2))), shadow.get_rect())
        surface.blit(shadow, (round(bb.left - cam) - 10, GROUND_Y - 3 + oy))
        x, y = sim.tire.position
        draw_tire(surface, x - cam, GROUND_Y - y + oy, -sim.tire.angle, p.tire_length_px, p.tire_height_px)

    def _hud(self, surface: pygame.Surface) -> None:
        sim = self.sim
        fonts = self.app.fonts
        p = sim.p
        self._flip_count(surface)
        bar = pygame.Rect(200, 330, 240, 14)
        panel(surface, bar.inflate(70, 22), 170)
        draw_text(surface, fonts, "LIFT", (bar.left - 30, bar.top), 15, GREY, bold=True)
        for i in range(bar.width):
            q = lift_quality(i * 1000 // bar.width, p)
            col = mix((70, 64, 80), (120, 200, 90), q / 1000) if q < 1000 else GOLD
            pygame.draw.line(surface, col, (bar.left + i, bar.top), (bar.left + i, bar.bottom - 1))
        lo, hi = bar.left + p.sweet_low * bar.width // 1000, bar.left + p.sweet_high * bar.width // 1000
        pygame.draw.rect(surface, WHITE, (lo, bar.top - 2, hi - lo + 1, bar.height + 4), 1)
        pygame.draw.rect(surface, (20, 18, 24), bar, 1)
        needle = sim.meter if sim.phase == Phase.GRIP else self.release_meter
        if needle >= 0 and (sim.phase == Phase.GRIP or self.verdict_age < 50):
            nx = bar.left + needle * bar.width // 1000
            pygame.draw.line(surface, WHITE, (nx, bar.top - 4), (nx, bar.bottom + 3), 2)
            pygame.draw.polygon(surface, WHITE, ((nx - 4, bar.top - 8), (nx + 4, bar.top - 8), (nx, bar.top - 3)))
        label = self.app.inputs.label
        if sim.phase == Phase.READY and sim.in_place and not sim.finished:
            hint = f"Hold {label(0, Action.DOWN)} to grip"
        elif sim.phase == Phase.GRIP:
            hint = "Release in the gold!"
        elif sim.phase == Phase.LIFT and sim.tilt_deg >= p.drive_angle_deg:
            hint = f"Drive it! {label(0, Action.JAB)} / {label(0, Action.STRAIGHT)}"
        else:
            hint = ""
        if hint:
            draw_text(surface, fonts, hint, (320, 308), 17, WHITE, "center", bold=True)
        if self.verdict and self.verdict_age < 50:
            col = GOLD if self.verdict.startswith(("GREAT", "FLIP")) else (WHITE if "GOOD" in self.verdict else GREY)
            draw_text(surface, fonts, self.verdict, (320, 150 - min(10, self.verdict_age // 3)), 28, col, "center",
                      bold=True)

    def _flip_count(self, surface: pygame.Surface) -> None:
        n = len(self.sim.spec.checkpoints)
        for i in range(n):
            x, y = 14 + i * 24, 334
            done = i < self.sim.flips
            pygame.draw.ellipse(surface, (20, 20, 24), (x - 1, y - 1, 22, 12))
            pygame.draw.ellipse(surface, GOLD if done else (64, 64, 70), (x, y, 20, 10))
            pygame.draw.ellipse(surface, (20, 20, 24), (x + 6, y + 3, 8, 4))
