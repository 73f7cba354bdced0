"""The referee: white shirt, black bow tie, dark trousers, grey hair and a grey moustache, drawn with code.

View-only: the scene picks the mode from the fight's state and calls `draw_referee` between the arena's back and
front layers. The figure is a small skeleton posed per mode (a pure function of the arguments), drawn as outlined,
shaded capsules in the same arcade style as the arena; about 96 px tall, standing on `floor_y`.

Modes:
    watch       standing back, hands ready, shifting his weight from foot to foot
    count       bent toward the downed fighter, the counting arm swinging down on each count, fingers showing the
                number (1..5 on one hand; 6..10 with the other hand held up open for five)
    separate    stepping in with both arms out
    wave_off    waving the fight off over his head (KO / TKO)
    raise_hand  raising the winner's hand (pass winner_x)
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

import pygame

Color = tuple[int, int, int]
Point = tuple[float, float]

MODES = ("watch", "count", "separate", "wave_off", "raise_hand")
COUNT_TICKS = 60                 # ticks per count when the scene gives no count_phase

OUTLINE: Color = (22, 18, 24)
SHIRT: Color = (238, 238, 232)
SHIRT_SHADE: Color = (178, 182, 196)
SHIRT_LIT: Color = (255, 255, 252)
TROUSERS: Color = (38, 38, 50)
TROUSERS_SHADE: Color = (24, 24, 32)
TROUSERS_LIT: Color = (74, 74, 92)
SKIN: Color = (226, 172, 132)
SKIN_SHADE: Color = (184, 128, 98)
HAIR: Color = (184, 184, 188)
HAIR_SHADE: Color = (128, 128, 136)
SHOE: Color = (16, 14, 18)

CACHE_SIZE = 160                 # rendered poses kept (a few MB at most)
SPRITE_SIZE = (96, 150)          # the canvas a pose is drawn on, feet at SPRITE_ANCHOR
SPRITE_ANCHOR = (48, 144)

UPPER_ARM = 15.0
FOREARM = 14.0


@dataclass
class Pose:
    """Joint positions in local coordinates: x forward (the way he faces), y up is negative, feet on y = 0."""

    hip: Point
    neck: Point
    head: Point
    feet: tuple[Point, Point]            # back, front
    knees: tuple[Point, Point]
    shoulders: tuple[Point, Point]
    elbows: tuple[Point, Point]
    hands: tuple[Point, Point]
    hand_shapes: tuple[str, str] = ("fist", "fist")   # fist, open, or a finger count "1".."5"
    active: int = 1                                   # which hand the scene may want: 0 back, 1 front
    extra: dict[str, float] = field(default_factory=dict)


def _add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def _lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _ease(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def _ik(shoulder: Point, target: Point, bend: int) -> tuple[Point, Point]:
    """Two-bone arm: (elbow, hand) reaching for target; `bend` (+1 / -1) picks which way the elbow points."""
    dx, dy = target[0] - shoulder[0], target[1] - shoulder[1]
    dist = math.hypot(dx, dy)
    reach = UPPER_ARM + FOREARM - 0.01
    if dist < 1e-6:
        return (shoulder[0], shoulder[1] + UPPER_ARM), (shoulder[0], shoulder[1] + UPPER_ARM - FOREARM)
    if dist > reach:
        dx, dy, dist = dx * reach / dist, dy * reach / dist, reach
    hand = (shoulder[0] + dx, shoulder[1] + dy)
    cos_a = (UPPER_ARM ** 2 + dist ** 2 - FOREARM ** 2) / (2 * UPPER_ARM * dist)
    a = math.acos(max(-1.0, min(1.0, cos_a)))
    base = math.atan2(dy, dx)
    ang = base + bend * a
    elbow = (shoulder[0] + UPPER_ARM * math.cos(ang), shoulder[1] + UPPER_ARM * math.sin(ang))
    return elbow, hand


def _upper_body(hip: Point, lean: float) -> tuple[Point, Point, tuple[Point, Point]]:
    """Neck, head and (back, front) shoulders for a torso leaning `lean` radians forward."""
    neck = (hip[0] + math.sin(lean) * 31, hip[1] - math.cos(lean) * 31)
    head = (neck[0] + 1.5 + math.sin(lean) * 8, neck[1] - math.cos(lean) * 8)
    shoulders = (_add(neck, (-4.5, 3.0)), _add(neck, (4.0, 3.5)))
    return neck, head, shoulders


def pose_for(mode: str, tick: int, count: int = 0, count_phase: float | None = None,
             winner_dx: float | None = None) -> Pose:
    """The referee's pose, facing +x, for a mode at a tick. `winner_dx` is the winner's x minus the referee's,
    already turned to the facing side (so positive)."""
    t = tick
    if mode == "count":
        phase = (t % COUNT_TICKS) / COUNT_TICKS if count_phase is None else max(0.0, min(1.0, count_phase))
        hip = (-2.0, -45.0)
        feet = ((-10.0, 0.0), (11.0, 0.0))
        knees = ((-6.0, -24.0), (11.0, -23.0))
        neck, head, sh = _upper_body(hip, 0.42)
        # the counting arm: raised, then brought down hard toward the fighter, held, and lifted again
        up = _add(sh[1], (12.0, -23.0))
        down = _add(sh[1], (24.0, 10.0))
        if phase < 0.25:
            k = _ease(phase / 0.25)
        elif phase < 0.8:
            k = 1.0
        else:
            k = 1.0 - _ease((phase - 0.8) / 0.2)
        front_elbow, front_hand = _ik(sh[1], _lerp(up, down, k), 1)
        n = max(0, min(10, count))
        if n > 5:
            back_elbow, back_hand = _ik(sh[0], _add(sh[0], (3.0, -27.0)), 1)
            shapes = ("5", str(n - 5))
        else:
            back_elbow, back_hand = _ik(sh[0], _add(knees[1], (-5.0, -6.0)), 1)
            shapes = ("open", str(n) if n else "fist")
        return Pose(hip, neck, head, feet, knees, sh, (back_elbow, front_elbow), (back_hand, front_hand), shapes, 1,
                    {"swing": k})
    if mode == "separate":
        push = 1.5 * math.sin(t * 2 * math.pi / 24)
        hip = (1.0, -47.0)
        feet = ((-13.0, 0.0), (13.0, 0.0))
        knees = ((-10.0, -24.0), (12.0, -24.0))
        neck, head, sh = _upper_body(hip, 0.04)
        back_elbow, back_hand = _ik(sh[0], _add(sh[0], (-27.0 - push, 1.0)), 1)
        front_elbow, front_hand = _ik(sh[1], _add(sh[1], (27.0 + push, 1.0)), -1)
        return Pose(hip, neck, head, feet, knees, sh, (back_elbow, front_elbow), (back_hand, front_hand),
                    ("open", "open"), 1)
    if mode == "wave_off":
        ph = t * 2 * math.pi / 18
        hip = (0.0, -49.0)
        feet = ((-9.0, 0.0), (9.0, 0.0))
        knees = ((-6.0, -25.0), (7.0, -25.0))
        neck, head, sh = _upper_body(hip, -0.04)
        s = math.sin(ph)
        lift = 3 * abs(math.cos(ph))
        back_elbow, back_hand = _ik(sh[0], (neck[0] - 13 * s, neck[1] - 21 - lift), -1)
        front_elbow, front_hand = _ik(sh[1], (neck[0] + 13 * s, neck[1] - 21 - lift), 1)
        return Pose(hip, neck, head, feet, knees, sh, (back_elbow, front_elbow), (back_hand, front_hand),
                    ("open", "open"), 1)
    if mode == "raise_hand":
        dx = 18.0 if winner_dx is None else max(4.0, winner_dx)
        hip = (0.0, -50.0)
        feet = ((-7.0, 0.0), (8.0, 0.0))
        knees = ((-5.0, -26.0), (6.0, -26.0))
        neck, head, sh = _upper_body(hip, -0.02)
        front_elbow, front_hand = _ik(sh[1], (dx, -122.0), -1)
        back_elbow, back_hand = _ik(sh[0], _add(hip, (-7.0, -4.0)), 1)
        return Pose(hip, neck, head, feet, knees, sh, (back_elbow, front_elbow), (back_hand, front_hand),
                    ("fist", "fist"), 1)
    # watch: standing back, hands ready at the belt, shifting his weight
    sway = math.sin(t * 2 * math.pi / 160)
    breath = math.sin(t * 2 * math.pi / 90)
    hip = (2.2 * sway, -48.5 + 0.4 * breath)
    feet = ((-8.0, 0.0), (8.0, 0.0))
    knees = ((-5.0 + 1.2 * sway, -25.0), (6.0 + 1.2 * sway, -25.0))
    neck, head, sh = _upper_body(hip, 0.09)
    back_elbow, back_hand = _ik(sh[0], _add(hip, (-1.0, -8.0)), 1)
    front_elbow, front_hand = _ik(sh[1], _add(hip, (9.0, -9.0)), 1)
    return Pose(hip, neck, head, feet, knees, sh, (back_elbow, front_elbow), (back_hand, front_hand),
                ("fist", "fist"), 1)


# ---------------------------------------------------------------------------------------------- drawing


class _Pen:
    """Local-to-screen conversion and the outlined capsule shapes everything is made of."""

    def __init__(self, surface: pygame.Surface, x: float, floor_y: float, facing: int) -> None:
        self.surface = surface
        self.x = x
        self.y = floor_y
        self.f = 1 if facing >= 0 else -1

    def p(self, pt: Point) -> tuple[float, float]:
        return (self.x + pt[0] * self.f, self.y + pt[1])

    def capsule(self, a: Point, b: Point, r: float, color: Color, outline: bool = True) -> None:
        pa, pb = self.p(a), self.p(b)
        for rad, col in (((r + 1.0, OUTLINE), (r, color)) if outline else ((r, color),)):
            dx, dy = pb[0] - pa[0], pb[1] - pa[1]
            d = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / d * rad, dx / d * rad
            pygame.draw.polygon(self.surface, col, [(pa[0] + nx, pa[1] + ny), (pb[0] + nx, pb[1] + ny),
                                                    (pb[0] - nx, pb[1] - ny), (pa[0] - nx, pa[1] - ny)])
            pygame.draw.circle(self.surface, col, (round(pa[0]), round(pa[1])), round(rad))
            pygame.draw.circle(self.surface, col, (round(pb[0]), round(pb[1])), round(rad))

    def poly(self, pts: list[Point], color: Color, outline: bool = True) -> None:
        scr = [self.p(q) for q in pts]
        pygame.draw.polygon(self.surface, color, scr)
        if outline:
            pygame.draw.polygon(self.surface, OUTLINE, scr, 1)

    def circle(self, c: Point, r: float, color: Color, outline: bool = True) -> None:
        pc = self.p(c)
        if outline:
            pygame.draw.circle(self.surface, OUTLINE, (round(pc[0]), round(pc[1])), round(r + 1))
        pygame.draw.circle(self.surface, color, (round(pc[0]), round(pc[1])), round(r))

    def pixel(self, pt: Point, color: Color) -> None:
        q = self.p(pt)
        self.surface.set_at((round(q[0]), round(q[1])), color)

    def line(self, a: Point, b: Point, color: Color, width: int = 1) -> None:
        pygame.draw.line(self.surface, color, self.p(a), self.p(b), width)


def _leg(pen: _Pen, hip: Point, knee: Point, foot: Point, back: bool) -> None:
    fill = TROUSERS_SHADE if back else TROUSERS
    pen.capsule(hip, knee, 4.2, fill)
    pen.capsule(knee, _add(foot, (0.0, -4.0)), 3.6, fill)
    if not back:
        pen.line(_add(hip, (1.5, 2.0)), _add(knee, (1.5, 0.0)), TROUSERS_LIT)
        pen.line(_add(knee, (1.2, 1.0)), _add(foot, (1.0, -5.0)), TROUSERS_LIT)
    # shoe, pointing the way he faces
    pen.poly([_add(foot, (-4.0, -5.0)), _add(foot, (3.0, -5.0)), _add(foot, (7.0, -2.0)), _add(foot, (7.0, 0.0)),
              _add(foot, (-4.0, 0.0))], SHOE)
    pen.line(_add(foot, (-2.0, -4.0)), _add(foot, (3.0, -4.0)), (90, 90, 100))


def _hand(pen: _Pen, pt: Point, shape: str, back: bool) -> None:
    skin = SKIN_SHADE if back else SKIN
    if shape == "fist":
        pen.circle(pt, 2.6, skin)
        return
    if shape == "open":
        pen.poly([_add(pt, (-2.5, -4.0)), _add(pt, (2.5, -4.0)), _add(pt, (3.0, 2.5)), _add(pt, (-3.0, 2.5))], skin)
        pen.line(_add(pt, (-1.0, -3.0)), _add(pt, (-1.0, 1.0)), SKIN_SHADE)
        pen.line(_add(pt, (1.0, -3.0)), _add(pt, (1.0, 1.0)), SKIN_SHADE)
        return
    # a count: fingers straight up, palm to the fighter (and the camera), big enough to read at 2x
    n = max(0, min(5, int(shape)))
    palm = [_add(pt, (-3.5, -2.5)), _add(pt, (3.5, -2.5)), _add(pt, (3.5, 3.5)), _add(pt, (-3.5, 3.5))]
    fingers = [(-3.0, 4.5), (-1.0, 6.0), (1.0, 5.5), (3.0, 4.0)][: min(n, 4)]
    for fx, length in fingers:
        base = _add(pt, (fx, -2.0))
        pen.line(_add(base, (0.0, 0.0)), _add(base, (0.0, -length)), OUTLINE, 3)
    if n == 5:
        pen.line(_add(pt, (-3.0, 1.0)), _add(pt, (-6.5, -2.5)), OUTLINE, 3)
    pen.poly(palm, skin)
    for fx, length in fingers:
        base = _add(pt, (fx, -2.0))
        pen.line(base, _add(base, (0.0, -length)), skin, 1)
    if n == 5:
        pen.line(_add(pt, (-3.0, 1.0)), _add(pt, (-6.0, -2.0)), skin, 1)
    # curled fingers of the hand's unused digits
    pen.line(_add(pt, (-2.5, -2.0)), _add(pt, (2.5, -2.0)), SKIN_SHADE)


def _arm(pen: _Pen, shoulder: Point, elbow: Point, hand: Point, shape: str, back: bool) -> None:
    sleeve = SHIRT_SHADE if back else SHIRT
    pen.capsule(shoulder, elbow, 3.3, sleeve)
    pen.capsule(elbow, hand, 2.9, sleeve)
    cuff = _lerp(elbow, hand, 0.82)
    pen.capsule(cuff, _lerp(elbow, hand, 0.9), 3.1, SHIRT_SHADE if not back else (150, 154, 168))
    _hand(pen, hand, shape, back)


def _torso(pen: _Pen, pose: Pose) -> None:
    hip, neck = pose.hip, pose.neck
    lean = math.atan2(neck[0] - hip[0], hip[1] - neck[1])
    ux, uy = math.sin(lean), -math.cos(lean)           # up the spine
    rx, ry = -uy, ux                                     # toward the front

    def at(up: float, fwd: float) -> Point:
        return (hip[0] + ux * up + rx * fwd, hip[1] + uy * up + ry * fwd)

    shirt = [at(1, -7.5), at(1, 7.0), at(16, 8.5), at(28, 9.0), at(31, 6.0), at(31, -6.5), at(28, -9.0),
             at(16, -9.0)]
    pen.poly(shirt, SHIRT)
    # shading: the back half of the shirt in shadow, a lit edge at the front, the button placket
    pen.poly([at(2, -6.5), at(2, -2.5), at(27, -3.5), at(29.5, -6.0), at(27, -8.0), at(16, -8.0)], SHIRT_SHADE,
             outline=False)
    pen.line(at(4, 6.0), at(27, 7.5), SHIRT_LIT)
    pen.line(at(3, 1.5), at(27, 1.5), (204, 206, 214))
    for k in (10, 17, 24):
        pen.pixel(at(k, 2.0), (150, 150, 160))
    # belt with a buckle
    pen.capsule(at(0.5, -7.0), at(0.5, 6.5), 1.6, (20, 18, 22), outline=False)
    pen.pixel(at(0.5, 2.0), (200, 200, 190))
    pen.pixel(at(0.5, 3.0), (200, 200, 190))
    # collar and bow tie
    c = at(30.5, 1.0)
    pen.poly([_add(c, (-4.0, -1.0)), _add(c, (0.0, 2.0)), _add(c, (-3.0, 2.5))], SHIRT_LIT)
    pen.poly([_add(c, (4.0, -1.0)), _add(c, (0.5, 2.0)), _add(c, (3.5, 2.5))], SHIRT_LIT)
    pen.poly([_add(c, (-4.0, 1.0)), _add(c, (0.0, 2.6)), _add(c, (-4.0, 4.5))], (12, 12, 14), outline=False)
    pen.poly([_add(c, (4.0, 1.0)), _add(c, (0.0, 2.6)), _add(c, (4.0, 4.5))], (12, 12, 14), outline=False)
    pen.circle(_add(c, (0.0, 2.6)), 1.0, (40, 40, 46), outline=False)


def _head(pen: _Pen, pose: Pose) -> None:
    head, neck = pose.head, pose.neck
    pen.capsule(_add(neck, (0.5, 1.0)), _add(head, (-0.5, 4.0)), 2.6, SKIN_SHADE)
    pen.circle(head, 7.0, SKIN)
    # grey hair: around the back and sides, thin on top; the back of the head turned away from the fight
    hx, hy = head
    pen.poly([(hx - 7.2, hy - 1.0), (hx - 6.0, hy - 5.5), (hx - 2.0, hy - 7.6), (hx + 3.0, hy - 7.4),
              (hx + 1.0, hy - 5.0), (hx - 2.0, hy - 4.0), (hx - 3.0, hy + 1.0), (hx - 5.0, hy + 5.0),
              (hx - 7.0, hy + 3.0)], HAIR, outline=False)
    pen.line((hx - 6.0, hy + 0.0), (hx - 5.0, hy + 4.0), HAIR_SHADE)
    pen.line((hx - 1.0, hy - 7.0), (hx + 3.0, hy - 7.0), (214, 214, 218))
    # ear, eye, brow, nose and the grey moustache
    pen.circle((hx - 1.5, hy + 0.5), 1.3, SKIN_SHADE, outline=False)
    pen.pixel((hx + 4.0, hy - 1.0), OUTLINE)
    pen.line((hx + 3.0, hy - 3.0), (hx + 5.5, hy - 3.0), HAIR_SHADE)
    pen.poly([(hx + 6.5, hy - 1.0), (hx + 8.5, hy + 2.0), (hx + 6.5, hy + 2.5)], SKIN, outline=False)
    pen.pixel((hx + 8.0, hy + 2.0), SKIN_SHADE)
    pen.line((hx + 3.5, hy + 3.5), (hx + 7.0, hy + 3.5), HAIR, 2)
    pen.pixel((hx + 5.5, hy + 5.5), (150, 90, 80))
    # a touch of shadow under the jaw
    pen.line((hx - 0.5, hy + 6.0), (hx + 4.0, hy + 6.0), SKIN_SHADE)


_cache: OrderedDict[tuple[object, ...], tuple[pygame.Surface, tuple[int, int], tuple[int, int]]] = OrderedDict()
_shadow: list[pygame.Surface] = []


def _pose_key(mode: str, tick: int, count: int, count_phase: float | None, winner_dx: float | None,
              facing: int) -> tuple[object, ...]:
    """What a pose depends on, quantized so a cached sprite serves the ticks that would draw the same pixels."""
    if mode == "watch":
        return (mode, facing, tick % 160 // 4 * 4)
    if mode == "separate":
        return (mode, facing, tick % 24 // 2 * 2)
    if mode == "wave_off":
        return (mode, facing, tick % 18)
    if mode == "raise_hand":
        return (mode, facing, round(winner_dx if winner_dx is not None else -1.0))
    phase = (tick % COUNT_TICKS) / COUNT_TICKS if count_phase is None else max(0.0, min(1.0, count_phase))
    return (mode, facing, max(0, min(10, count)), round(phase * 40))


def _render(key: tuple[object, ...], mode: str, tick: int, count: int, count_phase: float | None,
            winner_dx: float | None, facing: int) -> tuple[pygame.Surface, tuple[int, int], tuple[int, int]]:
    """Draw a pose on its own surface: (sprite cropped to what was drawn, its top-left from the feet, hand)."""
    got = _cache.get(key)
    if got is not None:
        _cache.move_to_end(key)
        return got
    if mode == "watch":
        tick = tick % 160 // 4 * 4
    elif mode == "separate":
        tick = tick % 24 // 2 * 2
    elif mode == "count":
        phase = (tick % COUNT_TICKS) / COUNT_TICKS if count_phase is None else max(0.0, min(1.0, count_phase))
        count_phase = round(phase * 40) / 40
    pose = pose_for(mode, tick, count, count_phase, winner_dx)
    canvas = pygame.Surface(SPRITE_SIZE, pygame.SRCALPHA)
    pen = _Pen(canvas, SPRITE_ANCHOR[0], SPRITE_ANCHOR[1], facing)
    back_hand_shape, front_hand_shape = pose.hand_shapes
    _arm(pen, pose.shoulders[0], pose.elbows[0], pose.hands[0], back_hand_shape, back=True)
    _leg(pen, pose.hip, pose.knees[0], pose.feet[0], back=True)
    _leg(pen, pose.hip, pose.knees[1], pose.feet[1], back=False)
    _torso(pen, pose)
    _head(pen, pose)
    _arm(pen, pose.shoulders[1], pose.elbows[1], pose.hands[1], front_hand_shape, back=False)
    crop = canvas.get_bounding_rect()
    sprite = canvas.subsurface(crop).copy()
    hand = pen.p(pose.hands[pose.active])
    got = (sprite, (crop.x - SPRITE_ANCHOR[0], crop.y - SPRITE_ANCHOR[1]),
           (round(hand[0]) - SPRITE_ANCHOR[0], round(hand[1]) - SPRITE_ANCHOR[1]))
    _cache[key] = got
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return got


def draw_referee(surface: pygame.Surface, x: float, floor_y: float, tick: int, mode: str, count: int = 0, *,
                 facing: int = 1, winner_x: float | None = None, count_phase: float | None = None) -> tuple[int, int]:
    """Draw the referee standing at x on floor_y. Returns the screen point of his working hand (the counting hand,
    the hand holding the winner's wrist up, ...), for anything the scene wants to line up with it.

    `facing` is +1 (facing right) or -1; for "raise_hand" he turns toward `winner_x`. `count_phase` (0..1) is how
    far the current count has run; without it a count lasts COUNT_TICKS ticks.
    """
    if mode not in MODES:
        raise ValueError(f"unknown referee mode {mode!r}; expected one of {MODES}")
    winner_dx = None
    if mode == "raise_hand" and winner_x is not None:
        facing = 1 if winner_x >= x else -1
        winner_dx = abs(winner_x - x)
    facing = 1 if facing >= 0 else -1
    key = _pose_key(mode, tick, count, count_phase, winner_dx, facing)
    sprite, top_left, hand = _render(key, mode, tick, count, count_phase, winner_dx, facing)
    x, floor_y = round(x), round(floor_y)

    # a soft contact shadow on the canvas
    if not _shadow:
        shadow = pygame.Surface((44, 8), pygame.SRCALPHA)
        pygame.draw.ellipse(shadow, (0, 0, 0, 70), shadow.get_rect())
        _shadow.append(shadow)
    surface.blit(_shadow[0], (x - 22, floor_y - 4))
    surface.blit(sprite, (x + top_left[0], floor_y + top_left[1]))
    return x + hand[0], floor_y + hand[1]
