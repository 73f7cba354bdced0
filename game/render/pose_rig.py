"""The skeleton: body-part sizes from a fighter's height and look, and the joints of a pose (forward kinematics).

Everything here is in the fighter's own frame: facing right, x forward from his centre line, y up from the canvas,
in logical pixels. The figure is set down so its lowest point touches the canvas (the arms aside: a glove reaching
for the canvas does not lift the body), then a foot that ends close to the canvas is planted on it (two-bone IK),
so the key poses need not balance their legs to the pixel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.content.looks import Look

Point = tuple[float, float]

_RAD = math.pi / 180.0
PLANT_PX = 6.0  # a foot this close above the canvas is put down on it


@dataclass(frozen=True)
class Build:
    """Lengths and radii of the body parts, in pixels, for one look at one height and scale."""

    scale: float
    thigh: float
    shin: float
    ankle: float  # height of the ankle above the sole
    foot: float
    torso: float
    neck: float
    head_r: float
    upper_arm: float
    forearm: float
    glove_r: float
    shoulders: float
    waist: float
    chest: float
    belly: float
    arm_r: float
    forearm_r: float
    thigh_r: float
    calf_r: float
    neck_r: float


def make_build(look: Look, height_px: float, scale: float = 1.0) -> Build:
    h = height_px * scale
    w = look.build
    ankle = 0.035 * h
    leg = 0.47 * h - ankle
    return Build(
        scale=scale, thigh=leg * 0.5, shin=leg * 0.5, ankle=ankle, foot=0.125 * h, torso=0.30 * h,
        neck=0.04 * h, head_r=w.head * scale / 2, upper_arm=0.18 * h * look.reach, forearm=0.155 * h * look.reach,
        glove_r=w.glove * scale / 2, shoulders=w.shoulders * scale, waist=w.waist * scale, chest=w.chest * scale,
        belly=w.belly * scale, arm_r=w.arm * scale / 2, forearm_r=w.forearm * scale / 2,
        thigh_r=w.thigh * scale / 2, calf_r=w.calf * scale / 2, neck_r=w.neck * scale / 2,
    )


@dataclass
class Rig:
    """The joints of one posed figure (fighter frame). Angles are degrees from straight down, + forward."""

    hip: Point
    up: Point  # the torso's axis, unit
    fwd: Point  # perpendicular to it, toward the chest
    neck: Point
    head: Point
    head_tilt: float
    lead_shoulder: Point
    lead_elbow: Point
    lead_wrist: Point
    lead_fore: float  # the forearm's angle
    rear_shoulder: Point
    rear_elbow: Point
    rear_wrist: Point
    rear_fore: float
    lead_knee: Point
    lead_ankle: Point
    lead_foot: float  # the foot's angle: 90 is flat, toes forward
    rear_knee: Point
    rear_ankle: Point
    rear_foot: float


def direction(angle: float) -> Point:
    """Unit vector of an angle measured from straight down, positive toward the front."""
    r = angle * _RAD
    return math.sin(r), -math.cos(r)


def _foot_angle(shin: float) -> float:
    if shin > 30.0:  # a raised shin points the toes up (lying on the canvas)
        return 90.0 + min(90.0, (shin - 30.0) * 1.5)
    if shin < -75.0:  # a shin flat behind (kneeling) curls the toes under
        return 90.0 + (shin + 75.0)
    return 90.0


def _arm(shoulder: Point, upper: float, bend: float, bd: Build) -> tuple[Point, Point, float]:
    ux, uy = direction(upper)
    elbow = (shoulder[0] + ux * bd.upper_arm, shoulder[1] + uy * bd.upper_arm)
    fore = upper + bend
    fx, fy = direction(fore)
    return elbow, (elbow[0] + fx * bd.forearm, elbow[1] + fy * bd.forearm), fore


def _leg(hip: Point, thigh: float, knee: float, bd: Build) -> tuple[Point, Point, float]:
    tx, ty = direction(thigh)
    k = (hip[0] + tx * bd.thigh, hip[1] + ty * bd.thigh)
    shin = thigh - knee
    sx, sy = direction(shin)
    return k, (k[0] + sx * bd.shin, k[1] + sy * bd.shin), shin


def sole_y(ankle: Point, foot_angle: float, bd: Build) -> float:
    """The lowest point of the shoe."""
    fy = direction(foot_angle)[1]
    dy = direction(foot_angle - 90.0)[1]
    heel = ankle[1] + dy * bd.ankle - fy * bd.foot * 0.25
    toe = ankle[1] + dy * bd.ankle + fy * bd.foot * 0.8
    return min(heel, toe, ankle[1] - bd.calf_r)


def _plant(hip: Point, ankle: Point, bd: Build) -> tuple[Point, Point]:
    """Knee and ankle for a foot set flat on the canvas below where it was (knee forward)."""
    tx, ty = ankle[0], bd.ankle
    dx, dy = tx - hip[0], ty - hip[1]
    d = math.hypot(dx, dy)
    reach = bd.thigh + bd.shin
    if d >= reach - 1e-6 or d < 1e-6:
        return (hip[0] + dx * bd.thigh / max(d, 1e-6), hip[1] + dy * bd.thigh / max(d, 1e-6)), ankle
    cos_a = (bd.thigh * bd.thigh + d * d - bd.shin * bd.shin) / (2 * bd.thigh * d)
    a = math.acos(max(-1.0, min(1.0, cos_a)))
    ux, uy = dx / d, dy / d
    ca, sa = math.cos(a), math.sin(a)
    kx, ky = ux * ca - uy * sa, ux * sa + uy * ca  # rotate toward the front (counter-clockwise, y up)
    return (hip[0] + kx * bd.thigh, hip[1] + ky * bd.thigh), (tx, ty)


def pose_rig(v: tuple[float, ...], bd: Build) -> Rig:
    """Joints of the pose `v` (x, lift, lean, head, turn, then the arm and leg pairs) set down on the canvas."""
    x, lift, lean, head, turn, la_s, la_e, ra_s, ra_e, ll_h, ll_k, rl_h, rl_k = v
    s = bd.scale
    r = lean * _RAD
    up = (math.sin(r), math.cos(r))
    fwd = (up[1], -up[0])
    hip = (x * s, 0.0)

    def torso_point(across: float, along: float) -> Point:
        return hip[0] + fwd[0] * across + up[0] * along, hip[1] + fwd[1] * across + up[1] * along

    neck = torso_point(0.0, bd.torso)
    hr = head * _RAD
    hu = (math.sin(hr), math.cos(hr))
    lift_to_head = bd.neck + bd.head_r * 0.8
    head_c = (neck[0] + hu[0] * lift_to_head + hu[1] * 1.5 * s, neck[1] + hu[1] * lift_to_head - hu[0] * 1.5 * s)
    sw = bd.shoulders
    lead_sh = torso_point(sw * (0.22 - 0.32 * turn), bd.torso * 0.86)
    rear_sh = torso_point(sw * (-0.22 + 0.47 * turn), bd.torso * 0.86)
    l_el, l_wr, l_fore = _arm(lead_sh, la_s, la_e, bd)
    r_el, r_wr, r_fore = _arm(rear_sh, ra_s, ra_e, bd)
    l_kn, l_an, l_shin = _leg(hip, ll_h, ll_k, bd)
    r_kn, r_an, r_shin = _leg(hip, rl_h, rl_k, bd)
    l_ft, r_ft = _foot_angle(l_shin), _foot_angle(r_shin)
    low = min(sole_y(l_an, l_ft, bd), sole_y(r_an, r_ft, bd), l_kn[1] - bd.calf_r, r_kn[1] - bd.calf_r,
              hip[1] - bd.waist * 0.45, neck[1] - bd.shoulders * 0.45, head_c[1] - bd.head_r)
    dy = lift * s - low

    def up_by(p: Point) -> Point:
        return p[0], p[1] + dy

    hip = up_by(hip)
    l_kn, l_an, r_kn, r_an = up_by(l_kn), up_by(l_an), up_by(r_kn), up_by(r_an)
    if l_ft == 90.0 and l_an[1] - bd.ankle < PLANT_PX * s:
        l_kn, l_an = _plant(hip, l_an, bd)
    if r_ft == 90.0 and r_an[1] - bd.ankle < PLANT_PX * s:
        r_kn, r_an = _plant(hip, r_an, bd)
    return Rig(hip, up, fwd, up_by(neck), up_by(head_c), head, up_by(lead_sh), up_by(l_el), up_by(l_wr), l_fore,
               up_by(rear_sh), up_by(r_el), up_by(r_wr), r_fore, l_kn, l_an, l_ft, r_kn, r_an, r_ft)
