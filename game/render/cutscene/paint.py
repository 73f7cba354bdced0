"""Small painting helpers shared by the cutscene panels: colour arithmetic, gradients, glows, falling snow,
Rosa's framed photograph and a wintry window. Pure drawing, no state beyond the caches of baked sprites.
"""

from __future__ import annotations

import itertools
import math
import random

import pygame

Colour = tuple[int, int, int]
Point = tuple[float, float]

W, H = 640, 360
BOX_TOP = H - 110  # the dialogue box covers the panel from here down: keep it calm
SNOW: Colour = (234, 238, 247)
_glows: dict[tuple[int, int, Colour], pygame.Surface] = {}
_puffs: dict[tuple[int, Colour, int], pygame.Surface] = {}


def mix(a: Colour, b: Colour, t: float) -> Colour:
    t = 0.0 if t < 0 else (1.0 if t > 1 else t)
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def shade(c: Colour, k: float) -> Colour:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


def vgradient(surf: pygame.Surface, rect: pygame.Rect | tuple[int, int, int, int],
              stops: tuple[tuple[float, Colour], ...]) -> None:
    """Fill `rect` with rows blending through `stops` ((fraction 0..1 down the rect, colour), ...)."""
    r = pygame.Rect(rect)
    for i in range(r.h):
        t = i / max(1, r.h - 1)
        for (t0, c0), (t1, c1) in itertools.pairwise(stops):
            if t0 <= t <= t1:
                colour = mix(c0, c1, (t - t0) / max(1e-6, t1 - t0))
                pygame.draw.line(surf, colour, (r.x, r.y + i), (r.right - 1, r.y + i))
                break


def glow(radius: int, colour: Colour, strength: float = 1.0) -> pygame.Surface:
    """A soft round light to blit with BLEND_RGB_ADD (cached)."""
    key = (radius, round(strength * 20), colour)
    got = _glows.get(key)
    if got is None:
        got = pygame.Surface((radius * 2, radius * 2))
        steps = max(4, radius // 3)
        for i in range(steps, 0, -1):
            t = i / steps
            k = (1.0 - t) ** 1.6 * strength
            pygame.draw.circle(got, shade(colour, k * 0.9 + 0.02), (radius, radius), max(1, round(radius * t)))
        _glows[key] = got
    return got


def add_glow(surf: pygame.Surface, centre: Point, radius: int, colour: Colour, strength: float = 1.0) -> None:
    surf.blit(glow(radius, colour, strength), (round(centre[0]) - radius, round(centre[1]) - radius),
              special_flags=pygame.BLEND_RGB_ADD)


def puff(surf: pygame.Surface, x: float, y: float, r: int, colour: Colour, alpha: int) -> None:
    """A round see-through puff of breath or steam, radius `r` about (x, y) (each disc made once)."""
    key = (r, colour, alpha)
    disc = _puffs.get(key)
    if disc is None:
        disc = _puffs[key] = pygame.Surface((r * 2 + 2, r * 2 + 2), pygame.SRCALPHA)
        pygame.draw.circle(disc, (*colour, alpha), (r + 1, r + 1), r)
    surf.blit(disc, (x - r, y - r))


def darken(surf: pygame.Surface, rect: pygame.Rect | tuple[int, int, int, int], colour: Colour, alpha: int) -> None:
    r = pygame.Rect(rect)
    layer = pygame.Surface(r.size, pygame.SRCALPHA)
    layer.fill((*colour, alpha))
    surf.blit(layer, r.topleft)


def vignette(surf: pygame.Surface, strength: int = 120) -> None:
    """Darken the corners and edges (a multiply layer)."""
    layer = pygame.Surface(surf.get_size())
    layer.fill((255, 255, 255))
    w, h = surf.get_size()
    steps = 18
    for i in range(steps):
        t = i / steps
        v = round(255 - strength * (1 - t) ** 2)
        pygame.draw.ellipse(layer, (v, v, v), (-w * 0.25 + t * w * 0.25, -h * 0.3 + t * h * 0.3,
                                               w * 1.5 - t * w * 0.5, h * 1.6 - t * h * 0.6))
    inner = pygame.Rect(0, 0, round(w * 0.95), round(h * 0.9))
    inner.center = (w // 2, h // 2)
    surf.blit(layer, (0, 0), special_flags=pygame.BLEND_RGB_MULT)


def bricks(surf: pygame.Surface, rect: pygame.Rect | tuple[int, int, int, int], rng: random.Random,
           base: Colour = (132, 60, 48), light: float = 1.0) -> None:
    r = pygame.Rect(rect)
    pygame.draw.rect(surf, shade(base, 0.55 * light), r)
    for row, y in enumerate(range(r.y, r.bottom, 6)):
        off = 0 if row % 2 == 0 else 6
        for x in range(r.x - off, r.right, 12):
            k = light * rng.uniform(0.82, 1.08)
            cell = pygame.Rect(x + 1, y + 1, 10, 4).clip(r)
            if cell.w > 0:
                pygame.draw.rect(surf, shade(base, k), cell)


def snowfall(surf: pygame.Surface, tick: int, area: pygame.Rect, count: int, seed: int, speed: float = 1.0,
             wind: float = 0.3) -> None:
    """Flakes drifting down inside `area` (a window, or the whole sky), a pure function of the tick."""
    rng = random.Random(seed)
    for i in range(count):
        fx, fy, z = rng.uniform(0, area.w), rng.uniform(0, area.h), rng.uniform(0.35, 1.0)
        x = area.x + (fx + tick * wind * z + 3 * math.sin(tick * 0.03 + i)) % area.w
        y = area.y + (fy + tick * 0.45 * z * speed) % area.h
        c = (246, 248, 255) if z > 0.7 else (196, 204, 224)
        surf.set_at((int(x), int(y)), c)
        if z > 0.9:
            surf.set_at((int(x) + 1, int(y)), c)
            surf.set_at((int(x), int(y) + 1), c)


def rosa_photo(surf: pygame.Surface, x: int, y: int, w: int, h: int, frame: Colour = (176, 132, 60)) -> None:
    """Rosa's portrait in a frame on a little stand: a smiling woman with dark hair, warm sepia tones."""
    pygame.draw.rect(surf, shade(frame, 0.55), (x - 1, y - 1, w + 2, h + 2))
    pygame.draw.rect(surf, frame, (x, y, w, h))
    pygame.draw.line(surf, shade(frame, 1.35), (x, y), (x + w - 1, y))
    pygame.draw.line(surf, shade(frame, 1.2), (x, y), (x, y + h - 1))
    b = max(2, w // 7)
    inner = pygame.Rect(x + b, y + b, w - 2 * b, h - 2 * b)
    vgradient(surf, inner, ((0.0, (206, 180, 140)), (1.0, (150, 120, 90))))
    cx = inner.centerx
    hr = max(3, inner.w // 4)
    hy = inner.y + inner.h * 0.42
    hair = (70, 42, 30)
    clip = surf.get_clip()
    surf.set_clip(inner)
    # shoulders in a dress, long dark hair falling past the face, the face, a smile
    pygame.draw.ellipse(surf, (150, 58, 66), (inner.x + 1, hy + hr * 1.3, inner.w - 2, inner.h))
    pygame.draw.rect(surf, (224, 186, 150), (cx - hr * 0.35, hy + hr * 0.8, hr * 0.7, hr * 0.8))
    pygame.draw.ellipse(surf, hair, (cx - hr * 1.35, hy - hr * 1.45, hr * 2.7, hr * 1.9))
    for sx in (cx - hr * 1.4, cx + hr * 0.8):
        pygame.draw.rect(surf, hair, (sx, hy - hr * 0.6, hr * 0.6, hr * 2.1), border_radius=2)
    pygame.draw.ellipse(surf, (236, 202, 168), (cx - hr * 0.9, hy - hr * 0.9, hr * 1.8, hr * 2.0))
    pygame.draw.ellipse(surf, hair, (cx - hr * 1.0, hy - hr * 1.2, hr * 2.0, hr * 0.8))
    if hr >= 3:
        eye = (60, 40, 34)
        surf.set_at((round(cx - hr * 0.4), round(hy + hr * 0.1)), eye)
        surf.set_at((round(cx + hr * 0.35), round(hy + hr * 0.1)), eye)
        pygame.draw.line(surf, (196, 70, 70), (cx - hr * 0.3, hy + hr * 0.6), (cx + hr * 0.3, hy + hr * 0.6))
        surf.set_at((round(cx - hr * 0.4), round(hy + hr * 0.5)), (196, 70, 70))
        surf.set_at((round(cx + hr * 0.4), round(hy + hr * 0.5)), (196, 70, 70))
    # a glint on the glass
    glint = ((inner.x + 1, inner.y + inner.h // 3), (inner.x + inner.w // 3, inner.y + 1))
    pygame.draw.line(surf, (248, 240, 222), *glint)
    surf.set_clip(clip)
    pygame.draw.rect(surf, shade(frame, 0.45), (cx - 2, y + h, 4, 2))


def window_view(surf: pygame.Surface, rect: pygame.Rect, sky: tuple[tuple[float, Colour], ...], rng: random.Random,
                lit_windows: float = 0.3) -> None:
    """Row-house roofs and chimneys across the street seen through a window, snow on the roofs."""
    vgradient(surf, rect, sky)
    house = shade(sky[-1][1], 0.45)
    x = rect.x - 6
    clip = surf.get_clip()
    surf.set_clip(rect)
    while x < rect.right:
        w, top = rng.randint(22, 34), rect.bottom - rng.randint(rect.h // 3, rect.h // 2)
        pygame.draw.rect(surf, house, (x, top, w, rect.bottom - top))
        pygame.draw.line(surf, SNOW, (x, top), (x + w, top), 2)
        if rng.random() < 0.7:
            cx = x + rng.randint(3, w - 7)
            pygame.draw.rect(surf, house, (cx, top - 6, 4, 6))
            pygame.draw.line(surf, SNOW, (cx, top - 6), (cx + 3, top - 6))
        for wy in range(top + 5, rect.bottom - 3, 9):
            for wx in range(x + 3, x + w - 4, 8):
                lit = rng.random() < lit_windows
                pygame.draw.rect(surf, (255, 206, 120) if lit else shade(house, 0.7), (wx, wy, 3, 4))
        x += w + 1
    surf.set_clip(clip)


def window_frame(surf: pygame.Surface, rect: pygame.Rect, wood: Colour, panes: tuple[int, int] = (2, 2)) -> None:
    """The sash, the muntins, a sill with snow piled outside the lower corners."""
    for i in range(3):
        pygame.draw.rect(surf, shade(wood, 0.8 + 0.12 * i), rect.inflate(8 - 2 * i, 8 - 2 * i), 2)
    cols, rows = panes
    for c in range(1, cols):
        xx = rect.x + rect.w * c // cols
        pygame.draw.line(surf, wood, (xx, rect.y), (xx, rect.bottom), 3)
    for r in range(1, rows):
        yy = rect.y + rect.h * r // rows
        pygame.draw.line(surf, wood, (rect.x, yy), (rect.right, yy), 3)
    for c in range(cols):
        x0 = rect.x + rect.w * c // cols
        pygame.draw.polygon(surf, SNOW, ((x0 + 1, rect.bottom), (x0 + 12, rect.bottom), (x0 + 1, rect.bottom - 6)))
    pygame.draw.rect(surf, shade(wood, 1.15), (rect.x - 8, rect.bottom + 3, rect.w + 16, 5))
    pygame.draw.line(surf, shade(wood, 1.4), (rect.x - 8, rect.bottom + 3), (rect.right + 7, rect.bottom + 3))


_fonts: dict[int, pygame.font.Font] = {}


def font(size: int) -> pygame.font.Font:
    """The default font at `size` (initialising pygame's font module if the caller has not)."""
    if not pygame.font.get_init():
        pygame.font.init()
    got = _fonts.get(size)
    if got is not None:
        try:
            got.get_height()
        except pygame.error:  # made before a pygame.quit(): dead, make it again
            got = None
    if got is None:
        got = _fonts[size] = pygame.font.Font(None, size)
    return got
