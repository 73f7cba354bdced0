"""The story campaign as data: `levels/campaign.toml` -> a frozen `Campaign` of beats in the story's order.

Validation names the file and key of every problem: unknown kinds, speakers and scenes, training stages,
fighters and arenas that do not exist, beats out of the story's order, round scripts that leave gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.content.reader import Reader

KINDS = ("cutscene", "training", "fight", "decision", "epilogue")
STORY_BEATS = 16
# The drawn places a cutscene panel can show (game/render/cutscene draws each).
SCENES = ("apartment", "apartment_night", "clinic", "gym", "tv_news", "phone", "streets", "grave", "yard",
          "vegas_camp", "arena", "sunrise_steps")
ENDINGS = ("won_decision", "draw", "lost_decision", "won_ko")
GOALS = ("survive", "box")

Line = tuple[str, str]  # (speaker id, text)


@dataclass(frozen=True)
class Panel:
    scene: str
    lines: tuple[Line, ...]
    teach: bool = False  # show the controls card over the panel


@dataclass(frozen=True)
class RoundScript:
    first: int
    last: int
    story_beat: int
    title: str
    line: str  # the corner's line before the first round of the range
    goal: str
    pressure_percent: int
    opponent_speed_frames: int
    tell_frames_bonus: int
    body_weakness_percent: int
    recovery_percent: int
    barrage_percent: int
    early_hook: bool


@dataclass(frozen=True)
class Beat:
    id: str
    kind: str
    story_beat: int
    chapter: str = ""
    panels: tuple[Panel, ...] = ()
    lines: tuple[Line, ...] = ()
    stage: str = ""  # training
    goal: str = ""  # training
    opponent: str = ""  # fight
    arena: str = ""
    rounds: int = 0
    played_rounds: tuple[int, ...] = ()
    scripts: tuple[RoundScript, ...] = ()
    endings: tuple[tuple[str, tuple[Line, ...]], ...] = ()  # epilogue: (ending, lines)

    def script(self, round_number: int) -> RoundScript | None:
        for s in self.scripts:
            if s.first <= round_number <= s.last:
                return s
        return None

    def ending(self, name: str) -> tuple[Line, ...]:
        return dict(self.endings).get(name, ())


@dataclass(frozen=True)
class Campaign:
    speakers: dict[str, str]
    beats: tuple[Beat, ...]

    def index(self, beat_id: str) -> int:
        for i, beat in enumerate(self.beats):
            if beat.id == beat_id:
                return i
        raise KeyError(beat_id)


def _lines(r: Reader, name: str, speakers: dict[str, str], default: object = None) -> tuple[Line, ...]:
    raw = r.raw(name, default if default is not None else [])
    out: list[Line] = []
    if not isinstance(raw, list):
        r.problem(name, "expected a list of [speaker, text] pairs")
        return ()
    for i, item in enumerate(raw):
        if (not isinstance(item, list) or len(item) != 2 or not all(isinstance(x, str) and x for x in item)):
            r.problem(f"{name}[{i}]", f"expected [speaker, text], got {item!r}")
            continue
        if item[0] not in speakers:
            r.problem(f"{name}[{i}]", f"unknown speaker {item[0]!r} (known: {', '.join(speakers)})")
        out.append((item[0], item[1]))
    return tuple(out)


def _tables(r: Reader, name: str) -> list[Reader]:
    raw = r.raw(name, [])
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        r.problem(name, "expected a list of tables")
        return []
    return [Reader(r.file, t, f"{r.key(name)}[{i}]", r.problems) for i, t in enumerate(raw)]


def _script(r: Reader, rounds: int) -> RoundScript:
    first = r.integer("from", 1, max(1, rounds))
    last = r.integer("to", first, max(first, rounds))
    s = RoundScript(
        first, last, r.integer("story_beat", 1, STORY_BEATS), r.text("title"), r.text("line"),
        r.text("goal", choices=GOALS), r.integer("pressure_percent", 10, 400),
        r.integer("opponent_speed_frames", 0, 6), r.integer("tell_frames_bonus", 0, 12),
        r.integer("body_weakness_percent", 10, 400), r.integer("recovery_percent", 10, 200),
        r.integer("barrage_percent", 0, 100), r.flag("early_hook"))
    r.done()
    return s


def _beat(r: Reader, speakers: dict[str, str], stages: set[str], fighters: set[str], arenas: set[str]) -> Beat:
    kind = r.text("kind", choices=KINDS)
    beat_id = r.text("id")
    story_beat = r.integer("story_beat", 1, STORY_BEATS)
    chapter = r.text("chapter") if kind != "training" else ""  # the card that opens the beat
    panels: list[Panel] = []
    for p in _tables(r, "panels"):
        scene = p.text("scene", choices=SCENES)
        lines = _lines(p, "lines", speakers)
        if not lines:
            p.problem("lines", "expected at least one line")
        panels.append(Panel(scene, lines, p.flag("teach", default=False)))
        p.done()
    if kind in ("cutscene", "epilogue") and not panels:
        r.problem("panels", "expected at least one panel")
    beat = Beat(beat_id, kind, story_beat, chapter, tuple(panels), _lines(r, "lines", speakers))
    if kind == "training":
        stage = r.text("stage")
        if stage and stage not in stages:
            r.problem("stage", f"no training stage {stage!r} (known: {', '.join(sorted(stages))})")
        beat = replace(beat, stage=stage, goal=r.text("goal"))
    elif kind == "fight":
        beat = _fight(r, beat, fighters, arenas)
    elif kind == "epilogue":
        table = r.table_of("endings")
        endings = tuple((name, _lines(table, name, speakers)) for name in ENDINGS)
        for name, lines in endings:
            if not lines:
                table.problem(name, "expected the lines of this ending")
        table.done()
        beat = replace(beat, endings=endings)
    r.done()
    return beat


def _fight(r: Reader, beat: Beat, fighters: set[str], arenas: set[str]) -> Beat:
    opponent = r.text("opponent")
    if opponent and opponent not in fighters:
        r.problem("opponent", f"no fighter {opponent!r} (known: {', '.join(sorted(fighters))})")
    arena = r.text("arena")
    if arena and arena not in arenas:
        r.problem("arena", f"no arena {arena!r} (known: {', '.join(sorted(arenas))})")
    rounds = r.integer("rounds", 1, 12)
    played = r.ints("played_rounds", lo=1)
    if any(p > rounds for p in played) or list(played) != sorted(set(played)):
        r.problem("played_rounds", f"expected rising round numbers from 1 to {rounds}, got {list(played)}")
    scripts = tuple(_script(t, rounds) for t in _tables(r, "scripts"))
    covered = [n for s in scripts for n in range(s.first, s.last + 1)]
    if sorted(covered) != list(range(1, rounds + 1)):
        r.problem("scripts", f"the round scripts must cover rounds 1 to {rounds} once each, got {sorted(covered)}")
    return replace(beat, opponent=opponent, arena=arena, rounds=rounds, played_rounds=played, scripts=scripts)


def read_campaign(r: Reader, stages: set[str], fighters: set[str], arenas: set[str]) -> Campaign:
    sp = r.table_of("speakers")
    speakers = {name: str(sp.raw(name)) for name in sp.names()}
    if any(not isinstance(v, str) for v in sp.table.values()):
        sp.problem("", "expected speaker ids mapped to the names shown on screen")
    beats = tuple(_beat(b, speakers, stages, fighters, arenas) for b in _tables(r, "beats"))
    r.done()
    ids = [b.id for b in beats]
    for i, beat in enumerate(beats):
        if ids.index(beat.id) != i:
            r.problem(f"beats[{i}].id", f"the id {beat.id!r} is used twice")
        if i and beat.story_beat < beats[i - 1].story_beat:
            r.problem(f"beats[{i}].story_beat", f"beat {beat.id!r} goes back to story beat {beat.story_beat} "
                      f"after {beats[i - 1].story_beat}")
    told = {b.story_beat for b in beats} | {s.story_beat for b in beats for s in b.scripts}
    missing = [n for n in range(1, STORY_BEATS + 1) if n not in told]
    if missing:
        r.problem("beats", f"the story's beats {missing} are not told")
    return Campaign(speakers, beats)
