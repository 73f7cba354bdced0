"""The tire flips view draws the yard, the tire and Vito at every moment of a run without error, and not blank."""

from __future__ import annotations

import pygame

from game.app import App
from game.render.training.tire_flips import View
from game.sim.training.stage import StageConfig
from game.sim.training.tire_flips import Phase, autoplay, make


def colours(surface: pygame.Surface) -> int:
    small = pygame.transform.scale(surface, (160, 90))
    return len({small.get_at((x, y))[:3] for x in range(160) for y in range(90)})


def test_the_view_draws_every_phase_of_a_run(app: App) -> None:
    sim = make(app.content, StageConfig("tire_flips"))
    view = View(app, sim)
    surface = pygame.Surface((640, 360))
    seen: set[Phase] = set()
    view.react([])
    view.draw(surface)
    while not sim.finished:
        view.react(sim.step(autoplay(sim)))
        if sim.phase not in seen or sim.clock.tick % 37 == 0:
            seen.add(sim.phase)
            view.draw(surface)
            assert colours(surface) > 60
    for _ in range(30):  # the finish, the cheer
        view.react([])
    view.draw(surface)
    assert seen == set(Phase)
    assert colours(surface) > 60


def test_the_verdict_on_screen_names_what_the_lift_did(app: App) -> None:
    """Released at each reading of the meter and driven as hard as the rules allow: "WEAK LIFT" only ever shows
    over a tire that fell back, and a lift that flipped it is called good or great."""
    from game.sim.inputs import Action

    down, hands = int(Action.DOWN), (int(Action.JAB), int(Action.STRAIGHT))
    shown: dict[bool, set[str]] = {True: set(), False: set()}  # flipped? -> the words shown
    rise = app.content.stage("tire_flips").params.meter_rise_ticks
    for hold in range(1, 2 * rise + 1):
        sim = make(app.content, StageConfig("tire_flips"))
        view = View(app, sim)
        words: set[str] = set()
        for _ in range(hold):
            view.react(sim.step((down, 0)))
        view.react(sim.step((0, 0)))
        while sim.phase == Phase.LIFT:
            frame = (hands[1] if sim.last_hand == hands[0] else hands[0]) if sim.can_push() else 0
            view.react(sim.step((frame, 0)))
            if view.verdict.endswith(("LIFT", "LIFT!")):
                words.add(view.verdict)
        assert len(words) == 1, (hold, words)
        shown[sim.flips == 1] |= words
    assert shown[False] == {"WEAK LIFT"}
    assert shown[True] == {"GOOD LIFT", "GREAT LIFT!"}
