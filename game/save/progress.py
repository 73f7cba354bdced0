"""The story's progress on disk: where to resume, the beats reached, the training grades of this run, the fight's
outcome once fought, whether the story is finished (it unlocks young Vito in Versus) and the story's one setting.

JSON with a schema version, written atomically; a file that cannot be read (or one written by a newer game) is moved
aside and the player told once, and the story starts fresh instead of crashing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.save.jsonfile import read_versioned, write_versioned

if TYPE_CHECKING:
    from game.sim.fight import Fight

SCHEMA = 1
GRADE_ORDER = ("gold", "silver", "bronze")  # best first (content.training.GRADES; save/ does not import content)
PAR_GRADE = "bronze"  # what skipping a stage after one honest try earns
ENDINGS = ("won_ko", "won_decision", "draw", "lost_decision")
METHODS = ("KO", "TKO", "decision", "draw")  # how a fight ends (game.sim.fight.Result.method)


@dataclass(frozen=True)
class CardRecord:
    judge: int
    round: int
    points: tuple[int, int]
    why: str


@dataclass(frozen=True)
class FightRecord:
    """What the decision and the aftermath need of the final fight, kept so a later session can read the cards."""

    winner: int | None  # 0: Vito, 1: the opponent, None: a draw
    method: str  # KO, TKO, decision, draw
    kind: str  # unanimous, majority, split ("" for a stoppage)
    round: int
    cards: tuple[CardRecord, ...] = ()
    retries: int = 0  # rounds started over after Vito was knocked out

    @property
    def ending(self) -> str:
        """Which of the campaign's endings fits: won_ko, won_decision, draw or lost_decision."""
        if self.winner is None:
            return "draw"
        if self.winner == 0:
            return "won_ko" if self.method in ("KO", "TKO") else "won_decision"
        return "lost_decision"  # a knockout of Vito never ends the story: the fight scene starts the round over

    def totals(self, judges: int) -> list[tuple[int, int]]:
        out = []
        for j in range(judges):
            mine = [c.points for c in self.cards if c.judge == j]
            out.append((sum(p[0] for p in mine), sum(p[1] for p in mine)))
        return out


def fight_record(fight: Fight, retries: int = 0) -> FightRecord:
    """The record of a finished fight (its result and every judge's card)."""
    s = fight.s
    result = s.result
    cards = tuple(CardRecord(c.judge, c.round, (c.points[0], c.points[1]), c.why) for c in s.cards)
    if result is None:
        return FightRecord(None, "draw", "", s.round, cards, retries)
    return FightRecord(result.winner, result.method, result.kind, result.round, cards, retries)


def better(a: str | None, b: str | None) -> str | None:
    """The better of two grades (None: no grade)."""
    ranks = [GRADE_ORDER.index(g) for g in (a, b) if g in GRADE_ORDER]
    return GRADE_ORDER[min(ranks)] if ranks else None


@dataclass
class Progress:
    beat: int = 0  # the beat to resume at (the campaign's index); len(beats) once the story has been told
    reached: list[int] = field(default_factory=lambda: [0])  # every beat ever reached, for chapter select
    grades: dict[str, str | None] = field(default_factory=dict)  # stage -> best grade of this run; None: tried
    skipped: list[str] = field(default_factory=list)  # stages skipped for the par grade after one honest try
    fight: FightRecord | None = None
    finished: bool = False  # the story has been told to the end once (kept across new stories)
    play_every_round: bool = False  # the final fight: the player fights every round, not only the campaign's

    @property
    def unlocked_prime(self) -> bool:
        """Young Vito (`vito_prime`) is in Versus once the story is finished."""
        return self.finished

    def started(self, beats: int) -> bool:
        """There is a story to continue: past the first beat and not yet at the end."""
        return 0 < self.beat < beats

    def reach(self, index: int) -> None:
        if index not in self.reached:
            self.reached = sorted([*self.reached, index])

    def complete(self, index: int) -> None:
        """Beat `index` is done: resume at the next one."""
        self.beat = index + 1
        self.reach(index + 1)

    def tried(self, stage: str) -> bool:
        return stage in self.grades

    def record_try(self, stage: str, grade: str | None) -> None:
        """A training stage was played through: keep its best grade of this run."""
        self.grades[stage] = better(self.grades.get(stage), grade)

    def may_skip(self, stage: str) -> bool:
        """Skipping for par is offered only after one honest try that earned no grade."""
        return stage in self.grades and self.grades[stage] is None

    def skip_for_par(self, stage: str) -> None:
        if not self.may_skip(stage):
            raise ValueError(f"the {stage} stage may be skipped only after a try without a grade")
        self.grades[stage] = PAR_GRADE
        if stage not in self.skipped:
            self.skipped = [*self.skipped, stage]

    def new_story(self) -> None:
        """Start over: the run's place, grades and fight go; what was opened up stays (chapters, young Vito)."""
        self.beat = 0
        self.grades = {}
        self.skipped = []
        self.fight = None
        self.reach(0)

    def needs_fight(self, index: int, fight_index: int | None) -> bool:
        """Beat `index` comes after the fight and this story has not fought it: the cards and the aftermath are
        the fight's, so they cannot be told yet."""
        return fight_index is not None and index > fight_index and self.fight is None

    def jump(self, index: int, fight_index: int | None) -> bool:
        """Chapter select: resume at `index`; a fight still ahead is fought again. A beat after a fight this story
        has not fought opens at the fight instead: True when it does."""
        redirected = self.needs_fight(index, fight_index)
        if redirected:
            assert fight_index is not None
            index = fight_index
        self.beat = index
        self.reach(index)
        if fight_index is not None and index <= fight_index:
            self.fight = None
        return redirected

    def tell_end(self) -> bool:
        """The aftermath has been told: the story is finished (young Vito opens up), if its fight was fought."""
        if self.fight is None:
            return False
        self.finished = True
        return True


# --- the file -----------------------------------------------------------------------------------------------------


def _to_json(p: Progress) -> dict[str, Any]:
    fight = None
    if p.fight is not None:
        f = p.fight
        fight = {"winner": f.winner, "method": f.method, "kind": f.kind, "round": f.round, "retries": f.retries,
                 "cards": [[c.judge, c.round, c.points[0], c.points[1], c.why] for c in f.cards]}
    return {"beat": p.beat, "reached": sorted(p.reached), "grades": dict(sorted(p.grades.items())),
            "skipped": list(p.skipped), "fight": fight, "finished": p.finished,
            "play_every_round": p.play_every_round}


def _whole(value: object, lo: int = 0) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= lo else None


class _Bad(ValueError):
    """A field of the file that is not what this game writes: the whole file is kept aside, never half-trusted."""

    def __init__(self, key: str, expected: str, got: object) -> None:
        shown = repr(got)
        super().__init__(f"{key}: expected {expected}, got {shown if len(shown) <= 40 else shown[:37] + '...'}")


def _number(doc: dict[str, Any], key: str, lo: int, default: int, where: str = "") -> int:
    value = doc.get(key, default)
    got = _whole(value, lo)
    if got is None:
        raise _Bad(where + key, f"a whole number >= {lo}", value)
    return got


def _flag(doc: dict[str, Any], key: str) -> bool:
    value = doc.get(key, False)
    if not isinstance(value, bool):
        raise _Bad(key, "true or false", value)
    return value


def _list(doc: dict[str, Any], key: str, where: str = "") -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise _Bad(where + key, "a list", value)
    return value


def _text(doc: dict[str, Any], key: str, default: str, where: str, choices: tuple[str, ...] = ()) -> str:
    value = doc.get(key, default)
    if not isinstance(value, str) or (choices and value not in choices):
        raise _Bad(where + key, f"one of {', '.join(choices)}" if choices else "text", value)
    return value


def _card(item: object, i: int) -> CardRecord:
    if (not isinstance(item, list) or len(item) != 5 or any(_whole(v) is None for v in item[:4])
            or item[1] < 1 or not isinstance(item[4], str)):
        raise _Bad(f"fight.cards[{i}]", "[judge, round, red, blue, why]", item)
    return CardRecord(item[0], item[1], (item[2], item[3]), item[4])


def _fight(raw: object) -> FightRecord | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _Bad("fight", "the fight's record or null", raw)
    winner = raw.get("winner")
    if winner not in (0, 1, None) or isinstance(winner, bool):
        raise _Bad("fight.winner", "0, 1 or null", winner)
    cards = tuple(_card(item, i) for i, item in enumerate(_list(raw, "cards", "fight.")))
    return FightRecord(winner, _text(raw, "method", "draw", "fight.", METHODS), _text(raw, "kind", "", "fight."),
                       _number(raw, "round", 1, 1, "fight."), cards, _number(raw, "retries", 0, 0, "fight."))


def _from_json(doc: dict[str, Any]) -> Progress:
    """Every field checked for its type (a missing one takes its default); a wrong one raises _Bad, naming it."""
    p = Progress()
    p.beat = _number(doc, "beat", 0, 0)
    reached = _list(doc, "reached")
    if any(_whole(v) is None for v in reached):
        raise _Bad("reached", "a list of beat numbers", reached)
    p.reached = sorted(set(reached) | {0})
    p.reach(p.beat)
    grades = doc.get("grades", {})
    if not isinstance(grades, dict) or any(v is not None and v not in GRADE_ORDER for v in grades.values()):
        raise _Bad("grades", f"stages mapped to {', '.join(GRADE_ORDER)} or null", grades)
    p.grades = dict(sorted(grades.items()))
    skipped = _list(doc, "skipped")
    if not all(isinstance(s, str) for s in skipped):
        raise _Bad("skipped", "a list of stage names", skipped)
    p.skipped = list(skipped)
    p.fight = _fight(doc.get("fight"))
    p.finished = _flag(doc, "finished")
    p.play_every_round = _flag(doc, "play_every_round")
    return p


def load_progress(path: Path) -> tuple[Progress, str | None]:
    """The story's progress, and a message for the player when the file could not be used (it is moved aside)."""
    read: list[Progress] = []  # filled by the check, which reads every field (a bad one moves the file aside)
    _, notice = read_versioned(path, SCHEMA, "story save", "the story starts from the beginning",
                               lambda doc: read.append(_from_json(doc)))
    return (read[0] if read else Progress()), notice


def save_progress(path: Path, progress: Progress) -> None:
    write_versioned(path, SCHEMA, _to_json(progress), sort_keys=False)
