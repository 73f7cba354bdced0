"""Between rounds: the corner's recovery, the small toll of every round fought, and the walk back to the marks."""

from __future__ import annotations

from game.content.rules import Rules
from game.sim.boxer import MILLI, Boxer, Figures
from game.sim.stamina import lose_max
from game.sim.states import FS


def break_recovery(b: Boxer, rules: Rules) -> None:
    """The corner restores stamina and some of the lost health (more for a good recovery stat)."""
    toll = (rules.max_stamina_loss_per_round * MILLI
            * rules.stamina_round_loss_percent[b.stat_index("stamina")] // 100)
    lose_max(b, toll, rules)
    b.stamina = b.max_stamina
    healing = rules.corner_health_percent * rules.recovery_percent[b.stat_index("recovery")] // 100
    b.health = min(b.max_health, b.health + (b.max_health - b.health) * healing // 100)


def new_round_positions(boxers: list[Boxer], rules: Rules) -> None:
    centre = (rules.left_rope_sub + rules.right_rope_sub) // 2
    for b in boxers:
        b.x = centre - b.facing * rules.start_gap_sub // 2
        if b.state != FS.IDLE:
            b.enter(FS.IDLE)
        b.knock_speed = 0
        b.walk = 0
        b.buffered = 0
        b.move = None
        b.fall_angle = 0
        b.knockdowns_round = 0
        b.round_figures = Figures()
