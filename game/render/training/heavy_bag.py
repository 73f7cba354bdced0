"""The heavy bag on screen: the dim gym on a winter morning, the bag swinging on its chain at the physics' angle and
denting where it was just hit, dust off the leather, Vito throwing his punches in the fight's own poses, a damage
meter and the combination multiplier.

View-only: everything here reads the simulation (the bag's body, the punch and its frame, the last hit) and keeps
its own state only for effects (the dent relaxing, dust, snow, breath), which never feeds back. The backdrop is
painted once; a frame is a few blits, a rotated bag, the chain and the figure.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import pygame

from game.render.fighter import Outfit, draw_figure
from game.render.pose import sample
from game.render.pose_rig import make_build, pose_rig
from game.render.text import DARK, GOLD, GREY, WHITE, draw_text, panel
from game.sim.events import Event
from game.sim.training import heavy_bag as hb

if TYPE_CHECKING:
    from game.app import App

Color = tuple[int, int, int]

ZOOM = 1.9  # screen pixels per fighter pixel: the gym is seen closer than the ring
FIGHTER_X = 232  # Vito's centre line on screen
FLOOR_Y = 326  # the boards he stands on
WALL_FOOT = 292  # where the brick wall meets the floor
SUIT = Outfit(suit=(104, 106, 112), hands="gloves")  # a grey sweatsuit, gloves on
LEATHER = (104, 32, 28)
_REAR_HAND = frozenset({"straight", "uppercut", "body_straight"})
DENT_FRAMES = 22  # a dent relaxes back over this many frames
WINDOW = pygame.Rect(54, 70, 112, 142)


def to_screen(x: float, y: float) -> tuple[float, float]:
    """World (fighter pixels, y up from the floor) to the 640x360 screen."""
    return FIGHTER_X + x * ZOOM, FLOOR_Y - y * ZOOM


def _mix(a: Color, b: Color, t: float) -> Color:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: Color, k: float) -> Color:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


# --- the gym, painted once ----------------------------------------------------------------------------------------

def brick_wall(surface: pygame.Surface, rect: pygame.Rect, seed: int, base: Color = (96, 48, 38)) -> None:
    """Staggered bricks with mortar, each a little different, some soot-darkened."""
    rng = random.Random(seed)
    surface.fill((50, 42, 40), rect)
    bw, bh = 26, 11
    for row, y in enumerate(range(rect.top, rect.bottom, bh)):
        off = -(bw // 2) * (row % 2)
        for x in range(rect.left + off, rect.right, bw):
            k = rng.uniform(0.78, 1.12)
            c = _shade(_mix(base, (70, 58, 52), rng.random() * 0.35), k)
            r = pygame.Rect(x + 1, y + 1, bw - 2, bh - 2).clip(rect)
            surface.fill(c, r)
            surface.fill(_shade(c, 1.12), (r.left, r.top, r.width, 1))
            surface.fill(_shade(c, 0.8), (r.left, r.bottom - 1, r.width, 1))


def glow(radius: int, color: Color, strength: float) -> pygame.Surface:
    """A soft round light to add onto a surface (BLEND_RGB_ADD)."""
    g = pygame.Surface((radius * 2, radius * 2))
    steps = 28
    for i in range(steps, 0, -1):
        t = i / steps
        pygame.draw.circle(g, _shade(color, strength * (1 - t) ** 1.6), (radius, radius), max(1, round(radius * t)))
    return g


def light_and_vignette(surface: pygame.Surface, lights: list[tuple[int, int, int, Color, float]],
                       ambient: float) -> None:
    """Multiply the painted scene by ambient light plus pools of light, darker towards the edges."""
    w, h = surface.get_size()
    light = pygame.Surface((w, h))
    a = round(255 * ambient)
    light.fill((a, a, a))
    for x, y, radius, color, strength in lights:
        light.blit(glow(radius, color, strength), (x - radius, y - radius), special_flags=pygame.BLEND_RGB_ADD)
    edge = pygame.Surface((w, h))
    edge.fill((255, 255, 255))
    for i in range(24):
        k = 255 - (24 - i) * 4
        pygame.draw.rect(edge, (k, k, k), (i * 3, i * 2, w - i * 6, h - i * 4), 3)
    light.blit(edge, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    surface.blit(light, (0, 0), special_flags=pygame.BLEND_RGB_MULT)


def winter_window(surface: pygame.Surface, rect: pygame.Rect, seed: int) -> None:
    """A steel-framed factory window: pale winter sky, snowy roofs across the street, frost on the panes."""
    rng = random.Random(seed)
    surface.fill((34, 34, 38), rect.inflate(10, 10))
    for y in range(rect.top, rect.bottom):
        t = (y - rect.top) / rect.height
        surface.fill(_mix((214, 224, 236), (168, 186, 206), t), (rect.left, y, rect.width, 1))
    x = rect.left
    while x < rect.right:  # the buildings across the street, snow on every roof
        bw = rng.randint(16, 34)
        top = rect.top + rng.randint(48, 86)
        body = pygame.Rect(x, top, bw, rect.bottom - top).clip(rect)
        surface.fill(_mix((132, 142, 160), (104, 112, 130), rng.random()), body)
        surface.fill((236, 240, 246), (body.left, body.top, body.width, 3))
        for wy in range(top + 8, rect.bottom - 6, 10):
            for wx in range(x + 3, x + bw - 4, 7):
                if rng.random() < 0.5 and rect.collidepoint(wx, wy):
                    surface.fill((196, 176, 120) if rng.random() < 0.2 else (86, 94, 110), (wx, wy, 3, 4))
        x += bw + rng.randint(0, 4)
    frost = pygame.Surface(rect.size, pygame.SRCALPHA)
    cols, rows = 3, 4
    pw, ph = rect.width / cols, rect.height / rows
    for i in range(cols):
        for j in range(rows):
            cx, cy = i * pw, j * ph
            for corner in ((cx, cy + ph), (cx + pw, cy + ph)):
                for _ in range(6):
                    r = rng.randint(3, 9)
                    pygame.draw.circle(frost, (240, 246, 252, rng.randint(40, 90)),
                                       (corner[0] + rng.randint(-6, 6), corner[1] - rng.randint(0, 8)), r)
    surface.blit(frost, rect)
    for i in range(1, cols):
        surface.fill((40, 40, 46), (round(rect.left + i * pw) - 2, rect.top, 4, rect.height))
    for j in range(1, rows):
        surface.fill((40, 40, 46), (rect.left, round(rect.top + j * ph) - 2, rect.width, 4))
    pygame.draw.rect(surface, (28, 28, 32), rect.inflate(10, 10), 5)
    sill = pygame.Rect(rect.left - 10, rect.bottom + 5, rect.width + 20, 7)
    surface.fill((92, 78, 62), sill)
    surface.fill((124, 108, 86), (sill.left, sill.top, sill.width, 2))


def _poster(surface: pygame.Surface, rect: pygame.Rect, fonts_get: pygame.font.Font, title: str,
            header: Color, seed: int) -> None:
    """An old fight poster: yellowed paper, a coloured header, two fighters squared up, the bill in small type."""
    rng = random.Random(seed)
    paper = (196, 180, 142)
    surface.fill(_shade(paper, 0.6), rect.move(2, 2))
    surface.fill(paper, rect)
    surface.fill(header, (rect.left + 3, rect.top + 3, rect.width - 6, 14))
    text = fonts_get.render(title, True, (236, 226, 200))
    surface.blit(text, text.get_rect(center=(rect.centerx, rect.top + 10)))
    mid = rect.top + 20 + (rect.height - 40) // 2
    for side in (-1, 1):  # two silhouettes, gloves up
        cx = rect.centerx + side * rect.width // 5
        body = (52, 40, 34)
        pygame.draw.circle(surface, body, (cx, mid - 12), 5)
        torso = [(cx - 6, mid - 6), (cx + 6, mid - 6), (cx + 4, mid + 14), (cx - 4, mid + 14)]
        pygame.draw.polygon(surface, body, torso)
        pygame.draw.circle(surface, header, (cx - side * 8, mid - 6), 4)
        pygame.draw.line(surface, body, (cx - 3, mid + 14), (cx - 5, mid + 26), 3)
        pygame.draw.line(surface, body, (cx + 3, mid + 14), (cx + 5, mid + 26), 3)
    for i in range(3):
        y = rect.bottom - 16 + i * 4
        w = rect.width - 12 - rng.randint(0, 16)
        surface.fill((92, 80, 66), (rect.centerx - w // 2, y, w, 2))
    pygame.draw.polygon(surface, _shade(paper, 0.8), [rect.bottomright, (rect.right - 9, rect.bottom),
                                                        (rect.right, rect.bottom - 9)])  # a curled corner


def _ring_corner(surface: pygame.Surface) -> None:
    """The ring at the back right: its apron, the corner post with padded turnbuckles, three ropes, a towel."""
    top = 258
    surface.fill((38, 46, 74), (452, top, 188, WALL_FOOT - top + 4))
    surface.fill((214, 208, 196), (452, top, 188, 4))
    surface.fill((150, 40, 36), (452, top + 14, 188, 3))
    post = pygame.Rect(464, 150, 10, top - 150)
    for x in range(post.width):
        k = 0.55 + 0.6 * math.sin(math.pi * (x + 1) / (post.width + 1))
        surface.fill(_shade((150, 152, 160), k), (post.left + x, post.top, 1, post.height))
    for i, y in enumerate((172, 200, 228)):
        pts: list[tuple[float, float]] = [(474, y + 2)]
        for k in range(1, 9):
            t = k / 8
            pts.append((474 + 170 * t, y + 2 + 7 * math.sin(math.pi * t)))
        rope = ((206, 52, 44), (236, 232, 222), (56, 84, 164))[i]
        pygame.draw.lines(surface, _shade(rope, 0.55), False, [(x, y + 2) for x, y in pts], 4)
        pygame.draw.lines(surface, rope, False, pts, 3)
        pygame.draw.lines(surface, _shade(rope, 1.3), False, [(x, y - 1) for x, y in pts], 1)
        pad = pygame.Rect(460, y - 5, 18, 13)
        pygame.draw.rect(surface, (122, 30, 28), pad, border_radius=4)
        pygame.draw.rect(surface, (170, 52, 44), pad.inflate(-6, -6), border_radius=2)
    towel = [(520, 170), (548, 172), (546, 204), (540, 200), (532, 206), (522, 198)]
    pygame.draw.polygon(surface, (212, 208, 196), towel)
    pygame.draw.polygon(surface, (150, 146, 138), towel, 1)


def _floor(surface: pygame.Surface) -> None:
    """Worn oak boards, their joints staggered, a scuffed patch where he stands."""
    rng = random.Random(5)
    for i, y in enumerate(range(WALL_FOOT, 360, 8)):
        c = _shade((112, 82, 58), 0.9 + 0.07 * (i % 2) + 0.05 * i)
        surface.fill(c, (0, y, 640, 8))
        surface.fill(_shade(c, 1.15), (0, y + 1, 640, 1))
        surface.fill(_shade(c, 0.62), (0, y, 640, 1))
        x = rng.randint(-80, 0)
        while x < 640:
            x += rng.randint(80, 160)
            surface.fill(_shade(c, 0.6), (x, y, 1, 8))
    scuff = pygame.Surface((180, 30), pygame.SRCALPHA)
    pygame.draw.ellipse(scuff, (190, 160, 120, 36), scuff.get_rect())
    surface.blit(scuff, (FIGHTER_X - 80, FLOOR_Y - 15))
    surface.fill((58, 44, 36), (0, WALL_FOOT - 6, 640, 7))  # the skirting board
    surface.fill((82, 64, 50), (0, WALL_FOOT - 6, 640, 1))


def _ceiling(surface: pygame.Surface, pivot: tuple[float, float]) -> None:
    py = round(pivot[1])
    surface.fill((30, 28, 30), (0, 0, 640, 20))
    pygame.draw.line(surface, (70, 66, 62), (0, 28), (640, 28), 6)  # a heating pipe along the top of the wall
    pygame.draw.line(surface, (112, 104, 96), (0, 26), (640, 26), 1)
    for x in (120, 420):
        surface.fill((60, 56, 54), (x, 23, 6, 11))
    beam = pygame.Rect(0, py - 12, 640, 10)  # the steel I-beam the bag hangs from
    surface.fill((56, 58, 64), beam)
    surface.fill((86, 88, 96), (0, beam.top, 640, 2))
    surface.fill((40, 40, 46), (0, beam.bottom - 3, 640, 3))
    for x in range(10, 640, 48):
        pygame.draw.circle(surface, (92, 94, 102), (x, beam.centery), 1)
    px = round(pivot[0])
    surface.fill((70, 72, 78), (px - 7, beam.bottom - 1, 14, 4))  # the clamp and its eye bolt
    pygame.draw.circle(surface, (120, 122, 130), (px, py), 3, 1)


def _lamp(surface: pygame.Surface, x: int) -> None:
    pygame.draw.line(surface, (20, 20, 22), (x, 0), (x, 38), 2)
    shade = [(x - 20, 54), (x - 7, 38), (x + 7, 38), (x + 20, 54)]
    pygame.draw.polygon(surface, (46, 70, 56), shade)
    pygame.draw.polygon(surface, (80, 110, 90), [(x - 7, 38), (x + 7, 38), (x + 4, 42), (x - 4, 42)])
    pygame.draw.ellipse(surface, (255, 236, 180), (x - 9, 51, 18, 7))


def _props(surface: pygame.Surface) -> None:
    """A bench under the window with a towel, a bucket, a skipping rope on a nail."""
    surface.fill((70, 52, 36), (44, 262, 132, 7))
    surface.fill((96, 74, 52), (44, 262, 132, 2))
    for x in (52, 164):
        surface.fill((50, 38, 28), (x, 269, 6, 24))
    pygame.draw.polygon(surface, (190, 186, 176), [(120, 258), (150, 258), (152, 266), (118, 266)])
    pygame.draw.polygon(surface, (150, 60, 52), [(186, 282), (206, 282), (203, 300), (189, 300)])
    pygame.draw.ellipse(surface, (110, 44, 40), (185, 279, 22, 6))
    pygame.draw.circle(surface, (40, 36, 34), (430, 190), 2)
    pts: list[tuple[float, float]] = [(430, 190)]
    pts += [(430 + 9 * math.sin(t / 3), 192 + t * 2.5) for t in range(1, 26)]
    pygame.draw.lines(surface, (40, 40, 44), False, pts, 2)
    pygame.draw.lines(surface, (40, 40, 44), False, [(430, 190)] + [(437 - 6 * math.sin(t / 4), 192 + t * 2.2)
                                                                    for t in range(1, 28)], 2)
    for end in (pts[-1], (437, 252)):
        surface.fill((150, 40, 34), (round(end[0]) - 2, round(end[1]), 4, 9))


@lru_cache(maxsize=2)
def _backdrop(pivot: tuple[float, float], lamp_x: int) -> pygame.Surface:
    fonts = pygame.font.Font(None, 14)
    fonts.set_bold(True)
    s = pygame.Surface((640, 360))
    brick_wall(s, pygame.Rect(0, 20, 640, WALL_FOOT - 20), 17)
    winter_window(s, WINDOW, 3)
    _poster(s, pygame.Rect(384, 96, 52, 74), fonts, "FIGHT", (150, 40, 36), 1)
    _poster(s, pygame.Rect(186, 96, 40, 52), fonts, "MAIN", (48, 70, 120), 2)
    _ring_corner(s)
    _props(s)
    _floor(s)
    _ceiling(s, pivot)
    _lamp(s, lamp_x)
    light_and_vignette(s, [(lamp_x, 90, 230, (255, 214, 160), 0.75), (WINDOW.centerx, WINDOW.centery, 170,
                                                                       (180, 200, 230), 0.6),
                           (FIGHTER_X + 40, FLOOR_Y, 200, (255, 214, 160), 0.35)], 0.42)
    shaft = pygame.Surface((640, 360), pygame.SRCALPHA)  # winter light falling from the window onto the boards
    pygame.draw.polygon(shaft, (200, 214, 236, 26), [(WINDOW.left, WINDOW.top), (WINDOW.right, WINDOW.top),
                                                     (WINDOW.right + 150, 350), (WINDOW.left + 120, 350)])
    s.blit(shaft, (0, 0))
    return s


# --- the bag ----------------------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _bag_sprite(w: int, h: int) -> pygame.Surface:
    """The bag upright, lit from the upper left: oxblood leather, a cream band, seams, worn where it is hit."""
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    for x in range(w):
        u = (x + 0.5) / w
        k = 0.42 + 0.85 * math.sin(math.pi * u) ** 0.8 * (1.05 - 0.45 * u)
        col = _shade(LEATHER, k)
        s.fill(col, (x, 0, 1, h))
        s.fill(_shade((214, 200, 170), k * 0.92), (x, round(h * 0.16), 1, round(h * 0.09)))
        s.fill(_shade((150, 40, 36), k), (x, round(h * 0.19), 1, 2))
    for frac in (0.45, 0.74):  # stitched seams
        y = round(h * frac)
        s.fill(_shade(LEATHER, 0.5), (0, y, w, 1))
        for x in range(2, w - 2, 3):
            s.fill(_shade(LEATHER, 1.25), (x, y + 1, 1, 1))
    worn = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.ellipse(worn, (230, 200, 180, 26), (0, round(h * 0.26), w // 2, round(h * 0.3)))
    s.blit(worn, (0, 0))
    s.fill((40, 26, 24), (0, 0, w, 3))  # the top cap
    mask = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.rect(mask, (255, 255, 255, 255), (0, 0, w, h), border_radius=max(2, w // 4))
    s.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    return s


@lru_cache(maxsize=512)
def _dot(r: int, color: Color, alpha: int) -> pygame.Surface:
    """A soft round speck (cached by size, colour and a coarse alpha)."""
    dot = pygame.Surface((r * 2, r * 2), pygame.SRCALPHA)
    pygame.draw.circle(dot, (*color, alpha // 2), (r, r), r)
    pygame.draw.circle(dot, (*color, alpha), (r, r), max(1, r * 2 // 3))
    return dot


@dataclass
class Mote:
    """A speck of dust, sweat or breath (view-only)."""

    x: float
    y: float
    vx: float
    vy: float
    life: int
    age: int
    size: float
    color: Color
    alpha: int
    grow: float = 0.0


def _chain(surface: pygame.Surface, a: tuple[float, float], b: tuple[float, float], size: float) -> None:
    """Chain links from a to b: alternately face-on (a ring) and edge-on (a bar), lit on top."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length < 1:
        return
    ux, uy = dx / length, dy / length
    step = size * 1.6
    n = max(1, int(length / step))
    for i in range(n):
        cx = a[0] + ux * step * (i + 0.5)
        cy = a[1] + uy * step * (i + 0.5)
        if i % 2 == 0:
            pygame.draw.circle(surface, (52, 52, 58), (round(cx), round(cy)), round(size), 2)
            pygame.draw.circle(surface, (150, 150, 160), (round(cx - 0.5), round(cy - 0.5)), round(size), 1)
        else:
            h = size * 1.3
            pygame.draw.line(surface, (60, 60, 66), (cx - ux * h, cy - uy * h), (cx + ux * h, cy + uy * h), 3)
            pygame.draw.line(surface, (170, 170, 180), (cx - ux * h, cy - uy * h), (cx + ux * h, cy + uy * h), 1)


class View:
    def __init__(self, app: App, sim: hb.HeavyBag) -> None:
        self.app = app
        self.sim = sim
        self.p = sim.p
        self.look = app.content.looks[self.p.fighter]
        book = app.content.looks.poses
        assert book is not None, "the pose book is loaded with the looks"
        self.book = book
        self.height_px = app.content.fighter(self.p.fighter).height_px
        self.pivot = to_screen(*self.p.pivot_px)
        self.backdrop = _backdrop(self.pivot, FIGHTER_X + 40)
        self.bag_w = round(self.p.bag_width_px * ZOOM)
        self.bag_h = round(self.p.bag_height_px * ZOOM)
        self.sprite = _bag_sprite(self.bag_w, self.bag_h)
        self.rng = random.Random(29)
        self.frame = 0
        self.motes: list[Mote] = []
        self.snow = [(self.rng.uniform(0, WINDOW.width), self.rng.uniform(0, WINDOW.height), self.rng.uniform(0.3, 0.8))
                     for _ in range(40)]
        self.dent_depth = 0.0
        self.dent_along = 0.0
        self.dent_age = DENT_FRAMES
        self.pops: list[tuple[str, Color, float, float, int]] = []  # text, colour, x, y, age
        self.combo_flash = 0
        self.rings: list[tuple[float, float, Color, int]] = []  # impact rings: where, colour, age
        self.tips = {m: self._glove_tip(m) for m in sim.moves}

    def _glove_tip(self, move_id: str) -> float:
        """How far forward of his centre line the punching glove's front is at the punch's full extension (fighter
        pixels), from the pose book: the view steps him in or holds him back so the glove meets the leather."""
        values, _ = sample(self.book.moves[move_id]["active"], 0.0)
        rig = pose_rig(values, make_build(self.look, self.height_px))
        wrist = rig.rear_wrist if move_id in _REAR_HAND else rig.lead_wrist
        return wrist[0] + make_build(self.look, self.height_px).glove_r

    # --- events ------------------------------------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        self.frame += 1
        for e in events:
            if e.kind == "hit":
                self._on_hit(e)
            elif e.kind == "combo":
                self.combo_flash = 16
            elif e.kind == "whiff":
                punch = self.p.punch(e.move)
                x, y = to_screen(punch.reach_px, punch.height_px)
                self.pops.append(("MISS", GREY, x + 8, y - 12, 0))
        self.dent_age += 1
        if self.combo_flash:
            self.combo_flash -= 1
        self._ambient()
        for m in self.motes:
            m.x += m.vx
            m.y += m.vy
            m.vy += 0.02 if m.grow > 0 else 0.12
            m.vx *= 0.94
            m.size += m.grow
            m.age += 1
        self.motes = [m for m in self.motes if m.age < m.life]
        self.pops = [(t, c, x, y - 0.6, a + 1) for t, c, x, y, a in self.pops if a < 40]
        self.rings = [(x, y, c, a + 1) for x, y, c, a in self.rings if a < 7]

    def _on_hit(self, e: Event) -> None:
        hit = self.sim.last_hit
        if hit is None:
            return
        if self.app.audio is not None:
            self.app.audio.play("bag_thud")
        strength = min(1.0, e.value / 160)
        self.dent_depth = 4.0 + 9.0 * strength
        self.dent_along = hit.along
        self.dent_age = 0
        x, y = self._face_point(hit.along)
        for _ in range(5 + round(9 * strength)):  # dust off the leather, blown back towards him
            self.motes.append(Mote(x, y + self.rng.uniform(-6, 6), self.rng.uniform(-1.6, -0.2),
                                   self.rng.uniform(-0.9, 0.5), self.rng.randint(18, 34), 0,
                                   self.rng.uniform(1.5, 3.0), (196, 184, 164), self.rng.randint(60, 110), 0.12))
        if strength > 0.6:  # a big one shakes dust off the beam
            for _ in range(6):
                self.motes.append(Mote(self.pivot[0] + self.rng.uniform(-20, 20), self.pivot[1] + 2,
                                       self.rng.uniform(-0.2, 0.2), self.rng.uniform(0.2, 0.6),
                                       self.rng.randint(40, 70), 0, 1.0, (170, 160, 146), 120, 0.0))
        if self.rng.random() < 0.5:  # sweat off his brow
            hx, hy = to_screen(6, self.height_px - 8)
            self.motes.append(Mote(hx, hy, self.rng.uniform(-1.5, -0.5), self.rng.uniform(-1.8, -0.8), 24, 0,
                                   1.2, (200, 220, 235), 200))
        color = GOLD if e.counter else WHITE
        self.pops.append((f"+{e.value}", color, x - 10, y - 16, 0))
        self.rings.append((x, y, color, 0))

    def _ambient(self) -> None:
        if self.frame % 100 == 40:  # his breath in the cold gym
            mx, my = to_screen(12, self.height_px - 12)
            for i in range(4):
                self.motes.append(Mote(mx + i, my, self.rng.uniform(0.4, 0.9), self.rng.uniform(-0.35, -0.15),
                                       46, -i * 3, 2.0, (220, 226, 234), 46, 0.16))
        self.snow = [(x + math.sin((self.frame + y) * 0.05) * 0.2, (y + v) % WINDOW.height, v)
                     for x, y, v in self.snow]

    # --- geometry ------------------------------------------------------------------------------------------

    def _face_point(self, along: float) -> tuple[float, float]:
        """The screen point on the bag's near face `along` fighter pixels from its centre."""
        b = self.sim.bag_state()
        half = self.p.bag_width_px / 2
        c, s = math.cos(b.angle), math.sin(b.angle)
        return to_screen(b.x - half * c - along * s, b.y - half * s + along * c)

    def _pose(self) -> tuple[tuple[float, ...], str, float]:
        """His pose on this frame from the pose book, its face, and how far into the punch's reach he is (0..1)."""
        s = self.sim
        if not s.move:
            anim = self.book.anims["idle"]
            values, face = sample(anim.keys, (self.frame % anim.frames) / anim.frames)
            return values, face, 0.0
        move = s.moves[s.move]
        phases = self.book.moves[s.move]
        f = max(0, s.frame - 1)  # the frame just simulated
        if f < move.startup:
            tell = min(move.tell_frames, move.startup - 1) if phases["tell"] else 0
            if f < tell:
                values, face = sample(phases["tell"], (f + 1) / tell)
                return values, face, 0.0
            u = (f - tell + 1) / (move.startup - tell)
            values, face = sample(phases["startup"], u)
            return values, face, u * u
        f -= move.startup
        if f < move.active:
            values, face = sample(phases["active"], f / (move.active - 1) if move.active > 1 else 0.0)
            return values, face, 1.0
        f -= move.active
        u = (f + 1) / max(1, move.recovery)
        values, face = sample(phases["recovery"], u)
        return values, face, max(0.0, 1.0 - 2.0 * u)

    def _step_in(self, reach: float) -> float:
        """Screen pixels he leans in (or holds back) so the glove meets the leather where the punch lands."""
        s = self.sim
        if not s.move or reach <= 0:
            return 0.0
        punch = self.p.punch(s.move)
        found = hb.contact(s.bag_state(), self.p, punch)
        target = punch.reach_px if found is None else min(found.x, punch.reach_px)
        shift = max(-6.0, min(punch.reach_px - self.tips[s.move], target - self.tips[s.move]))
        return shift * ZOOM * reach

    # --- drawing -------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self.backdrop, (0, 0))
        self._draw_snow(surface)
        self._draw_bag(surface)
        values, face, reach = self._pose()
        x = round(FIGHTER_X + self._step_in(reach))
        draw_figure(surface, self.look, values, x, FLOOR_Y, 1, face, self.height_px, ZOOM, True, SUIT)
        self._draw_motes(surface)
        for rx, ry, color, age in self.rings:  # the smack: a ring thrown off the contact point
            pygame.draw.circle(surface, color, (round(rx), round(ry)), 5 + age * 3, max(1, 3 - age // 2))
        self._draw_pops(surface)
        self._draw_meter(surface)
        self._draw_combo(surface)

    def _draw_snow(self, surface: pygame.Surface) -> None:
        for x, y, v in self.snow:
            c = 255 if v > 0.6 else 236
            surface.fill((c, c, c), (WINDOW.left + round(x) % WINDOW.width, round(WINDOW.top + y),
                                     1 + (v > 0.7), 1 + (v > 0.7)))

    def _draw_bag(self, surface: pygame.Surface) -> None:
        b = self.sim.bag_state()
        cx, cy = to_screen(b.x, b.y)
        shadow = pygame.Surface((70, 12), pygame.SRCALPHA)
        pygame.draw.ellipse(shadow, (0, 0, 0, 70), shadow.get_rect())
        surface.blit(shadow, (cx - 35, FLOOR_Y - 8))
        # the chain: one from the eye bolt to a swivel, then three to the straps round the bag's top
        s, c = math.sin(b.angle), math.cos(b.angle)
        half_h = self.p.bag_height_px / 2

        def world(lx: float, ly: float) -> tuple[float, float]:
            return to_screen(b.x + lx * c - ly * s, b.y + lx * s + ly * c)

        swivel = world(0, half_h + self.p.chain_px * 0.55)
        _chain(surface, self.pivot, swivel, 2.4)
        for lx in (-self.p.bag_width_px * 0.42, 0.0, self.p.bag_width_px * 0.42):
            _chain(surface, swivel, world(lx, half_h - 1), 1.8)
        pygame.draw.circle(surface, (140, 140, 150), (round(swivel[0]), round(swivel[1])), 4, 2)
        sprite = self._dented()
        turned = pygame.transform.rotate(sprite, math.degrees(b.angle))
        surface.blit(turned, turned.get_rect(center=(round(cx), round(cy))))

    def _dented(self) -> pygame.Surface:
        """The bag with the last punch's dent and creases, relaxing back (with a little wobble) over a few frames."""
        if self.dent_age >= DENT_FRAMES:
            return self.sprite
        t = self.dent_age / DENT_FRAMES
        depth = self.dent_depth * (1 - t) ** 1.5 * (1 + 0.3 * math.cos(self.dent_age * 1.1))
        if depth < 0.8:
            return self.sprite
        s = self.sprite.copy()
        y = self.bag_h / 2 - self.dent_along * ZOOM
        ry = 8 + depth * 1.5
        rx = ry * 0.45
        cut = pygame.Rect(round(depth - 2 * rx), round(y - ry), round(2 * rx), round(2 * ry))
        shade = pygame.Surface((round(depth + rx * 2 + 6), round(ry * 2 + 10)), pygame.SRCALPHA)
        for i in range(4):  # the hollow's far wall, in shadow
            a = 40 + 22 * i
            pygame.draw.ellipse(shade, (24, 6, 6, a), (i * 2, 5 + i * 2, shade.get_width() - i * 4,
                                                       shade.get_height() - 10 - i * 4))
        s.blit(shade, (0, round(y - ry - 5)))
        crease = _shade(LEATHER, 0.3)
        for k in (-1, 1):  # creases running off the dent, the leather bunched above and below
            for j in range(3):
                y0 = y + k * (ry * 0.55 + j * 4)
                y1 = y0 + k * (5 + depth * 1.2 - j)
                pygame.draw.line(s, crease, (depth + 1, y0), (depth * 2.2 + 8 + j * 5, y1), 1)
        pygame.draw.ellipse(s, (0, 0, 0, 0), cut)
        pygame.draw.arc(s, _shade(LEATHER, 1.7), cut.inflate(2, 0), -math.pi / 2.4, math.pi / 2.4, 1)
        return s

    def _draw_motes(self, surface: pygame.Surface) -> None:
        for m in self.motes:
            if m.age < 0:
                continue
            r = max(1, round(m.size))
            dot = _dot(r, m.color, round(m.alpha * (1 - m.age / m.life)) // 8 * 8)
            surface.blit(dot, (round(m.x) - r, round(m.y) - r))

    def _draw_pops(self, surface: pygame.Surface) -> None:
        for text, color, x, y, age in self.pops:
            if age < 34:
                draw_text(surface, self.app.fonts, text, (round(x), round(y)), 18, color, "center", bold=True)

    def _draw_meter(self, surface: pygame.Surface) -> None:
        box = pygame.Rect(120, 332, 400, 24)
        panel(surface, box, 205)
        bar = pygame.Rect(box.left + 74, box.top + 6, 220, 12)
        target = self.p.target_damage
        done = min(self.sim.damage, target)
        surface.fill((36, 20, 20), bar)
        fill = round(bar.width * done / target)
        for y in range(bar.height):
            t = y / (bar.height - 1)
            surface.fill(_mix((240, 132, 70), (150, 40, 30), t), (bar.left, bar.top + y, fill, 1))
        n = len(self.sim.spec.checkpoints)
        for i in range(1, n):
            x = bar.left + bar.width * i // n
            surface.fill(GOLD if done * n >= target * i else GREY, (x, bar.top - 2, 1, bar.height + 4))
        fonts = self.app.fonts
        draw_text(surface, fonts, "DAMAGE", (box.left + 8, box.top + 5), 16, GREY, bold=True)
        draw_text(surface, fonts, f"{done} / {target}", (box.right - 8, box.top + 4), 18, WHITE, "right", bold=True)

    def _draw_combo(self, surface: pygame.Surface) -> None:
        s = self.sim
        box = pygame.Rect(520, 126, 112, 66)
        if s.chain < 2:
            panel(surface, box, 150)
            draw_text(surface, self.app.fonts, "COMBO", (box.centerx, box.top + 6), 16, GREY, "center", bold=True)
            draw_text(surface, self.app.fonts, "x1.00", (box.centerx, box.top + 24), 30, GREY, "center", bold=True)
            return
        panel(surface, box, 200)
        size = 30 + (4 if self.combo_flash > 8 else 0)
        mult = s.multiplier_percent()
        draw_text(surface, self.app.fonts, f"COMBO  {s.chain}", (box.centerx, box.top + 6), 16, WHITE, "center",
                  bold=True)
        draw_text(surface, self.app.fonts, f"x{mult / 100:.2f}", (box.centerx, box.top + 22), size, GOLD, "center",
                  bold=True)
        left = max(0, self.p.combo_window_frames - (s.tick - s.last_land))
        w = round((box.width - 12) * left / self.p.combo_window_frames)
        surface.fill(DARK, (box.left + 6, box.bottom - 9, box.width - 12, 4))
        surface.fill(GOLD, (box.left + 6, box.bottom - 9, w, 4))
