"""`python -m game campaign autoplay`: the whole story headless, beat by beat, in the campaign's order.

Cutscenes are skipped (as a held button would), each training stage is run by its own pilot, the final fight by
`game.sim.story_autoplay.autoplay_fight`; the decision and the aftermath read the fight's record the way the story
does. The report lists every beat with its outcome and ends with the decision and the ending told.
"""

from __future__ import annotations

from typing import Any

from game.content.library import Content
from game.result_words import result_words
from game.save.progress import FightRecord, Progress, fight_record
from game.sim.story_autoplay import autoplay_fight
from game.sim.story_fight import STORY_HERO
from game.sim.training.registry import make_stage, stage_module
from game.sim.training.stage import StageConfig

MAX_STAGE_TICKS = 200_000  # a guard: every pilot finishes far sooner


def run_stage(content: Content, stage_id: str) -> tuple[str | None, int, bool]:
    """A training stage played by its pilot: (grade, in-game ticks, finished)."""
    sim = make_stage(content, StageConfig(stage_id))
    pilot = stage_module(stage_id).autoplay
    ticks = 0
    while not sim.finished and ticks < MAX_STAGE_TICKS:
        sim.step(pilot(sim))
        ticks += 1
    result = sim.result()
    return result.grade, result.frames, result.success


def _fight_json(content: Content, record: FightRecord, names: tuple[str, str]) -> dict[str, Any]:
    judges = content.judges
    return {
        "winner": None if record.winner is None else names[record.winner],
        "method": record.method,
        "kind": record.kind,
        "round": record.round,
        "retries": record.retries,
        "cards": [{"judge": j.name, "total": list(t)} for j, t in zip(judges, record.totals(len(judges)),
                                                                         strict=True)],
        "ending": record.ending,
    }


def autoplay_campaign(content: Content, seed: int = 0) -> dict[str, Any]:
    """Play the campaign through and report it; the progress it keeps is the one the story would save."""
    campaign = content.campaign
    if campaign is None:
        raise ValueError("the game's content has no campaign (levels/campaign.toml)")
    progress = Progress()
    beats: list[dict[str, Any]] = []
    fought: dict[str, Any] | None = None
    names = (content.fighter(STORY_HERO).name, "the opponent")
    for index, beat in enumerate(campaign.beats):
        progress.beat = index
        progress.reach(index)
        entry: dict[str, Any] = {"index": index, "id": beat.id, "kind": beat.kind, "story_beat": beat.story_beat,
                                 "chapter": beat.chapter}
        if beat.kind == "cutscene":
            entry["outcome"] = "skipped"
            entry["lines"] = sum(len(p.lines) for p in beat.panels)
        elif beat.kind == "training":
            grade, frames, finished = run_stage(content, beat.stage)
            progress.record_try(beat.stage, grade)
            entry.update(stage=beat.stage, grade=grade, ticks=frames, finished=finished,
                         raises=content.stage(beat.stage).raises)
        elif beat.kind == "fight":
            grades = {b.stage: progress.grades.get(b.stage) for b in campaign.beats if b.kind == "training"}
            played = autoplay_fight(content, beat, grades, seed)
            record = fight_record(played.fight, played.retries)
            progress.fight = record
            names = (content.fighter(STORY_HERO).name, content.fighter(beat.opponent).name)
            fought = _fight_json(content, record, names)
            entry.update(opponent=beat.opponent, rounds=beat.rounds, fight=fought)
        elif beat.kind == "decision":
            entry["decision"] = _decision(progress.fight, names)
        elif beat.kind == "epilogue":
            entry["ending"] = progress.fight.ending if progress.fight else "draw"
            entry["lines"] = len(beat.ending(entry["ending"])) + sum(len(p.lines) for p in beat.panels)
            progress.finished = True
        progress.complete(index)
        beats.append(entry)
    last = beats[-1] if beats else {}
    return {
        "seed": seed,
        "beats": beats,
        "grades": dict(progress.grades),
        "fight": fought,
        "decision": _decision(progress.fight, names),
        "ending": progress.fight.ending if progress.fight else "draw",
        "reached_epilogue": last.get("kind") == "epilogue",
        "finished": progress.finished,
    }


def _decision(record: FightRecord | None, names: tuple[str, str]) -> str:
    if record is None:
        return "no fight"
    return result_words(record.winner, record.method, record.kind, record.round, names, short=True)


def format_campaign(report: dict[str, Any]) -> str:
    """The report as text: one line a beat, then the decision."""
    out = [f"Campaign autoplay, seed {report['seed']}"]
    for b in report["beats"]:
        head = f"{b['index'] + 1:2}. [{b['story_beat']:2}] {b['kind']:9} {b['id']:18}"
        if b["kind"] == "cutscene":
            out.append(f"{head} skipped ({b['lines']} lines)")
        elif b["kind"] == "training":
            out.append(f"{head} {b['grade'] or 'no grade'} in {b['ticks']} ticks (raises {b['raises']})")
        elif b["kind"] == "fight":
            f = b["fight"]
            cards = ", ".join(f"{c['judge']} {c['total'][0]}-{c['total'][1]}" for c in f["cards"])
            how = " ".join(part for part in (f["kind"], f["method"]) if part)
            who = "draw" if f["winner"] is None else f"{f['winner']} wins"
            out.append(f"{head} {who}: {how}, round {f['round']} (Vito got up {f['retries']} time(s))")
            out.append(f"{'':4}cards: {cards or 'none'}")
        elif b["kind"] == "decision":
            out.append(f"{head} {b['decision']}")
        else:
            out.append(f"{head} ending: {b['ending']}")
    out.append(f"Decision: {report['decision']}. Ending: {report['ending']}. "
               f"{'The story reached its epilogue.' if report['reached_epilogue'] else 'The story did not finish.'}")
    return "\n".join(out)
