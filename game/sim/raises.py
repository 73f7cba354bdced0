"""What the story's training earned Vito for the final fight: the grades (`Training`, carried by a FightConfig for
player one) and what they add in the engine (`Raises`, the amounts from levels/rules.toml [training]).

GAMEPLAY.md's table: road run -> max stamina, the steps -> stamina recovery, heavy bag -> power, speed bag -> hand
speed, tire flips -> body damage (strength), sledgehammer -> knockdown power, mitt drill -> the counter window
against telegraphed punches (the tells practised).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import astuple, dataclass, fields

from game.content.library import Content
from game.content.rules import Rules
from game.content.training import GRADES, STATS


@dataclass(frozen=True)
class Training:
    """The grade earned for each stat ("gold", "silver", "bronze", or "" for none); field names are `STATS`."""

    max_stamina: str = ""
    recovery: str = ""
    power: str = ""
    hand_speed: str = ""
    counter_window: str = ""
    body_damage: str = ""
    knockdown_power: str = ""

    def __post_init__(self) -> None:
        for f in fields(self):
            grade = getattr(self, f.name)
            if grade and grade not in GRADES:
                raise ValueError(f"training.{f.name}: no grade {grade!r} (grades are {', '.join(GRADES)})")

    def grade(self, stat: str) -> str:
        if stat not in STATS:
            raise ValueError(f"no training stat {stat!r} (stats are {', '.join(STATS)})")
        value: str = getattr(self, stat)
        return value

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def code(self) -> str:
        """A short text of the grades (replay headers carry it): "stat=grade,..." in STATS order."""
        return ",".join(f"{stat}={self.grade(stat)}" for stat in STATS if self.grade(stat))


def training_from_code(text: str) -> Training:
    """The Training a `Training.code` text describes; ValueError (one sentence) when it is not one."""
    grades = {}
    for part in text.split(",") if text else []:
        stat, _, grade = part.partition("=")
        if stat not in STATS or grade not in GRADES:
            raise ValueError(f"the training grade {part!r} is not stat=grade")
        grades[stat] = grade
    return Training(**grades)


NO_TRAINING = Training()


def training_from_stages(content: Content, grades: Mapping[str, str | None]) -> Training:
    """The Training a story run's stage grades earn ({stage id: grade or None}); each stage raises its own stat."""
    by_stat: dict[str, str] = {}
    for stage_id, grade in grades.items():
        if grade:
            by_stat[content.stage(stage_id).raises] = grade
    return Training(**by_stat)


@dataclass(frozen=True)
class Raises:
    """The engine's side of a Training: how much each stat is raised, in the units the engine uses."""

    max_stamina_points: int = 0  # added to max stamina (and stamina) at the first bell
    refill_percent: int = 0  # added to the stamina stat's refill percent
    power_percent: int = 0  # added to the power stat's damage percent
    chain_frames: int = 0  # added to the recovery frames a combination may cut
    counter_window_frames: int = 0  # a telegraphed punch stays open to a counter-hit this long after its startup
    body_damage_percent: int = 0  # more max stamina taken by his body punches
    knockdown_health_percent: int = 0  # a power punch leaving the man under this share of his health drops him

    def hash_tuple(self) -> tuple[int, ...]:
        return astuple(self)


NO_RAISES = Raises()


def raises_for(training: Training, rules: Rules) -> Raises:
    def amount(stat: str) -> int:
        return rules.training.amount(stat, training.grade(stat))

    return Raises(
        max_stamina_points=amount("max_stamina"),
        refill_percent=amount("recovery"),
        power_percent=amount("power"),
        chain_frames=amount("hand_speed"),
        counter_window_frames=amount("counter_window"),
        body_damage_percent=amount("body_damage"),
        knockdown_health_percent=amount("knockdown_power"),
    )
