"""The story's round scripts (levels/campaign.toml [[beats.scripts]]) applied to a fight as each round opens.

A script covers a range of rounds and shapes the scripted opponent (player two, Cole): his punches' startup
(`opponent_speed_frames` faster, never under one frame), his tells (`tell_frames_bonus` frames longer: the
telegraph is held, so the wind-up lasts that much longer too), the max stamina his body gives up to body punches
(`body_weakness_percent` of the usual), both men's stamina recovery (`recovery_percent` of the usual) and the
`early_hook` that staggers. His CPU reads `pressure_percent` and `barrage_percent` itself (`game.sim.cpu`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from game.content.campaign import RoundScript
from game.content.fighters import Fighter, Move
from game.sim.boxer import Boxer

SCRIPTED_SIDE = 1  # the story's opponent is player two


@dataclass(frozen=True)
class RoundTerms:
    """The engine's part of a round script (the campaign's RoundScript also has the corner's words): the defaults
    change nothing."""

    first: int
    last: int
    pressure_percent: int = 100
    opponent_speed_frames: int = 0
    tell_frames_bonus: int = 0
    body_weakness_percent: int = 100
    recovery_percent: int = 100
    barrage_percent: int = 0
    early_hook: bool = False

    def code(self) -> str:
        """A short text of the terms (replay headers carry it): "first-last:n/n/n/n/n/n/0|1"."""
        numbers = (self.pressure_percent, self.opponent_speed_frames, self.tell_frames_bonus,
                   self.body_weakness_percent, self.recovery_percent, self.barrage_percent, int(self.early_hook))
        return f"{self.first}-{self.last}:" + "/".join(str(n) for n in numbers)


def terms_of(script: RoundScript) -> RoundTerms:
    return RoundTerms(script.first, script.last, script.pressure_percent, script.opponent_speed_frames,
                      script.tell_frames_bonus, script.body_weakness_percent, script.recovery_percent,
                      script.barrage_percent, script.early_hook)


def terms_code(terms: tuple[RoundTerms, ...]) -> str:
    return ";".join(t.code() for t in terms)


def terms_from_code(text: str) -> tuple[RoundTerms, ...]:
    """The terms a `terms_code` text describes; ValueError (one sentence) when it is not one."""
    out = []
    for part in text.split(";") if text else []:
        try:
            span, numbers = part.split(":")
            first, last = (int(x) for x in span.split("-"))
            n = [int(x) for x in numbers.split("/")]
            if len(n) != 7 or n[6] not in (0, 1) or not 1 <= first <= last:
                raise ValueError(part)
        except ValueError:
            raise ValueError(f"the round script {part!r} is not first-last:seven numbers") from None
        out.append(RoundTerms(first, last, n[0], n[1], n[2], n[3], n[4], n[5], bool(n[6])))
    return tuple(out)


def script_for(scripts: tuple[RoundTerms, ...], round_number: int) -> RoundTerms | None:
    for script in scripts:
        if script.first <= round_number <= script.last:
            return script
    return None


def scripted_move(move: Move, speed_frames: int, tell_bonus_frames: int) -> Move:
    """A move as the script has him throw it: faster by `speed_frames`, a telegraph held `tell_bonus_frames`
    longer; the tell stays shorter than the startup."""
    tell = move.tell_frames + tell_bonus_frames if move.tell_frames > 0 else 0
    startup = max(1, move.startup - speed_frames + (tell - move.tell_frames))
    return dataclasses.replace(move, startup=startup, tell_frames=min(tell, startup - 1))


def scripted_fighter(base: Fighter, script: RoundTerms | None) -> Fighter:
    """The fighter as a round's script has him (the same object when the script changes none of his moves)."""
    if script is None or (script.opponent_speed_frames == 0 and script.tell_frames_bonus == 0):
        return base
    moves = {mid: scripted_move(m, script.opponent_speed_frames, script.tell_frames_bonus)
             for mid, m in base.moves.items()}
    return dataclasses.replace(base, moves=moves)


def apply_round_script(boxers: list[Boxer], base: Fighter, script: RoundTerms | None) -> None:
    """A round opens: set both men's terms for it (the usual ones when no script covers the round)."""
    opponent = boxers[SCRIPTED_SIDE]
    opponent.content = scripted_fighter(base, script)
    opponent.body_weakness_percent = script.body_weakness_percent if script else 100
    opponent.hook_staggers = bool(script and script.early_hook)
    for b in boxers:
        b.refill_percent = script.recovery_percent if script else 100
