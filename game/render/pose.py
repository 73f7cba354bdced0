"""Which key poses a fighter shows on this frame, and the pose between them (pure arithmetic, no drawing).

The pose book (levels/looks/poses.toml) gives key-pose lists per state and per move phase; a clock turns the
fighter's state into a time from 0 to 1 across them: the game tick for loops, the state's frames for once-through
animations, the stun for reactions, the move's real startup/active/recovery for punches (so a tired fighter's slow
wind-up stretches the same keys), and the fall angle from physics for a knockdown.
"""

from __future__ import annotations

from game.content.looks import Anim, Key, PoseBook
from game.sim.boxer import Boxer
from game.sim.states import FS

Values = tuple[float, ...]

_REACTIONS = {FS.HITSTUN, FS.STAGGERED, FS.KNOCKED_DOWN}


def _ease(kind: str, u: float) -> float:
    if kind == "linear":
        return u
    if kind == "in":
        return u * u
    if kind == "out":
        return 1.0 - (1.0 - u) * (1.0 - u)
    return u * u * (3.0 - 2.0 * u)


def sample(keys: tuple[Key, ...], t: float) -> tuple[Values, str]:
    """The pose at time `t` (clamped to 0..1) between the keys around it, and the face of the nearer key."""
    t = 0.0 if t < 0.0 else (1.0 if t > 1.0 else t)
    i = 1
    while i < len(keys) - 1 and keys[i].at < t:
        i += 1
    a, b = keys[i - 1], keys[i]
    u = _ease(b.ease, (t - a.at) / (b.at - a.at))
    values = tuple(x + (y - x) * u for x, y in zip(a.pose.values, b.pose.values, strict=True))
    return values, (a.pose.face if u < 0.5 else b.pose.face)


def _anim_time(anim: Anim, b: Boxer, book: PoseBook, tick: int) -> float:
    clock = anim.clock
    if clock == "loop":
        return ((tick + 23 * b.side) % anim.frames) / anim.frames  # the two fighters breathe out of step
    if clock == "once":
        return b.frame / anim.frames
    if clock == "stun":
        return b.frame / max(1, b.stun)
    if clock == "slip":
        return (b.frame + 1) / book.slip_frames
    if clock == "fall":
        return b.fall_angle / 90.0
    return (b.frame + 1) / book.rise_frames  # "rise"


def _move_keys(b: Boxer, book: PoseBook) -> tuple[tuple[Key, ...], float] | None:
    move = b.move
    if move is None:
        return None
    phases = book.moves[move.id]
    if b.state == FS.PUNCH_STARTUP:
        startup = max(1, b.move_startup)
        tell = min(move.tell_frames, startup - 1) if phases["tell"] else 0
        if b.frame < tell:
            return phases["tell"], (b.frame + 1) / tell
        return phases["startup"], (b.frame - tell + 1) / (startup - tell)
    if b.state == FS.PUNCH_ACTIVE:
        return phases["active"], (b.frame / (move.active - 1) if move.active > 1 else 0.0)
    return phases["recovery"], (b.frame + 1) / max(1, b.move_recovery)


def _reaction(b: Boxer, reaction: FS, last_hit_target: str) -> str:
    if reaction == FS.BLOCKSTUN:
        return "block_low" if b.guard_kind == FS.GUARD_LOW else "block_high"
    return "hit_body" if last_hit_target == "body" else "hit_head"


def _anim_name(b: Boxer, book: PoseBook, last_hit_target: str) -> str:
    s = b.state
    if s == FS.IDLE:
        tired = b.stamina * 100 < b.max_stamina * book.tired_percent
        return "idle_tired" if tired else "idle"
    if s == FS.STEP_FORWARD:
        return "step_forward"
    if s == FS.STEP_BACK:
        return "step_back"
    if s == FS.NEUTRAL_CORNER:
        if b.walk == 0:
            return "corner"
        return "step_forward" if b.walk * b.facing > 0 else "step_back"
    if s in (FS.HITSTUN, FS.BLOCKSTUN):
        return _reaction(b, s, last_hit_target)
    simple = {FS.GUARD_HIGH: "guard_high", FS.GUARD_LOW: "guard_low", FS.SLIP: "slip", FS.STAGGERED: "stagger",
              FS.RISING: "rise", FS.VICTORIOUS: "victory", FS.KNOCKED_DOWN: "fall", FS.KNOCKED_OUT: "fall"}
    return simple.get(s, "idle")


def pose_for(b: Boxer, book: PoseBook, tick: int, last_hit_target: str = "head") -> tuple[Values, str]:
    """The fighter's pose (the numbers of levels/looks/poses.toml, in order) and face on this frame."""
    if b.state in (FS.PUNCH_STARTUP, FS.PUNCH_ACTIVE, FS.PUNCH_RECOVERY):
        found = _move_keys(b, book)
        if found is not None:
            return sample(*found)
    if b.state == FS.HITSTOP:  # frozen on the first moment of the reaction that follows
        reaction = b.after_hitstop if b.after_hitstop in _REACTIONS | {FS.BLOCKSTUN} else FS.HITSTUN
        return sample(book.anims[_reaction(b, reaction, last_hit_target)].keys, 0.0)
    anim = book.anims[_anim_name(b, book, last_hit_target)]
    if b.state == FS.KNOCKED_OUT:  # may come mid-fall, or from his feet when the fight is stopped
        values, _ = sample(anim.keys, max(b.fall_angle / 90.0, (b.frame + 1) / book.fall_frames))
        return values, "ko"
    if b.state == FS.KNOCKED_DOWN and b.frame >= book.fall_frames and b.getup > 0:
        # on the canvas, fighting the count: the get-up meter props him up a little
        effort = min(1.0, b.getup / max(1, b.getup_needed))
        return sample(book.anims["rise"].keys, 0.22 * effort)
    return sample(anim.keys, _anim_time(anim, b, book, tick))


def figure_pose(x: float = 0.0, lift: float = 0.0, lean: float = 0.0, head: float = 0.0, turn: float = 0.0,
                lead_arm: tuple[float, float] = (20.0, 30.0), rear_arm: tuple[float, float] = (20.0, 30.0),
                lead_leg: tuple[float, float] = (8.0, 6.0), rear_leg: tuple[float, float] = (-8.0, 6.0)) -> Values:
    """A pose by name of its numbers (the meanings are in levels/looks/poses.toml), for scenes outside the ring."""
    return (x, lift, lean, head, turn, *lead_arm, *rear_arm, *lead_leg, *rear_leg)


def blend(a: Values, b: Values, t: float) -> Values:
    """The pose a fraction `t` (0..1, eased) of the way from `a` to `b`."""
    u = _ease("smooth", 0.0 if t < 0.0 else (1.0 if t > 1.0 else t))
    return tuple(x + (y - x) * u for x, y in zip(a, b, strict=True))
