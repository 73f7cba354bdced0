"""Fighters (`levels/fighters/<id>.toml`): stats, moves with frame data and hitboxes, hurtboxes, CPU style."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.errors import Problem
from game.content.reader import Reader
from game.content.rules import STAT_NAMES, SUBPX, Rules

MOVE_IDS = ("jab", "straight", "hook", "uppercut", "body_hook", "body_straight", "haymaker")
HURTBOX_STATES = ("default", "guard_high", "guard_low", "slip", "punch")
GUARD_HABITS = ("high", "low", "mixed")


@dataclass(frozen=True)
class Box:
    """A rectangle relative to a fighter facing right: x forward from the centre line, y up from the canvas.

    All four numbers are subpixels; `x` is the edge nearest the fighter.
    """

    x: int
    y: int
    w: int
    h: int

    @property
    def far(self) -> int:
        return self.x + self.w

    @property
    def top(self) -> int:
        return self.y + self.h


@dataclass(frozen=True)
class Move:
    id: str
    startup: int
    active: int
    recovery: int
    target: str  # "head" or "body"
    damage: int
    stamina: int
    hitstun: int
    blockstun: int
    hitstop: int
    pushback_sub: int
    chip_percent: int
    power: bool  # counts as a power punch for the judges and can stagger
    tell_frames: int  # the first frames of startup show a readable telegraph
    hitboxes: tuple[Box, ...]  # one per active frame

    @property
    def total(self) -> int:
        return self.startup + self.active + self.recovery


@dataclass(frozen=True)
class Hurtboxes:
    head: Box
    body: Box


@dataclass(frozen=True)
class CpuStyle:
    aggression: int  # percent: how much it walks forward to fight
    preferred_range_px: int
    guard: str  # habitual guard
    guard_percent: int  # how often its guard is up when not punching
    body_percent: int  # how often it goes to the body
    combos: tuple[tuple[str, ...], ...]


UNLOCKS = ("story",)  # what unlocks a fighter that is not there from the start


@dataclass(frozen=True)
class Fighter:
    id: str
    name: str
    nickname: str
    power: int
    hand_speed: int
    foot_speed: int
    chin: int
    recovery: int
    stamina: int
    radius_sub: int
    height_px: int
    mass: int
    moves: dict[str, Move]
    hurtboxes: dict[str, Hurtboxes]
    cpu: CpuStyle
    unlock: str = ""  # "": always in Versus; "story": once the story has been finished

    def stat(self, name: str) -> int:
        value: int = getattr(self, name)
        return value


def read_fighter(r: Reader, fighter_id: str, rules: Rules) -> Fighter:
    if r.has("id") and r.table.get("id") != fighter_id:
        r.problem("id", f"expected \"{fighter_id}\" (the file's name), got {r.table.get('id')!r}")
    r.text("id", default=fighter_id)
    name = r.text("name")
    nickname = r.text("nickname", default="")
    stats_r = r.table_of("stats")
    stats = {s: stats_r.integer(s, 1, 10) for s in STAT_NAMES}
    stats_r.done()
    body = r.table_of("body")
    radius_sub = body.integer("radius_px", 6, 60) * SUBPX
    height_px = body.integer("height_px", 40, 200)
    mass = body.integer("mass", 20, 400)
    body.done()
    hurt = _read_hurtboxes(r.table_of("hurtboxes"))
    moves_r = r.table_of("moves")
    moves = {mid: _read_move(moves_r.table_of(mid), mid) for mid in MOVE_IDS}
    moves_r.done()
    cpu = _read_cpu(r.table_of("cpu"))
    unlock = r.text("unlock", choices=UNLOCKS) if r.has("unlock") else ""
    r.done()
    fighter = Fighter(fighter_id, name, nickname, radius_sub=radius_sub, height_px=height_px, mass=mass,
                      moves=moves, hurtboxes=hurt, cpu=cpu, unlock=unlock, **stats)
    _check_reach(r, fighter)
    for i, combo in enumerate(cpu.combos):
        for m in combo:
            if m not in MOVE_IDS:
                r.problem(f"cpu.combos[{i}]", f"unknown move \"{m}\" (moves are {', '.join(MOVE_IDS)})")
    return fighter


def _box(r: Reader, name: str) -> Box:
    x, y, w, h = r.ints(name, 4)
    if w <= 0 or h <= 0:
        r.problem(name, f"expected a positive width and height, got [{x}, {y}, {w}, {h}]")
        w, h = max(w, 1), max(h, 1)
    return Box(x * SUBPX, y * SUBPX, w * SUBPX, h * SUBPX)


def _read_hurtboxes(r: Reader) -> dict[str, Hurtboxes]:
    out: dict[str, Hurtboxes] = {}
    default = r.table_of("default")
    out["default"] = Hurtboxes(_box(default, "head"), _box(default, "body"))
    default.done()
    for state in HURTBOX_STATES[1:]:
        if not r.has(state):
            out[state] = out["default"]
            continue
        s = r.table_of(state)
        head = _box(s, "head") if s.has("head") else out["default"].head
        bodyb = _box(s, "body") if s.has("body") else out["default"].body
        out[state] = Hurtboxes(head, bodyb)
        s.done()
    r.done()
    return out


def _read_move(r: Reader, move_id: str) -> Move:
    startup = r.frames("startup", 1, 120)
    active = r.frames("active", 1, 30)
    boxes_raw = r.raw("hitboxes")
    boxes: list[Box] = []
    if not isinstance(boxes_raw, list):
        r.problem("hitboxes", "expected a list of [x, y, width, height] boxes, one per active frame")
    else:
        if len(boxes_raw) != active:
            r.problem("hitboxes", f"expected one box per active frame ({active}), got {len(boxes_raw)}")
        for i, raw in enumerate(boxes_raw):
            holder = Reader(r.file, {f"hitboxes[{i}]": raw}, r.path, r.problems)
            boxes.append(_box(holder, f"hitboxes[{i}]"))
    tell = r.frames("tell_frames", 0, 120, default=0)
    if tell >= startup:
        r.problem("tell_frames", f"expected fewer frames than startup ({startup}), got {tell}")
    move = Move(
        id=move_id,
        startup=startup,
        active=active,
        recovery=r.frames("recovery", 1, 120),
        target=r.text("target", choices=("head", "body")),
        damage=r.integer("damage", 0, 100),
        stamina=r.integer("stamina", 0, 100),
        hitstun=r.frames("hitstun", 0, 120),
        blockstun=r.frames("blockstun", 0, 120),
        hitstop=r.frames("hitstop", 0, 30),
        pushback_sub=r.integer("pushback_px", 0, 100) * SUBPX,
        chip_percent=r.integer("chip_percent", 0, 100),
        power=r.flag("power"),
        tell_frames=tell,
        hitboxes=tuple(boxes),
    )
    r.done()
    return move


def _read_cpu(r: Reader) -> CpuStyle:
    combos_raw = r.raw("combos")
    combos: list[tuple[str, ...]] = []
    if not isinstance(combos_raw, list) or not combos_raw:
        r.problem("combos", "expected a non-empty list of combinations (lists of move ids)")
    else:
        for i, c in enumerate(combos_raw):
            if not isinstance(c, list) or not c or any(not isinstance(m, str) for m in c):
                r.problem(f"combos[{i}]", f"expected a list of move ids, got {c!r}")
                continue
            combos.append(tuple(c))
    style = CpuStyle(
        aggression=r.integer("aggression", 0, 100),
        preferred_range_px=r.integer("preferred_range_px", 20, 200),
        guard=r.text("guard", choices=GUARD_HABITS),
        guard_percent=r.integer("guard_percent", 0, 100),
        body_percent=r.integer("body_percent", 0, 100),
        combos=tuple(combos),
    )
    r.done()
    return style


def _check_reach(r: Reader, f: Fighter) -> None:
    """A punch must be able to land: its box must pass the bodies' closest gap and meet the target's height."""
    closest = 2 * f.radius_sub
    stance = f.hurtboxes["default"]
    for move in f.moves.values():
        target = stance.head if move.target == "head" else stance.body
        target_near = closest - target.far  # the target's nearest edge, seen from the attacker's centre line
        for i, box in enumerate(move.hitboxes):
            key = f"moves.{move.id}.hitboxes[{i}]"
            if box.far <= target_near:
                r.problems.append(_problem(r, key, f"cannot reach: it ends {box.far // SUBPX} px ahead but a "
                                                   f"standing opponent's {move.target} starts "
                                                   f"{target_near // SUBPX} px ahead at the closest"))
            elif box.top <= target.y or box.y >= target.top:
                r.problems.append(_problem(r, key, f"cannot reach: it misses the height of the {move.target} "
                                                   f"({target.y // SUBPX}..{target.top // SUBPX} px)"))


def _problem(r: Reader, key: str, message: str) -> Problem:
    return Problem(r.file, key, message)
