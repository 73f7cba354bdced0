"""game.audio.cues: what each fight event sounds like."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import game.sim
from game.audio import catalog
from game.audio.cues import CHEER, Cue, fight_cues
from game.content.library import Content
from game.sim.bout import MAX_TICKS, cpu_source
from game.sim.events import Event
from game.sim.fight import Fight, FightConfig

MOVES = ("jab", "straight", "hook", "uppercut", "body_hook", "body_straight", "haymaker")
KINDS = ("hit", "block", "slip", "whiff", "knockdown", "count", "rise", "stagger", "ko", "tko", "bell",
         "round_start", "break", "decision")


def names(*events: Event) -> list[str]:
    return [cue.name for cue in fight_cues(events)]


def hit(move: str, target: str, value: int = 8000, counter: bool = False) -> Event:
    return Event("hit", 0, move, value, target, counter)


def test_a_haymaker_to_the_head_plays_the_heavy_head_crack() -> None:
    assert names(hit("haymaker", "head", 24_000))[0] == "hit_head_heavy"


def test_a_body_hook_plays_the_body_thud() -> None:
    assert names(hit("body_hook", "body")) == ["hit_body_medium"]


@pytest.mark.parametrize(("move", "target", "sound"), [
    ("jab", "head", "hit_head_light"),
    ("straight", "head", "hit_head_medium"),
    ("hook", "head", "hit_head_medium"),
    ("uppercut", "head", "hit_head_heavy"),
    ("body_straight", "body", "hit_body_medium"),
])
def test_the_impact_weighs_what_the_punch_weighs(move: str, target: str, sound: str) -> None:
    assert names(hit(move, target, 3000))[0] == sound


def test_a_counter_hit_sounds_one_step_heavier() -> None:
    assert names(hit("jab", "head", 4500, counter=True)) == ["hit_head_medium"]
    assert names(hit("hook", "head", 9000, counter=True))[0] == "hit_head_heavy"


def test_a_big_hit_gets_a_roar_and_a_small_one_does_not() -> None:
    assert CHEER in names(hit("haymaker", "head", 24_000))
    assert CHEER not in names(hit("jab", "head", 3000))


def test_a_round_starts_with_one_bell_and_ends_with_three() -> None:
    assert names(Event("round_start", value=2)) == ["bell"]
    assert names(Event("bell", value=2)) == ["bell_triple"]
    assert names(Event("bell", value=12), Event("decision", 0)) == ["bell_triple", CHEER]
    assert names(Event("ko", 1))[0] == names(Event("tko", 1))[0] == "bell_triple"


def test_the_count_ticks_and_a_knockdown_hits_the_canvas_with_the_crowd_roaring() -> None:
    assert names(Event("count", value=3)) == ["count"]
    assert names(Event("knockdown", 1, value=1)) == ["knockdown", CHEER]


def test_blocks_whiffs_and_slips_have_their_own_sounds() -> None:
    assert names(Event("block", 0, "hook", 500, "head")) == ["block"]
    assert names(Event("whiff", 0, "haymaker", target="head")) == ["whiff"]
    assert names(Event("slip", 1, "jab", target="head")) == ["whiff"]
    assert names(Event("break", value=1)) == []


def test_each_sound_plays_once_a_tick_at_the_loudest_volume_asked() -> None:
    cues = fight_cues([Event("slip", 1, "jab"), Event("whiff", 0, "haymaker"), Event("rise", 1), Event("knockdown", 0)])
    assert [c.name for c in cues] == ["whiff", CHEER, "knockdown"]
    assert cues[0] == Cue("whiff", 0.9) and cues[1] == Cue(CHEER, 1.0)


def test_every_cue_names_a_sound_the_game_ships() -> None:
    events = [Event(kind, 0, move, value, target, counter)
              for kind in KINDS for move in (*MOVES, "") for target in ("head", "body", "")
              for value in (0, 30_000) for counter in (False, True)]
    for cue in fight_cues(events):
        assert cue.name in catalog.EFFECTS
        assert 0.0 < cue.volume <= 1.0


def test_a_whole_cpu_fight_sounds_like_a_fight(content: Content) -> None:
    config = FightConfig("vito", "cole", rounds=2, seed=3)
    fight = Fight(content, config)
    p1, p2 = (cpu_source(content, fid, "normal", side, config.seed) for side, fid in enumerate((config.p1, config.p2)))
    heard: set[str] = set()
    while not fight.finished and fight.s.tick < MAX_TICKS:
        heard.update(names(*fight.step((p1(fight), p2(fight)))))
    assert {"bell", "bell_triple"} <= heard
    assert any(n.startswith("hit_head") for n in heard) and any(n.startswith("hit_body") for n in heard)
    assert heard <= set(catalog.EFFECTS)


def test_the_simulation_never_imports_audio() -> None:
    for path in Path(game.sim.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("game.audio"), path
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("game.audio") for a in node.names), path
