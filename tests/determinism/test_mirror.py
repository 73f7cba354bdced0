"""No player-one priority: swapping the corners mirrors the whole fight, tick by tick.

Fight A puts fighter X in the red corner (player one) and Y in the blue, with inputs a and b; fight B puts Y in the
red corner and X in the blue, with inputs mirror(b) and mirror(a). Every tick: the events are the same with the
sides swapped, X in A is X in B (health, stamina, state, frames, meters, figures: every field but the side-dependent
ones, which mirror), and positions mirror exactly about the ring's centre. The scripts make both fighters press on
the same tick: trades, counters, a double knockdown, a fight against the ropes, and seeded random streams.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Iterable, Mapping

import pytest

from game.content.library import Content
from game.sim.boxer import Boxer, Figures
from game.sim.events import Event
from game.sim.fight import Fight, FightConfig
from game.sim.inputs import ALL_ACTIONS, Action, mirror
from game.sim.states import Phase
from tests.sim.helpers import close_px, place

Script = Callable[[int], tuple[int, int]]

R, L, J, S, H, U = Action.RIGHT, Action.LEFT, Action.JAB, Action.STRAIGHT, Action.HOOK, Action.UPPERCUT
BLOCK, DOWN, SLIP = Action.BLOCK, Action.DOWN, Action.SLIP

PAIRS = [("viktor", "danny"), ("cole", "vito"), ("danny", "cole"), ("vito", "viktor"), ("cole", "cole")]


def mirrored_events(events: Iterable[Event], swap: bool) -> list[tuple[object, ...]]:
    def side(s: int) -> int:
        return 1 - s if swap and s >= 0 else s
    return sorted((e.kind, side(e.side), e.move, e.value, e.target, e.counter) for e in events)


BOXER_FIELDS = tuple(f.name for f in dataclasses.fields(Boxer) if f.name not in ("side", "facing", "x"))


def boxer_view(b: Boxer, mirrored: bool) -> tuple[object, ...]:
    """Everything about a fighter, with the side-dependent fields brought to player one's point of view."""
    out: list[object] = []
    for name in BOXER_FIELDS:
        value = getattr(b, name)
        if name in ("content", "move"):
            value = value.id if value is not None else None
        elif name == "prev_buttons" and mirrored:
            value = mirror(value)
        elif name == "walk" and mirrored:
            value = -value
        elif isinstance(value, Figures):
            value = value.as_tuple()
        out.append((name, value))
    return tuple(out)


def torso_view(fight: Fight, i: int) -> tuple[float, ...] | None:
    torso = fight.s.ring.torsos[i]
    if torso is None:
        return None
    return (*torso.position, *torso.velocity, torso.angle, torso.angular_velocity)


class Pair:
    """Fight A (X red, Y blue) and fight B (Y red, X blue), stepped together and compared every tick."""

    def __init__(self, content: Content, x: str, y: str, seed: int = 0) -> None:
        self.a = Fight(content, FightConfig(x, y, rounds=1, seed=seed))
        self.b = Fight(content, FightConfig(y, x, rounds=1, seed=seed))
        rules = content.rules
        self.mirror_sum = rules.left_rope_sub + rules.right_rope_sub
        self.events_a: list[list[Event]] = []
        self.check("start")

    def to_fighting(self) -> None:
        while self.a.s.phase == Phase.INTRO:
            self.step(0, 0)
        assert self.a.s.phase == Phase.FIGHTING

    def place_close(self, extra_px: int = 0) -> None:
        for fight in (self.a, self.b):
            place(fight, close_px(fight) + extra_px)
        self.check("placed")

    def step(self, a: int, b: int) -> None:
        ea = self.a.step((a, b))
        eb = self.b.step((mirror(b), mirror(a)))
        self.events_a.append(ea)
        where = f"tick {self.a.s.tick}"
        assert mirrored_events(ea, swap=True) == mirrored_events(eb, swap=False), f"{where}: events differ"
        self.check(where)

    def run(self, ticks: int, script: Script) -> None:
        for t in range(ticks):
            self.step(*script(t))

    def check(self, where: str) -> None:
        sa, sb = self.a.s, self.b.s
        xa, ya = sa.boxers
        yb, xb = sb.boxers
        assert boxer_view(xa, False) == boxer_view(xb, True), f"{where}: fighter X differs"
        assert boxer_view(ya, False) == boxer_view(yb, True), f"{where}: fighter Y differs"
        for name, here, there in (("X", xa, xb), ("Y", ya, yb)):
            off = here.x + there.x - self.mirror_sum
            assert off == 0, f"{where}: {name}'s position does not mirror about the centre (off by {off} subpixels)"
        assert (xa.facing, ya.facing) == (-xb.facing, -yb.facing)
        assert torso_view(self.a, 0) == torso_view(self.b, 1) and torso_view(self.a, 1) == torso_view(self.b, 0), \
            f"{where}: the knockdown falls differ"
        assert ((sa.tick, sa.phase, sa.phase_frame, sa.round, sa.clock, sa.hitstop, sa.count, sa.count_frame)
                == (sb.tick, sb.phase, sb.phase_frame, sb.round, sb.clock, sb.hitstop, sb.count, sb.count_frame)), \
            f"{where}: the match differs"
        assert [(c.judge, c.round, c.points) for c in sa.cards] == \
            [(c.judge, c.round, c.points[::-1]) for c in sb.cards], f"{where}: the scorecards differ"
        ra, rb = sa.result, sb.result
        assert (ra is None) == (rb is None)
        if ra is not None and rb is not None:
            assert (ra.winner is None and rb.winner is None) or ra.winner == 1 - (rb.winner or 0) != 2
            assert (ra.method, ra.kind, ra.round, ra.clock_frames) == (rb.method, rb.kind, rb.round, rb.clock_frames)

    def both_on_one_tick(self, kind: str) -> bool:
        return any({e.side for e in events if e.kind == kind} == {0, 1} for events in self.events_a)


def together(content: Content, x: str, y: str, move: str, button: int, at: int = 0) -> dict[int, tuple[int, int]]:
    """Presses timed so both fighters' `move` turns active on the same tick (the slower wind-up pressed earlier)."""
    startups = [content.fighter(f).moves[move].startup for f in (x, y)]
    ticks: dict[int, tuple[int, int]] = {}
    for side, startup in enumerate(startups):
        t = at + max(startups) - startup
        both = ticks.get(t, (0, 0))
        ticks[t] = (both[0] | button, both[1]) if side == 0 else (both[0], both[1] | button)
    return ticks


def presses(ticks: Mapping[int, tuple[int, int]], hold: tuple[int, int] = (0, 0)) -> Script:
    return lambda t: (hold[0] | ticks.get(t, (0, 0))[0], hold[1] | ticks.get(t, (0, 0))[1])


@pytest.mark.parametrize(("x", "y"), PAIRS)
def test_jabs_pressed_on_the_same_tick(content: Content, x: str, y: str) -> None:
    pair = Pair(content, x, y)
    pair.to_fighting()
    pair.place_close()
    pair.run(60, presses({0: (J, J)}))
    assert any(e.kind == "hit" for events in pair.events_a for e in events)


@pytest.mark.parametrize(("x", "y"), PAIRS)
@pytest.mark.parametrize("punch", ["jab", "straight", "hook"])
def test_a_trade_landing_on_the_same_tick(content: Content, x: str, y: str, punch: str) -> None:
    """The slower wind-up is pressed that much earlier, so both punches land on one tick: both hit, neither first."""
    button = {"jab": J, "straight": S, "hook": H}[punch]
    pair = Pair(content, x, y)
    pair.to_fighting()
    pair.place_close()
    pair.run(70, presses(together(content, x, y, punch, button)))
    assert pair.both_on_one_tick("hit"), f"the {punch}es did not trade"


@pytest.mark.parametrize(("x", "y"), PAIRS)
def test_every_pair_of_punches_pressed_together(content: Content, x: str, y: str) -> None:
    """Each punch against each, on the same tick from close range: trades, counters on a slower wind-up, whiffs."""
    punches = [J, S, H, U, H | DOWN, S | DOWN]
    pair = Pair(content, x, y)
    pair.to_fighting()
    for pa in punches:
        for pb in punches:
            pair.place_close()
            pair.run(70, presses({0: (pa, pb)}))
    assert pair.both_on_one_tick("hit")


@pytest.mark.parametrize(("x", "y"), PAIRS)
def test_walking_in_pushing_and_the_ropes(content: Content, x: str, y: str) -> None:
    """X drives Y to the ropes; they trade there (on the same ticks), push each other, and X backs off."""
    pair = Pair(content, x, y)
    pair.to_fighting()
    pair.run(700, lambda t: (R, 0))
    y_in_a = pair.a.s.boxers[1]
    assert y_in_a.x + y_in_a.content.radius_sub == content.rules.right_rope_sub, "Y was not driven to the ropes"
    throws = {t: (H, S) for t in range(0, 400, 45)} | {t: (J, J) for t in range(20, 400, 45)}
    pair.run(400, presses(throws, hold=(R, R)))  # X presses in, Y leans back on the ropes
    pair.run(300, presses({t: (U, U) for t in range(0, 300, 50)}, hold=(R, L)))  # both push, Y off the ropes
    pair.run(200, presses({t: (H, H) for t in range(0, 200, 40)}, hold=(L, L)))  # X retreats, Y follows


@pytest.mark.parametrize(("x", "y"), PAIRS)
def test_a_double_knockdown(content: Content, x: str, y: str) -> None:
    """Both on their last milli-point trade jabs: both go down on the same tick; both fall, the count, and the end
    (both rise, or a double knockout draw) mirror too."""
    pair = Pair(content, x, y)
    pair.to_fighting()
    pair.place_close()
    for fight in (pair.a, pair.b):
        for b in fight.s.boxers:
            b.health = 1
    pair.check("health set")
    pair.run(40, presses(together(content, x, y, "jab", J)))
    assert pair.both_on_one_tick("knockdown"), "the trade did not drop both fighters"
    mash: Script = lambda t: (J if t % 4 == 0 else 0, J if t % 4 == 0 else 0)  # noqa: E731
    pair.run(900, mash)
    assert any(e.kind in ("rise", "ko") for events in pair.events_a for e in events)


@pytest.mark.parametrize("seed", range(6))
def test_random_streams_with_shared_press_ticks(content: Content, seed: int) -> None:
    """Seeded random play; on many ticks both fighters press at once (the same button, or each his own)."""
    rng = random.Random(seed)
    x, y = rng.choice(PAIRS)
    pair = Pair(content, x, y, seed=seed)
    pair.to_fighting()
    pair.place_close(extra_px=rng.randrange(0, 60))
    held = [0, 0]
    for _ in range(1500):
        roll = rng.random()
        if roll < 0.08:
            held = [rng.randrange(ALL_ACTIONS + 1), rng.randrange(ALL_ACTIONS + 1)]
        elif roll < 0.25:
            moves = [int(R), int(L), int(BLOCK), int(BLOCK | DOWN), 0]
            held = [rng.choice(moves), rng.choice(moves)]
        frame = list(held)
        if rng.random() < 0.12:
            punch = rng.choice((J, S, H, U, SLIP, Action.POWER))
            other = punch if rng.random() < 0.5 else rng.choice((J, S, H, U, SLIP))
            frame = [frame[0] | punch, frame[1] | other]
        pair.step(frame[0], frame[1])
