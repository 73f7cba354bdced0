"""The fighters on screen: an articulated figure posed from levels/looks/poses.toml and dressed by its look.

`draw_fighter` draws one fighter from the simulation's view of him (position, facing, state, frame, move, fall
angle, meters); `draw_fighter_portrait` draws a head-and-shoulders picture for menus. View-only: nothing here
changes the simulation, and a frame is a pure function of the fighter's state and the tick.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import pygame

from game.content.looks import Look, PoseBook
from game.render import pose_sprites as sprites
from game.render.pose import pose_for
from game.render.pose_paint import Frame, Palette, Ramp, palette, ramp, scaled, torso, trunk_leg, trunks
from game.render.pose_rig import Build, Rig, direction, make_build, pose_rig
from game.sim.boxer import Boxer
from game.sim.states import FS

SUBPX = 256
_LIGHT = (0.5, -0.86)  # toward the light, on screen, for a fighter facing right
_SHADOW: dict[int, pygame.Surface] = {}
_REAR_HAND = frozenset({"straight", "uppercut", "body_straight", "haymaker"})  # the lead hand throws the rest


Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Outfit:
    """Clothes over a fighter's ring look, for scenes outside the ring (roadwork, the gym, the yard)."""

    suit: Colour | None = None  # a sweatsuit of this colour covers the torso, the arms and the legs
    hands: str = "gloves"  # gloves, wraps (taped fists) or fists
    wraps: Colour = (232, 228, 214)


RING = Outfit()
SWEATSUIT = Outfit(suit=(128, 130, 134), hands="fists")


@lru_cache(maxsize=32)
def dressed(look: Look, outfit: Outfit) -> tuple[Look, Palette]:
    """The look and palette of `look` wearing `outfit` (the face and hair stay his own)."""
    if outfit == RING:
        return look, palette(look)
    changes: dict[str, object] = {}
    if outfit.hands != "gloves":
        hand = outfit.wraps if outfit.hands == "wraps" else look.skin
        changes.update(gloves=hand, cuff=scaled(hand, 0.85), build=replace(look.build, glove=look.build.forearm + 1))
    if outfit.suit is not None:
        suit = outfit.suit
        changes.update(trunks=scaled(suit, 0.94), stripe=scaled(suit, 1.1), waistband=scaled(suit, 0.8), muscle=0.0)
    worn = replace(look, **changes)  # type: ignore[arg-type]
    pal = palette(worn)
    if outfit.suit is not None:
        pal = replace(pal, skin=ramp(outfit.suit), skin_far=ramp(outfit.suit, True))
    return worn, pal


@lru_cache(maxsize=64)
def _build(look: Look, height_px: int, scale: float) -> Build:
    return make_build(look, height_px, scale)


def _shadow(width: int) -> pygame.Surface:
    surf = _SHADOW.get(width)
    if surf is None:
        surf = pygame.Surface((width, max(4, width // 6)), pygame.SRCALPHA)
        pygame.draw.ellipse(surf, (10, 6, 14, 90), surf.get_rect())
        _SHADOW[width] = surf
    return surf


def _bruise(b: Boxer) -> int:
    share = b.health * 100 // max(1, b.max_health)
    return 2 if share < 25 else (1 if share < 55 else 0)


class _Painter:
    """One figure's parts in screen space: `f` mirrors the fighter's frame, (ox, oy) is his centre on the canvas."""

    def __init__(self, surf: pygame.Surface, look: Look, bd: Build, rig: Rig, ox: float, oy: float, f: int,
                 pal: Palette | None = None) -> None:
        self.surf, self.look, self.bd, self.rig, self.f = surf, look, bd, rig, f
        self.ox, self.oy = ox, oy
        self.pal = pal or palette(look)
        self.light = (_LIGHT[0] * f, _LIGHT[1])

    def s(self, p: tuple[float, float]) -> tuple[float, float]:
        return self.ox + self.f * p[0], self.oy - p[1]

    def vec(self, v: tuple[float, float]) -> tuple[float, float]:
        return self.f * v[0], -v[1]

    def seg(self, rp: Ramp, a: tuple[float, float], b: tuple[float, float], r0: float, r1: float) -> None:
        """A limb segment between two screen points, from the sprite cache."""
        dx, dy = b[0] - a[0], b[1] - a[1]
        img = sprites.segment(rp, math.hypot(dx, dy), r0, r1, self.light, math.degrees(math.atan2(-dy, dx)))
        w, h = img.get_size()
        self.surf.blit(img, (round((a[0] + b[0] - w) / 2), round((a[1] + b[1] - h) / 2)))

    def arm(self, shoulder: tuple[float, float], elbow: tuple[float, float], wrist: tuple[float, float],
            fore: float, far: bool) -> None:
        bd = self.bd
        rp = self.pal.skin_far if far else self.pal.skin
        e = self.s(elbow)
        self.seg(rp, self.s(shoulder), e, bd.arm_r * 1.15, bd.forearm_r * 0.95)
        self.seg(rp, e, self.s(wrist), bd.forearm_r * 0.95, bd.forearm_r * 0.8)
        dx, dy = direction(fore)
        reach = bd.glove_r * 0.75
        centre = self.s((wrist[0] + dx * reach, wrist[1] + dy * reach))
        img = sprites.glove(self.look, bd.glove_r, far, fore - 90.0, self.f < 0)
        self.surf.blit(img, img.get_rect(center=(round(centre[0]), round(centre[1]))))

    def leg(self, knee: tuple[float, float], ankle: tuple[float, float], foot: float, far: bool) -> None:
        bd, pal = self.bd, self.pal
        hip = self.s(self.rig.hip)
        k, a = self.s(knee), self.s(ankle)
        skin = pal.skin_far if far else pal.skin
        self.seg(skin, hip, k, bd.thigh_r, bd.calf_r)
        self.seg(skin, k, a, bd.calf_r, bd.calf_r * 0.7)
        fd = self.vec(direction(foot))
        img = sprites.boot_sprite((pal.shoes_far if far else pal.shoes, pal.sole, pal.socks), bd.shin, bd.calf_r,
                                  bd.ankle, bd.foot, self.light, math.degrees(math.atan2(a[1] - k[1], k[0] - a[0])),
                                  math.degrees(math.atan2(-fd[1], fd[0])), self.f < 0)
        w, h = img.get_size()
        self.surf.blit(img, (round(a[0] - w / 2), round(a[1] - h / 2)))
        if far:
            trunk_leg(self.surf, pal.trunks_far, hip, k, bd.thigh_r, self.light)

    def body(self, face: str, bruise: int) -> None:
        bd, rig, pal, look = self.bd, self.rig, self.pal, self.look
        fr = Frame(self.s(rig.hip), self.vec(rig.fwd), self.vec(rig.up))
        head = self.s(rig.head)
        self.seg(pal.skin, self.s(rig.neck), head, bd.neck_r, bd.neck_r * 0.9)
        torso(self.surf, pal, fr, bd.torso, bd.shoulders, bd.waist, bd.chest, bd.belly, bd.neck_r, look.muscle)
        knee = self.s(rig.rear_knee)
        trunks(self.surf, pal, fr, bd.torso, bd.waist, bd.belly, (self.s(rig.hip), knee, bd.thigh_r), self.light)
        img = sprites.head(look, bd.head_r, face, bruise, rig.head_tilt, self.f < 0)
        self.surf.blit(img, img.get_rect(center=(round(head[0]), round(head[1]))))


def _extras(surf: pygame.Surface, b: Boxer, p: _Painter, book: PoseBook, tick: int) -> None:
    """Sweat when tired, and a glint on the cocked glove through a move's tell frames."""
    rig, bd = p.rig, p.bd
    if b.stamina * 100 < b.max_stamina * book.tired_percent and b.state not in (FS.KNOCKED_DOWN, FS.KNOCKED_OUT):
        hx, hy = p.s(rig.head)
        for i in range(2):
            t = (tick + i * 13) % 26
            x = hx - p.f * (bd.head_r * (0.5 + 0.4 * i) + t * 0.25)
            y = hy - bd.head_r * 0.5 + t * 0.7
            pygame.draw.circle(surf, (190, 225, 255), (x, y), 1.2)
    if b.move is None:
        return
    rear = b.move.id in _REAR_HAND
    if b.state == FS.PUNCH_ACTIVE and b.frame < 2:  # speed lines trail the glove at the moment of impact
        wrist, fore = (rig.rear_wrist, rig.rear_fore) if rear else (rig.lead_wrist, rig.lead_fore)
        fx, fy = direction(fore)
        gx, gy = wrist[0] + fx * bd.glove_r * 0.75, wrist[1] + fy * bd.glove_r * 0.75
        tx, ty = (0.25, 1.0) if b.move.id == "uppercut" else (1.0, 0.0)  # the way the glove travels
        nx, ny = -ty, tx
        for k, (off, length) in enumerate(((-0.6, 1.6), (0.0, 2.4), (0.6, 1.6))):
            r = bd.glove_r
            a = (gx - tx * r * 1.1 + nx * off * r, gy - ty * r * 1.1 + ny * off * r)
            z = (a[0] - tx * r * length, a[1] - ty * r * length)
            pygame.draw.line(surf, (255, 255, 255) if k == 1 else (235, 235, 220), p.s(a), p.s(z))
    if b.state == FS.PUNCH_STARTUP and b.frame < b.move.tell_frames and tick % 4 < 2:
        wx, wy = p.s(rig.rear_wrist if rear else rig.lead_wrist)
        r = bd.glove_r
        for dx, dy in ((r, 0), (-r, 0), (0, r), (0, -r)):
            pygame.draw.line(surf, (255, 250, 200), (wx, wy), (wx + dx * 0.9, wy + dy * 0.9))
        pygame.draw.circle(surf, (255, 255, 240), (wx, wy), max(1.5, r * 0.3))


def draw_fighter(surface: pygame.Surface, boxer: Boxer, floor_y: int, tick: int, looks: Mapping[str, Look],
                 last_hit_target: str = "head") -> None:
    """Draw `boxer` standing on the canvas line `floor_y`, at screen x = boxer.x // 256, facing his way.

    `looks` is `content.looks`; `last_hit_target` ("head" or "body") picks the reaction to the last punch taken.
    """
    look = looks[boxer.content.id]
    book: PoseBook | None = getattr(looks, "poses", None)
    if book is None:
        raise ValueError("draw_fighter needs content.looks (the looks with their pose book)")
    values, face = pose_for(boxer, book, tick, last_hit_target)
    ox = boxer.x // SUBPX
    if boxer.state == FS.HITSTOP:
        ox += 1 if tick % 4 < 2 else -1  # the shudder of the impact
    p = _paint(surface, look, values, face, ox, floor_y, boxer.facing, boxer.content.height_px, _bruise(boxer))
    _extras(surface, boxer, p, book, tick)


def draw_figure(surface: pygame.Surface, look: Look, values: tuple[float, ...], x: int, floor_y: int,
                facing: int = 1, face: str = "calm", height_px: int = 94, scale: float = 1.0,
                shadow: bool = True, outfit: Outfit = RING) -> Rig:
    """Any pose of the articulated figure, outside the ring: training, cutscenes, menus.

    `values` are a pose's numbers in the order of levels/looks/poses.toml (see `render.pose.figure_pose`); the
    figure stands with its lowest point on `floor_y` at screen x `x`. Returns the rig (joint positions, in the
    figure's frame: x forward, y up, in pixels) so a scene can put a prop in his hands. `outfit` dresses him
    (SWEATSUIT for roadwork; Outfit(hands="wraps") for the bags).
    """
    worn, pal = dressed(look, outfit)
    p = _paint(surface, worn, values, face, x, floor_y, facing, height_px, 0, scale, shadow, pal)
    return p.rig


def _paint(surface: pygame.Surface, look: Look, values: tuple[float, ...], face: str, ox: float, floor_y: int,
           facing: int, height_px: int, bruise: int, scale: float = 1.0, shadow: bool = True,
           pal: Palette | None = None) -> _Painter:
    bd = _build(look, height_px, scale)
    rig = pose_rig(values, bd)
    f = 1 if facing >= 0 else -1
    if shadow:
        under = _shadow(int(bd.waist * 2.2 + abs(rig.head[0] - rig.hip[0]) * 1.2))
        cx = ox + f * (rig.hip[0] * 0.6 + rig.head[0] * 0.4)
        surface.blit(under, under.get_rect(center=(round(cx), floor_y)))
    p = _Painter(surface, look, bd, rig, ox, floor_y, f, pal)
    p.arm(rig.lead_shoulder, rig.lead_elbow, rig.lead_wrist, rig.lead_fore, far=True)
    p.leg(rig.lead_knee, rig.lead_ankle, rig.lead_foot, far=True)
    p.leg(rig.rear_knee, rig.rear_ankle, rig.rear_foot, far=False)
    p.body(face, bruise)
    p.arm(rig.rear_shoulder, rig.rear_elbow, rig.rear_wrist, rig.rear_fore, far=False)
    return p


def draw_fighter_portrait(surface: pygame.Surface, look: Look, rect: pygame.Rect | tuple[int, int, int, int],
                          face: str = "calm") -> None:
    """Head and shoulders of `look`, gloves up, filling `rect` (for menus and the fighter select)."""
    area = pygame.Rect(rect)
    scale = area.h / (0.62 * 94.0)
    bd = make_build(look, 94, scale)
    guard = (0.0, 0.0, 4.0, 0.0, 0.3, 44.0, 112.0, 30.0, 124.0, 16.0, 10.0, -12.0, 10.0)  # gloves below the chin
    rig = pose_rig(guard, bd)
    old_clip = surface.get_clip()
    surface.set_clip(area.clip(old_clip) if old_clip else area)
    # the head sits a third of the way down the frame; the shoulders fill the bottom
    ox = area.centerx - (rig.head[0] + rig.neck[0]) / 2 - bd.head_r * 0.2
    oy = area.top + area.h * 0.36 + rig.head[1]
    p = _Painter(surface, look, bd, rig, ox, oy, 1)
    p.arm(rig.lead_shoulder, rig.lead_elbow, rig.lead_wrist, rig.lead_fore, far=True)
    p.body(face, 0)
    p.arm(rig.rear_shoulder, rig.rear_elbow, rig.rear_wrist, rig.rear_fore, far=False)
    surface.set_clip(old_clip)


def glove_reach(boxer: Boxer, tick: int, looks: Mapping[str, Look]) -> tuple[float, float]:
    """The front of the further glove, in the fighter's frame (px forward, px up): for tests and debugging."""
    book = getattr(looks, "poses", None)
    assert book is not None
    values, _ = pose_for(boxer, book, tick)
    look = looks[boxer.content.id]
    bd = _build(look, boxer.content.height_px, 1.0)
    rig = pose_rig(values, bd)
    best = (-math.inf, 0.0)
    for wrist, fore in ((rig.lead_wrist, rig.lead_fore), (rig.rear_wrist, rig.rear_fore)):
        dx, dy = direction(fore)
        front = (wrist[0] + dx * bd.glove_r * 1.75, wrist[1] + dy * bd.glove_r * 1.75)
        if front[0] > best[0]:
            best = front
    return best
