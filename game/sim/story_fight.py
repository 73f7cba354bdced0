"""The story's final fight as a FightConfig: the campaign's fight beat (opponent, rounds, round scripts) and what
the training earned the player's fighter, and the CPU levels of the two corners. The campaign scene and
`campaign autoplay` build their fight here."""

from __future__ import annotations

from game.content.campaign import Beat
from game.content.library import Content
from game.content.rules import CPU_LEVELS
from game.sim.fight import FightConfig
from game.sim.raises import NO_TRAINING, Training
from game.sim.round_scripts import terms_of

STORY_HERO = "vito"
HERO_CPU_LEVEL = "hard"  # the CPU in Vito's corner for the rounds the engine plays between the player's
OPPONENT_CPU_LEVEL = "champion"  # Cole, the champion, as the fight opens; a knockout of Vito offers one level down


def easier_level(level: str) -> str | None:
    """One CPU level below `level` (a knockout of Vito offers it); None when Cole is already at the easiest."""
    if level not in CPU_LEVELS:
        return CPU_LEVELS[0]
    index = CPU_LEVELS.index(level)
    return CPU_LEVELS[index - 1] if index > 0 else None


def story_fight_config(content: Content, beat: Beat, training: Training = NO_TRAINING, seed: int = 0, *,
                       getup_hold: bool = False, clock_speed: int = 0) -> FightConfig:
    """The final fight of `beat` (a "fight" beat): the hero in the red corner with his training, the beat's opponent
    following its round scripts. `getup_hold` is the hero's accessibility setting; `clock_speed` 0 keeps the rules'."""
    if beat.kind != "fight":
        raise ValueError(f"beat {beat.id!r} is a {beat.kind} beat, not a fight")
    content.fighter(STORY_HERO)
    content.fighter(beat.opponent)  # both must exist: a clear error now rather than a KeyError mid-scene
    return FightConfig(STORY_HERO, beat.opponent, rounds=beat.rounds, seed=seed, getup_hold=(getup_hold, False),
                       clock_speed=clock_speed, training=training, scripts=tuple(terms_of(s) for s in beat.scripts))
