"""Three judges on the ten-point must system, each weighing the round's figures by a stated leaning."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.rules import TICKS_PER_SECOND as TPS
from game.content.rules import JudgeSpec
from game.sim.boxer import MILLI, Figures


@dataclass(frozen=True)
class RoundCard:
    judge: int
    round: int
    points: tuple[int, int]
    why: str


@dataclass(frozen=True)
class Decision:
    winner: int | None  # side, or None for a draw
    method: str  # "decision" or "draw"
    kind: str  # "unanimous", "majority" or "split"
    totals: tuple[tuple[int, int], ...]  # each judge's total


def figure(f: Figures, name: str) -> int:
    if name == "damage":
        return f.damage_milli // MILLI
    if name == "aggression":
        return f.aggression_frames // TPS
    if name == "ring_control":
        return f.ring_control_frames // TPS
    value: int = getattr(f, name)
    return value


def score_round(judge_index: int, judge: JudgeSpec, round_no: int, figs: tuple[Figures, Figures]) -> RoundCard:
    """10-9 to the fighter the judge's leaning favours (10-10 if even), a point off per net knockdown."""
    weighted = [sum(w * figure(f, name) for name, w in judge.weights) for f in figs]
    diff = weighted[0] - weighted[1]
    points = [10, 10] if abs(diff) <= judge.even_margin else [10, 9] if diff > 0 else [9, 10]
    net = figs[0].knockdowns_suffered - figs[1].knockdowns_suffered
    if net > 0:
        points[0] -= net
    elif net < 0:
        points[1] += net
    top = max(points)
    points = [p + 10 - top for p in points]  # the must: the round's winner always has ten
    return RoundCard(judge_index, round_no, (points[0], points[1]), _why(judge, figs, diff))


def _why(judge: JudgeSpec, figs: tuple[Figures, Figures], diff: int) -> str:
    a, b = figs
    parts = [f"landed {a.landed}-{b.landed}", f"power {a.power_landed}-{b.power_landed}"]
    if a.knockdowns_suffered or b.knockdowns_suffered:
        parts.append(f"knockdowns {b.knockdowns_suffered}-{a.knockdowns_suffered}")
    heavy = max((w, n) for n, w in judge.weights)[1]
    if heavy not in ("landed", "power_landed"):
        parts.append(f"{heavy.replace('_', ' ')} {figure(a, heavy)}-{figure(b, heavy)}")
    verdict = "even" if abs(diff) <= judge.even_margin else ("red corner" if diff > 0 else "blue corner")
    return f"{judge.leaning}: {', '.join(parts)} ({verdict})"


def decide(cards: list[RoundCard], judge_count: int) -> Decision:
    """Unanimous, majority or split decision; or a unanimous, majority or split draw."""
    totals = []
    for j in range(judge_count):
        mine = [c.points for c in cards if c.judge == j]
        totals.append((sum(p[0] for p in mine), sum(p[1] for p in mine)))
    votes = [0 if t[0] > t[1] else 1 if t[1] > t[0] else None for t in totals]
    red, blue, even = votes.count(0), votes.count(1), votes.count(None)
    if red == blue:  # 0-0 with all even, or 1-1 with one even
        kind = "unanimous" if even == judge_count else "split"
        return Decision(None, "draw", kind, tuple(totals))
    winner = 0 if red > blue else 1
    wins, losses = max(red, blue), min(red, blue)
    if wins == judge_count:
        kind = "unanimous"
    elif losses == 0 and even * 2 < judge_count:
        kind = "majority"  # two for the winner, one even
    elif losses == 0:
        return Decision(None, "draw", "majority", tuple(totals))  # one for a fighter, two even
    else:
        kind = "split"
    return Decision(winner, "decision", kind, tuple(totals))
