"""The yard behind the gym at dawn in winter (tire flips and the sledgehammer), and the tractor tire.

The yard: the gym's brick back wall with its lit window, back door and lamp, a chain-link fence past it with the
city waking behind, snow on the ground, a burn barrel, snow falling. It is painted once per width onto a surface
(world pixels, y down from the sky) and scrolled by a camera. The tire is drawn as a real tractor tire seen from
the side and a little from above. `reach_arm` and `with_hands` put the figure's hands on a prop. View-only.
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass

import pygame

from game.render.pose import Values
from game.render.pose_rig import Build, direction, pose_rig

Color = tuple[int, int, int]
Point = tuple[float, float]

GROUND_Y = 292  # screen y of the line the fighter stands on (world y = 0)
WALL_BASE_Y = 236  # where the back wall meets the snow
WALL_END = 470  # world x where the gym's wall ends and the fence begins
SIGN_TEXT = "MORETTI'S BOXING GYM"  # painted on the wall, faded into the bricks
SIGN_AT = (176, 60)  # its world top-left: whole in the sledgehammer's fixed view, which opens at world x 160
SIGN_SIZE = 30
DEPTH = 0.22  # how much of a horizontal disc the camera sees from a little above (sine of its pitch)
TREAD: Color = (70, 70, 78)
GROOVE: Color = (28, 27, 32)
SNOW: Color = (234, 238, 247)
SNOW_SHADE: Color = (178, 188, 214)
BREATH: Color = (244, 246, 252)
_LIGHT = (0.55, -0.35, 0.76)  # toward the low sun on the right, a little up, toward the viewer
_cache: dict[int, pygame.Surface] = {}


def mix(a: Color, b: Color, t: float) -> Color:
    t = 0.0 if t < 0 else (1.0 if t > 1 else t)
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: Color, k: float) -> Color:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


# --- the yard ----------------------------------------------------------------------------------------------------

def _sky(surf: pygame.Surface, width: int) -> None:
    stops = ((0, (38, 48, 88)), (90, (92, 88, 140)), (170, (204, 146, 150)), (215, (250, 190, 142)),
             (240, (255, 222, 168)))
    for y in range(0, 240):
        for (y0, c0), (y1, c1) in itertools.pairwise(stops):
            if y0 <= y <= y1:
                pygame.draw.line(surf, mix(c0, c1, (y - y0) / (y1 - y0)), (0, y), (width, y))
                break
    sun = pygame.Surface((260, 120), pygame.SRCALPHA)
    for i in range(12, 0, -1):
        pygame.draw.ellipse(sun, (255, 236, 190, 10 + 4 * (12 - i)), sun.get_rect().inflate(-i * 18, -i * 8))
    surf.blit(sun, (width - 420, 150))


def _city(surf: pygame.Surface, rng: random.Random, width: int) -> None:
    far, near = (150, 128, 162), (92, 80, 118)
    x = WALL_END - 40
    while x < width:  # hazy towers downtown
        w, h = rng.randint(16, 34), rng.randint(40, 120)
        pygame.draw.rect(surf, far, (x, 232 - h, w, h))
        if rng.random() < 0.4:
            pygame.draw.line(surf, far, (x + w // 2, 232 - h), (x + w // 2, 222 - h - 10))
        x += w + rng.randint(4, 30)
    x = WALL_END - 20
    while x < width:  # row houses and chimneys nearer
        w, h = rng.randint(24, 44), rng.randint(26, 44)
        pygame.draw.rect(surf, near, (x, 236 - h, w, h))
        pygame.draw.polygon(surf, near, ((x - 2, 236 - h), (x + w // 2, 228 - h), (x + w + 2, 236 - h)))
        if rng.random() < 0.6:
            cx = x + rng.randint(4, w - 8)
            pygame.draw.rect(surf, near, (cx, 224 - h, 5, 10))
        pygame.draw.line(surf, (236, 232, 244), (x - 2, 236 - h), (x + w // 2, 228 - h))  # snow on the roof
        pygame.draw.line(surf, (236, 232, 244), (x + w // 2, 228 - h), (x + w + 2, 236 - h))
        for _ in range(rng.randint(0, 3)):
            wx, wy = x + rng.randint(3, w - 6), 236 - rng.randint(8, h - 6)
            pygame.draw.rect(surf, (255, 206, 120), (wx, wy, 3, 4))
        x += w + rng.randint(0, 6)
    steeple = WALL_END + 330
    pygame.draw.rect(surf, near, (steeple, 150, 14, 90))
    pygame.draw.polygon(surf, near, ((steeple - 2, 150), (steeple + 7, 112), (steeple + 16, 150)))


def _wall(surf: pygame.Surface, rng: random.Random) -> None:
    top = 44
    pygame.draw.rect(surf, (96, 44, 36), (0, top, WALL_END, WALL_BASE_Y - top))
    for row, y in enumerate(range(top, WALL_BASE_Y, 6)):
        off = 0 if row % 2 == 0 else 6
        light = 0.72 + 0.28 * (y - top) / (WALL_BASE_Y - top)  # the yard is lighter than the roof line
        for x in range(-off, WALL_END, 12):
            base = rng.choice(((142, 64, 50), (128, 56, 44), (150, 74, 56), (118, 52, 44), (136, 70, 58)))
            pygame.draw.rect(surf, _shade(base, light * (0.8 + 0.3 * x / WALL_END)), (x + 1, y + 1, 10, 4))
    # soot and damp near the ground, the cornice with snow on it, icicles under it
    grime = pygame.Surface((WALL_END, 40), pygame.SRCALPHA)
    for i in range(40):
        pygame.draw.line(grime, (30, 22, 26, i * 3), (0, i), (WALL_END, i))
    surf.blit(grime, (0, WALL_BASE_Y - 40))
    pygame.draw.rect(surf, (92, 84, 84), (0, top - 8, WALL_END + 6, 9))
    pygame.draw.rect(surf, (124, 116, 114), (0, top - 8, WALL_END + 6, 2))
    pygame.draw.ellipse(surf, SNOW, (-10, top - 14, WALL_END + 26, 10))
    for x in range(6, WALL_END, 9):
        if rng.random() < 0.6:
            length = rng.randint(3, 11)
            pygame.draw.polygon(surf, (214, 228, 246), ((x, top + 1), (x + 3, top + 1), (x + 1, top + 1 + length)))
    # the painted sign, faded into the bricks
    sign = pygame.font.Font(None, SIGN_SIZE).render(SIGN_TEXT, True, (226, 214, 190))
    sign.set_alpha(120)
    box = sign_rect()
    surf.blit(sign, box.topleft)
    pygame.draw.line(surf, (226, 214, 190), (box.left, box.bottom + 3), (box.right, box.bottom + 3))


def sign_rect() -> pygame.Rect:
    """Where the painted sign and its rule sit on the wall, in world pixels."""
    w, h = pygame.font.Font(None, SIGN_SIZE).size(SIGN_TEXT)
    return pygame.Rect(SIGN_AT, (w, h + 4))


def _window(surf: pygame.Surface, x: int, y: int, w: int, h: int) -> None:
    glow = pygame.Surface((w + 40, h + 40))
    for i in range(8, 0, -1):
        pygame.draw.rect(glow, (3 * (9 - i), 2 * (9 - i), 9 - i), glow.get_rect().inflate(-i * 5, -i * 5),
                         border_radius=14)
    surf.blit(glow, (x - 20, y - 20), special_flags=pygame.BLEND_RGB_ADD)
    pygame.draw.rect(surf, (70, 62, 60), (x - 4, y - 4, w + 8, h + 8))
    for i in range(h):
        pygame.draw.line(surf, mix((255, 224, 150), (236, 150, 80), i / h), (x, y + i), (x + w - 1, y + i))
    pygame.draw.rect(surf, (60, 40, 30), (x + 8, y + h - 22, 10, 22))  # a heavy bag hanging inside
    pygame.draw.line(surf, (40, 30, 26), (x + 13, y), (x + 13, y + h - 22))
    for i in range(1, 3):
        pygame.draw.line(surf, (58, 52, 50), (x + w * i // 3, y), (x + w * i // 3, y + h), 2)
    pygame.draw.line(surf, (58, 52, 50), (x, y + h // 2), (x + w, y + h // 2), 2)
    pygame.draw.rect(surf, (150, 144, 140), (x - 6, y + h + 3, w + 12, 4))
    pygame.draw.ellipse(surf, SNOW, (x - 7, y + h, w + 14, 6))


def _door(surf: pygame.Surface, x: int) -> None:
    top = WALL_BASE_Y - 64
    pygame.draw.rect(surf, (54, 50, 52), (x - 4, top - 4, 44, 68))
    for i in range(36):
        pygame.draw.line(surf, _shade((74, 96, 88), 0.8 + i / 90), (x + i, top), (x + i, WALL_BASE_Y))
    pygame.draw.rect(surf, (44, 58, 54), (x + 4, top + 6, 28, 22), 1)
    pygame.draw.rect(surf, (44, 58, 54), (x + 4, top + 34, 28, 24), 1)
    pygame.draw.circle(surf, (196, 180, 120), (x + 30, top + 34), 2)
    pygame.draw.rect(surf, (100, 92, 90), (x - 10, top - 12, 56, 5))  # the little awning
    pygame.draw.ellipse(surf, SNOW, (x - 12, top - 17, 60, 8))
    # the lamp and its cone of warm light on the snow
    lamp = (x + 18, top - 22)
    cone = pygame.Surface((140, 96))
    for i in range(8, 0, -1):
        k = 9 - i
        pygame.draw.polygon(cone, (4 * k, 3 * k, k), ((70 - 4 - i, 0), (70 + 4 + i, 0), (70 + 30 + 5 * k, 96),
                                                      (70 - 30 - 5 * k, 96)))
    surf.blit(cone, (lamp[0] - 70, lamp[1]), special_flags=pygame.BLEND_RGB_ADD)
    pool = pygame.Surface((120, 24))
    for i in range(6, 0, -1):
        pygame.draw.ellipse(pool, (5 * (7 - i), 4 * (7 - i), 2 * (7 - i)), pool.get_rect().inflate(-i * 16, -i * 3))
    surf.blit(pool, (lamp[0] - 60, WALL_BASE_Y + 2), special_flags=pygame.BLEND_RGB_ADD)
    pygame.draw.rect(surf, (40, 36, 36), (lamp[0] - 5, lamp[1] - 4, 10, 4))
    pygame.draw.circle(surf, (255, 240, 190), (lamp[0], lamp[1] + 2), 3)


def _fence(surf: pygame.Surface, width: int) -> None:
    top, bottom = 150, WALL_BASE_Y + 6
    mesh = pygame.Surface((width - WALL_END, bottom - top), pygame.SRCALPHA)
    h = bottom - top
    for x in range(-h, width - WALL_END + h, 7):
        pygame.draw.line(mesh, (150, 156, 172, 150), (x, 0), (x + h, h))
        pygame.draw.line(mesh, (130, 136, 152, 150), (x + h, 0), (x, h))
    surf.blit(mesh, (WALL_END, top))
    for x in range(WALL_END + 4, width, 96):
        pygame.draw.rect(surf, (96, 100, 112), (x, top - 4, 4, bottom - top + 6))
        pygame.draw.line(surf, (168, 172, 186), (x + 1, top - 4), (x + 1, bottom))
        pygame.draw.ellipse(surf, SNOW, (x - 2, top - 7, 8, 5))
    pygame.draw.line(surf, (110, 114, 128), (WALL_END, top), (width, top), 3)
    pygame.draw.line(surf, SNOW, (WALL_END, top - 2), (width, top - 2))


def _ground(surf: pygame.Surface, rng: random.Random, width: int) -> None:
    for y in range(WALL_BASE_Y, 360):
        t = (y - WALL_BASE_Y) / (360 - WALL_BASE_Y)
        pygame.draw.line(surf, mix((188, 196, 222), SNOW, t ** 0.6), (0, y), (width, y))
    warm = pygame.Surface((width, 124), pygame.SRCALPHA)  # the dawn on the snow, stronger toward the sun
    for x in range(0, width, 8):
        pygame.draw.rect(warm, (255, 190, 150, round(40 * x / width)), (x, 0, 8, 124))
    surf.blit(warm, (0, WALL_BASE_Y))
    for _ in range(width // 5):  # drifts, trodden patches and sparkle
        x, y = rng.randrange(width), rng.randint(WALL_BASE_Y + 2, 356)
        w = rng.randint(10, 50)
        pygame.draw.ellipse(surf, mix(SNOW_SHADE, SNOW, 0.5 + 0.4 * (y - WALL_BASE_Y) / 124), (x, y, w, 3))
    for _ in range(width // 3):
        surf.set_at((rng.randrange(width), rng.randint(WALL_BASE_Y, 359)), (255, 255, 255))
    for x in range(-20, width, 60):  # drifts banked against the wall and the fence
        pygame.draw.ellipse(surf, SNOW, (x + rng.randint(0, 20), WALL_BASE_Y - 8, rng.randint(50, 90), 16))


def _props(surf: pygame.Surface) -> None:
    for i, (x, y) in enumerate(((18, 230), (22, 218), (16, 206))):  # old tires stacked by the wall
        pygame.draw.ellipse(surf, (34, 34, 38), (x, y, 56, 16))
        pygame.draw.ellipse(surf, (58, 58, 64), (x + 2, y + 1, 52, 10))
        pygame.draw.ellipse(surf, (20, 20, 24), (x + 16, y + 3, 24, 6))
        if i == 2:
            pygame.draw.ellipse(surf, SNOW, (x + 4, y - 2, 48, 7))
    # the burn barrel (its fire is drawn each frame)
    bx = 396
    for i in range(22):
        pygame.draw.line(surf, _shade((98, 70, 50), 0.6 + 0.5 * math.sin(i / 22 * math.pi)),
                         (bx + i, WALL_BASE_Y - 24), (bx + i, WALL_BASE_Y + 6))
    for y in (WALL_BASE_Y - 18, WALL_BASE_Y - 4):
        pygame.draw.line(surf, (60, 44, 34), (bx, y), (bx + 21, y))
    pygame.draw.ellipse(surf, (40, 26, 20), (bx - 1, WALL_BASE_Y - 27, 24, 6))
    # a shovel against the wall
    pygame.draw.line(surf, (110, 80, 50), (448, 186), (458, WALL_BASE_Y - 6), 3)
    pygame.draw.polygon(surf, (120, 124, 132), ((452, WALL_BASE_Y - 10), (466, WALL_BASE_Y - 4),
                                               (462, WALL_BASE_Y + 6), (448, WALL_BASE_Y)))


def yard_backdrop(width: int) -> pygame.Surface:
    """The static yard, `width` world pixels wide, painted once (the same picture every time)."""
    got = _cache.get(width)
    if got is None:
        rng = random.Random(1987)
        got = pygame.Surface((width, 360))
        _sky(got, width)
        _city(got, rng, width)
        _ground(got, rng, width)
        _fence(got, width)
        _wall(got, rng)
        _window(got, 150, 118, 54, 46)
        _door(got, 292)
        pygame.draw.rect(got, (70, 74, 80), (WALL_END - 10, 36, 5, WALL_BASE_Y - 36))  # the drainpipe
        _props(got)
        got = got.convert() if pygame.display.get_surface() is not None else got
        _cache[width] = got
    return got


@dataclass
class Bit:
    """A view-only particle: a snow clod, a flake, a breath or snow puff."""

    kind: str
    x: float
    y: float
    vx: float
    vy: float
    life: int
    size: float
    age: int = 0


class Yard:
    """The yard on screen: the backdrop at a camera position, the fire, falling snow, particles and breath."""

    def __init__(self, width: int, seed: int = 7) -> None:
        self.width = width
        self.backdrop = yard_backdrop(width)
        self.rng = random.Random(seed)
        self.bits: list[Bit] = []
        self.flakes = [(self.rng.uniform(0, 640), self.rng.uniform(0, 360), self.rng.uniform(0.3, 1.0))
                       for _ in range(70)]
        self.tick = 0
        self.shake = 0.0
        self._puffs: dict[tuple[int, int], pygame.Surface] = {}

    def update(self) -> None:
        self.tick += 1
        self.shake *= 0.8
        for b in self.bits:
            b.age += 1
            b.x += b.vx
            b.y += b.vy
            if b.kind == "clod":
                b.vy += 0.22
                if b.y > GROUND_Y + 6:
                    b.age = b.life
            else:
                b.vx *= 0.96
                b.vy *= 0.96
                b.size += 0.18
        self.bits = [b for b in self.bits if b.age < b.life]

    def offset(self) -> tuple[int, int]:
        if self.shake < 0.3:
            return 0, 0
        return round(self.shake * math.sin(self.tick * 2.1)), round(self.shake * 0.6 * math.cos(self.tick * 2.9))

    def breath(self, x: float, y: float, facing: int, strong: bool = False) -> None:
        self.bits.append(Bit("breath", x, y, facing * (0.55 if strong else 0.35), -0.25, 54 if strong else 40,
                             3.0 if strong else 2.0))

    def snow_burst(self, x: float, y: float, weight: float) -> None:
        rng = self.rng
        for _ in range(round(10 + 16 * weight)):
            self.bits.append(Bit("clod", x + rng.uniform(-6, 6), y - rng.uniform(0, 4), rng.uniform(-2.2, 2.2),
                                 -rng.uniform(1.0, 3.4) * (0.6 + weight), 60, rng.choice((1.0, 1.0, 2.0))))
        for _ in range(round(2 + 3 * weight)):
            self.bits.append(Bit("puff", x + rng.uniform(-10, 10), y - 3, rng.uniform(-0.6, 0.6), -0.3, 36,
                                 4.0 + 3 * weight))

    def draw_back(self, surface: pygame.Surface, cam_x: float) -> None:
        surface.blit(self.backdrop, (0, 0), pygame.Rect(round(cam_x), 0, 640, 360))
        self._fire(surface, 407 - cam_x, WALL_BASE_Y - 26)

    def _fire(self, surface: pygame.Surface, x: float, y: float) -> None:
        if x < -40 or x > 680:
            return
        t = self.tick
        for i, (dx, h, col) in enumerate(((-6, 12, (236, 90, 30)), (0, 17, (250, 150, 40)), (6, 11, (236, 100, 34)),
                                          (0, 9, (255, 226, 120)))):
            hh = h + 3 * math.sin(t * 0.37 + i * 1.9)
            sway = 2 * math.sin(t * 0.21 + i)
            pygame.draw.polygon(surface, col, ((x + dx - 5, y + 2), (x + dx + 5, y + 2),
                                               (x + dx + sway, y - hh)))
        for k in range(3):  # smoke curling up
            age = (t + k * 30) % 90
            r = 3 + age // 12
            smoke = self._puff_surface(r, max(0, 90 - age * 90 // 90), (120, 114, 118))
            surface.blit(smoke, (x - r + 3 * math.sin((t + k * 30) * 0.05), y - 20 - age * 0.8 - r))

    def _puff_surface(self, radius: int, alpha: int, color: Color = (220, 222, 232)) -> pygame.Surface:
        """A soft round cloud, densest in the middle (cached by size, alpha step and colour)."""
        a = alpha // 8 * 8
        key = (radius, a * 4 + (1 if color == SNOW else (2 if color == BREATH else 0)))
        got = self._puffs.get(key)
        if got is None:
            got = pygame.Surface((radius * 2 + 2, radius * 2 + 2), pygame.SRCALPHA)
            rings = max(2, radius // 2)
            for i in range(rings, 0, -1):
                t = i / rings
                layer = pygame.Surface(got.get_size(), pygame.SRCALPHA)
                pygame.draw.circle(layer, (*color, round(a * 0.45 * (1.1 - t))), (radius + 1, radius + 1),
                                   max(1, round(radius * t)))
                got.blit(layer, (0, 0))
            self._puffs[key] = got
        return got

    def draw_front(self, surface: pygame.Surface, cam_x: float) -> None:
        for b in self.bits:
            fade = 1.0 - b.age / b.life
            if b.kind == "clod":
                s = round(b.size)
                pygame.draw.rect(surface, (246, 248, 255) if s > 1 else (206, 216, 236), (b.x - cam_x, b.y, s, s))
            else:
                r = max(1, round(b.size))
                alpha = round((200 if b.kind == "breath" else 230) * fade)
                img = self._puff_surface(r, alpha, BREATH if b.kind == "breath" else SNOW)
                surface.blit(img, (b.x - cam_x - r, b.y - r))
        t = self.tick
        for i, (fx, fy, z) in enumerate(self.flakes):
            x = (fx + t * 0.3 * z + 8 * math.sin(t * 0.02 + i) - cam_x * z * 0.5) % 640
            y = (fy + t * 0.55 * z) % 360
            surface.set_at((round(x), round(y)), (240, 244, 255) if z > 0.6 else (200, 206, 226))
            if z > 0.85:
                surface.set_at((round(x) + 1, round(y)), (220, 226, 244))


# --- the tire ----------------------------------------------------------------------------------------------------

def draw_tire(surface: pygame.Surface, cx: float, cy: float, turn: float, length: float, height: float) -> None:
    """A tractor tire seen from the side: centre (cx, cy) on screen, turned `turn` radians clockwise on screen
    from lying flat, `length` its diameter and `height` its tread width, in pixels."""
    ux, uy = math.cos(turn), math.sin(turn)  # the long side, on screen
    ax, ay = math.sin(turn), -math.cos(turn)  # the tire's axis, from face B to face A
    r = length / 2
    half = height / 2
    up = 1.0 if -ay >= 0 else -1.0  # which face looks up (the camera sees it from a little above)

    def at(phi: float, s: float) -> Point:
        """A point of the tread band: around it by `phi` (0..pi is the near side), across it by s (-1..1)."""
        return (cx + ax * half * s * up + ux * r * math.cos(phi),
                cy + ay * half * s * up + uy * r * math.cos(phi) + r * DEPTH * math.sin(phi))

    steps = 18
    # the band, strip by strip, lit as a cylinder
    for i in range(steps):
        p0, p1 = math.pi * i / steps, math.pi * (i + 1) / steps
        mid = (p0 + p1) / 2
        nx, nz = ux * math.cos(mid), math.sin(mid)
        lit = 0.55 + 0.55 * max(0.0, nx * _LIGHT[0] + uy * math.cos(mid) * _LIGHT[1] + nz * _LIGHT[2])
        pygame.draw.polygon(surface, _shade(GROOVE, lit),
                            (at(p0, 1), at(p1, 1), at(p1, -1), at(p0, -1)))
    # chevron lugs, alternating from each shoulder
    lugs = 14
    for i in range(lugs):
        p0 = math.pi * (i + 0.2) / lugs
        w = math.pi * 0.42 / lugs
        slant = math.pi * 0.5 / lugs
        mid = p0 + w
        nx, nz = ux * math.cos(mid), math.sin(mid)
        lit = 0.5 + 0.7 * max(0.0, nx * _LIGHT[0] + uy * math.cos(mid) * _LIGHT[1] + nz * _LIGHT[2])
        s0, s1 = (0.96, 0.08) if i % 2 == 0 else (-0.96, -0.08)
        quad = (at(p0, s0), at(p0 + w, s0), at(p0 + w + slant, s1), at(p0 + slant, s1))
        pygame.draw.polygon(surface, _shade(TREAD, lit), quad)
        pygame.draw.line(surface, _shade(TREAD, lit * 1.35), quad[0], quad[3])
    # the shoulders of the tread
    for s in (1, -1):
        pts = [at(math.pi * i / steps, s * 1.0) for i in range(steps + 1)]
        pygame.draw.lines(surface, (74, 74, 82) if s == 1 else (30, 30, 34), False, pts, 2)
    # the sidewall that looks up, and the hole
    fx, fy = cx + ax * half * up, cy + ay * half * up
    depth = r * DEPTH

    def disc(k: float, n: int = 32) -> list[Point]:
        return [(fx + ux * r * k * math.cos(2 * math.pi * j / n),
                 fy + uy * r * k * math.cos(2 * math.pi * j / n) + depth * k * math.sin(2 * math.pi * j / n))
                for j in range(n)]

    visible = abs(ay)  # how squarely the camera sees that face
    if visible > 0.05:
        wall = _shade((50, 50, 56), 0.85 + 0.3 * visible)
        pygame.draw.polygon(surface, wall, disc(0.98))
        pygame.draw.polygon(surface, _shade(wall, 1.18), disc(0.8))
        pygame.draw.polygon(surface, (16, 15, 19), disc(0.56))
        far_wall = disc(0.56)[17:32]  # the inside of the far tread, catching light through the hole
        if len(far_wall) > 1:
            pygame.draw.lines(surface, (70, 68, 76), False, far_wall, 2)
        pygame.draw.lines(surface, (96, 96, 106), True, disc(0.98), 1)
        for j in range(0, 32, 4):  # the ribs moulded into the sidewall
            a0, a1 = disc(0.66)[j], disc(0.9)[j]
            pygame.draw.line(surface, (38, 38, 44), a0, a1)


# --- the fighter's arms on the tire ------------------------------------------------------------------------------

def reach_arm(shoulder: Point, target: Point, bd: Build) -> tuple[float, float]:
    """[shoulder, elbow] angles (the pose book's) that put the wrist on `target`, in the figure's frame."""
    dx, dy = target[0] - shoulder[0], target[1] - shoulder[1]
    u, f = bd.upper_arm, bd.forearm
    dist = max(abs(u - f) + 0.5, min(u + f - 0.01, math.hypot(dx, dy)))
    aim = math.degrees(math.atan2(dx, -dy))
    cos_a = (u * u + dist * dist - f * f) / (2 * u * dist)
    upper = aim - math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    ex, ey = direction(upper)
    elbow = (shoulder[0] + ex * u, shoulder[1] + ey * u)
    fore = math.degrees(math.atan2(target[0] - elbow[0], -(target[1] - elbow[1])))
    bend = (fore - upper + 180.0) % 360.0 - 180.0
    return upper, bend


def with_hands(body: Values, bd: Build, lead: Point, rear: Point) -> Values:
    """The pose `body` with both wrists reaching for the given points (figure frame)."""
    rig = pose_rig(body, bd)
    la = reach_arm(rig.lead_shoulder, lead, bd)
    ra = reach_arm(rig.rear_shoulder, rear, bd)
    return (*body[:5], *la, *ra, *body[9:])
