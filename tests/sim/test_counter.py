"""Counter-hits: a punch that lands during the target's startup does more damage and more hitstun."""

from __future__ import annotations

import pytest

from game.content.library import Content
from game.sim.fight import Fight
from game.sim.inputs import Action
from game.sim.states import FS
from tests.sim.helpers import Stamped, first, new_fight, presses


def _jab_into(content: Content, target_button: int) -> tuple[Fight, list[Stamped], list[FS]]:
    """Player one jabs on tick 0; player two presses `target_button` (0: nothing) on tick 0 too."""
    fight = new_fight(content, at="close")
    defender = fight.s.boxers[1]
    states: list[FS] = []
    events: list[Stamped] = []
    script = presses({0: Action.JAB}, {0: target_button} if target_button else None)
    for t in range(80):
        events.extend(Stamped(t, e) for e in fight.step(script(t)))
        states.append(defender.state)
    return fight, events, states


def test_a_jab_landing_during_the_targets_startup_is_a_counter_hit(content: Content) -> None:
    moves = content.fighters["vito"].moves
    assert moves["jab"].startup < moves["hook"].startup, "the jab must land inside the hook's startup"
    fight, events, _ = _jab_into(content, Action.HOOK)
    hit = first(events, "hit", 0)
    assert hit.event.counter
    assert hit.tick == moves["jab"].startup
    assert fight.s.boxers[0].health == fight.s.boxers[0].max_health  # the hook never came out


def test_a_counter_hit_does_the_counter_damage_percent(content: Content) -> None:
    _, clean_events, _ = _jab_into(content, 0)
    _, counter_events, _ = _jab_into(content, Action.HOOK)
    clean = first(clean_events, "hit", 0).event
    counter = first(counter_events, "hit", 0).event
    assert not clean.counter and counter.counter
    expected = clean.value * content.rules.counter_damage_percent / 100
    assert counter.value == pytest.approx(expected, abs=3)  # milli-points: integer rounding only


def test_a_counter_hit_adds_the_extra_hitstun(content: Content) -> None:
    jab = content.fighters["vito"].moves["jab"]
    _, _, clean_states = _jab_into(content, 0)
    _, _, counter_states = _jab_into(content, Action.HOOK)
    assert clean_states.count(FS.HITSTUN) == jab.hitstun
    assert counter_states.count(FS.HITSTUN) == jab.hitstun + content.rules.counter_extra_hitstun


def test_a_punch_landing_on_an_idle_target_is_no_counter_hit(content: Content) -> None:
    _, events, _ = _jab_into(content, 0)
    assert not first(events, "hit", 0).event.counter


def test_a_counter_hit_fills_more_heart_than_a_clean_one(content: Content) -> None:
    rules = content.rules
    clean, _, _ = _jab_into(content, 0)
    counter, _, _ = _jab_into(content, Action.HOOK)
    assert clean.s.boxers[0].heart == rules.heart_clean_hit
    assert counter.s.boxers[0].heart == rules.heart_clean_hit + rules.heart_counter_hit
