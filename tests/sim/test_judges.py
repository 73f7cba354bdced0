"""The judges: the ten-point must system, leanings that can split them, and how a decision or a draw is named."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from game.content.library import Content
from game.content.rules import FIGURES
from game.sim.boxer import MILLI, Figures
from game.sim.inputs import Action
from game.sim.judges import Decision, RoundCard, decide, figure, score_round
from game.sim.states import Phase
from tests.sim.helpers import close_px, knock_down, mash, new_fight, place, presses, run, until_phase

# how many raw units of a Figures field make one point of the judges' figure
_UNIT = {"landed": ("landed", 1), "power_landed": ("power_landed", 1), "damage": ("damage_milli", MILLI),
         "aggression": ("aggression_frames", 60), "ring_control": ("ring_control_frames", 60),
         "defence": ("defence", 1)}


def figs(knockdowns: int = 0, **points: int) -> Figures:
    """Round figures from judges' figure points (landed=5, aggression=30 seconds...)."""
    f = Figures(knockdowns_suffered=knockdowns)
    for name, value in points.items():
        field, unit = _UNIT[name]
        setattr(f, field, value * unit)
    return f


def _dominant() -> Figures:
    """A round won on every figure any judge looks at."""
    return figs(**dict.fromkeys(FIGURES, 20))


def _cards(content: Content, red: Figures, blue: Figures) -> list[tuple[int, int]]:
    return [score_round(j, judge, 1, (red, blue)).points for j, judge in enumerate(content.judges)]


def test_the_judges_read_figures_in_points(content: Content) -> None:
    f = figs(landed=3, power_landed=2, damage=7, aggression=11, ring_control=13, defence=5)
    assert [figure(f, name) for name in FIGURES] == [3, 2, 7, 11, 13, 5]


def test_the_winner_of_a_round_on_figures_gets_10_the_loser_9(content: Content) -> None:
    assert _cards(content, _dominant(), Figures()) == [(10, 9)] * len(content.judges)
    assert _cards(content, Figures(), _dominant()) == [(9, 10)] * len(content.judges)


def test_an_even_round_is_10_10(content: Content) -> None:
    assert _cards(content, _dominant(), _dominant()) == [(10, 10)] * len(content.judges)


def test_a_round_with_one_knockdown_is_10_8_when_the_downed_fighter_also_lost_on_figures(content: Content) -> None:
    assert _cards(content, _dominant(), figs(knockdowns=1)) == [(10, 8)] * len(content.judges)
    assert _cards(content, figs(knockdowns=1), _dominant()) == [(8, 10)] * len(content.judges)


def test_a_knockdown_in_an_even_round_makes_it_10_9(content: Content) -> None:
    down = replace(_dominant(), knockdowns_suffered=1)
    assert _cards(content, _dominant(), down) == [(10, 9)] * len(content.judges)


def test_a_fighter_who_won_the_round_but_was_dropped_gets_a_10_10(content: Content) -> None:
    assert _cards(content, figs(knockdowns=1, **dict.fromkeys(FIGURES, 20)), Figures()) == (
        [(10, 10)] * len(content.judges))


def test_knockdowns_by_both_cancel(content: Content) -> None:
    assert _cards(content, figs(knockdowns=1, **dict.fromkeys(FIGURES, 20)), figs(knockdowns=1)) == (
        [(10, 9)] * len(content.judges))


def test_a_knocked_down_fighter_who_lost_the_round_in_the_ring_is_down_10_8_on_every_card(content: Content) -> None:
    fight = new_fight(content, rounds=2)
    jab = content.fighters["vito"].moves["jab"]
    for _ in range(5):  # a clear round on figures for player one: five clean jabs...
        place(fight, close_px(fight))
        run(fight, jab.total + jab.hitstun + jab.hitstop, presses({0: Action.JAB}))
    knock_down(fight)  # ...and a knockdown
    rules = fight.s.rules
    run(fight, rules.count_frames * rules.count_to, mash(1), until=until_phase(Phase.FIGHTING))
    red, blue = (b.round_figures for b in fight.s.boxers)
    assert blue.knockdowns_suffered == 1
    # the precondition, from the judges themselves: on figures alone, player two lost the round on every card
    assert _cards(content, red, replace(blue, knockdowns_suffered=0)) == [(10, 9)] * len(content.judges)
    fight.s.clock = 1
    run(fight, 1)
    assert fight.s.phase == Phase.BREAK
    assert [c.points for c in fight.s.cards if c.round == 1] == [(10, 8)] * len(content.judges)


def _find_round(content: Content, wanted: list[tuple[int, int]]) -> tuple[Figures, Figures]:
    """Figures on which the judges' stated leanings give exactly the `wanted` cards (in some judge order):
    player one better at one figure, player two at another. None is hard-coded: the leanings say which."""
    wanted_sorted = sorted(wanted)
    for f, g in itertools.permutations(FIGURES, 2):
        for a, b in itertools.product(range(1, 31), repeat=2):
            red, blue = figs(**{f: a}), figs(**{g: b})
            if sorted(_cards(content, red, blue)) == wanted_sorted:
                return red, blue
    raise AssertionError(f"the judges' leanings never give the cards {wanted}: they no longer differ enough")


def test_judges_with_different_leanings_can_split_a_round_two_to_one(content: Content) -> None:
    red, blue = _find_round(content, [(10, 9), (10, 9), (9, 10)])
    cards = [score_round(j, judge, 1, (red, blue)) for j, judge in enumerate(content.judges)]
    d = decide(cards, len(content.judges))
    assert (d.winner, d.method, d.kind) == (0, "decision", "split")


def test_judges_can_see_one_round_each_way_and_one_even_a_split_draw(content: Content) -> None:
    red, blue = _find_round(content, [(10, 9), (9, 10), (10, 10)])
    cards = [score_round(j, judge, 1, (red, blue)) for j, judge in enumerate(content.judges)]
    d = decide(cards, len(content.judges))
    assert (d.winner, d.method, d.kind) == (None, "draw", "split")
    assert sorted(c.why.rsplit("(", 1)[1] for c in cards) == ["blue corner)", "even)", "red corner)"]


def test_a_split_in_the_ring_ends_the_fight_as_a_split_decision(content: Content) -> None:
    red, blue = _find_round(content, [(10, 9), (10, 9), (9, 10)])
    fight = new_fight(content, rounds=1, at="far")
    fight.s.boxers[0].round_figures = red
    fight.s.boxers[1].round_figures = blue
    fight.s.clock = 1
    run(fight, 1)
    assert fight.result is not None
    assert (fight.result.winner, fight.result.method, fight.result.kind) == (0, "decision", "split")


def _decision(*votes: tuple[int, int]) -> Decision:
    """One round per judge with the given points."""
    cards = [RoundCard(j, 1, points, "") for j, points in enumerate(votes)]
    return decide(cards, len(votes))


RED, BLUE, EVEN = (10, 9), (9, 10), (10, 10)


@pytest.mark.parametrize(("votes", "winner", "method", "kind"), [
    ((RED, RED, RED), 0, "decision", "unanimous"),
    ((BLUE, BLUE, BLUE), 1, "decision", "unanimous"),
    ((RED, EVEN, RED), 0, "decision", "majority"),
    ((EVEN, BLUE, BLUE), 1, "decision", "majority"),
    ((RED, BLUE, RED), 0, "decision", "split"),
    ((BLUE, RED, BLUE), 1, "decision", "split"),
    ((EVEN, EVEN, EVEN), None, "draw", "unanimous"),
    ((RED, EVEN, EVEN), None, "draw", "majority"),
    ((EVEN, EVEN, BLUE), None, "draw", "majority"),
    ((RED, BLUE, EVEN), None, "draw", "split"),
])
def test_decisions_and_draws_are_named_right(votes: tuple[tuple[int, int], ...], winner: int | None, method: str,
                                             kind: str) -> None:
    d = _decision(*votes)
    assert (d.winner, d.method, d.kind) == (winner, method, kind)


def test_a_decision_adds_up_every_round_on_each_card() -> None:
    cards = [RoundCard(0, 1, (10, 9), ""), RoundCard(0, 2, (9, 10), ""), RoundCard(0, 3, (10, 8), ""),
             RoundCard(1, 1, (10, 9), ""), RoundCard(1, 2, (10, 9), ""), RoundCard(1, 3, (10, 8), ""),
             RoundCard(2, 1, (9, 10), ""), RoundCard(2, 2, (9, 10), ""), RoundCard(2, 3, (10, 9), "")]
    d = decide(cards, 3)
    assert d.totals == ((29, 27), (30, 26), (28, 29))
    assert (d.winner, d.method, d.kind) == (0, "decision", "split")
