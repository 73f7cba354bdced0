"""Tire flips' parameters (`levels/training/tire_flips.toml` [params]): the yard, the tire, the meter, the pushes."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.reader import Reader


@dataclass(frozen=True)
class Params:
    start_x_px: int
    gravity_px_s2: float
    iterations: int
    ground_friction: float
    tire_length_px: int
    tire_height_px: int
    tire_corner_px: int
    tire_mass: float
    tire_friction: float
    tire_bounce: float
    meter_rise_ticks: int
    sweet_low: int
    sweet_high: int
    sweet_falloff: int
    lift_impulse_min: float
    lift_impulse_full: float
    drive_angle_deg: int
    over_angle_deg: int
    push_impulse: float
    push_recover_ticks: int
    assist_push_ticks: int
    land_angle_deg: int
    rest_angle_deg: int
    rest_spin_deg_s: float
    rest_speed_px_s: float
    stand_gap_px: int
    reach_px: int
    walk_subpx: int
    follow_subpx: int


def read_params(r: Reader) -> Params:
    p = Params(
        start_x_px=r.integer("start_x_px", 60, 400),
        gravity_px_s2=r.number("gravity_px_s2", 100.0, 5000.0),
        iterations=r.integer("iterations", 1, 100),
        ground_friction=r.number("ground_friction", 0.1, 5.0),
        tire_length_px=r.integer("tire_length_px", 20, 200),
        tire_height_px=r.integer("tire_height_px", 6, 80),
        tire_corner_px=r.integer("tire_corner_px", 0, 20),
        tire_mass=r.number("tire_mass", 1.0, 10000.0),
        tire_friction=r.number("tire_friction", 0.1, 5.0),
        tire_bounce=r.number("tire_bounce", 0.0, 1.0),
        meter_rise_ticks=r.frames("meter_rise_ticks", 4, 600),
        sweet_low=r.integer("sweet_low", 0, 1000),
        sweet_high=r.integer("sweet_high", 0, 1000),
        sweet_falloff=r.integer("sweet_falloff", 1, 1000),
        lift_impulse_min=r.number("lift_impulse_min", 0.0, 1e7),
        lift_impulse_full=r.number("lift_impulse_full", 1.0, 1e7),
        drive_angle_deg=r.integer("drive_angle_deg", 1, 89),
        over_angle_deg=r.integer("over_angle_deg", 45, 170),
        push_impulse=r.number("push_impulse", 0.0, 1e7),
        push_recover_ticks=r.frames("push_recover_ticks", 1, 120),
        assist_push_ticks=r.frames("assist_push_ticks", 1, 120),
        land_angle_deg=r.integer("land_angle_deg", 91, 180),
        rest_angle_deg=r.integer("rest_angle_deg", 0, 30),
        rest_spin_deg_s=r.number("rest_spin_deg_s", 0.0, 90.0),
        rest_speed_px_s=r.number("rest_speed_px_s", 0.0, 100.0),
        stand_gap_px=r.integer("stand_gap_px", 0, 100),
        reach_px=r.integer("reach_px", 0, 100),
        walk_subpx=r.integer("walk_subpx", 1, 4096),
        follow_subpx=r.integer("follow_subpx", 1, 4096),
    )
    if p.sweet_low > p.sweet_high:
        r.problem("sweet_low", f"expected sweet_low <= sweet_high, got {p.sweet_low} > {p.sweet_high}")
    if p.lift_impulse_min > p.lift_impulse_full:
        r.problem("lift_impulse_min", "expected lift_impulse_min <= lift_impulse_full, got "
                                      f"{p.lift_impulse_min} > {p.lift_impulse_full}")
    if p.drive_angle_deg >= p.over_angle_deg:
        r.problem("drive_angle_deg", f"expected drive_angle_deg < over_angle_deg, got {p.drive_angle_deg}")
    if 2 * p.tire_corner_px >= p.tire_height_px:
        r.problem("tire_corner_px", f"expected less than half of tire_height_px, got {p.tire_corner_px}")
    r.done()
    return p
