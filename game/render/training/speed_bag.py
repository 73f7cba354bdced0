"""The speed bag on screen: the round rebound board on its wall bracket in the gym, the teardrop bag rattling off
it (blurred between rebounds), Vito's wrapped fists rolling in small circles and striking in turn, the streak big and
readable, and the bag's rhythm as a little metronome with the hand that is due.

View-only: the bag's swing is drawn from the simulation's beat (ticks since the last punch that counted), the wobble
after a break from its own decaying clock; nothing here feeds back. The backdrop is painted once.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

import pygame

from game.render.fighter import Outfit, draw_figure
from game.render.pose import figure_pose
from game.render.text import GOLD, GREY, RED, WHITE, draw_text, panel
from game.render.training.heavy_bag import brick_wall, light_and_vignette, winter_window
from game.sim.events import Event
from game.sim.inputs import Action
from game.sim.training import speed_bag as sb

if TYPE_CHECKING:
    from game.app import App

Color = tuple[int, int, int]

ZOOM = 1.8
FIGHTER_X = 384  # close enough that the rolling fists meet the bulb
FLOOR_Y = 352
WALL_FOOT = 318
SWIVEL = (432, 170)  # where the bag hangs under the board
BAG_LEN = 72  # swivel to the bottom of the bulb, screen pixels
SWING_DEG = 58  # how far it swings either way between the board's bounces
WRAPS = Outfit(suit=(96, 98, 104), hands="wraps")
LEATHER = (140, 52, 36)
WINDOW = pygame.Rect(40, 64, 96, 150)
RHYTHM_BOX = pygame.Rect(64, 328, 248, 26)  # the bag's rhythm, on the floor left of Vito (clear of his feet)
STREAK_BOX = pygame.Rect(516, 130, 118, 112)
_WHY = {"early": "TOO EARLY", "late": "TOO LATE", "same_hand": "SAME HAND", "both": "ONE HAND AT A TIME"}


def _shade(c: Color, k: float) -> Color:
    return (min(255, max(0, round(c[0] * k))), min(255, max(0, round(c[1] * k))), min(255, max(0, round(c[2] * k))))


# --- painted once --------------------------------------------------------------------------------------------------

def _platform(s: pygame.Surface) -> None:
    """The rebound board: a round of dark stained wood seen from a little below, on a steel bracket off the wall."""
    cx, y = SWIVEL[0], SWIVEL[1] - 14
    plate = pygame.Rect(cx - 44, y - 58, 88, 16)
    s.fill((58, 60, 66), plate)
    s.fill((92, 94, 102), (plate.left, plate.top, plate.width, 2))
    for bx in (cx - 34, cx + 34):  # the bracket's arms down to the board
        pygame.draw.line(s, (46, 48, 54), (bx, plate.bottom), (bx + (cx - bx) // 3, y), 5)
        pygame.draw.line(s, (110, 112, 120), (bx - 1, plate.bottom), (bx + (cx - bx) // 3 - 1, y), 1)
        pygame.draw.circle(s, (120, 122, 130), (bx, plate.centery), 2)
    rim = pygame.Rect(cx - 72, y - 10, 144, 14)
    pygame.draw.ellipse(s, (60, 38, 24), rim.move(0, 6))
    pygame.draw.rect(s, (86, 56, 34), (rim.left, rim.centery - 2, rim.width, 8))
    pygame.draw.ellipse(s, (104, 70, 44), rim)
    pygame.draw.ellipse(s, (132, 92, 58), rim.inflate(-20, -6))
    under = pygame.Rect(cx - 72, y + 3, 144, 14)
    pygame.draw.ellipse(s, (46, 30, 20), under)
    pygame.draw.ellipse(s, (64, 42, 28), under.inflate(-30, -6))
    pygame.draw.circle(s, (150, 150, 158), SWIVEL, 4)
    pygame.draw.circle(s, (70, 70, 76), SWIVEL, 4, 1)


def _round_timer(s: pygame.Surface, rect: pygame.Rect) -> None:
    """The gym's round timer on the wall: a black box, a clock face, two lamps (lit each frame)."""
    s.fill((24, 24, 28), rect)
    pygame.draw.rect(s, (70, 70, 78), rect, 1)
    face = (rect.centerx, rect.top + 20)
    pygame.draw.circle(s, (222, 216, 200), face, 14)
    pygame.draw.circle(s, (40, 40, 44), face, 14, 1)
    for k in range(12):
        a = k * math.pi / 6
        pygame.draw.line(s, (40, 40, 44), (face[0] + 11 * math.sin(a), face[1] - 11 * math.cos(a)),
                         (face[0] + 13 * math.sin(a), face[1] - 13 * math.cos(a)))


def _chalkboard(s: pygame.Surface, font: pygame.font.Font) -> None:
    board = pygame.Rect(166, 70, 78, 58)
    s.fill((84, 60, 40), board.inflate(6, 6))
    s.fill((38, 48, 44), board)
    for i, line in enumerate(("ROPE 3x3", "BAG 5x3", "SPEED 3x2")):
        text = font.render(line, True, (196, 200, 190))
        s.blit(text, (board.left + 5, board.top + 5 + i * 15))
    for k in range(4):  # the tally of the morning's rounds
        s.fill((196, 200, 190), (board.left + 8 + k * 4, board.bottom - 6, 1, 5))


def _gloves_on_a_nail(s: pygame.Surface, x: int, y: int) -> None:
    """An old pair of bag gloves hung by their laces, and a towel on the next nail."""
    pygame.draw.circle(s, (40, 36, 34), (x, y), 2)
    for dx, k in ((-9, 0.8), (7, 1.0)):
        pygame.draw.line(s, (200, 190, 170), (x, y), (x + dx, y + 16), 1)
        body = pygame.Rect(x + dx - 9, y + 14, 18, 24)
        pygame.draw.ellipse(s, _shade((150, 36, 30), k), body)
        pygame.draw.ellipse(s, _shade((190, 60, 48), k), body.inflate(-8, -12).move(-2, -4))
        s.fill(_shade((220, 214, 200), k), (body.left + 3, body.bottom - 6, body.width - 6, 4))
    towel = [(x + 40, y), (x + 62, y + 2), (x + 60, y + 46), (x + 52, y + 40), (x + 44, y + 48), (x + 38, y + 38)]
    pygame.draw.circle(s, (40, 36, 34), (x + 50, y), 2)
    pygame.draw.polygon(s, (196, 192, 180), towel)
    pygame.draw.polygon(s, (140, 136, 128), towel, 1)
    s.fill((120, 60, 52), (x + 40, y + 30, 20, 2))


@lru_cache(maxsize=2)
def _backdrop() -> pygame.Surface:
    font = pygame.font.Font(None, 13)
    s = pygame.Surface((640, 360))
    s.fill((30, 28, 30), (0, 0, 640, 24))
    brick_wall(s, pygame.Rect(0, 24, 640, WALL_FOOT - 24), 23, (90, 46, 38))
    pygame.draw.line(s, (70, 66, 62), (0, 30), (640, 30), 6)
    winter_window(s, WINDOW, 8)
    _chalkboard(s, font)
    _round_timer(s, pygame.Rect(262, 52, 44, 58))
    _platform(s)
    _gloves_on_a_nail(s, 190, 176)
    for i, y in enumerate(range(WALL_FOOT, 360, 8)):
        c = _shade((112, 82, 58), 0.92 + 0.06 * (i % 2) + 0.05 * i)
        s.fill(c, (0, y, 640, 8))
        s.fill(_shade(c, 0.62), (0, y, 640, 1))
        for x in range(37 * i % 120, 640, 131):
            s.fill(_shade(c, 0.6), (x, y, 1, 8))
    s.fill((58, 44, 36), (0, WALL_FOOT - 6, 640, 7))
    light_and_vignette(s, [(SWIVEL[0], SWIVEL[1] + 40, 220, (255, 210, 150), 0.8),
                           (WINDOW.centerx, WINDOW.centery, 150, (180, 200, 230), 0.6)], 0.44)
    return s


@lru_cache(maxsize=1)
def _bag_sprite() -> pygame.Surface:
    """The teardrop bag hanging from the middle of a square surface (so it turns about its swivel), lit from the
    upper left: a leather neck, the round bulb, a seam down it."""
    size = BAG_LEN * 2 + 4
    s = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size // 2
    neck_w, bulb_r = 6.0, 19.0
    bulb_y = BAG_LEN - bulb_r
    for y in range(2, BAG_LEN):
        t = y / bulb_y
        if y <= bulb_y:
            half = neck_w + (bulb_r - neck_w) * t ** 1.8
        else:
            half = math.sqrt(max(0.0, bulb_r ** 2 - (y - bulb_y) ** 2))
        for x in range(-round(half), round(half) + 1):
            u = x / max(1.0, half)
            k = 0.5 + 0.7 * max(0.0, 1 - u * u) ** 0.6 * (1.1 - 0.4 * (u + 1) / 2) - 0.15 * (y / BAG_LEN)
            s.set_at((c + x, c + y), (*_shade(LEATHER, k), 255))
    pygame.draw.line(s, _shade(LEATHER, 0.5), (c + 2, c + 8), (c + 4, c + BAG_LEN - 4), 1)
    pygame.draw.rect(s, (60, 60, 66), (c - 3, c, 6, 5))
    return s


# the arms' [shoulder, elbow] (levels/looks/poses.toml): fists rolling by the chin, and out at the bag at eye level
LEAD_ROLL, LEAD_STRIKE = (76.0, 136.0), (84.0, 88.0)
REAR_ROLL, REAR_STRIKE = (68.0, 116.0), (88.0, 60.0)


def _arm(roll: tuple[float, float], strike: tuple[float, float], out: float, phi: float) -> tuple[float, float]:
    """One arm's angles: on its small circle by the chin, or `out` (0..1) of the way to the strike."""
    return (roll[0] + (strike[0] - roll[0]) * out + 7 * math.sin(phi) * (1 - out),
            roll[1] + (strike[1] - roll[1]) * out + 14 * math.cos(phi) * (1 - out))


def bag_angle(sim: sb.SpeedBag, since_break: int, frame: float) -> float:
    """The bag's angle from hanging straight (degrees, + away from Vito) `frame` ticks into the beat: it leaves the
    fist, bounces off the board at the back, the front, the back, and comes to the fist again (a cosine through
    its extremes, one per rebound). Resting still, or wobbling down after a break."""
    p = sim.p
    if sim.streak > 0:
        t = frame - (sim.anchor + (sim.streak - 1) * p.beat_frames)
        if t <= p.beat_frames + p.window_late_frames:
            return -SWING_DEG * math.cos(math.pi * t / p.rebound_frames)
    if since_break < 120:
        return 30 * math.exp(-since_break / 22) * math.sin(since_break * 0.55)
    return 0.0


class View:
    def __init__(self, app: App, sim: sb.SpeedBag) -> None:
        self.app = app
        self.sim = sim
        self.look = app.content.looks["vito"]
        self.height_px = app.content.fighter("vito").height_px
        self.backdrop = _backdrop()
        self.sprite = _bag_sprite()
        self.frame = 0
        self.since_break = 999
        self.shout: tuple[str, int] | None = None  # a broken streak's reason, and its age
        self.pulse = 0
        self.turned: dict[int, pygame.Surface] = {}

    def react(self, events: list[Event]) -> None:
        self.frame += 1
        self.since_break += 1
        if self.pulse:
            self.pulse -= 1
        if self.shout is not None:
            self.shout = (self.shout[0], self.shout[1] + 1) if self.shout[1] < 60 else None
        for e in events:
            if e.kind in ("hit", "rebound") and self.app.audio is not None:
                self.app.audio.play("speed_bag")
            if e.kind == "hit":
                self.pulse = 8
            elif e.kind == "break":
                self.since_break = 0
                self.shout = (_WHY.get(e.move, "BROKEN"), 0)

    # --- drawing -------------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        surface.blit(self.backdrop, (0, 0))
        self._timer_lamps(surface)
        self._draw_bag(surface)
        self._draw_vito(surface)
        self._draw_streak(surface)
        self._draw_rhythm(surface)
        if self.shout is not None:
            text, age = self.shout
            draw_text(surface, self.app.fonts, text, (SWIVEL[0], 214 - age // 4), 24, RED, "center", bold=True)

    def _draw_vito(self, surface: pygame.Surface) -> None:
        draw_figure(surface, self.look, self._pose(), FIGHTER_X, FLOOR_Y, 1, "effort" if self.sim.streak else "calm",
                    self.height_px, ZOOM, True, WRAPS)

    def _timer_lamps(self, surface: pygame.Surface) -> None:
        running = self.sim.streak > 0
        for i, (on, off) in enumerate((((80, 220, 90), (20, 50, 24)), ((236, 60, 48), (56, 20, 18)))):
            lit = running if i == 0 else self.sim.wobble > 0
            pygame.draw.circle(surface, on if lit else off, (274 + i * 20, 98), 5)

    def _sprite_at(self, angle: float) -> pygame.Surface:
        key = round(angle)
        got = self.turned.get(key)
        if got is None:
            got = pygame.transform.rotate(self.sprite, key)
            self.turned[key] = got
        return got

    def _draw_bag(self, surface: pygame.Surface) -> None:
        now = float(self.sim.tick)
        angles = [bag_angle(self.sim, self.since_break, now - k / 2.5) for k in (2, 1, 0)]
        for k, angle in enumerate(angles):  # the blur: where it was a moment ago, fainter
            sprite = self._sprite_at(angle)
            rect = sprite.get_rect(center=SWIVEL)
            if k < 2 and abs(angles[2] - angle) > 3:
                sprite.set_alpha(70 + 50 * k)
                surface.blit(sprite, rect)
                sprite.set_alpha(None)
            elif k == 2:
                surface.blit(sprite, rect)

    def _pose(self) -> tuple[float, ...]:
        """Fists up at the bag, rolling in small circles (the hands half a turn apart); the hand that just struck
        is out at the end of its circle."""
        beat = self.sim.p.beat_frames
        phi = 2 * math.pi * self.frame / (2 * beat)
        since = self.sim.tick - self.sim.punch_tick
        strike = max(0.0, 1 - abs(since - 1) / 6)
        lead_out = strike if self.sim.punch_hand == sb.LEFT else 0.0
        rear_out = strike if self.sim.punch_hand == sb.RIGHT else 0.0
        lead = _arm(LEAD_ROLL, LEAD_STRIKE, lead_out, phi)
        rear = _arm(REAR_ROLL, REAR_STRIKE, rear_out, phi + math.pi)
        return figure_pose(x=-2, lean=8, head=6, turn=0.3 + 0.25 * rear_out - 0.15 * lead_out, lead_arm=lead,
                           rear_arm=rear, lead_leg=(22, 18), rear_leg=(-12, 14))

    def _draw_streak(self, surface: pygame.Surface) -> None:
        s = self.sim
        box = STREAK_BOX
        panel(surface, box, 200)
        fonts = self.app.fonts
        draw_text(surface, fonts, "STREAK", (box.centerx, box.top + 6), 18, GREY, "center", bold=True)
        size = 64 + (8 if self.pulse > 4 else 0)
        color = RED if s.wobble > 0 else (GOLD if s.streak else WHITE)
        draw_text(surface, fonts, str(s.streak), (box.centerx, box.top + 24 - (4 if self.pulse > 4 else 0)), size,
                  color, "center", bold=True)
        draw_text(surface, fonts, f"of {s.p.target_streak}   best {s.best_streak}", (box.centerx, box.bottom - 22),
                  16, WHITE, "center")

    def _draw_rhythm(self, surface: pygame.Surface) -> None:
        """The bag's rhythm: a dot for each bounce off the board, then the fist that is due, lit as they come."""
        s = self.sim
        p = s.p
        box = RHYTHM_BOX
        panel(surface, box, 200)
        fonts = self.app.fonts
        t = s.tick - (s.anchor + (s.streak - 1) * p.beat_frames) if s.streak else -1
        n = p.rebounds_per_hit
        for k in range(1, n + 1):
            lit = s.streak > 0 and t >= k * p.rebound_frames
            pygame.draw.circle(surface, GOLD if lit else (70, 64, 56), (box.left + 18 + (k - 1) * 26, box.centery), 6)
        label = self.app.inputs.label
        hand = f"LEFT ({label(0, Action.JAB)})" if s.next_hand() == sb.LEFT else f"RIGHT ({label(0, Action.STRAIGHT)})"
        if s.config.assist:
            hand = f"{label(0, Action.JAB)} or {label(0, Action.STRAIGHT)}"
        due = s.streak > 0 and t >= p.beat_frames - p.window_early_frames
        color = GOLD if due or (s.streak == 0 and s.wobble == 0) else GREY
        draw_text(surface, fonts, f"NEXT: {hand}", (box.left + 20 + n * 26, box.top + 5), 17, color, bold=True)
