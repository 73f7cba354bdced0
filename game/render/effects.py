"""Hit sparks, sweat, canvas dust, the screen flash and the camera shake.

View-only, like the rest of render/: the scene calls the triggers when it reads the simulation's events (a landed
punch, a counter-hit, a knockdown), then `update()` once per tick and `draw(surface)` once per frame. Randomness
comes from the effects' own `random.Random(seed)`, never the simulation's, so the fight does not depend on what is
drawn, and the same calls in the same order give the same pictures.

`weight` is how heavy the moment is, 0..1: about 0.2 for a jab, 0.5 for a straight, 1.0 for a power hook or
uppercut (values past 1 are clamped at 1.5). `flash_scale` and `shake_scale` (0..1) are the player's comfort
settings: at 0 there is no flash and no shake at all.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pygame

Color = tuple[int, int, int]

SPARK_WHITE: Color = (255, 250, 236)
SPARK_HOT: Color = (255, 226, 150)
SPARK_GOLD: Color = (255, 190, 40)
SWEAT: Color = (196, 222, 250)
DUST: Color = (168, 160, 146)

GRAVITY = 0.24                   # px per tick per tick, for sweat drops
FLASH_DECAY = 0.16               # flash strength lost per tick
FLASH_MAX_ADD = 210              # a full-strength flash adds this much white to every pixel
SHAKE_PX = 7.0                   # amplitude of a weight-1 shake, in logical pixels
SHAKE_DECAY = 0.78               # amplitude kept per tick
SHAKE_MIN = 0.4                  # below this the shake stops


def _clamp_weight(weight: float) -> float:
    return max(0.0, min(1.5, float(weight)))


def _scale(c: Color, k: float) -> Color:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


_glows: dict[tuple[int, Color, int], pygame.Surface] = {}
_puffs: dict[tuple[int, int], pygame.Surface] = {}
GLOW_LEVELS = 6


def _glow(radius: int, color: Color, level: int) -> pygame.Surface:
    """A soft round glow on black for additive blits, at brightness level 1..GLOW_LEVELS (cached)."""
    key = (radius, color, level)
    got = _glows.get(key)
    if got is None:
        size = radius * 2 + 1
        got = pygame.Surface((size, size))
        got.fill((0, 0, 0))
        k = level / GLOW_LEVELS
        steps = max(2, radius // 2)
        for i in range(steps, 0, -1):
            t = i / steps
            shade = _scale(color, k * 0.55 * (1 - t) ** 1.5)
            pygame.draw.circle(got, shade, (radius, radius), max(1, round(radius * t)))
        _glows[key] = got
    return got


def _puff(radius: int, alpha: int) -> pygame.Surface:
    """A soft dust cloud: a few overlapping discs, denser in the middle (cached by size and alpha step)."""
    key = (radius, alpha)
    got = _puffs.get(key)
    if got is None:
        size = radius * 2 + 2
        got = pygame.Surface((size, size), pygame.SRCALPHA)
        for i in range(3, 0, -1):
            r = max(1, round(radius * i / 3))
            a = round(alpha * (0.35 + 0.65 * (1 - i / 3)) + alpha * 0.25)
            pygame.draw.circle(got, (*DUST, min(255, a)), (radius + 1, radius + 1), r)
        top = (*_scale(DUST, 1.1), min(255, round(alpha * 0.5)))
        pygame.draw.circle(got, top, (radius, radius - max(1, radius // 3)), max(1, radius // 2))
        _puffs[key] = got
    return got


@dataclass
class _Spark:
    x: float
    y: float
    radius: float
    life: int
    counter: bool
    rotation: float
    spikes: list[float]
    age: int = 0


@dataclass
class _Bit:
    """A small flying particle: a spark streak, a sweat drop, a dust puff or a counter-hit twinkle."""

    kind: str
    x: float
    y: float
    vx: float
    vy: float
    life: int
    size: float = 1.0
    gravity: float = 0.0
    drag: float = 1.0
    age: int = 0
    extra: dict[str, float] = field(default_factory=dict)


class Effects:
    """All the short-lived, view-only effects of a fight scene."""

    def __init__(self, seed: int = 0, flash_scale: float = 1.0, shake_scale: float = 1.0,
                 floor_y: int = 300) -> None:
        self.rng = random.Random(seed)
        self.flash_scale = flash_scale
        self.shake_scale = shake_scale
        self.floor_y = floor_y
        self._sparks: list[_Spark] = []
        self._bits: list[_Bit] = []
        self._flash = 0.0
        self._shake = 0.0
        self._offset = (0, 0)
        self._shake_sign = 1

    # ------------------------------------------------------------------------------------------ triggers

    def hit_spark(self, x: float, y: float, weight: float = 0.5, counter: bool = False) -> None:
        """A star burst where a punch lands: bigger for heavier punches, golden and brighter on a counter-hit."""
        w = _clamp_weight(weight)
        rng = self.rng
        radius = (7 + 15 * w) * (1.3 if counter else 1.0)
        n = 10 if counter else 8
        spikes = [rng.uniform(0.7, 1.2) for _ in range(n)]
        life = round(7 + 5 * w + (3 if counter else 0))
        self._sparks.append(_Spark(x, y, radius, life, counter, rng.uniform(0, math.pi), spikes))
        for _ in range(round(3 + 6 * w + (5 if counter else 0))):
            a = rng.uniform(0, 2 * math.pi)
            speed = rng.uniform(2.0, 4.0 + 3.0 * w)
            self._bits.append(_Bit("streak", x, y, math.cos(a) * speed, math.sin(a) * speed,
                                   rng.randrange(5, 10 + round(4 * w)), drag=0.82,
                                   extra={"gold": 1.0 if counter else 0.0}))
        if counter:
            for _ in range(5):
                a = rng.uniform(0, 2 * math.pi)
                d = rng.uniform(0.6, 1.3) * radius
                self._bits.append(_Bit("twinkle", x + math.cos(a) * d, y + math.sin(a) * d, 0.0, -0.3,
                                       rng.randrange(10, 18), size=rng.uniform(2.0, 3.5)))

    def sweat(self, x: float, y: float, weight: float = 0.5, direction: int = 0) -> None:
        """Droplets flung off a head that was hit, flying `direction` (+1 right, -1 left, 0 either) and falling."""
        w = _clamp_weight(weight)
        rng = self.rng
        for _ in range(round(3 + 9 * w)):
            side = direction if direction else rng.choice((-1, 1))
            vx = side * rng.uniform(0.8, 2.2 + 2.5 * w) + rng.uniform(-0.5, 0.5)
            vy = -rng.uniform(0.8, 2.2 + 2.0 * w)
            self._bits.append(_Bit("drop", x + rng.uniform(-4, 4), y + rng.uniform(-4, 4), vx, vy,
                                   rng.randrange(22, 40), size=rng.choice((1.0, 1.0, 2.0)), gravity=GRAVITY,
                                   drag=0.99))

    def dust(self, x: float, y: float) -> None:
        """A puff of canvas dust where a fighter hits the floor."""
        rng = self.rng
        for _ in range(12):
            side = rng.choice((-1, 1))
            self._bits.append(_Bit("puff", x + rng.uniform(-14, 14), y - rng.uniform(0, 3),
                                   side * rng.uniform(0.4, 1.8), -rng.uniform(0.05, 0.5), rng.randrange(22, 38),
                                   size=rng.uniform(3.0, 6.0), drag=0.95, extra={"grow": rng.uniform(0.15, 0.35)}))
        for _ in range(6):
            self._bits.append(_Bit("grit", x + rng.uniform(-20, 20), y - 1, rng.uniform(-1.5, 1.5),
                                   -rng.uniform(1.0, 2.5), rng.randrange(10, 18), gravity=GRAVITY, drag=0.98))

    def flash(self, strength: float = 1.0) -> None:
        """A white flash of the whole screen (a knockdown, a huge counter), drawn at `flash_scale` of full."""
        self._flash = max(self._flash, max(0.0, min(1.0, strength)))

    def shake(self, weight: float = 0.5) -> tuple[int, int]:
        """Start (or strengthen) a camera shake; returns the offset to use right now."""
        self._shake = max(self._shake, SHAKE_PX * _clamp_weight(weight))
        self._roll_offset()
        return self.offset

    def clear(self) -> None:
        self._sparks.clear()
        self._bits.clear()
        self._flash = 0.0
        self._shake = 0.0
        self._offset = (0, 0)

    # ------------------------------------------------------------------------------------------ state

    @property
    def offset(self) -> tuple[int, int]:
        """The camera shake to add to everything drawn in the world this frame; (0, 0) when shake_scale is 0."""
        if self.shake_scale <= 0:
            return (0, 0)
        return self._offset

    @property
    def flash_level(self) -> float:
        """How strong the flash drawn this frame is, 0..1, after flash_scale."""
        return max(0.0, min(1.0, self._flash * max(0.0, min(1.0, self.flash_scale))))

    @property
    def active(self) -> bool:
        """Anything still to draw or shake."""
        return bool(self._sparks or self._bits or self._flash > 0 or self._shake > 0)

    def _roll_offset(self) -> None:
        amp = self._shake * max(0.0, min(1.0, self.shake_scale))
        if amp < 0.5:
            self._offset = (0, 0)
            return
        # alternate sides so the shake reads as a jolt, with a random spread
        self._shake_sign = -self._shake_sign
        ox = self._shake_sign * self.rng.uniform(0.5, 1.0) * amp
        oy = self.rng.uniform(-0.6, 0.6) * amp
        self._offset = (round(ox), round(oy))

    def update(self) -> None:
        """Advance everything one tick."""
        for s in self._sparks:
            s.age += 1
        self._sparks = [s for s in self._sparks if s.age < s.life]
        alive = []
        for b in self._bits:
            b.age += 1
            b.vx *= b.drag
            b.vy = b.vy * b.drag + b.gravity
            b.x += b.vx
            b.y += b.vy
            if b.kind == "drop" and b.y >= self.floor_y:
                b.y = self.floor_y
                if "landed" not in b.extra:
                    b.extra["landed"] = 1.0
                    b.life = b.age + 4
                b.vx = b.vy = 0.0
                b.gravity = 0.0
            if b.kind == "grit" and b.y >= self.floor_y:
                b.life = b.age
            if b.age < b.life:
                alive.append(b)
        self._bits = alive
        self._flash = max(0.0, self._flash - FLASH_DECAY)
        self._shake *= SHAKE_DECAY
        if self._shake < SHAKE_MIN:
            self._shake = 0.0
        self._roll_offset()

    # ------------------------------------------------------------------------------------------ drawing

    def draw(self, surface: pygame.Surface, offset: tuple[int, int] = (0, 0)) -> None:
        """Draw the particles (shifted by `offset`, the camera shake) and the flash over the whole surface."""
        ox, oy = offset
        for b in self._bits:
            if b.kind == "puff":
                self._draw_puff(surface, b, ox, oy)
        for s in self._sparks:
            self._draw_spark(surface, s, ox, oy)
        for b in self._bits:
            if b.kind != "puff":
                self._draw_bit(surface, b, ox, oy)
        level = self.flash_level
        if level > 0:
            add = round(FLASH_MAX_ADD * level)
            if add > 0:
                surface.fill((add, add, add), special_flags=pygame.BLEND_RGB_ADD)

    def _draw_spark(self, surface: pygame.Surface, s: _Spark, ox: int, oy: int) -> None:
        t = s.age / s.life
        grow = 0.55 + 0.45 * min(1.0, s.age / 2)
        k = grow * (1.0 - 0.75 * max(0.0, t - 0.25) / 0.75)
        r = s.radius * k
        x, y = s.x + ox, s.y + oy
        outer = SPARK_GOLD if s.counter else SPARK_HOT
        fade = 1.0 - 0.55 * t
        level = max(1, round(GLOW_LEVELS * (1.0 - t)))
        glow_r = max(4, round(s.radius * (1.6 if s.counter else 1.3)))
        glow = _glow(glow_r, SPARK_GOLD if s.counter else SPARK_HOT, level)
        surface.blit(glow, (round(x - glow_r), round(y - glow_r)), special_flags=pygame.BLEND_RGB_ADD)
        n = len(s.spikes)
        rot = s.rotation + 0.05 * s.age
        if r >= 1.5:
            pts = []
            for i in range(n * 2):
                a = rot + i * math.pi / n
                rr = r * s.spikes[i // 2] if i % 2 == 0 else r * 0.3
                pts.append((x + math.cos(a) * rr, y + math.sin(a) * rr))
            pygame.draw.polygon(surface, _scale(outer, fade), pts)
            inner = [(x + (px - x) * 0.5, y + (py - y) * 0.5) for px, py in pts]
            pygame.draw.polygon(surface, SPARK_WHITE, inner)
        # a shock ring on heavy hits and counters
        if s.counter or s.radius > 16:
            ring_r = round(s.radius * (0.6 + 1.1 * t))
            if ring_r > 2 and t < 0.8:
                pygame.draw.circle(surface, _scale(outer, 1.0 - t), (round(x), round(y)), ring_r, 2 if t < 0.4 else 1)
        if s.age < 2:
            pygame.draw.circle(surface, (255, 255, 255), (round(x), round(y)), max(2, round(r * 0.35)))

    def _draw_bit(self, surface: pygame.Surface, b: _Bit, ox: int, oy: int) -> None:
        t = b.age / b.life
        x, y = b.x + ox, b.y + oy
        if b.kind == "streak":
            color = SPARK_GOLD if b.extra.get("gold") else SPARK_HOT
            tail = (x - b.vx * 1.6, y - b.vy * 1.6)
            pygame.draw.line(surface, _scale(color, 1.0 - 0.6 * t), tail, (x, y), 1)
            surface.set_at((round(x), round(y)), SPARK_WHITE)
        elif b.kind == "twinkle":
            k = math.sin(math.pi * t)
            r = max(1, round(b.size * k))
            c = _scale(SPARK_GOLD, 0.6 + 0.4 * k)
            pygame.draw.line(surface, c, (x - r, y), (x + r, y))
            pygame.draw.line(surface, c, (x, y - r), (x, y + r))
            surface.set_at((round(x), round(y)), SPARK_WHITE)
        elif b.kind == "drop":
            if b.extra.get("landed"):
                pygame.draw.line(surface, _scale(SWEAT, 0.8), (x - 2, y), (x + 2, y))
                return
            tail = (x - b.vx * 1.2, y - b.vy * 1.2)
            pygame.draw.line(surface, _scale(SWEAT, 0.75), tail, (x, y), max(1, round(b.size)))
            surface.set_at((round(x), round(y)), (240, 248, 255))
        elif b.kind == "grit":
            surface.set_at((round(x), round(y)), _scale(DUST, 0.8))

    def _draw_puff(self, surface: pygame.Surface, b: _Bit, ox: int, oy: int) -> None:
        t = b.age / b.life
        radius = max(2, round(b.size + b.extra.get("grow", 0.2) * b.age))
        alpha = round(150 * (1.0 - t) ** 1.3 / 16) * 16
        if alpha <= 0:
            return
        sprite = _puff(radius, alpha)
        surface.blit(sprite, (round(b.x + ox - radius - 1), round(b.y + oy - radius - 1)))
