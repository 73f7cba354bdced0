"""The story's final fight played headless for `campaign autoplay`: the CPU in both corners.

SEAM (the lead): `autoplay_fight` is the one function the campaign's autoplay calls for the fight beat. This working
version builds the story's config (the beat's opponent and round scripts, the training the grades earned) and lets
the CPU box in Vito's corner; a knockout of Vito starts the round over with Cole a level easier, as the story's
fight scene offers, so the story always reaches the cards. Replace it with the scripted final fight when that lands.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.content.campaign import Beat
from game.content.library import Content
from game.content.rules import CPU_LEVELS
from game.sim.cpu import CpuController
from game.sim.fight import Fight
from game.sim.raises import training_from_stages
from game.sim.story_fight import STORY_HERO, story_fight_config

HERO_LEVEL = "normal"  # the same CPU in both corners
OPPONENT_LEVEL = "normal"
MAX_RETRIES = 3  # rounds started over after a knockout of Vito before the result stands
MAX_TICKS = 400_000


def autoplay_fight(content: Content, beat: Beat, grades: Mapping[str, str | None], seed: int) -> Fight:
    """The final fight of `beat`, finished, with the CPU in both corners; the returned Fight holds `s.result` and
    `s.cards`."""
    config = story_fight_config(content, beat, training_from_stages(content, grades), seed)
    fight = Fight(content, config)
    hero = CpuController(content.fighter(STORY_HERO), content.cpu_levels[HERO_LEVEL], 0, seed)
    level = OPPONENT_LEVEL
    opponent = CpuController(content.fighter(beat.opponent), content.cpu_levels[level], 1, seed)
    round_start = fight.snapshot()
    retries = 0
    while not fight.finished and fight.s.tick < MAX_TICKS:
        events = fight.step((hero.decide(fight), opponent.decide(fight)))
        for e in events:
            if e.kind == "round_start":
                round_start = fight.snapshot()
            elif e.kind in ("ko", "tko") and e.side == 0 and retries < MAX_RETRIES:
                retries += 1  # Vito gets up in the story: the round again, Cole one level down
                fight.restore(round_start)
                level = CPU_LEVELS[max(0, CPU_LEVELS.index(level) - 1)] if level in CPU_LEVELS else level
                opponent = CpuController(content.fighter(beat.opponent), content.cpu_levels[level], 1,
                                         seed + retries)
                break
    return fight
