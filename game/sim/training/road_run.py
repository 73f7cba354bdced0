"""The road run: snowy streets at dawn, three neighbourhoods to the museum.

The feet alternate (LEFT and RIGHT are the left and right foot). A stride on the beat brings the pace up to full
speed; strides that come too fast still run but burn breath, and out of breath the runner is forced into a slow jog
for a while; strides that come too slow set a slower pace, and an overdue stride bleeds speed every tick. Crates and
slush puddles are jumped (UP), signs and scaffolding ducked under (DOWN); running into one stumbles (or, in slush,
splashes and slows). Positions and speeds are integer sub-pixels; every number is in levels/training/road_run.toml.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.content.library import Content
from game.content.rules import SUBPX as SUBPX  # sub-pixels to a pixel (the renderer reads it from here)
from game.content.stages.road_run import Obstacle, Params
from game.content.training import StageSpec
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training.stage import ClockedStage, Control, StageClock, StageConfig, digest

NO_FOOT, LEFT_FOOT, RIGHT_FOOT = 0, 1, 2
AHEAD, CLEARED, HIT = 0, 1, 2  # an obstacle's state
# the judgement of the last stride, for the cadence meter and the tests
NONE, GOOD, FAST, SLOW = 0, 1, 2, 3

CONTROLS = (
    Control("Run: alternate left and right foot in rhythm", (Action.LEFT, Action.RIGHT)),
    Control("Jump slush and crates", (Action.UP,)),
    Control("Duck under signs", (Action.DOWN,)),
)
ASSIST_CONTROLS = (Control("Or run by holding either foot", (Action.LEFT, Action.RIGHT)),)


@dataclass
class RoadRun(ClockedStage):
    spec: StageSpec
    config: StageConfig
    params: Params
    clock: StageClock
    pos: int = 0  # sub-pixels from the start of the route
    speed: int = 0  # sub-pixels a tick
    last_buttons: int = 0
    last_foot: int = NO_FOOT
    since_stride: int = 0  # ticks on the ground since the last stride
    strides: int = 0
    last_interval: int = 0
    judgement: int = NONE
    breath: int = 0
    winded: int = 0  # ticks of forced jogging left
    air: int = 0  # the frame of the jump (1..jump_frames), 0 on the ground
    duck: int = 0  # the frame of the duck, 0 upright
    stumble: int = 0  # ticks of stumbling left
    status: list[int] = field(default_factory=list)  # per obstacle: AHEAD, CLEARED or HIT
    hits: int = 0

    @property
    def route_sub(self) -> int:
        return self.params.route_sub

    def boundaries(self) -> tuple[int, ...]:
        """The end of each neighbourhood, in sub-pixels from the start (the last is the museum)."""
        return self.params.ends_sub

    def neighbourhood(self) -> int:
        """Which neighbourhood the runner is in (0-based; the last one after the goal)."""
        return min(len(self.clock.splits), len(self.params.neighbourhood_px) - 1)

    # --- the one way in -------------------------------------------------------------------------------------

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        if self.clock.finished:
            return []
        p = self.params
        events: list[Event] = []
        self.clock.advance()
        buttons = inputs[0]
        pressed = buttons & ~self.last_buttons
        self.last_buttons = buttons
        free = self.air == 0 and self.duck == 0 and self.stumble == 0
        if free and pressed & Action.UP:
            self.air = 1
            events.append(Event("jump", 0))
        elif free and pressed & Action.DOWN:
            self.duck = 1
            events.append(Event("duck", 0))
        on_ground = self.air == 0
        if on_ground:
            self.since_stride += 1
        foot = self._foot(buttons, pressed)
        if foot != NO_FOOT and on_ground and self.stumble == 0 and foot != self.last_foot:
            self._stride(foot, events)
        if on_ground and self.strides and self.since_stride > p.ideal_stride_frames + p.good_window_frames:
            self.speed = max(0, self.speed - p.slow_decay)  # the stride is overdue: pace bleeds away
        if self.breath <= 0 and self.winded == 0:
            self.breath = 0
            self.winded = p.winded_frames
            events.append(Event("winded", 0))
        if self.winded > 0:
            self.winded -= 1
            self.speed = min(self.speed, p.jog_speed)
        if self.stumble > 0:
            self.stumble -= 1
            self.speed = min(self.speed, p.stumble_speed)
        self.breath = min(p.breath_max, self.breath + p.breath_recover)
        before = self.pos
        self.pos = min(p.route_sub, self.pos + self.speed)
        self._obstacles(before, events)
        if self.air:
            self.air += 1
            if self.air > p.jump_frames:
                self.air = 0
                events.append(Event("land", 0))
        if self.duck:
            self.duck += 1
            if self.duck > p.duck_frames:
                self.duck = 0
        for end in p.ends_sub[len(self.clock.splits):]:
            if self.pos >= end:
                self.clock.split(events, 0)
        self.clock.check_time_limit(events, 0)
        return events

    def _foot(self, buttons: int, pressed: int) -> int:
        left, right = bool(pressed & Action.LEFT), bool(pressed & Action.RIGHT)
        if left and right:  # both at once: the one that alternates
            return RIGHT_FOOT if self.last_foot == LEFT_FOOT else LEFT_FOOT
        if left:
            return LEFT_FOOT
        if right:
            return RIGHT_FOOT
        if (self.config.assist and buttons & (Action.LEFT | Action.RIGHT)
                and (self.strides == 0 or self.since_stride >= self.params.assist_stride_frames)):
            return RIGHT_FOOT if self.last_foot == LEFT_FOOT else LEFT_FOOT
        return NO_FOOT

    def _stride(self, foot: int, events: list[Event]) -> None:
        p = self.params
        interval = self.since_stride
        fast_edge = p.ideal_stride_frames - p.good_window_frames
        if self.strides == 0:  # the first stride sets off: nothing to keep time with yet
            pace, self.judgement = p.max_speed, GOOD
        elif interval < fast_edge:
            self.breath = max(0, self.breath - p.fast_breath_cost - p.fast_breath_per_frame * (fast_edge - interval))
            pace, self.judgement = p.max_speed, FAST
        else:
            pace = p.max_speed * p.ideal_stride_frames // max(p.ideal_stride_frames, interval)
            self.judgement = GOOD if interval <= p.ideal_stride_frames + p.good_window_frames else SLOW
        if self.winded > 0:
            pace = min(pace, p.jog_speed)
        if self.speed < pace:
            self.speed = min(pace, self.speed + p.stride_gain)
        else:
            self.speed = max(pace, self.speed - p.stride_gain)
        self.last_interval = interval
        self.since_stride = 0
        self.last_foot = foot
        self.strides += 1
        events.append(Event("stride", 0, value=foot, target=("", "good", "fast", "slow")[self.judgement]))

    def clears(self, obstacle: Obstacle) -> bool:
        """Whether the runner's stance this tick passes `obstacle` (over it in the air, or under it ducked)."""
        p = self.params
        if obstacle.kind.clear == "jump":
            return p.jump_clear_from <= self.air <= p.jump_clear_to and self.air > 0
        return p.duck_clear_from <= self.duck <= p.duck_clear_to and self.duck > 0

    def _obstacles(self, before: int, events: list[Event]) -> None:
        p = self.params
        for i, ob in enumerate(p.obstacles):
            if self.status[i] != AHEAD:
                continue
            start = ob.at_px * SUBPX
            end = (ob.at_px + ob.kind.width_px) * SUBPX
            if start >= self.pos:
                break  # the rest are further on
            if before >= end:
                continue
            if not self.clears(ob):
                self.status[i] = HIT
                self.hits += 1
                if ob.kind.id == "slush":
                    self.speed = self.speed * p.slush_speed_percent // 100
                    events.append(Event("splash", 0, ob.kind.id, value=i))
                else:
                    self.stumble = p.stumble_frames
                    self.speed = min(self.speed, p.stumble_speed)
                    events.append(Event("stumble", 0, ob.kind.id, value=i))
            elif self.pos >= end:
                self.status[i] = CLEARED
                events.append(Event("clear", 0, ob.kind.id, value=i))

    # --- what the rest of the game reads --------------------------------------------------------------------

    def next_obstacle(self) -> int:
        """The index of the first obstacle not yet passed (len(obstacles) when none is left)."""
        for i, s in enumerate(self.status):
            if s == AHEAD:
                return i
        return len(self.status)

    def state_hash(self) -> str:
        return digest(self.clock.key(), self.pos, self.speed, self.last_buttons, self.last_foot, self.since_stride,
                      self.strides, self.last_interval, self.judgement, self.breath, self.winded, self.air,
                      self.duck, self.stumble, tuple(self.status), self.hits)

    def progress(self) -> str:
        name = self.spec.checkpoints[self.neighbourhood()]
        return f"{name}  {self.pos * 100 // max(1, self.route_sub)}%"


def make(content: Content, config: StageConfig) -> RoadRun:
    spec = content.stage(config.stage)
    params: Params = spec.params
    return RoadRun(spec, config, params, StageClock(spec), breath=params.breath_max,
                   status=[AHEAD] * len(params.obstacles))


def autoplay(sim: RoadRun) -> tuple[int, int]:
    """The perfect runner: strides on the beat (at the quick edge of its window while building up speed), and
    jumps or ducks so the middle of the obstacle is passed at the middle of the jump's (or the duck's) clear
    frames."""
    p = sim.params
    if sim.finished:
        return 0, 0
    buttons = 0
    i = sim.next_obstacle()
    if i < len(p.obstacles) and sim.air == 0 and sim.duck == 0 and sim.stumble == 0 and sim.speed > 0:
        ob = p.obstacles[i]
        centre = ob.at_px * SUBPX + ob.kind.width_px * SUBPX // 2
        if ob.kind.clear == "jump":
            middle = (p.jump_clear_from + p.jump_clear_to) // 2
        else:
            middle = (p.duck_clear_from + p.duck_clear_to) // 2
        # pressed now, frame k of the jump (or duck) is reached with the runner k ticks of speed further on
        if centre - sim.pos <= middle * sim.speed:
            buttons |= int(Action.UP if ob.kind.clear == "jump" else Action.DOWN)
    # on the beat; while still building up speed, at the earliest tick the beat's window allows
    beat = p.ideal_stride_frames - (p.good_window_frames if sim.speed < p.max_speed else 0)
    if sim.air == 0 and sim.stumble == 0 and (sim.strides == 0 or sim.since_stride + 1 >= beat):
        buttons |= int(Action.RIGHT if sim.last_foot == LEFT_FOOT else Action.LEFT)
    return buttons, 0
