"""The slip: a quick lean that makes the head untouchable for a few frames - and only the head."""

from __future__ import annotations

from game.content.library import Content
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.states import FS
from tests.sim.helpers import Stamped, first, new_fight, of_kind, presses, run


def _punch_into_slip(content: Content, slip_frame: int, button: int = Action.JAB,
                     held: int = 0) -> tuple[list[Stamped], int]:
    """Player two slips; player one's punch reaches its first active frame on the slip's frame `slip_frame`.
    Returns the events and the tick of that first active frame."""
    move_id = {Action.JAB: "jab", Action.HOOK: "body_hook" if held else "hook"}[Action(button)]
    startup = content.fighters["vito"].moves[move_id].startup
    slip_at = startup  # late enough that the punch can be pressed before it for any frame of the slip
    punch_at = slip_at + slip_frame - startup
    fight = new_fight(content, at="close")
    events = run(fight, slip_at + content.rules.slip_frames + 30,
                 presses({punch_at: button}, {slip_at: Action.SLIP}, hold=(held, 0)))
    return events, punch_at + startup


def test_a_jab_into_the_untouchable_window_is_slipped_and_does_nothing(content: Content) -> None:
    rules = content.rules
    events, contact = _punch_into_slip(content, rules.slip_untouchable_from)
    assert not of_kind(events, "hit")
    slip = first(events, "slip", 1)
    assert slip.tick == contact and slip.event.move == "jab"


def test_the_head_is_untouchable_on_every_frame_of_the_window(content: Content) -> None:
    rules = content.rules
    for frame in range(rules.slip_untouchable_from, rules.slip_untouchable_to + 1):
        events, _ = _punch_into_slip(content, frame)
        assert [s.event.kind for s in events] == ["slip"], f"slip frame {frame}"


def test_the_head_is_touchable_outside_the_window(content: Content) -> None:
    rules = content.rules
    outside = [f for f in range(rules.slip_frames)
               if not rules.slip_untouchable_from <= f <= rules.slip_untouchable_to]
    assert outside, "a slip with no touchable frame at all"
    for frame in outside:
        events, _ = _punch_into_slip(content, frame)
        assert not of_kind(events, "slip"), f"slipped on frame {frame}, outside the window"


def test_a_successful_slip_fills_the_heart_meter_and_costs_the_slipper_no_health(content: Content) -> None:
    rules = content.rules
    fight = new_fight(content, at="close")
    slipper = fight.s.boxers[1]
    startup = content.fighters["vito"].moves["jab"].startup
    run(fight, 40, presses({0: Action.JAB}, {startup - rules.slip_untouchable_from: Action.SLIP}))
    assert slipper.heart == rules.heart_slip
    assert slipper.health == slipper.max_health
    assert slipper.round_figures.defence == 1


def test_a_body_punch_still_lands_on_a_fighter_slipping(content: Content) -> None:
    rules = content.rules
    events, contact = _punch_into_slip(content, rules.slip_untouchable_from, Action.HOOK, held=Action.DOWN)
    hit = first(events, "hit", 0)
    assert hit.tick == contact
    assert hit.event == Event("hit", 0, "body_hook", hit.event.value, "body", False)
    assert not of_kind(events, "slip")


def test_a_slip_lasts_its_frames(content: Content) -> None:
    fight = new_fight(content, at="far")
    me = fight.s.boxers[0]
    states = []
    for t in range(content.rules.slip_frames + 1):
        fight.step((Action.SLIP if t == 0 else 0, 0))
        states.append(me.state)
    assert states == [FS.SLIP] * content.rules.slip_frames + [FS.IDLE]
