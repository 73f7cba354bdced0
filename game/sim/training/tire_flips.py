"""Tire flips: a tractor tire as a pymunk rigid body in the yard, flipped end over end across it.

The tire is a rounded box lying on the snow (seen from the side: long and low). Holding the grip button crouches
and grips its near edge while a meter swings (a triangle wave, in permille); releasing it lifts: an impulse at the
near edge, across the tire's long side, scaled by how close to the sweet spot the release was. Once the tire stands
past the drive angle, alternating pushes shove the raised edge on over. Nothing is canned: a weak lift rises and
falls back flat under gravity, a good one goes past upright and lands on the other face further along, which is a
flip (a checkpoint; the last one is the goal). The fighter then steps up to the tire's new near edge.

A lift is judged by what the physics made of it, not by a number of its own: the tick the tire first stands at the
drive angle (pushes can take it over from there) it was a good lift ("great" from the sweet spot), and if it turns
back before that it was weak (it can only fall back). The "lift_verdict" event says which, once per lift.

Angles: the tire's `tilt` is how far it has turned over from lying flat on its current face, in degrees (0 flat,
90 upright, 180 flat on the other face); pymunk's angle is counter-clockwise, the tire turns clockwise (toward +x),
so tilt = -angle in degrees less 180 per flip already made.
"""

from __future__ import annotations

import math
from enum import Enum

import pymunk

from game.content.library import Content
from game.content.rules import SUBPX
from game.content.stages.tire_flips import Params
from game.content.training import StageSpec
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import (
    DT,
    PERMILLE,
    ClockedStage,
    Control,
    StageClock,
    StageConfig,
    digest,
    make_rng,
    rng_key,
    triangle_permille,
)

SETTLE_TICKS = 30  # the tire settles onto the snow before the first tick (the same every run)
GRIP = int(Action.DOWN | Action.BLOCK)
HANDS = (int(Action.JAB), int(Action.STRAIGHT))
LIFT_VERDICTS = ("great", "good", "weak")  # a sweet-spot lift that stands the tire up to be driven, another, none

CONTROLS = (
    Control("Crouch and grip: hold; release in the sweet spot to lift", (Action.DOWN, Action.BLOCK)),
    Control("Drive it over: alternate", (Action.JAB, Action.STRAIGHT)),
)
ASSIST_CONTROLS = (Control("Or drive it over by holding a hand", (Action.JAB, Action.STRAIGHT)),)


class Phase(Enum):
    READY = "ready"  # stepping up to the tire, or standing at it waiting to grip
    GRIP = "grip"  # crouched, gripping; the meter swings
    LIFT = "lift"  # the lift is done: the tire rises (and the pushes drive it) until it flips or falls back


meter_value = triangle_permille  # the grip meter after `ticks` ticks of holding


def lift_quality(meter: int, p: Params) -> int:
    """How good a release at `meter` is, in permille: full inside the sweet spot, fading outside it."""
    excess = max(0, p.sweet_low - meter, meter - p.sweet_high)
    return max(0, PERMILLE - excess * PERMILLE // p.sweet_falloff)


class TireFlips(ClockedStage):
    def __init__(self, spec: StageSpec, config: StageConfig) -> None:
        self.spec = spec
        self.config = config
        self.p: Params = spec.params
        self.clock = StageClock(spec)
        self.rng = make_rng(spec, config)  # unused by the rules (the yard is the same every run), kept in the hash
        self.phase = Phase.READY
        self.flips = 0
        self.fallbacks = 0
        self.meter_ticks = 0
        self.meter = 0
        self.lift_q = 0  # the last lift's quality, permille
        self.lift_verdict = ""  # what the physics made of the last lift (LIFT_VERDICTS), "" until it is known
        self.push_cooldown = 0
        self.last_hand = 0
        self.pushes = 0  # pushes that acted on this lift
        self.assist_timer = 0
        self.last_input = 0
        self.space, self.tire, self.shape = self._build_space()
        self.fighter_sub = self._stand_target()

    # --- the physics world ---------------------------------------------------------------------------------------

    def _build_space(self) -> tuple[pymunk.Space, pymunk.Body, pymunk.Poly]:
        p = self.p
        space = pymunk.Space()
        space.iterations = p.iterations
        space.gravity = (0.0, -p.gravity_px_s2)
        far = p.start_x_px + 2 * len(self.spec.checkpoints) * (p.tire_length_px + p.tire_height_px) + 1000
        ground = pymunk.Segment(space.static_body, (-1000.0, -4.0), (float(far), -4.0), 4.0)
        ground.friction = p.ground_friction
        ground.elasticity = 0.0
        space.add(ground)
        size = (float(p.tire_length_px), float(p.tire_height_px))
        body = pymunk.Body(p.tire_mass, pymunk.moment_for_box(p.tire_mass, size))
        body.position = (float(p.start_x_px), p.tire_height_px / 2)
        shape = pymunk.Poly.create_box(body, size, float(p.tire_corner_px))
        shape.friction = p.tire_friction
        shape.elasticity = p.tire_bounce
        space.add(body, shape)
        for _ in range(SETTLE_TICKS):
            space.step(DT)
        return space, body, shape

    @property
    def tilt_deg(self) -> float:
        """How far the tire has turned over from lying on its current face (0 flat, 90 upright, 180 flipped)."""
        return -math.degrees(self.tire.angle) - 180.0 * self.flips

    def near_edge(self) -> tuple[float, float]:
        """The middle of the tire's near end (the edge the fighter lifts and pushes), in world pixels.

        Each flip turns the tire end over end, so its near end alternates between its two local ends."""
        half = self.p.tire_length_px / 2
        x, y = self.tire.local_to_world((-half if self.flips % 2 == 0 else half, 0.0))
        return float(x), float(y)

    def _drive(self, impulse: float) -> None:
        """An impulse at the near edge, across the tire's long side (straight up when it lies flat)."""
        t = math.radians(self.tilt_deg)
        self.tire.apply_impulse_at_world_point((math.sin(t) * impulse, math.cos(t) * impulse), self.near_edge())

    def at_rest(self) -> bool:
        p = self.p
        spin = math.degrees(abs(self.tire.angular_velocity))
        return (abs(self.tilt_deg) <= p.rest_angle_deg and spin <= p.rest_spin_deg_s
                and self.tire.velocity.length <= p.rest_speed_px_s)

    # --- the fighter -----------------------------------------------------------------------------------------

    def _stand_target(self) -> int:
        return round((self.shape.bb.left - self.p.stand_gap_px) * SUBPX)

    def _edge_target(self) -> int:
        """Behind the raised edge, but never past the spot where he would grip the tire lying flat."""
        return min(round((self.near_edge()[0] - self.p.reach_px) * SUBPX), self._stand_target())

    def _move_fighter(self) -> None:
        lifting = self.phase == Phase.LIFT
        target = self._edge_target() if lifting else self._stand_target()
        speed = self.p.follow_subpx if lifting else self.p.walk_subpx
        self.fighter_sub += max(-speed, min(speed, target - self.fighter_sub))

    @property
    def fighter_x(self) -> float:
        return self.fighter_sub / SUBPX

    @property
    def in_place(self) -> bool:
        return self.fighter_sub == self._stand_target()

    # --- one tick --------------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        events: list[Event] = []
        if self.clock.finished:
            return events
        self.clock.advance()
        held = inputs[0]
        pressed = held & ~self.last_input
        self.last_input = held
        if self.push_cooldown > 0:
            self.push_cooldown -= 1
        if self.assist_timer > 0:
            self.assist_timer -= 1
        if self.phase == Phase.READY:
            self._ready(held, events)
        elif self.phase == Phase.GRIP:
            self._grip(held, events)
        else:
            self._push(held, pressed, events)
        was_tilt = self.tilt_deg
        self.space.step(DT)
        if self.phase == Phase.LIFT:
            self._judge(was_tilt, events)
            self._settle(was_tilt, events)
        self._move_fighter()
        self.clock.check_time_limit(events)
        return events

    def _ready(self, held: int, events: list[Event]) -> None:
        if held & GRIP and self.in_place and self.at_rest():
            self.phase = Phase.GRIP
            self.meter_ticks = 0
            events.append(Event("grip", 0))
            self._grip(held, events)

    def _grip(self, held: int, events: list[Event]) -> None:
        p = self.p
        if held & GRIP:
            self.meter_ticks += 1
            self.meter = meter_value(self.meter_ticks, p.meter_rise_ticks)
            return
        self.lift_q = lift_quality(self.meter, p)
        self.lift_verdict = ""
        self._drive(p.lift_impulse_min + (p.lift_impulse_full - p.lift_impulse_min) * self.lift_q / PERMILLE)
        self.phase = Phase.LIFT
        self.pushes = 0
        self.last_hand = 0
        self.push_cooldown = 0
        self.assist_timer = 0
        events.append(Event("lift", 0, value=self.lift_q))

    def can_push(self) -> bool:
        """A push would act on this tick's tire (the arms are ready and the edge is up within reach)."""
        p = self.p
        return (self.phase == Phase.LIFT and self.push_cooldown == 0
                and p.drive_angle_deg <= self.tilt_deg < p.over_angle_deg)

    def _push(self, held: int, pressed: int, events: list[Event]) -> None:
        hand = next((h for h in HANDS if pressed & h and h != self.last_hand), 0)
        if not hand and self.config.assist and held & (HANDS[0] | HANDS[1]) and self.assist_timer == 0:
            hand = HANDS[1] if self.last_hand == HANDS[0] else HANDS[0]
        if not hand or not self.can_push():
            return
        self._drive(self.p.push_impulse)
        self.last_hand = hand
        self.pushes += 1
        self.push_cooldown = self.p.push_recover_ticks
        self.assist_timer = self.p.assist_push_ticks
        events.append(Event("push", 0, "jab" if hand == HANDS[0] else "straight", self.pushes))

    def _judge(self, was_tilt: float, events: list[Event]) -> None:
        """Once a lift: good when the tire first stands at the drive angle (the pushes can reach it), weak when it
        turns back short of it (or comes to rest without getting there)."""
        if self.lift_verdict:
            return
        tilt = self.tilt_deg
        if tilt >= self.p.drive_angle_deg:
            self.lift_verdict = "great" if self.lift_q >= PERMILLE else "good"
        elif tilt < was_tilt or self.at_rest():
            self.lift_verdict = "weak"
        else:
            return
        events.append(Event("lift_verdict", 0, self.lift_verdict, self.lift_q))

    def _settle(self, was_tilt: float, events: list[Event]) -> None:
        """After the physics: a flip when the tire is over on its other face, a fall-back when it lies still."""
        p = self.p
        tilt = self.tilt_deg
        if tilt >= p.land_angle_deg:
            self.flips += 1
            self.phase = Phase.READY
            events.append(Event("tire_land", 0, value=self.flips))
            self.clock.split(events)
            return
        if was_tilt > p.rest_angle_deg >= tilt:
            events.append(Event("tire_drop", 0, value=round(abs(math.degrees(self.tire.angular_velocity)))))
        if self.at_rest():
            self.phase = Phase.READY
            self.fallbacks += 1
            events.append(Event("tire_fall", 0, value=self.fallbacks))

    # --- what the scene and the tests read -------------------------------------------------------------------

    def progress(self) -> str:
        return f"Flips {self.flips} / {len(self.spec.checkpoints)}"

    def state_hash(self) -> str:
        t = self.tire
        return digest(self.clock.key(), rng_key(self.rng), self.phase.value, self.flips, self.fallbacks,
                      self.meter_ticks, self.meter, self.lift_q, self.push_cooldown, self.last_hand, self.pushes,
                      self.assist_timer, self.last_input, self.fighter_sub, tuple(t.position), tuple(t.velocity),
                      t.angle, t.angular_velocity)


def make(content: Content, config: StageConfig) -> TireFlips:
    return TireFlips(content.stage("tire_flips"), config)


def autoplay(sim: TireFlips) -> tuple[int, int]:
    """The perfect pilot: grip at once, release on the first tick of the sweet spot, push on every tick it acts."""
    p = sim.p
    if sim.phase == Phase.READY:
        return int(Action.DOWN), 0
    if sim.phase == Phase.GRIP:
        return (0 if p.sweet_low <= sim.meter <= p.sweet_high else int(Action.DOWN)), 0
    if sim.can_push():
        return (HANDS[1] if sim.last_hand == HANDS[0] else HANDS[0]), 0
    return 0, 0

