"""The story campaign as data: `levels/campaign.toml` -> a frozen `Campaign` of beats in the story's order.

Validation names the file and key of every problem: unknown kinds, speakers, scenes and their variants, a panel's
cast naming someone its picture cannot show, training stages, fighters and arenas that do not exist, beats out of the
story's order, round scripts that leave gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.content.reader import Reader

KINDS = ("cutscene", "training", "fight", "decision", "epilogue")
STORY_BEATS = 16
# The drawn places a cutscene panel can show: for each, its variants ("" the usual picture) and the people each
# variant can put in the picture. A panel names its variant and its cast, who of those it shows. game/render/cutscene
# draws them; its tests keep this table and the drawings the same.
SCENES: dict[str, dict[str, tuple[str, ...]]] = {
    "apartment": {"": ("vito",)},
    "apartment_night": {"": ("vito",)},
    "clinic": {"": ("vito", "doctor")},
    "gym": {"": ("vito", "tony", "danny"),
            "viktor_arrives": ("vito", "tony", "viktor"),  # the door open on the cold, a giant under the frame
            "rob_watches": ("vito", "danny", "rob"),  # Vito spars the kid; his son in the doorway
            "hug": ("vito", "rob", "danny"),
            "spring": ("vito", "danny", "kids")},  # the window green, the floor full of young fighters
    "tv_news": {"": ("vito", "anchor", "cole")},
    "phone": {"": ("vito",), "night": ("vito",)},
    "streets": {"": ("vito",)},
    "grave": {"": ("vito",), "gloves": ("vito",)},  # gloves: his old pair on the headstone, Vito standing
    "yard": {"": ("vito", "tony")},
    "vegas_camp": {"": ("cole", "reporter")},
    "arena": {"": ("announcer", "vito", "cole"),  # the introductions, both in their corners
              "instructions": ("referee", "vito", "cole"),  # the referee between them, gloves touched
              "decision": ("announcer", "referee", "vito", "cole"),  # the cards about to be read
              "interview": ("reporter", "vito", "tony"),  # a microphone through the ropes
              "embrace": ("vito", "cole", "rob"),  # the two of them holding on; Rob through the ropes
              "son": ("vito", "rob", "tony")},  # Rob holding his father in the ring
    "sunrise_steps": {"": ("vito",)},
}
ENDINGS = ("won_decision", "draw", "lost_decision", "won_ko")
GOALS = ("survive", "box")

Line = tuple[str, str]  # (speaker id, text)


@dataclass(frozen=True)
class Panel:
    scene: str
    lines: tuple[Line, ...]
    teach: bool = False  # show the controls card over the panel
    variant: str = ""  # which picture of the scene ("" the usual)
    cast: tuple[str, ...] = ()  # who is in the picture (ids of SCENES[scene][variant])


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
    backdrop: Panel | None = None  # decision, epilogue: the picture its own lines (the cards', an ending's) are in

    def script(self, round_number: int) -> RoundScript | None:
        for s in self.scripts:
            if s.first <= round_number <= s.last:
                return s
        return None

    def ending(self, name: str) -> tuple[Line, ...]:
        return dict(self.endings).get(name, ())

    def staged(self, lines: tuple[Line, ...]) -> Panel:
        """`lines` of this beat (the decision's, an ending's) as a panel in the picture the beat names for them."""
        if self.backdrop is None:
            raise ValueError(f"the {self.kind} beat {self.id!r} names no scene for its lines")
        return replace(self.backdrop, lines=lines)


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


def _stage(r: Reader) -> Panel:
    """The picture of a panel (or of a beat's own lines): `scene`, its `variant` and the `cast` it shows."""
    scene = r.text("scene", choices=SCENES)
    variants = SCENES.get(scene, {"": ()})
    variant = ""
    if r.has("variant"):
        named = [v for v in variants if v]
        variant = r.text("variant", choices=named) if named else str(r.raw("variant"))
        if variant not in variants:
            if not named:
                r.problem("variant", f"the {scene} has one picture, no variants")
            variant = ""
    cast = r.strs("cast")
    shown = variants[variant]
    for i, who in enumerate(cast):
        if who not in shown:
            picture = f"the {variant!r} {scene}" if variant else f"the {scene}"
            r.problem(f"cast[{i}]", f"{who!r} is not in {picture} picture (it can show: {', '.join(shown)})")
        elif cast.index(who) != i:
            r.problem(f"cast[{i}]", f"{who!r} is named twice")
    return Panel(scene, (), variant=variant, cast=cast)


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
        staged = _stage(p)
        lines = _lines(p, "lines", speakers)
        if not lines:
            p.problem("lines", "expected at least one line")
        panels.append(replace(staged, lines=lines, teach=p.flag("teach", default=False)))
        p.done()
    if kind in ("cutscene", "epilogue") and not panels:
        r.problem("panels", "expected at least one panel")
    backdrop = _stage(r) if kind in ("decision", "epilogue") else None
    beat = Beat(beat_id, kind, story_beat, chapter, tuple(panels), _lines(r, "lines", speakers), backdrop=backdrop)
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
