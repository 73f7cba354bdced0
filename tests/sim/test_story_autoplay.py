"""`campaign autoplay`'s final fight does what the game does: a knockout of Vito never stands (the round starts over
from its intro with Cole a level easier while there is one), so the story always reaches the cards or a win."""

from __future__ import annotations

import pytest

from game.content.campaign import Beat
from game.content.library import Content
from game.content.rules import CPU_LEVELS
from game.sim.states import Phase
from game.sim.story_autoplay import Autoplay, start_autoplay, vito_stopped
from game.sim.story_fight import OPPONENT_CPU_LEVEL, easier_level


def fight_beat(content: Content) -> Beat:
    assert content.campaign is not None
    return next(b for b in content.campaign.beats if b.kind == "fight")


def stop_vito(play: Autoplay) -> None:
    """Vito on one point of health every tick of the fight until he is stopped (however he keeps getting up)."""
    for _ in range(20_000):
        if play.fight.s.phase == Phase.FIGHTING:
            play.fight.s.boxers[0].health = 1
        if vito_stopped(play.step()):
            return
    raise AssertionError("Vito was never stopped")


def test_the_easier_level_is_one_down_and_none_at_the_bottom() -> None:
    assert [easier_level(level) for level in CPU_LEVELS] == [None, *CPU_LEVELS[:-1]]


def test_a_knockout_of_vito_starts_the_round_over_from_its_intro_with_cole_easier(content: Content) -> None:
    play = start_autoplay(content, fight_beat(content), {}, seed=3)
    intro = play.fight.state_hash()  # the first round's intro, as the fight opens
    stop_vito(play)
    assert (play.retries, play.level) == (1, easier_level(OPPONENT_CPU_LEVEL))
    assert not play.fight.finished and play.fight.s.phase == Phase.INTRO
    assert play.fight.state_hash() == intro
    assert play.opponent.round == 0 and play.opponent.level is content.cpu_levels[play.level]  # a fresh CPU


@pytest.mark.parametrize("seed", [1, 2])
def test_knockouts_of_vito_never_end_the_story_and_cole_stays_at_the_easiest(content: Content, seed: int) -> None:
    play = start_autoplay(content, fight_beat(content), {}, seed)
    for _ in range(len(CPU_LEVELS) + 1):  # more knockouts than there are levels below Cole's
        while play.fight.s.phase != Phase.FIGHTING:
            play.step()
        stop_vito(play)
    assert play.retries == len(CPU_LEVELS) + 1 and play.level == CPU_LEVELS[0]
    result = play.run().result
    assert result is not None
    assert not (result.winner == 1 and result.method in ("KO", "TKO")), result
