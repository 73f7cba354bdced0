"""A finished fight as plain data (for `simulate --json`) and as text for people."""

from __future__ import annotations

from typing import Any

from game.content.library import Content
from game.sim.fight import Fight, clock_text


def fight_report(content: Content, fight: Fight) -> dict[str, Any]:
    s, rules = fight.s, content.rules
    result = fight.result
    boxers = s.boxers
    elapsed = fight.round_frames - (result.clock_frames if result else s.clock)
    judges = []
    for j, judge in enumerate(content.judges):
        cards = [c for c in s.cards if c.judge == j]
        judges.append({
            "name": judge.name,
            "leaning": judge.leaning,
            "rounds": [{"round": c.round, "p1": c.points[0], "p2": c.points[1], "why": c.why} for c in cards],
            "total": [sum(c.points[0] for c in cards), sum(c.points[1] for c in cards)],
        })
    stats = {}
    for key, b in zip(("p1", "p2"), boxers, strict=True):
        f = b.fight_figures
        stats[key] = {
            "fighter": b.content.id,
            "name": b.content.name,
            "thrown": f.thrown,
            "landed": f.landed,
            "power_landed": f.power_landed,
            "body_landed": f.body_landed,
            "knockdowns": f.knockdowns_suffered,
            "health": b.health // 1000,
            "max_stamina": b.max_stamina // 1000,
        }
    winner = None if result is None or result.winner is None else boxers[result.winner].content.id
    return {
        "p1": boxers[0].content.id,
        "p2": boxers[1].content.id,
        "rounds": s.rounds,
        "seed": fight.config.seed,
        "winner": winner,
        "method": result.method if result else "unfinished",
        "decision": (result.kind or None) if result else None,
        "round": result.round if result else s.round,
        "clock": clock_text(max(0, elapsed), rules, s.clock_speed),
        "judges": judges,
        "stats": stats,
        "state_hash": fight.state_hash(),
        "ticks": s.tick,
    }


def format_report(r: dict[str, Any]) -> str:
    names = {r["p1"]: r["stats"]["p1"]["name"], r["p2"]: r["stats"]["p2"]["name"]}
    lines = [f"{names[r['p1']]} vs {names[r['p2']]}, {r['rounds']} round(s), seed {r['seed']}", ""]
    if r["winner"] is None:
        kind = f" ({r['decision']})" if r["decision"] else ""
        lines.append(f"Result: {r['method']}{kind} after round {r['round']}")
    else:
        loser = names[r["p2"] if r["winner"] == r["p1"] else r["p1"]]
        how = f"{r['decision']} decision" if r["method"] == "decision" else r["method"]
        lines.append(f"Result: {names[r['winner']]} beats {loser} by {how}, at {r['clock']} of round {r['round']}")
    lines.append("")
    for j in r["judges"]:
        cards = " ".join(f"{c['p1']}-{c['p2']}" for c in j["rounds"])
        lines.append(f"  {j['name']:18} ({j['leaning']}): {cards or '-'}  total {j['total'][0]}-{j['total'][1]}")
    lines.append("")
    p1, p2 = r["stats"]["p1"], r["stats"]["p2"]
    lines.append(f"  {'':16}{r['p1']:>10}{r['p2']:>10}")
    for key in ("thrown", "landed", "power_landed", "body_landed", "knockdowns"):
        lines.append(f"  {key.replace('_', ' '):16}{p1[key]:>10}{p2[key]:>10}")
    lines.append("")
    lines.append(f"State hash {r['state_hash']}, {r['ticks']} ticks"
                 + (f", {r['ticks_per_second']} ticks/s" if "ticks_per_second" in r else ""))
    return "\n".join(lines)
