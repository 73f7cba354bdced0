"""How the fighters look (`levels/looks/<id>.toml`) and how they move (`levels/looks/poses.toml`).

A look is a build (widths of the body parts in logical pixels; the height comes from the fighter's own file),
colours and a hair style. The pose book holds key poses (joint angles) and, per fighter state and per move phase,
the key-pose lists the renderer interpolates across. None of it touches the simulation, so none of it is part of
the content digest that replays record.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from game.content.errors import ContentError, Problem
from game.content.fighters import MOVE_IDS
from game.content.reader import Reader, load_toml, with_base
from game.content.rules import Rules

Colour = tuple[int, int, int]

HAIR_STYLES = ("bald", "shaved", "receding", "short", "flattop", "curly")
FACIAL_HAIR = ("none", "stubble", "moustache", "beard")
FACES = ("calm", "effort", "hurt", "dazed", "ko", "joy")
CLOCKS = ("loop", "once", "stun", "slip", "fall", "rise")
EASES = ("smooth", "linear", "in", "out")
# a pose is these numbers, in this order (see levels/looks/poses.toml for what each means)
POSE_SCALARS = ("x", "lift", "lean", "head", "turn")
POSE_PAIRS = ("lead_arm", "rear_arm", "lead_leg", "rear_leg")
POSE_SIZE = len(POSE_SCALARS) + 2 * len(POSE_PAIRS)
ANIMS = ("idle", "idle_tired", "step_forward", "step_back", "guard_high", "guard_low", "slip", "hit_head",
         "hit_body", "block_high", "block_low", "stagger", "fall", "rise", "corner", "victory")
MOVE_PHASES = ("tell", "startup", "active", "recovery")
BUILD = {  # key: (lowest, highest) in logical pixels
    "shoulders_px": (12, 60), "waist_px": (10, 50), "chest_px": (0, 12), "belly_px": (0, 12),
    "arm_px": (4, 20), "forearm_px": (4, 20), "thigh_px": (5, 24), "calf_px": (4, 20), "neck_px": (4, 20),
    "head_px": (12, 30), "glove_px": (8, 26),
}


@dataclass(frozen=True)
class Sizes:
    """Widths of the body parts, in logical pixels (BUILD's keys without the `_px`)."""

    shoulders: float
    waist: float
    chest: float
    belly: float
    arm: float
    forearm: float
    thigh: float
    calf: float
    neck: float
    head: float
    glove: float


@dataclass(frozen=True)
class Look:
    id: str
    build: Sizes
    muscle: float  # 0..1: how much muscle definition is drawn
    reach: float  # arm length against the usual for the fighter's height (a long-armed giant is over 1)
    skin: Colour
    hair_style: str
    hair: Colour
    facial_hair: str
    age_lines: bool
    trunks: Colour
    stripe: Colour
    waistband: Colour
    gloves: Colour
    cuff: Colour
    shoes: Colour
    sole: Colour
    socks: Colour


@dataclass(frozen=True)
class Pose:
    values: tuple[float, ...]  # POSE_SCALARS then the POSE_PAIRS flattened, POSE_SIZE numbers
    face: str


@dataclass(frozen=True)
class Key:
    at: float  # 0.0 .. 1.0 across the state or the move phase
    pose: Pose
    ease: str  # how the segment that ends at this key is eased


@dataclass(frozen=True)
class Anim:
    clock: str  # CLOCKS: what drives the animation (the game tick, the state's frames, the fall angle...)
    frames: int  # the length of a loop or a once-through; the other clocks take theirs from the rules
    keys: tuple[Key, ...]


@dataclass(frozen=True)
class PoseBook:
    anims: dict[str, Anim]
    moves: dict[str, dict[str, tuple[Key, ...]]]  # move id -> phase -> keys (an empty "tell" when none)
    slip_frames: int  # from the rules, the one source of these numbers
    fall_frames: int
    rise_frames: int
    tired_percent: int


@dataclass(frozen=True)
class Looks(Mapping[str, Look]):
    """Every fighter's look by fighter id, and the pose book they all share."""

    by_id: dict[str, Look] = field(default_factory=dict)
    poses: PoseBook | None = None

    def __getitem__(self, fighter_id: str) -> Look:
        return self.by_id[fighter_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_id)

    def __len__(self) -> int:
        return len(self.by_id)


def parse_colour(r: Reader, name: str) -> Colour:
    text = r.text(name)
    digits = text[1:] if text.startswith("#") else ""
    if len(digits) != 6 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        if text:
            r.problem(name, f'expected a colour like "#c0182a", got "{text}"')
        return (255, 0, 255)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def read_look(r: Reader, fighter_id: str) -> Look:
    if r.has("id") and r.table.get("id") != fighter_id:
        r.problem("id", f"expected \"{fighter_id}\" (the file's name), got {r.table.get('id')!r}")
    r.text("id", default=fighter_id)
    b = r.table_of("build")
    build = Sizes(**{k.removesuffix("_px"): b.number(k, lo, hi) for k, (lo, hi) in BUILD.items()})
    muscle = b.number("muscle", 0.0, 1.0)
    reach = b.number("reach", 0.8, 1.4, default=1.0)
    b.done()
    sk = r.table_of("skin")
    skin = parse_colour(sk, "colour")
    sk.done()
    h = r.table_of("hair")
    style = h.text("style", choices=HAIR_STYLES)
    hair = parse_colour(h, "colour")
    facial = h.text("facial", default="none", choices=FACIAL_HAIR)
    age_lines = h.flag("age_lines", default=False)
    h.done()
    t = r.table_of("trunks")
    trunks, stripe, waistband = parse_colour(t, "colour"), parse_colour(t, "stripe"), parse_colour(t, "waistband")
    t.done()
    g = r.table_of("gloves")
    gloves, cuff = parse_colour(g, "colour"), parse_colour(g, "cuff")
    g.done()
    s = r.table_of("shoes")
    shoes, sole, socks = parse_colour(s, "colour"), parse_colour(s, "sole"), parse_colour(s, "socks")
    s.done()
    r.done()
    return Look(fighter_id, build, muscle, reach, skin, style, hair, facial, age_lines, trunks, stripe, waistband,
                gloves, cuff, shoes, sole, socks)


# --- the pose book -------------------------------------------------------------------------------------------


def _read_poses(r: Reader) -> dict[str, Pose]:
    raw = {name: r.table_of(name) for name in r.names()}
    out: dict[str, Pose] = {}

    def resolve(name: str, chain: tuple[str, ...]) -> Pose | None:
        if name in out:
            return out[name]
        pr = raw[name]
        base: Pose | None = None
        if pr.has("base"):
            base_name = pr.text("base")
            if base_name in chain:
                pr.problem("base", f"a pose cannot be its own base (through {' -> '.join((*chain, name))})")
            elif base_name not in raw:
                pr.problem("base", f'no pose named "{base_name}"')
            else:
                base = resolve(base_name, (*chain, name))
        values: list[float] = []
        for i, key in enumerate(POSE_SCALARS):
            if base is not None and not pr.has(key):
                values.append(base.values[i])
            else:
                values.append(pr.number(key, -360.0, 360.0))
        for j, key in enumerate(POSE_PAIRS):
            at = len(POSE_SCALARS) + 2 * j
            if base is not None and not pr.has(key):
                values.extend(base.values[at:at + 2])
            else:
                pair = pr.raw(key)
                ok = isinstance(pair, list) and len(pair) == 2 and all(
                    isinstance(v, int | float) and not isinstance(v, bool) and -360 <= v <= 360 for v in pair)
                if pair is not None and not ok:
                    pr.problem(key, f"expected [angle, bend] in degrees from -360 to 360, got {pair!r}")
                values.extend([float(v) for v in pair] if ok else [0.0, 0.0])
        face = pr.text("face", choices=FACES) if base is None or pr.has("face") else base.face
        pr.done()
        pose = Pose(tuple(values), face or "calm")
        out[name] = pose
        return pose

    for name in raw:
        resolve(name, ())
    r.done()
    return out


def _read_keys(r: Reader, name: str, poses: dict[str, Pose]) -> tuple[Key, ...]:
    raw = r.raw(name)
    shape = 'a list of [time, "pose"] or [time, "pose", "ease"] from time 0.0 to 1.0'
    if not isinstance(raw, list) or len(raw) < 2:
        r.problem(name, f"expected {shape}")
        return ()
    keys: list[Key] = []
    for i, item in enumerate(raw):
        where = f"{name}[{i}]"
        if (not isinstance(item, list) or len(item) not in (2, 3) or isinstance(item[0], bool)
                or not isinstance(item[0], int | float) or not all(isinstance(v, str) for v in item[1:])):
            r.problem(where, f"expected {shape}, got {item!r}")
            return ()
        at, pose_name, ease = float(item[0]), item[1], (item[2] if len(item) == 3 else "smooth")
        if pose_name not in poses:
            r.problem(where, f'no pose named "{pose_name}"')
            return ()
        if ease not in EASES:
            r.problem(where, f"expected an ease from {', '.join(EASES)}, got \"{ease}\"")
        if keys and at <= keys[-1].at:
            r.problem(where, f"expected times rising from 0.0 to 1.0, got {at} after {keys[-1].at}")
            return ()
        keys.append(Key(at, poses[pose_name], ease))
    if keys[0].at != 0.0 or keys[-1].at != 1.0:
        r.problem(name, f"expected the times to run from 0.0 to 1.0, got {keys[0].at} to {keys[-1].at}")
        return ()
    return tuple(keys)


def read_pose_book(r: Reader, rules: Rules) -> PoseBook:
    poses = _read_poses(r.table_of("poses"))
    anims: dict[str, Anim] = {}
    ar = r.table_of("anims")
    for name in ANIMS:
        a = ar.table_of(name)
        clock = a.text("clock", choices=CLOCKS)
        frames = a.frames("frames", 1, 600) if clock in ("loop", "once") else a.frames("frames", 1, 600, default=1)
        anims[name] = Anim(clock, frames, _read_keys(a, "keys", poses))
        a.done()
    ar.done()
    moves: dict[str, dict[str, tuple[Key, ...]]] = {}
    mr = r.table_of("moves")
    for move_id in MOVE_IDS:
        m = mr.table_of(move_id)
        moves[move_id] = {phase: _read_keys(m, phase, poses) if phase != "tell" or m.has("tell") else ()
                          for phase in MOVE_PHASES}
        m.done()
    mr.done()
    r.done()
    return PoseBook(anims, moves, rules.slip_frames, rules.fall_frames, rules.rise_frames, rules.low_stamina_percent)


def read_looks(root: Path, fighter_ids: list[str], rules: Rules, display: str = "levels/looks") -> Looks:
    """Every fighter's look and the pose book, from `root` (the levels/looks folder); raises with every problem."""
    problems: list[Problem] = []

    def reader(name: str) -> Reader | None:
        try:
            table = with_base(load_toml(root / name, f"{display}/{name}"), root, display, (Path(name).stem,))
            return Reader(f"{display}/{name}", table, "", problems)
        except ContentError as exc:
            problems.extend(exc.problems)
            return None

    looks: dict[str, Look] = {}
    for fighter_id in fighter_ids:
        lr = reader(f"{fighter_id}.toml")
        if lr is not None:
            looks[fighter_id] = read_look(lr, fighter_id)
    extra = sorted(p.stem for p in root.glob("*.toml")) if root.is_dir() else []
    for stem in extra:
        if stem not in fighter_ids and stem != "poses":
            problems.append(Problem(f"{display}/{stem}.toml", "", "no fighter with this id in levels/fighters"))
    pr = reader("poses.toml")
    book = read_pose_book(pr, rules) if pr is not None else None
    if problems:
        raise ContentError(problems)
    return Looks(looks, book)
