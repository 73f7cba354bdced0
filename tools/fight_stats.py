"""How fights end: plays seeded CPU-vs-CPU fights headless and prints the share of each result.

    python tools/fight_stats.py [--fights 100] [--rounds 12] [--ai normal] [--p1 ID --p2 ID]

Without --p1/--p2 it rotates through every pairing of the shipped fighters.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.content.library import load_content
from game.sim.bout import cpu_bout
from game.sim.fight import FightConfig


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fights", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--ai", default="normal")
    ap.add_argument("--p1")
    ap.add_argument("--p2")
    args = ap.parse_args()
    content = load_content()
    if args.p1 and args.p2:
        pairs = [(args.p1, args.p2)]
    else:
        pairs = list(itertools.permutations(sorted(content.fighters), 2))
    results: collections.Counter[str] = collections.Counter()
    wins: collections.Counter[str] = collections.Counter()
    for seed in range(args.fights):
        p1, p2 = pairs[seed % len(pairs)]
        fight = cpu_bout(content, FightConfig(p1, p2, args.rounds, seed), args.ai, args.ai).fight
        r = fight.result
        assert r is not None
        results[f"{r.method} {r.kind}".strip()] += 1
        wins[fight.s.boxers[r.winner].content.id if r.winner is not None else "(draw)"] += 1
    print(f"{args.fights} fights of {args.rounds} rounds, CPU {args.ai} vs {args.ai}:")
    for name, n in results.most_common():
        print(f"  {name:24} {n:4}  {100 * n / args.fights:5.1f} %")
    print("wins:", ", ".join(f"{k} {v}" for k, v in wins.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
