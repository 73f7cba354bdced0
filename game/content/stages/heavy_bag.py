"""Heavy bag's parameters (`levels/training/heavy_bag.toml` [params]): the gym's physics, the bag, the score and
each punch's damage, push, reach and height."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.fighters import MOVE_IDS
from game.content.reader import Reader

# The punches Vito throws at the bag: the moves of his frame data (all but the haymaker), in the order the buttons
# are read.
PUNCH_IDS = tuple(m for m in MOVE_IDS if m != "haymaker")


@dataclass(frozen=True)
class Punch:
    id: str  # a move id of the fighter (its startup, active and recovery frames time the punch)
    damage: int  # points at full glove speed, before the combination multiplier
    glove_speed_px_s: int
    impulse: float  # mass x px/s at full glove speed
    rise_deg: int  # the punch's direction above the horizontal
    reach_px: int  # the farthest the glove gets from the fighter's centre line
    height_px: int  # where it lands, above the floor


@dataclass(frozen=True)
class Params:
    fighter: str
    gravity_px_s2: float
    damping_per_second: float
    iterations: int
    bag_x_px: int
    bag_width_px: int
    bag_height_px: int
    bag_bottom_px: int
    chain_px: int
    bag_mass: float
    target_damage: int
    combo_window_frames: int
    combo_step_percent: int
    combo_max_percent: int
    max_closing_percent: int
    buffer_frames: int
    assist_pause_frames: int
    punches: tuple[Punch, ...]  # in PUNCH_IDS order

    def punch(self, move_id: str) -> Punch:
        return self.punches[PUNCH_IDS.index(move_id)]

    @property
    def pivot_px(self) -> tuple[int, int]:
        """The chain's fixed point on the ceiling beam."""
        return self.bag_x_px, self.bag_bottom_px + self.bag_height_px + self.chain_px


def _read_punch(r: Reader, move_id: str) -> Punch:
    return Punch(
        id=move_id,
        damage=r.integer("damage", 1, 1000),
        glove_speed_px_s=r.integer("glove_speed_px_s", 10, 2000),
        impulse=r.number("impulse", 0.0, 1e7),
        rise_deg=r.integer("rise_deg", -60, 80),
        reach_px=r.integer("reach_px", 10, 200),
        height_px=r.integer("height_px", 1, 200),
    )


def read_params(r: Reader) -> Params:
    pr = r.table_of("punches")
    punches = []
    for move_id in PUNCH_IDS:
        t = pr.table_of(move_id)
        punches.append(_read_punch(t, move_id))
        t.done()
    pr.done()
    p = Params(
        fighter=r.text("fighter"),
        gravity_px_s2=r.number("gravity_px_s2", 10.0, 5000.0),
        damping_per_second=r.number("damping_per_second", 0.01, 1.0),
        iterations=r.integer("iterations", 1, 100),
        bag_x_px=r.integer("bag_x_px", 10, 300),
        bag_width_px=r.integer("bag_width_px", 4, 100),
        bag_height_px=r.integer("bag_height_px", 10, 200),
        bag_bottom_px=r.integer("bag_bottom_px", 0, 200),
        chain_px=r.integer("chain_px", 1, 200),
        bag_mass=r.number("bag_mass", 0.1, 10000.0),
        target_damage=r.integer("target_damage", 1, 1_000_000),
        combo_window_frames=r.frames("combo_window_frames", 1, 600),
        combo_step_percent=r.integer("combo_step_percent", 0, 1000),
        combo_max_percent=r.integer("combo_max_percent", 100, 10000),
        max_closing_percent=r.integer("max_closing_percent", 100, 1000),
        buffer_frames=r.integer("buffer_frames", 0, 60),
        assist_pause_frames=r.integer("assist_pause_frames", 0, 120),
        punches=tuple(punches),
    )
    for punch in p.punches:
        if not p.bag_bottom_px < punch.height_px < p.bag_bottom_px + p.bag_height_px:
            pr.problem(f"{punch.id}.height_px", f"expected a height on the bag at rest (above {p.bag_bottom_px}, "
                                                f"below {p.bag_bottom_px + p.bag_height_px}), got {punch.height_px}")
        if punch.reach_px < p.bag_x_px - p.bag_width_px // 2:
            pr.problem(f"{punch.id}.reach_px", f"expected a reach to the bag at rest "
                                               f"(>= {p.bag_x_px - p.bag_width_px // 2}), got {punch.reach_px}")
    r.done()
    return p
