"""The road run's numbers (`levels/training/road_run.toml` [params]): cadence, breath, jumps, ducks, obstacles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from game.content.reader import Reader
from game.content.rules import SUBPX

CLEARS = ("jump", "duck")  # how an obstacle is passed: over it, or under it


def ticks_to_pass(width_px: int, speed: int) -> int:
    """The most ticks a runner at `speed` (sub-pixels a tick) can spend touching an obstacle `width_px` wide: the
    ticks whose move starts before its far edge and ends past its near one. The sub-pixel the runner happens to be
    on decides whether it is this many or one fewer, and he cannot choose it, so this is the count to plan for."""
    return width_px * SUBPX // speed + 1


@dataclass(frozen=True)
class ObstacleKind:
    id: str
    clear: str  # "jump" or "duck"
    width_px: int


@dataclass(frozen=True)
class Obstacle:
    at_px: int  # where it starts, from the start of the route
    kind: ObstacleKind


@dataclass(frozen=True)
class Params:
    neighbourhood_px: tuple[int, ...]
    runner_screen_x: int
    ideal_stride_frames: int
    good_window_frames: int
    max_speed: int
    stride_gain: int
    slow_decay: int
    jog_speed: int
    breath_max: int
    fast_breath_cost: int
    fast_breath_per_frame: int
    breath_recover: int
    winded_frames: int
    assist_stride_frames: int
    jump_frames: int
    jump_clear_from: int
    jump_clear_to: int
    jump_height_px: int
    duck_frames: int
    duck_clear_from: int
    duck_clear_to: int
    stumble_frames: int
    stumble_speed: int
    slush_speed_percent: int
    obstacles: tuple[Obstacle, ...]

    @cached_property
    def route_px(self) -> int:
        return sum(self.neighbourhood_px)

    @cached_property
    def route_sub(self) -> int:
        return self.route_px * SUBPX

    @cached_property
    def ends_sub(self) -> tuple[int, ...]:
        """The end of each neighbourhood, in sub-pixels from the start of the route (the last is the museum)."""
        return tuple(total * SUBPX for total in accumulate(self.neighbourhood_px))


def read_params(r: Reader) -> Params:
    hoods = r.ints("neighbourhood_px", lo=200)
    if len(hoods) < 1:
        r.problem("neighbourhood_px", "expected at least one neighbourhood length")
    screen_x = r.integer("runner_screen_x", 40, 400)
    ideal = r.frames("ideal_stride_frames", 4, 60)
    window = r.frames("good_window_frames", 0, 20)
    if window >= ideal:
        r.problem("good_window_frames", f"expected less than ideal_stride_frames ({ideal}), got {window}")
    max_speed = r.integer("max_speed", 16, 4096)
    gain = r.integer("stride_gain", 1, 4096)
    decay = r.integer("slow_decay", 0, 1024)
    jog = r.integer("jog_speed", 1, 4096)
    if jog > max_speed:
        r.problem("jog_speed", f"expected at most max_speed ({max_speed}), got {jog}")
    breath_max = r.integer("breath_max", 1, 100000)
    fast_cost = r.integer("fast_breath_cost", 0, 100000)
    fast_per = r.integer("fast_breath_per_frame", 0, 100000)
    recover = r.integer("breath_recover", 0, 100000)
    winded = r.frames("winded_frames", 1, 1200)
    assist = r.frames("assist_stride_frames", 2, 120)
    jump = r.frames("jump_frames", 2, 240)
    jump_from = r.frames("jump_clear_from", 0, 240)
    jump_to = r.frames("jump_clear_to", 0, 240)
    if not jump_from <= jump_to < jump:
        r.problem("jump_clear_to", f"expected jump_clear_from <= jump_clear_to < jump_frames, got {jump_from}, "
                                   f"{jump_to}, {jump}")
    height = r.integer("jump_height_px", 1, 200)
    duck = r.frames("duck_frames", 2, 240)
    duck_from = r.frames("duck_clear_from", 0, 240)
    duck_to = r.frames("duck_clear_to", 0, 240)
    if not duck_from <= duck_to < duck:
        r.problem("duck_clear_to", f"expected duck_clear_from <= duck_clear_to < duck_frames, got {duck_from}, "
                                   f"{duck_to}, {duck}")
    stumble = r.frames("stumble_frames", 1, 600)
    stumble_speed = r.integer("stumble_speed", 0, 4096)
    slush = r.integer("slush_speed_percent", 0, 100)
    kinds: dict[str, ObstacleKind] = {}
    kr = r.table_of("kinds")
    clear_window = {"jump": (jump_from, jump_to), "duck": (duck_from, duck_to)}
    for name in kr.names():
        k = kr.table_of(name)
        kind = kinds[name] = ObstacleKind(name, k.text("clear", choices=CLEARS), k.integer("width_px", 1, 400))
        k.done()
        first, last = clear_window.get(kind.clear, (0, 0))
        needed = ticks_to_pass(kind.width_px, jog)
        # a winded runner could never pass it, however well he timed it
        if kind.clear in clear_window and needed > last - first + 1:
            k.problem("width_px", f"a {name} {kind.width_px} px wide takes up to {needed} ticks to pass at "
                                  f"jog_speed ({jog}), but the {kind.clear} clears it only from frame {first} to "
                                  f"{last} ({last - first + 1} ticks): widen {kind.clear}_clear_from..to or narrow "
                                  f"the {name}")
    at = r.ints("obstacle_at_px", lo=0)
    names = r.strs("obstacle_kind")
    if len(at) != len(names):
        r.problem("obstacle_kind", f"expected one kind for each of the {len(at)} obstacle_at_px, got {len(names)}")
    if list(at) != sorted(at):
        r.problem("obstacle_at_px", "expected the obstacles in route order")
    route = sum(hoods)
    obstacles: list[Obstacle] = []
    for i, (x, name) in enumerate(zip(at, names, strict=False)):
        if name not in kinds:
            r.problem("obstacle_kind", f"obstacle {i}: no kind called {name!r} (known: {', '.join(kinds)})")
            continue
        if x + kinds[name].width_px >= route:
            r.problem("obstacle_at_px", f"obstacle {i} at {x} px is past the end of the route ({route} px)")
        obstacles.append(Obstacle(x, kinds[name]))
    r.done()
    return Params(hoods, screen_x, ideal, window, max_speed, gain, decay, jog, breath_max, fast_cost, fast_per,
                  recover, winded, assist, jump, jump_from, jump_to, height, duck, duck_from, duck_to, stumble,
                  stumble_speed, slush, tuple(obstacles))
