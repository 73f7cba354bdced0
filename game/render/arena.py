"""The arena on fight night: stands packed with a drawn crowd, the lighting rig, the ring, its posts and ropes.

View-only. Nothing here reads or writes the simulation: the scene hands in the tick and an `excitement` (0..1) it
derives from the fight, and the arena draws. Everything random comes from the arena's own `random.Random(seed)` at
construction; a frame is a pure function of (seed, arena, tick, excitement), so screenshots are repeatable. The arena
(levels/arenas/) names the house: its name and city on the apron and the ribbon board, its banner on the canvas, how
full the seats are.

Speed: the static layers (the roof and its lights, the stands, the ring with the back ropes, the front ropes and
near posts) are painted once, lit and baked. The crowd is pre-rendered as a short animation loop at a few
excitement levels; each seating section between two aisles picks its own level and frame, so a frame of the back
layer is about a dozen opaque blits, a scrolling ribbon board, a few camera flashes and one alpha blit for the ring.

Layout (640x360 logical screen, rules.toml's ring): depth d runs from -1 (the far ropes) through 0 (the line the
fighters stand on, `floor_y`) to +1 (the near ropes). The far side is slightly narrower and higher on screen, so the
canvas reads as a shallow trapezoid seen a little from above. The side ropes pass through the inside rope positions
at d = 0, so a fighter pushed to `left_rope_px` is against the ropes.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

import pygame

from game.content.arenas import ArenaSpec

Color = tuple[int, int, int]

LEVELS = 4                       # crowd excitement levels pre-rendered (calm .. on its feet)
FRAMES = 8                       # frames in each level's animation loop
HOLD_TICKS = (9, 6, 4, 3)        # ticks each crowd frame is held, per level: a hot crowd moves faster

FAR_DY = 32                      # screen pixels from the fighters' line up to the far ropes' line
NEAR_DY = 34                     # ... and down to the near ropes' line
PERSPECTIVE = 0.1                # the near side is this much wider than the fighters' line, the far side narrower
ROPE_HEIGHTS = (24, 46, 68)      # rope heights above the canvas at the fighters' line, bottom to top
POST_HEIGHT = 80
CANVAS_DEPTH = 1.16              # the canvas runs a little past the ropes in depth...
CANVAS_WIDTH = 1.06              # ...and in width

ROPE_COLORS: tuple[Color, Color, Color] = ((40, 74, 170), (226, 224, 218), (196, 34, 40))   # bottom to top
RED_CORNER: Color = (196, 34, 40)
BLUE_CORNER: Color = (36, 80, 186)
NEUTRAL_CORNER: Color = (226, 224, 216)

SKIN_TONES: tuple[Color, ...] = ((247, 208, 170), (234, 186, 140), (216, 160, 112), (190, 130, 86),
                                 (156, 100, 62), (120, 76, 46), (88, 56, 36), (66, 42, 28))
HAIR_COLORS: tuple[Color, ...] = ((24, 20, 18), (48, 32, 22), (86, 56, 32), (150, 110, 60), (200, 168, 96),
                                  (160, 156, 150), (220, 216, 208), (128, 52, 28))
SHIRT_COLORS: tuple[Color, ...] = (
    (0, 92, 96), (0, 110, 80), (20, 60, 52),            # the home crowd's greens
    (176, 30, 42), (140, 24, 36), (210, 70, 40),         # reds and an orange
    (32, 60, 140), (24, 40, 90), (90, 140, 200),         # blues
    (226, 224, 216), (200, 198, 190), (128, 128, 134),   # whites and greys
    (36, 34, 40), (20, 20, 24), (70, 50, 36),            # black and brown jackets
    (220, 180, 40), (110, 40, 110), (60, 90, 40),        # a few louder shirts
)
SIGN_TEXTS = ("PHILLY", "KO!", "ONE MORE ROUND", "STILL STANDING", "PHILLY!")
LOGO = "ONE MORE ROUND"          # the game's own name on the canvas of an arena that names no banner
BEER_RUN = 0.03                  # the share of seats empty even in a full house


@dataclass(frozen=True)
class RingGeometry:
    """Where the ring is on screen, from the rules' rope positions and the canvas line."""

    left_rope_px: int = 70
    right_rope_px: int = 570
    floor_y: int = 300

    @property
    def center_x(self) -> float:
        return (self.left_rope_px + self.right_rope_px) / 2

    @property
    def half_width(self) -> float:
        return (self.right_rope_px - self.left_rope_px) / 2

    def scale(self, d: float) -> float:
        """How big things are at depth d, relative to the fighters' line."""
        return 1.0 + PERSPECTIVE * d

    def x(self, u: float, d: float) -> float:
        """Screen x of the point u (-1 left ropes .. +1 right ropes) at depth d."""
        return self.center_x + u * self.half_width * self.scale(d)

    def y(self, d: float) -> float:
        """Screen y of the canvas at depth d."""
        return self.floor_y + d * (FAR_DY if d < 0 else NEAR_DY)

    def rope_y(self, level: int, d: float) -> float:
        return self.y(d) - ROPE_HEIGHTS[level] * self.scale(d)

    def post_top(self, d: float) -> float:
        return self.y(d) - POST_HEIGHT * self.scale(d)


# ---------------------------------------------------------------------------------------------- small helpers


def _mix(a: Color, b: Color, t: float) -> Color:
    t = max(0.0, min(1.0, t))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: Color, k: float) -> Color:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


def _font(size: int) -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    return pygame.font.Font(None, size)


def _star(surface: pygame.Surface, center: tuple[float, float], r: float, color: Color) -> None:
    cx, cy = center
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    pygame.draw.polygon(surface, color, pts)


def _starred_text(font: pygame.font.Font, parts: list[str], color: Color, gap: int, antialias: bool,
                  trailing: bool = False) -> pygame.Surface:
    """Words separated by small drawn stars (the default font has no star glyph); `trailing` ends with a star and
    its gap too, for a tape that tiles."""
    words = [font.render(p, antialias, color) for p in parts]
    h = max(w.get_height() for w in words)
    stars = len(words) if trailing else len(words) - 1
    width = sum(w.get_width() for w in words) + gap * stars
    out = pygame.Surface((width, h), pygame.SRCALPHA)
    x = 0
    for i, word in enumerate(words):
        out.blit(word, (x, 0))
        x += word.get_width()
        if i < stars:
            _star(out, (x + gap / 2, h / 2 - 1), max(2.0, h * 0.22), color)
            x += gap
    return out


def _fit(surf: pygame.Surface, width: int) -> pygame.Surface:
    """`surf` squeezed to at most `width` pixels wide (a long banner still fits the emblem)."""
    if surf.get_width() <= width:
        return surf
    return pygame.transform.smoothscale(surf, (width, surf.get_height()))


def _gradient_rows(surface: pygame.Surface, rect: pygame.Rect, top: Color, bottom: Color) -> None:
    for i in range(rect.height):
        t = i / max(1, rect.height - 1)
        pygame.draw.line(surface, _mix(top, bottom, t), (rect.left, rect.top + i), (rect.right - 1, rect.top + i))


def _glow(radius: int, color: Color, strength: float = 1.0) -> pygame.Surface:
    """A soft round glow on black, for additive blits (black adds nothing)."""
    size = radius * 2 + 1
    glow = pygame.Surface((size, size))
    glow.fill((0, 0, 0))
    steps = max(2, radius)
    for i in range(steps, 0, -1):
        r = radius * i / steps
        k = strength * (1.0 - i / steps) ** 1.6
        pygame.draw.circle(glow, _shade(color, k * 0.35 + 0.02 * strength), (radius, radius), max(1, round(r)))
    return pygame.transform.gaussian_blur(glow, max(1, radius // 4)) if radius >= 4 else glow


def _soften(surface: pygame.Surface, radius: int) -> pygame.Surface:
    """A cheap wide blur: blur at half size and scale back up."""
    w, h = surface.get_size()
    small = pygame.transform.smoothscale(surface, (w // 2, h // 2))
    return pygame.transform.smoothscale(pygame.transform.gaussian_blur(small, max(1, radius // 2)), (w, h))


def _sag(p0: tuple[float, float], p1: tuple[float, float], sag: float, steps: int) -> list[tuple[float, float]]:
    pts = []
    for i in range(steps + 1):
        t = i / steps
        pts.append((p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t + sag * 4 * t * (1 - t)))
    return pts


def _rope(surface: pygame.Surface, pts: list[tuple[float, float]], color: Color, thick: int, alpha: int = 255) -> None:
    """A rope as stacked one-pixel polylines: a lit top edge, the rope, a dark underside."""
    def line(dy: int, c: Color) -> None:
        pygame.draw.lines(surface, (*c, alpha), False, [(x, y + dy) for x, y in pts], 1)

    line(1 if thick < 3 else 2, _shade(color, 0.45))
    if thick >= 3:
        line(1, color)
    line(0, color)
    line(-1 if thick >= 3 else 0, _mix(color, (255, 255, 255), 0.45))


# ---------------------------------------------------------------------------------------------- the crowd


@dataclass(frozen=True)
class Look:
    skin: Color
    hair: Color
    hair_style: str          # short, long, bald, afro, cap, beanie, hood
    hat: Color
    shirt: Color
    trim: Color              # collar / stripe / scarf


@dataclass(frozen=True)
class Person:
    x: int
    base: int                # the row's baseline: the bottom of what shows of him over the row in front
    scale: float
    look: int
    phase: float             # where in the loop his bounce starts
    tempo: int               # bounces per loop
    energy: float            # 0 (reserved) .. 1 (on his feet first)
    hand: int                # -1 / +1: the arm he raises alone
    sign: int                # index into SIGN_TEXTS, or -1


def _make_look(rng: random.Random) -> Look:
    style = rng.choices(["short", "long", "bald", "afro", "cap", "beanie", "hood"], [30, 14, 8, 6, 14, 14, 6])[0]
    hair = rng.choice(HAIR_COLORS)
    shirt = _mix(rng.choice(SHIRT_COLORS), (96, 92, 100), 0.22)
    hat = rng.choice(((0, 92, 96), (176, 30, 42), (24, 24, 28), (200, 198, 190), (32, 60, 140), (0, 110, 80)))
    trim = rng.choice(((226, 224, 216), (20, 20, 24), (220, 180, 40), _shade(shirt, 0.6), (176, 30, 42)))
    return Look(rng.choice(SKIN_TONES), hair, style, hat, shirt, trim)


def _draw_person(look: Look, s: float, arms: str, standing: bool, sign_text: str) -> tuple[pygame.Surface, int, int]:
    """One spectator facing the ring, from the waist (or the seat) up. Returns the sprite and its baseline anchor."""
    w = max(12, math.ceil(44 * s))
    h = max(16, math.ceil(52 * s)) + (math.ceil(14 * s) if sign_text else 0)
    surf = pygame.Surface((w, h), pygame.SRCALPHA)
    ax, ay = w // 2, h - 2
    lift = round(4 * s) if standing else 0
    torso_h = round(9 * s) + lift
    half = max(3, round(7.5 * s))
    head_r = max(2, round(4.4 * s))
    shoulder_y = ay - torso_h
    head_y = shoulder_y - head_r + max(1, round(1.2 * s))

    shirt, dark_shirt, lit_shirt = look.shirt, _shade(look.shirt, 0.72), _mix(look.shirt, (255, 255, 255), 0.18)
    arm_w = max(1, round(2.2 * s))
    hand_r = max(1, round(1.6 * s))
    top = head_y - head_r

    def arm(side: int, hx: float, hy: float) -> None:
        sx, sy = ax + side * (half - 1), shoulder_y + max(1, round(1.5 * s))
        mx, my = (sx + hx) / 2 + side * 1.2 * s, (sy + hy) / 2
        pygame.draw.line(surf, dark_shirt, (sx, sy), (mx, my), arm_w + 1)
        pygame.draw.line(surf, shirt, (mx, my), (hx, hy + hand_r), arm_w)
        pygame.draw.circle(surf, look.skin, (round(hx), round(hy)), hand_r)

    # arms raised behind the head are drawn first
    if arms == "up2":
        arm(-1, ax - 10 * s, top - 6 * s)
        arm(1, ax + 10 * s, top - 6 * s)
    elif arms in ("upL", "upR"):
        side = -1 if arms == "upL" else 1
        arm(side, ax + side * 8 * s, top - 8 * s)
    elif arms == "sign" and sign_text:
        sw = max(10, round(len(sign_text) * 4.6 * s) + 4)
        sh = max(6, round(11 * s))
        sy0 = top - round(10 * s) - sh
        arm(-1, ax - sw / 2 + 2, sy0 + sh - 1)
        arm(1, ax + sw / 2 - 2, sy0 + sh - 1)
        board = pygame.Rect(0, 0, sw, sh)
        board.midtop = (ax, sy0)
        pygame.draw.rect(surf, (236, 232, 220), board)
        pygame.draw.rect(surf, (150, 146, 138), board, 1)
        text = _font(max(8, round(13 * s))).render(sign_text, False, (190, 28, 36))
        if text.get_width() > sw - 2:
            text = pygame.transform.scale(text, (sw - 2, text.get_height()))
        surf.blit(text, text.get_rect(center=board.center))

    # torso: rounded shoulders, lit from above
    body = pygame.Rect(ax - half, shoulder_y, half * 2, ay - shoulder_y + 2)
    radius = max(1, round(3.5 * s))
    pygame.draw.rect(surf, dark_shirt, body, border_top_left_radius=radius, border_top_right_radius=radius)
    inner = body.inflate(-max(2, round(2 * s)), 0)
    inner.top += 1
    pygame.draw.rect(surf, shirt, inner, border_top_left_radius=radius, border_top_right_radius=radius)
    if s > 0.6:
        pygame.draw.line(surf, lit_shirt, (body.left + radius, shoulder_y), (body.right - radius - 1, shoulder_y))
    # collar or scarf
    pygame.draw.line(surf, look.trim, (ax - max(1, round(2 * s)), shoulder_y + 1),
                     (ax + max(1, round(2 * s)), shoulder_y + 1), max(1, round(1.5 * s)))
    if look.hair_style == "hood":
        pygame.draw.ellipse(surf, _shade(shirt, 0.85), (ax - head_r - 2, head_y - head_r - 2, head_r * 2 + 4,
                                                          head_r * 2 + 5))

    # head
    hx, hy = ax, head_y
    if look.hair_style == "long":
        pygame.draw.ellipse(surf, look.hair, (hx - head_r - 1, hy - head_r, head_r * 2 + 2, head_r * 2 + round(3 * s)))
    if look.hair_style == "afro":
        pygame.draw.circle(surf, look.hair, (hx, hy - 1), head_r + max(1, round(1.6 * s)))
    pygame.draw.circle(surf, look.skin, (hx, hy), head_r)
    pygame.draw.circle(surf, _shade(look.skin, 0.82), (hx + max(1, head_r // 2), hy + 1), max(1, head_r - 1),
                       draw_top_left=False, draw_bottom_left=False, draw_top_right=False, draw_bottom_right=True)
    cap_rect = pygame.Rect(hx - head_r, hy - head_r, head_r * 2, head_r * 2)
    if look.hair_style in ("short", "long"):
        pygame.draw.ellipse(surf, look.hair, (cap_rect.left, cap_rect.top - 1, cap_rect.width, head_r + 1))
    elif look.hair_style == "bald":
        pygame.draw.line(surf, _mix(look.skin, (255, 255, 255), 0.35), (hx - 1, hy - head_r + 1), (hx, hy - head_r + 1))
    elif look.hair_style == "cap":
        pygame.draw.ellipse(surf, look.hat, (cap_rect.left, cap_rect.top - 1, cap_rect.width, head_r + 2))
        pygame.draw.line(surf, _shade(look.hat, 0.6), (hx - head_r, hy - 1), (hx + head_r + 1, hy - 1))
    elif look.hair_style == "beanie":
        pygame.draw.rect(surf, look.hat, (cap_rect.left, cap_rect.top - 1, cap_rect.width, head_r + 1),
                         border_top_left_radius=head_r, border_top_right_radius=head_r)
        pygame.draw.line(surf, _mix(look.hat, (255, 255, 255), 0.3), (hx - head_r, hy - 1), (hx + head_r - 1, hy - 1))
    elif look.hair_style == "hood":
        pygame.draw.ellipse(surf, shirt, (cap_rect.left - 1, cap_rect.top - 2, cap_rect.width + 2, head_r + 2))
    if s >= 0.75:
        eye = _shade(look.skin, 0.35)
        surf.set_at((hx - max(1, head_r // 2), hy + 1), eye)
        surf.set_at((hx + max(1, head_r // 2) - 1, hy + 1), eye)
        if arms in ("up2", "sign") or (arms in ("upL", "upR")):
            pygame.draw.line(surf, _shade(look.skin, 0.3), (hx - 1, hy + head_r // 2 + 1), (hx, hy + head_r // 2 + 1))

    if arms == "clap":
        cy = hy + head_r + max(1, round(1 * s))
        for side in (-1, 1):
            sx, sy = ax + side * (half - 1), shoulder_y + max(1, round(2 * s))
            pygame.draw.line(surf, shirt, (sx, sy), (ax + side * 1.5 * s, cy + 1), arm_w)
        pygame.draw.circle(surf, look.skin, (ax, cy), hand_r + (1 if s > 0.7 else 0))
    return surf, ax, ay


class _Crowd:
    """The people in the stands, and their pre-rendered animation loops per excitement level."""

    def __init__(self, people: list[Person], looks: list[Look]) -> None:
        self.people = people
        self.looks = looks
        self._sprites: dict[tuple[int, int, str, bool, int], tuple[pygame.Surface, int, int]] = {}

    def sprite(self, p: Person, arms: str, standing: bool) -> tuple[pygame.Surface, int, int]:
        q = round(p.scale * 12)
        key = (q, p.look, arms, standing, p.sign if arms == "sign" else -1)
        got = self._sprites.get(key)
        if got is None:
            text = SIGN_TEXTS[p.sign] if arms == "sign" and p.sign >= 0 else ""
            got = _draw_person(self.looks[p.look], q / 12, arms, standing, text)
            self._sprites[key] = got
        return got

    @staticmethod
    def poses(p: Person, level: int) -> list[tuple[str, bool, int, int]]:
        """(arms, standing, dx, dy) for a person at an excitement level, for each frame of the loop."""
        v = level / (LEVELS - 1)
        act = v * (0.45 + p.energy)
        standing = level > 0 and act > 0.62
        one_arm = "upR" if p.hand > 0 else "upL"
        amp = v * 3.2 * (0.5 + 0.5 * p.energy) + (0.6 if standing else 0.0)
        out = []
        for frame in range(FRAMES):
            c = (frame / FRAMES * p.tempo + p.phase) % 1.0
            wave = 0.5 - 0.5 * math.cos(2 * math.pi * c)
            if level == 0:
                # a calm crowd still lives: leaning over to talk, shifting in the seat, the odd clap
                dx = (1 if c < 0.5 else 0) if p.energy > 0.72 else 0
                dy = -round(wave) if p.energy > 0.86 else 0
                out.append(("clap" if p.energy > 0.965 and c < 0.5 else "none", False, dx, dy))
                continue
            if p.sign >= 0 and level >= 2:
                out.append(("sign", True, 0, -round(wave * 2 * v)))
                continue
            if act > 1.05:
                arms = "up2" if c < 0.72 else one_arm
            elif act > 0.8:
                arms = one_arm if c < 0.6 else "none"
            elif act > 0.45:
                arms = "clap" if c < 0.5 else "none"
            else:
                arms = "none"
            out.append((arms, standing, 0, -round(amp * wave)))
        return out

    def render_level(self, background: pygame.Surface, level: int, oy: int) -> Iterator[pygame.Surface]:
        """The loop of FRAMES frames at one excitement level: everyone in his pose, back rows first, over a copy of
        `background` (whose top is at screen y `oy`)."""
        jobs: list[list[tuple[pygame.Surface, tuple[int, int]]]] = [[] for _ in range(FRAMES)]
        for p in self.people:
            sprites: dict[tuple[str, bool], tuple[pygame.Surface, int, int]] = {}
            for frame, (arms, standing, dx, dy) in enumerate(self.poses(p, level)):
                got = sprites.get((arms, standing))
                if got is None:
                    got = sprites[(arms, standing)] = self.sprite(p, arms, standing)
                surf, ax, ay = got
                jobs[frame].append((surf, (p.x - ax + dx, p.base - ay + dy - oy)))
        for frame_jobs in jobs:
            target = background.copy()
            target.blits(frame_jobs, doreturn=False)
            yield target


# ---------------------------------------------------------------------------------------------- the arena


@dataclass(frozen=True)
class _Section:
    """One block of seats between two aisles, with its own pre-rendered frames[level][frame] (each its own surface,
    an odd number of pixels wide: same-alignment row copies hit a slow memcpy path on some machines)."""

    rect: pygame.Rect        # on screen
    offset: float            # dithers the level this section picks at a given excitement
    phase: int               # frame offset, so sections do not move in lockstep
    frames: tuple[tuple[pygame.Surface, ...], ...]


@dataclass(frozen=True)
class _FlashSlot:
    period: int
    phase: int
    threshold: float         # the excitement from which this photographer is shooting
    spots: tuple[tuple[int, int], ...]


class Arena:
    """The arena around the ring. `draw_back` before the fighters, `draw_front` after them."""

    FLASH_TICKS = 4

    def __init__(self, left_rope_px: int = 70, right_rope_px: int = 570, floor_y: int = 300, seed: int = 0,
                 size: tuple[int, int] = (640, 360), spec: ArenaSpec | None = None) -> None:
        """`spec` is the arena of levels/arenas/ it shows (its name and city on the apron and the ribbon board, its
        banner on the canvas, how full the house is); None: a house with no name."""
        self.seed = seed
        self.size = size
        self.ring = RingGeometry(left_rope_px, right_rope_px, floor_y)
        self.spec = spec
        self._build()

    @property
    def ribbon_words(self) -> list[str]:
        """What the LED ribbon board between the decks says, in turn."""
        where = [self.spec.city.upper(), self.spec.name.upper()] if self.spec is not None else []
        return [*where, "FIGHT NIGHT", self.banner, "STILL STANDING"]

    @property
    def apron_words(self) -> list[str]:
        """What the apron skirt under the near ropes says."""
        if self.spec is None:
            return ["FIGHT NIGHT", self.banner, "FIGHT NIGHT"]
        return [self.spec.name.upper(), self.spec.city.upper(), self.spec.name.upper()]

    @property
    def banner(self) -> str:
        return self.spec.banner.upper() if self.spec is not None else LOGO

    @property
    def empty_seat_share(self) -> float:
        full = self.spec.crowd_percent / 100 if self.spec is not None else 1.0
        return 1.0 - full * (1.0 - BEER_RUN)

    def _build(self) -> None:
        seed, size, g = self.seed, self.size, self.ring
        rng = random.Random(seed)
        w, h = size

        # vertical layout of the stands
        self.upper_top = 46
        self.fascia = pygame.Rect(0, 103, w, 13)
        self.ribbon_rect = pygame.Rect(0, 106, w, 8)
        self.lower_top = self.fascia.bottom
        self.canvas_far_y = round(g.y(-CANVAS_DEPTH))
        self.crowd_bottom = min(h, round(g.y(CANVAS_DEPTH)) + 2)
        self.band_top = self.upper_top - 14
        self.band = pygame.Rect(0, self.band_top, w, self.crowd_bottom - self.band_top)

        light, haze = self._light_maps()
        stands = self._paint_stands()
        self._upper_aisles = [-20, 70, 196, 320, 444, 570, w + 20]
        self._lower_aisles = [-20, 96, 232, 408, 544, w + 20]
        self._paint_aisles(stands)
        emissive = self._paint_emissive()

        static = stands.copy()
        static.blit(light, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        static.blit(haze, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        static.blit(emissive, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        self._paint_rig(static)
        self._static = static

        looks = [_make_look(rng) for _ in range(48)]
        crowd = _Crowd(self._seat_people(rng, looks), looks)
        self.crowd_size = len(crowd.people)
        band = self.band
        background = stands.subsurface(band).copy()
        rects = self._section_rects()
        cuts: list[list[list[pygame.Surface]]] = [[[] for _ in range(LEVELS)] for _ in rects]
        for level in range(LEVELS):
            # one frame at a time, cut into the sections' pieces at once: keeps the peak memory down
            for surf in crowd.render_level(background, level, band.top):
                surf.blit(light, (0, 0), band, special_flags=pygame.BLEND_RGB_MULT)
                surf.blit(haze, (0, 0), band, special_flags=pygame.BLEND_RGB_ADD)
                surf.blit(emissive, (0, 0), band, special_flags=pygame.BLEND_RGB_ADD)
                for rect, pieces in zip(rects, cuts, strict=True):
                    pieces[level].append(surf.subsurface(rect.move(0, -band.top)).copy())
        self._sections = [_Section(rect, rng.random() * 0.98, rng.randrange(FRAMES),
                                   tuple(tuple(frames) for frames in pieces))
                          for rect, pieces in zip(rects, cuts, strict=True)]
        # the parts of the static layer the crowd sections do not cover, cut to odd widths (see _Section)
        self._static_pieces = []
        for top, bottom in ((0, band.top), (self.fascia.top, self.fascia.bottom), (band.bottom, h)):
            if bottom > top:
                half = w // 2 | 1
                self._static_pieces += [pygame.Rect(0, top, half, bottom - top),
                                        pygame.Rect(half, top, w - half, bottom - top)]

        self._ribbon = self._paint_ribbon()
        self._flash_sprites = [self._flash_sprite(r) for r in (7, 5, 4, 2)]
        self._flash_slots = self._make_flash_slots(rng)

        ring_layer = pygame.Surface(size, pygame.SRCALPHA)
        self._paint_ring(ring_layer, rng)
        ring_layer.blit(haze, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        self._ring_rect = ring_layer.get_bounding_rect()
        self._ring_layer = ring_layer.subsurface(self._ring_rect).copy()

        front = pygame.Surface(size, pygame.SRCALPHA)
        self._paint_front(front)
        self._front_rect = front.get_bounding_rect()
        self._front = front.subsurface(self._front_rect).copy()

    # ------------------------------------------------------------------------------------------ drawing

    def level_for(self, excitement: float, offset: float) -> int:
        e = max(0.0, min(1.0, excitement))
        return min(LEVELS - 1, int(e * (LEVELS - 1) + offset))

    def draw_back(self, surface: pygame.Surface, tick: int, excitement: float,
                  offset: tuple[int, int] = (0, 0)) -> None:
        """Everything behind the fighters. `offset` shifts the whole arena (camera shake)."""
        ox, oy = offset
        if ox or oy:
            surface.fill((6, 6, 10))
        surface.blits([(self._static, (r.x + ox, r.y + oy), r) for r in self._static_pieces], doreturn=False)
        jobs = []
        for sec in self._sections:
            level = self.level_for(excitement, sec.offset)
            frame = (tick // HOLD_TICKS[level] + sec.phase) % FRAMES
            jobs.append((sec.frames[level][frame], (sec.rect.x + ox, sec.rect.y + oy)))
        surface.blits(jobs, doreturn=False)
        self._draw_ribbon(surface, tick, ox, oy)
        self._draw_flashes(surface, tick, excitement, ox, oy)
        surface.blit(self._ring_layer, (self._ring_rect.x + ox, self._ring_rect.y + oy))

    def draw_front(self, surface: pygame.Surface, tick: int, offset: tuple[int, int] = (0, 0)) -> None:
        """The near ropes and posts, over the fighters' legs and waists."""
        surface.blit(self._front, (self._front_rect.x + offset[0], self._front_rect.y + offset[1]))

    def flashes_at(self, tick: int, excitement: float) -> list[tuple[int, int, int]]:
        """The camera flashes lit on this tick: (x, y, age)."""
        out = []
        for slot in self._flash_slots:
            if slot.threshold > excitement:
                continue
            t = tick + slot.phase
            age = t % slot.period
            if age < self.FLASH_TICKS:
                x, y = slot.spots[(t // slot.period) % len(slot.spots)]
                out.append((x, y, age))
        return out

    def _draw_flashes(self, surface: pygame.Surface, tick: int, excitement: float, ox: int, oy: int) -> None:
        for x, y, age in self.flashes_at(tick, excitement):
            sprite = self._flash_sprites[age]
            r = sprite.get_width() // 2
            surface.blit(sprite, (x - r + ox, y - r + oy), special_flags=pygame.BLEND_RGB_ADD)

    def _draw_ribbon(self, surface: pygame.Surface, tick: int, ox: int, oy: int) -> None:
        tape = self._ribbon
        tw = tape.get_width()
        shift = (tick // 2) % tw
        rect = self.ribbon_rect
        x = -shift
        while x < rect.width:
            surface.blit(tape, (x + ox, rect.y + oy))
            x += tw

    # ------------------------------------------------------------------------------------------ building

    def _light_maps(self) -> tuple[pygame.Surface, pygame.Surface]:
        """(multiply, add): the arena's darkness rising into the roof, and the haze of the rig's light cones."""
        w, h = self.size
        g = self.ring
        lw, lh = 80, 45
        small = pygame.Surface((lw, lh))
        for j in range(lh):
            y = (j + 0.5) * h / lh
            for i in range(lw):
                x = (i + 0.5) * w / lw
                if y < self.upper_top:
                    base = 0.16 + 0.08 * y / self.upper_top
                elif y < self.lower_top:
                    base = 0.22 + 0.1 * (y - self.upper_top) / (self.lower_top - self.upper_top)
                else:
                    t = min(1.0, (y - self.lower_top) / (g.floor_y - self.lower_top))
                    base = 0.3 + 0.36 * t ** 1.3
                spill = math.exp(-(((x - g.center_x) / 260) ** 2) - (((y - g.floor_y) / 160) ** 2))
                edge = 1.0 - 0.3 * (abs(x - w / 2) / (w / 2)) ** 3
                k = min(1.0, base * (0.78 + 0.4 * spill) * edge)
                c = round(255 * k)
                small.set_at((i, j), (c, round(c * 0.97), round(c * 0.92)))
        light = pygame.transform.smoothscale(small, (w, h))

        haze = pygame.Surface((w, h))
        haze.fill((0, 0, 0))
        for lx in self._lamp_xs():
            beam = pygame.Surface((w, h))
            beam.fill((0, 0, 0))
            top_y = 28
            bx = g.center_x + (lx - g.center_x) * 1.15
            bottom_y = g.floor_y + 10
            for row in range(top_y, bottom_y):
                t = (row - top_y) / (bottom_y - top_y)
                cx = lx + (bx - lx) * t
                half = 5 + 58 * t
                k = (1.0 - 0.6 * t) * (0.5 + 0.5 * min(1.0, t * 8))
                for wk, ik in ((1.0, 14), (0.7, 18), (0.4, 24)):
                    c = round(ik * k)
                    hw = half * wk
                    pygame.draw.line(beam, (c, round(c * 0.95), round(c * 0.84)), (cx - hw, row), (cx + hw, row))
            haze.blit(beam, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        haze = _soften(haze, 4)
        return light, haze

    def _lamp_xs(self) -> list[float]:
        g = self.ring
        return [g.center_x + g.half_width * k for k in (-0.64, -0.22, 0.22, 0.64)]

    def _paint_stands(self) -> pygame.Surface:
        w, h = self.size
        surf = pygame.Surface(self.size)
        _gradient_rows(surf, pygame.Rect(0, 0, w, self.upper_top), (10, 10, 18), (30, 28, 40))
        # rafters in the dark
        for i in range(-2, 12):
            x0 = i * 70
            pygame.draw.line(surf, (34, 32, 44), (x0, 0), (x0 + 50, self.upper_top - 8), 2)
            pygame.draw.line(surf, (30, 28, 40), (x0 + 70, 0), (x0 + 20, self.upper_top - 8), 1)
        pygame.draw.line(surf, (44, 42, 56), (0, 4), (w, 4), 2)
        # hanging banners in the rafters, far from the ring's light
        for bx, col in ((22, (120, 24, 32)), (56, (0, 84, 88)), (w - 40, (120, 24, 32)), (w - 74, (30, 50, 110))):
            pygame.draw.polygon(surf, col, [(bx, 2), (bx + 16, 2), (bx + 16, 30), (bx + 8, 36), (bx, 30)])
            pygame.draw.lines(surf, (200, 170, 80), True, [(bx, 2), (bx + 16, 2), (bx + 16, 30), (bx + 8, 36),
                                                           (bx, 30)], 1)
            pygame.draw.rect(surf, (214, 196, 140), (bx + 4, 8, 8, 2))
            pygame.draw.rect(surf, (214, 196, 140), (bx + 5, 14, 6, 10))
        # the stands: tiers of seats, upper deck and lower bowl
        _gradient_rows(surf, pygame.Rect(0, self.upper_top - 4, w, self.fascia.top - self.upper_top + 4),
                       (48, 40, 52), (70, 56, 62))
        _gradient_rows(surf, pygame.Rect(0, self.lower_top, w, h - self.lower_top), (78, 58, 60), (96, 72, 70))
        for y in range(self.upper_top, self.fascia.top, 7):
            pygame.draw.line(surf, (36, 30, 40), (0, y), (w, y))
        y = self.lower_top + 6
        step = 10
        while y < h:
            pygame.draw.line(surf, (58, 42, 46), (0, y), (w, y))
            pygame.draw.line(surf, (112, 84, 80), (0, y + 1), (w, y + 1))
            y += step
            step = min(16, step + 1)
        # the balcony fascia under the upper deck, with a rail and the ribbon board's housing
        f = self.fascia
        pygame.draw.rect(surf, (24, 22, 30), f)
        pygame.draw.line(surf, (120, 110, 120), (0, f.top), (w, f.top))
        pygame.draw.line(surf, (10, 10, 14), (0, f.bottom - 1), (w, f.bottom - 1))
        return surf

    def _paint_aisles(self, surf: pygame.Surface) -> None:
        for xs, top, bottom in ((self._upper_aisles, self.upper_top - 3, self.fascia.top),
                                (self._lower_aisles, self.lower_top, self.crowd_bottom)):
            for x in xs[1:-1]:
                wide = 6 if top > 60 else 4
                pygame.draw.rect(surf, (64, 58, 64), (x - wide // 2, top, wide, bottom - top))
                for y in range(top + 3, bottom, 5 if top < 60 else 7):
                    pygame.draw.line(surf, (92, 86, 90), (x - wide // 2, y), (x + wide // 2 - 1, y))
                pygame.draw.line(surf, (110, 104, 110), (x - wide // 2, top), (x - wide // 2, bottom))

    def _paint_emissive(self) -> pygame.Surface:
        """Lights that shine on their own: aisle step lights, exit signs, the glow over the ribbon board."""
        w = self.size[0]
        surf = pygame.Surface(self.size)
        surf.fill((0, 0, 0))
        for xs, top, bottom, gap in ((self._upper_aisles, self.upper_top, self.fascia.top, 10),
                                     (self._lower_aisles, self.lower_top + 4, self.canvas_far_y - 30, 14)):
            for x in xs[1:-1]:
                for y in range(top + 2, bottom, gap):
                    surf.set_at((x - 1, y), (70, 52, 20))
                    surf.set_at((x + 1, y), (70, 52, 20))
        exit_sign = _glow(5, (40, 200, 90), 1.0)
        for x in (self._upper_aisles[1], self._upper_aisles[-2]):
            surf.blit(exit_sign, (x - 5, self.upper_top - 10), special_flags=pygame.BLEND_RGB_ADD)
            pygame.draw.rect(surf, (60, 220, 110), (x - 3, self.upper_top - 6, 6, 2))
        # the ribbon board throws amber light on the rows right under it
        spill = pygame.Surface((w, 16))
        _gradient_rows(spill, spill.get_rect(), (40, 24, 6), (0, 0, 0))
        surf.blit(spill, (0, self.fascia.bottom), special_flags=pygame.BLEND_RGB_ADD)
        return surf

    def _paint_rig(self, surf: pygame.Surface) -> None:
        """The lighting truss over the ring, its cables and lamps (drawn lit: they are the light)."""
        xs = self._lamp_xs()
        left, right = round(xs[0] - 34), round(xs[-1] + 34)
        top, bottom = 14, 21
        for x in (left + 10, right - 10, (left + right) // 2):
            pygame.draw.line(surf, (40, 40, 50), (x, 0), (x, top), 1)
        pygame.draw.line(surf, (86, 86, 98), (left, top), (right, top), 1)
        pygame.draw.line(surf, (70, 70, 82), (left, bottom), (right, bottom), 1)
        for x in range(left, right, 6):
            pygame.draw.line(surf, (58, 58, 70), (x, top), (x + 3, bottom), 1)
            pygame.draw.line(surf, (58, 58, 70), (x + 3, bottom), (x + 6, top), 1)
        glow = _glow(14, (255, 236, 200), 1.0)
        for lx in xs:
            x = round(lx)
            pygame.draw.line(surf, (60, 60, 70), (x, bottom), (x, bottom + 3), 2)
            pygame.draw.polygon(surf, (28, 28, 34), [(x - 6, bottom + 2), (x + 6, bottom + 2), (x + 5, bottom + 9),
                                                     (x - 5, bottom + 9)])
            pygame.draw.line(surf, (84, 84, 96), (x - 6, bottom + 2), (x + 6, bottom + 2))
            surf.blit(glow, (x - 14, bottom + 10 - 14), special_flags=pygame.BLEND_RGB_ADD)
            pygame.draw.ellipse(surf, (255, 250, 232), (x - 5, bottom + 8, 10, 3))
            pygame.draw.line(surf, (255, 255, 255), (x - 3, bottom + 9), (x + 2, bottom + 9))

    def _seat_people(self, rng: random.Random, looks: list[Look]) -> list[Person]:
        """Fill every row of both decks, back to front, leaving the aisles clear."""
        people: list[Person] = []
        w = self.size[0]
        g = self.ring
        empty = self.empty_seat_share
        rows: list[tuple[int, float, list[int]]] = []
        y, s = self.upper_top + 7, 0.42
        while y < self.fascia.top - 2:
            rows.append((y, s, self._upper_aisles))
            y += 7
            s += 0.025
        y = self.lower_top + 15
        while y <= self.crowd_bottom - 2:
            t = (y - self.lower_top) / (g.floor_y - self.lower_top)
            s = 0.56 + 0.5 * t
            rows.append((y, s, self._lower_aisles))
            y += max(8, round(12.5 * s))
        signs_left = [0, 1, 2, 3, 4, 0]
        for base, s, aisles in rows:
            pitch = 13.5 * s
            for a0, a1 in itertools.pairwise(aisles):
                lo = max(a0 + 4 + 6 * s, -4)
                hi = min(a1 - 4 - 6 * s, w + 4)
                if hi <= lo:
                    continue
                n = max(1, int((hi - lo) / pitch))
                gap = (hi - lo) / n
                for k in range(n):
                    x = lo + gap * (k + 0.5) + rng.uniform(-0.2, 0.2) * gap
                    if self._hidden_by_ring(x, base, s):
                        continue
                    if rng.random() < empty:          # the odd empty seat (a beer run), more in a thin house
                        continue
                    sign = -1
                    if signs_left and 0.7 < s < 1.0 and rng.random() < 0.035:
                        sign = signs_left.pop(0)
                    people.append(Person(round(x), base, s, rng.randrange(len(looks)), rng.random(),
                                         rng.choice((1, 1, 2)), rng.random(), rng.choice((-1, 1)), sign))
        return people

    def _hidden_by_ring(self, x: float, base: int, s: float) -> bool:
        """True for seats entirely behind the canvas (nobody would see them)."""
        head_top = base - 22 * s
        if head_top <= self.canvas_far_y + 2:
            return False
        g = self.ring
        d = (head_top - g.floor_y) / (NEAR_DY if head_top > g.floor_y else FAR_DY)
        d = max(-CANVAS_DEPTH, min(CANVAS_DEPTH, d))
        left, right = g.x(-CANVAS_WIDTH, d), g.x(CANVAS_WIDTH, d)
        return left + 12 * s < x < right - 12 * s

    def _section_rects(self) -> list[pygame.Rect]:
        """The blocks of seats between aisles, on screen, each an odd number of pixels wide (see _Section)."""
        rects = []
        band = self.band
        w = self.size[0]
        for xs, top, bottom in ((self._upper_aisles, band.top, self.fascia.top),
                                (self._lower_aisles, self.fascia.bottom, band.bottom)):
            for a0, a1 in itertools.pairwise(xs):
                rect = pygame.Rect(max(0, a0), top, min(w, a1) - max(0, a0), bottom - top)
                if rect.width % 2 == 0:
                    if rect.right < w:
                        rect.width += 1
                    else:
                        rect.x, rect.width = rect.x - 1, rect.width + 1
                rects.append(rect)
        return rects

    def _make_flash_slots(self, rng: random.Random) -> list[_FlashSlot]:
        slots = []
        for i in range(90):
            spots = []
            for _ in range(8):
                if rng.random() < 0.35:
                    spots.append((rng.randrange(8, self.size[0] - 8), rng.randrange(self.upper_top + 4,
                                                                                      self.fascia.top - 4)))
                else:
                    spots.append((rng.randrange(8, self.size[0] - 8), rng.randrange(self.lower_top + 8,
                                                                                      round(self.ring.post_top(-1)))))
            threshold = 0.0 if i < 5 else rng.uniform(0.05, 1.0)
            slots.append(_FlashSlot(rng.randrange(50, 170), rng.randrange(400), threshold, tuple(spots)))
        return slots

    @staticmethod
    def _flash_sprite(radius: int) -> pygame.Surface:
        surf = _glow(radius, (255, 255, 250), 1.6)
        c = radius
        white = (255, 255, 255)
        pygame.draw.line(surf, white, (c - radius + 1, c), (c + radius - 1, c))
        pygame.draw.line(surf, white, (c, c - radius + 1), (c, c + radius - 1))
        pygame.draw.circle(surf, white, (c, c), max(1, radius // 3))
        return surf

    def _paint_ribbon(self) -> pygame.Surface:
        """The LED ribbon board: amber dot-matrix lettering on black, a tape that tiles horizontally."""
        font = _font(11)
        words = _starred_text(font, self.ribbon_words, (255, 178, 48), 18, False, trailing=True)
        h = self.ribbon_rect.height
        tape = pygame.Surface((words.get_width(), h))
        tape.fill((14, 8, 4))
        tape.blit(words, (0, (h - words.get_height()) // 2 + 1))
        # the dot matrix: every other column and row a little dimmer
        dim = pygame.Surface((tape.get_width(), h))
        dim.fill((255, 255, 255))
        for x in range(0, tape.get_width(), 2):
            pygame.draw.line(dim, (150, 150, 150), (x, 0), (x, h))
        for y in range(0, h, 2):
            pygame.draw.line(dim, (170, 170, 170), (0, y), (tape.get_width(), y))
        tape.blit(dim, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        pygame.draw.line(tape, (40, 30, 20), (0, 0), (tape.get_width(), 0))
        return tape

    # -------------------------------------------------------------------------------------- the ring

    def _canvas_poly(self) -> list[tuple[float, float]]:
        g = self.ring
        return [(g.x(-CANVAS_WIDTH, -CANVAS_DEPTH), g.y(-CANVAS_DEPTH)),
                (g.x(CANVAS_WIDTH, -CANVAS_DEPTH), g.y(-CANVAS_DEPTH)),
                (g.x(CANVAS_WIDTH, CANVAS_DEPTH), g.y(CANVAS_DEPTH)),
                (g.x(-CANVAS_WIDTH, CANVAS_DEPTH), g.y(CANVAS_DEPTH))]

    def _paint_ring(self, surf: pygame.Surface, rng: random.Random) -> None:
        w, h = self.size
        g = self.ring
        poly = self._canvas_poly()
        near_y = round(poly[2][1])

        # ringside: the barrier and the press row beside the apron, then the apron skirt itself
        pygame.draw.rect(surf, (20, 18, 24), (0, near_y, w, h - near_y))
        pygame.draw.line(surf, (70, 64, 72), (0, near_y), (w, near_y))
        skirt = pygame.Rect(round(poly[3][0]), near_y, round(poly[2][0] - poly[3][0]), h - near_y)
        _gradient_rows(surf, skirt, (34, 44, 92), (14, 18, 40))
        pygame.draw.line(surf, (196, 34, 40), (skirt.left, near_y + 2), (skirt.right - 1, near_y + 2), 2)
        pygame.draw.line(surf, (226, 224, 216), (skirt.left, near_y + 4), (skirt.right - 1, near_y + 4), 1)
        label = _starred_text(_font(14), self.apron_words, (220, 214, 200), 22, True)
        surf.blit(label, label.get_rect(midtop=(skirt.centerx, near_y + 8)))

        # the press row behind the far ropes: a dark draped table with laptop glows, reporters' heads above it
        far_y = round(poly[0][1])
        press = pygame.Rect(round(poly[0][0]) - 24, far_y - 7, round(poly[1][0] - poly[0][0]) + 48, 7)
        _gradient_rows(surf, press, (34, 32, 40), (14, 12, 18))
        pygame.draw.line(surf, (90, 86, 96), press.topleft, press.topright)
        for _ in range(14):
            x = rng.randrange(press.left + 4, press.right - 8)
            pygame.draw.rect(surf, (120, 150, 190), (x, press.top - 2, 4, 2))
            pygame.draw.line(surf, (60, 70, 90), (x, press.top), (x + 3, press.top))
        pygame.draw.line(surf, (8, 10, 20), (skirt.left, skirt.top), (skirt.left, h), 1)
        pygame.draw.line(surf, (8, 10, 20), (skirt.right - 1, skirt.top), (skirt.right - 1, h), 1)

        # the canvas: warm off-white, scuffed, darker toward its edges, with the painted logo in the middle
        canvas = pygame.Surface(self.size, pygame.SRCALPHA)
        pygame.draw.polygon(canvas, (222, 220, 212, 255), poly)
        bounds = pygame.Rect(round(poly[3][0]), round(poly[0][1]), round(poly[2][0] - poly[3][0]),
                             round(poly[2][1] - poly[0][1]) + 1)
        for _ in range(900):
            px = round(rng.uniform(bounds.left, bounds.right - 1))
            py = round(rng.uniform(bounds.top, bounds.bottom - 1))
            k = rng.uniform(0.86, 0.96)
            if canvas.get_at((px, py)).a:
                canvas.set_at((px, py), (*_shade((222, 220, 212), k), 255))
        for _ in range(26):
            fx, fy = rng.uniform(bounds.left + 30, bounds.right - 30), rng.uniform(bounds.top + 4, bounds.bottom - 4)
            sw = rng.uniform(6, 22)
            pygame.draw.ellipse(canvas, (200, 198, 190, 255), (fx, fy, sw, max(1.0, sw * 0.18)))
        self._paint_logo(canvas, g)
        # light pools under the rig's lamps, then darken toward the edges
        pools = pygame.Surface(self.size)
        pools.fill((0, 0, 0))
        for lx in self._lamp_xs():
            pool_x = g.center_x + (lx - g.center_x) * 1.15
            for k in range(6, 0, -1):
                c = round(5 + 4 * (6 - k))
                pygame.draw.ellipse(pools, (c, c, round(c * 0.85)),
                                    (pool_x - 13 * k, g.floor_y - 4 * k, 26 * k, 8 * k))
        pools = _soften(pools, 4)
        canvas.blit(pools, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        edge_dark = pygame.Surface(self.size)
        edge_dark.fill((255, 255, 255))
        for i in range(12):
            k = 150 + i * 9
            pygame.draw.polygon(edge_dark, (k, k, k), [(poly[0][0] + i * 2.4, poly[0][1]), (poly[1][0] - i * 2.4,
                                                                                            poly[1][1]),
                                                       (poly[2][0] - i * 3.5, poly[2][1]),
                                                       (poly[3][0] + i * 3.5, poly[3][1])], 0)
        edge_dark = _soften(edge_dark, 4)
        canvas.blit(edge_dark, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        surf.blit(canvas, (0, 0))
        # the apron's padded lip at the near edge, the far edge's shadow line
        pygame.draw.line(surf, (236, 234, 228), poly[3], poly[2], 2)
        pygame.draw.line(surf, (120, 118, 116), (poly[3][0], poly[3][1] + 2), (poly[2][0], poly[2][1] + 2), 1)
        pygame.draw.line(surf, (150, 148, 142), poly[0], poly[1], 1)

        # the far posts, the back ropes and the far halves of the side ropes
        self._post(surf, -1, -1, NEUTRAL_CORNER, 255)
        self._post(surf, 1, -1, BLUE_CORNER, 255)
        self._ropes(surf, back=True)

    def _paint_logo(self, canvas: pygame.Surface, g: RingGeometry) -> None:
        """The arena's banner (the game's name unless it names another), painted on the canvas: an emblem laid flat
        and seen from the side, its last word big under the others."""
        size = 220
        art = pygame.Surface((size * 2, size), pygame.SRCALPHA)
        cx, cy = size, size // 2
        pygame.draw.ellipse(art, (120, 18, 26, 255), (cx - 200, cy - 92, 400, 184))
        pygame.draw.ellipse(art, (226, 176, 58, 255), (cx - 200, cy - 92, 400, 184), 8)
        pygame.draw.ellipse(art, (246, 240, 226, 255), (cx - 184, cy - 78, 368, 156), 3)
        big = _font(100)
        small = _font(52)
        top, _, last = self.banner.rpartition(" ")
        for text, font, y, col in ((top, small, cy - 46, (246, 240, 226)), (last, big, cy + 12, (246, 240, 226))):
            if not text:
                continue
            shadow = _fit(font.render(text, True, (50, 8, 12)), 330)
            word = _fit(font.render(text, True, col), 330)
            art.blit(shadow, shadow.get_rect(center=(cx + 4, y + 4)))
            art.blit(word, word.get_rect(center=(cx, y)))
        for side in (-1, 1):
            _star(art, (cx + side * 150, cy), 18, (226, 176, 58))
        flat = pygame.transform.smoothscale(art, (round(180 * 1.0), round(180 * 0.5 * 0.36)))
        flat.set_alpha(215)
        rect = flat.get_rect(center=(round(g.center_x), round(g.y(0.05))))
        canvas.blit(flat, rect)

    def _post(self, surf: pygame.Surface, u: int, d: int, corner: Color, alpha: int) -> None:
        g = self.ring
        s = g.scale(d)
        x = g.x(u * 1.0, d)
        base = g.y(d)
        top = g.post_top(d)
        pw = max(3, round(5 * s))
        steel, lit, dark = (84, 86, 96), (168, 172, 184), (40, 40, 48)
        post = pygame.Rect(round(x - pw / 2), round(top), pw, round(base - top))
        pygame.draw.rect(surf, (*steel, alpha), post)
        pygame.draw.line(surf, (*lit, alpha), (post.left + 1, post.top), (post.left + 1, post.bottom - 1))
        pygame.draw.line(surf, (*dark, alpha), (post.right - 1, post.top), (post.right - 1, post.bottom - 1))
        pygame.draw.ellipse(surf, (*dark, alpha), (post.left - 1, post.bottom - 2, pw + 2, 3))
        # the corner pad, wrapped around the turnbuckles
        padw = round(11 * s)
        pad_top = g.rope_y(2, d) - 6 * s
        pad_bottom = g.rope_y(0, d) + 5 * s
        pad = pygame.Rect(round(x - padw / 2), round(pad_top), padw, round(pad_bottom - pad_top))
        r = max(2, round(3 * s))
        pygame.draw.rect(surf, (*_shade(corner, 0.62), alpha), pad, border_radius=r)
        inner = pad.inflate(-2, -2)
        inner.width -= 1
        pygame.draw.rect(surf, (*corner, alpha), inner, border_radius=r)
        pygame.draw.line(surf, (*_mix(corner, (255, 255, 255), 0.5), alpha), (inner.left + 1, inner.top + 2),
                         (inner.left + 1, inner.bottom - 3), max(1, round(1.2 * s)))
        for level in range(3):
            yy = round(g.rope_y(level, d) + 3 * s)
            pygame.draw.line(surf, (*_shade(corner, 0.55), alpha), (pad.left + 1, yy), (pad.right - 2, yy))
        pygame.draw.line(surf, (*_shade(corner, 0.5), alpha), (pad.left + 2, pad.bottom), (pad.right - 2, pad.bottom))

    def _ropes(self, surf: pygame.Surface, back: bool) -> None:
        """Back ropes and the far halves of the side ropes, or the near ropes and the near halves."""
        g = self.ring
        alpha = 255 if back else 205
        thick = 2 if back else 3
        d_end = -1 if back else 1
        for level, color in enumerate(ROPE_COLORS):
            # the rope along the far (or near) side, post to post, sagging a little
            s = g.scale(d_end)
            p0 = (g.x(-1, d_end) + 5 * s, g.rope_y(level, d_end))
            p1 = (g.x(1, d_end) - 5 * s, g.rope_y(level, d_end))
            _rope(surf, _sag(p0, p1, 3.0 + level * 0.5, 32), color, thick, alpha)
            # the side ropes, from the far post to the near post, split at the fighters' line
            for u in (-1, 1):
                a = (g.x(u, d_end), g.rope_y(level, d_end))
                m = (g.x(u, 0), g.rope_y(level, 0) + 1.2)
                _rope(surf, _sag(a, m, 0.6, 6), color, 2, alpha)
        # tape spacers tying the far ropes together (none on the near side: they would cross the fighters)
        for t in (0.34, 0.66) if back else ():
            x = g.x(-1 + 2 * t, d_end)
            top = g.rope_y(2, d_end) + 3.5
            bottom = g.rope_y(0, d_end) + 3.5
            # muted, so the two ties read as tape on the far ropes and not as a frame around the fighters
            pygame.draw.line(surf, (120, 116, 112, alpha), (x, top), (x, bottom), 1)

    def _paint_front(self, surf: pygame.Surface) -> None:
        self._ropes(surf, back=False)
        self._post(surf, -1, 1, RED_CORNER, 255)
        self._post(surf, 1, 1, NEUTRAL_CORNER, 255)
