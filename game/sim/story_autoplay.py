"""The story's final fight played headless for `campaign autoplay`: the CPU in both corners, as the game has it.

`autoplay_fight` is the one function the campaign's autoplay calls for the fight beat. It builds the story's config
(the beat's opponent and round scripts, the training the grades earned), puts in Vito's corner the CPU the game uses
for the rounds it plays between the player's and gives Cole the level the story's fight opens with
(`game.sim.story_fight`). A knockout of Vito never stands, as in the game: the round starts over from its intro,
and the autoplayer takes the scene's offer to make Cole a level easier while there is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.content.campaign import Beat
from game.content.library import Content
from game.sim.cpu import CpuController
from game.sim.events import Event
from game.sim.fight import Fight, FightState
from game.sim.raises import training_from_stages
from game.sim.states import Phase
from game.sim.story_fight import HERO_CPU_LEVEL, OPPONENT_CPU_LEVEL, STORY_HERO, easier_level, story_fight_config

MAX_STEPS = 2_000_000  # a guard against a fight that never ends (retries included); twelve rounds take ~46,000


def vito_stopped(events: list[Event]) -> bool:
    """Vito knocked out (or stopped on three knockdowns) on this tick."""
    return any(e.kind in ("ko", "tko") and e.side == 0 for e in events)


@dataclass
class Autoplay:
    """The final fight with the CPU in both corners, stepped a tick at a time."""

    content: Content
    beat: Beat
    fight: Fight
    seed: int
    level: str = OPPONENT_CPU_LEVEL  # Cole's CPU level now
    retries: int = 0  # rounds started over after Vito was knocked out

    def __post_init__(self) -> None:
        self.round_intro: FightState = self.fight.snapshot()
        self._corners()

    def _corners(self) -> None:
        """Fresh CPUs in both corners (a restarted round is new to them: Cole's script opens it again)."""
        seed = self.seed + self.retries
        self.hero = CpuController(self.content.fighter(STORY_HERO), self.content.cpu_levels[HERO_CPU_LEVEL], 0, seed)
        self.opponent = CpuController(self.content.fighter(self.beat.opponent), self.content.cpu_levels[self.level],
                                      1, seed)

    def step(self) -> list[Event]:
        fight = self.fight
        events = fight.step((self.hero.decide(fight), self.opponent.decide(fight)))
        if fight.s.phase == Phase.INTRO and fight.s.phase_frame == 0:
            self.round_intro = fight.snapshot()  # a round's intro has just begun: the point a retry goes back to
        if vito_stopped(events):
            self.retries += 1
            self.level = easier_level(self.level) or self.level
            fight.restore(self.round_intro)
            self._corners()
        return events

    def run(self) -> Fight:
        for _ in range(MAX_STEPS):
            if self.fight.finished:
                return self.fight
            self.step()
        raise RuntimeError(f"the story's fight did not finish in {MAX_STEPS} ticks (seed {self.seed})")


def start_autoplay(content: Content, beat: Beat, grades: Mapping[str, str | None], seed: int) -> Autoplay:
    config = story_fight_config(content, beat, training_from_stages(content, grades), seed)
    return Autoplay(content, beat, Fight(content, config), seed)


def autoplay_fight(content: Content, beat: Beat, grades: Mapping[str, str | None], seed: int) -> Autoplay:
    """The final fight of `beat`, finished, with the CPU in both corners; `.fight` holds `s.result` and `s.cards`,
    `.retries` the rounds started over."""
    play = start_autoplay(content, beat, grades, seed)
    play.run()
    return play
