"""The fight's heads-up display: health, stamina and max stamina, heart meter, round and clock, knockdowns left,
the referee's count, the get-up meter and its prompt."""

from __future__ import annotations

import pygame

from game.render.text import BLUE, GOLD, GREY, RED, WHITE, Fonts, draw_text, panel
from game.sim.boxer import MILLI, Boxer
from game.sim.fight import Fight, clock_text
from game.sim.knockdown import knockdowns_left
from game.sim.states import FS, Phase

BAR_W = 236
CORNER = (RED, BLUE)


def _bar(surface: pygame.Surface, x: int, y: int, w: int, h: int, frac: float, color: tuple[int, int, int],
         right_to_left: bool, cap: float = 1.0) -> None:
    """A meter; `cap` greys out the part beyond a lowered maximum (max stamina)."""
    pygame.draw.rect(surface, (20, 18, 22), (x - 1, y - 1, w + 2, h + 2))
    pygame.draw.rect(surface, (52, 46, 50), (x, y, w, h))
    lost = int(w * (1 - cap))
    if lost > 0:
        lx = x if right_to_left else x + w - lost
        pygame.draw.rect(surface, (28, 24, 28), (lx, y, lost, h))
        for sx in range(lx, lx + lost, 4):
            pygame.draw.line(surface, (44, 40, 44), (sx, y), (sx, y + h - 1))
    fill = int(w * max(0.0, min(1.0, frac)))
    if fill > 0:
        fx = x + w - fill if right_to_left else x
        pygame.draw.rect(surface, color, (fx, y, fill, h))
        light = tuple(min(255, c + 60) for c in color)
        pygame.draw.line(surface, light, (fx, y), (fx + fill - 1, y))


def _heart(surface: pygame.Surface, cx: int, cy: int, frac: float, tick: int) -> None:
    """The heart meter: a heart that fills from the bottom and glows when the haymaker is ready."""
    pts = [(cx, cy + 7), (cx - 8, cy - 1), (cx - 8, cy - 5), (cx - 5, cy - 8), (cx - 2, cy - 8), (cx, cy - 5),
           (cx + 2, cy - 8), (cx + 5, cy - 8), (cx + 8, cy - 5), (cx + 8, cy - 1)]
    pygame.draw.polygon(surface, (60, 30, 36), pts)
    if frac > 0:
        clip = surface.get_clip()
        top = int(cy + 8 - 17 * min(1.0, frac))
        surface.set_clip(pygame.Rect(cx - 9, top, 19, cy + 9 - top).clip(clip) if clip else None)
        full = frac >= 1.0
        color = (255, 90, 90) if not full or (tick // 8) % 2 else (255, 200, 120)
        pygame.draw.polygon(surface, color, pts)
        surface.set_clip(clip)
    pygame.draw.polygon(surface, (20, 10, 12), pts, 1)


def draw_hud(surface: pygame.Surface, fonts: Fonts, fight: Fight, tick: int, labels: tuple[str, str],
             prompt: str | tuple[str, str] = "") -> None:
    """`prompt`: the get-up prompt, one for player one alone or one per side (empty for a CPU side)."""
    prompts = prompt if isinstance(prompt, tuple) else (prompt, "")
    s = fight.s
    rules = s.rules
    for b in s.boxers:
        _fighter_panel(surface, fonts, b, labels[b.side], rules.heart_max, tick, knockdowns_left(b, rules),
                       rules.stamina_max_start * MILLI)
    draw_text(surface, fonts, f"ROUND {s.round}", (320, 6), 16, GOLD, "center", bold=True)
    draw_text(surface, fonts, clock_text(s.clock, rules, s.clock_speed), (320, 20), 26, WHITE, "center",
              bold=True)
    if s.phase == Phase.COUNT and s.count > 0:
        size = 72 + (8 if s.count_frame % rules.count_frames < 8 else 0)
        draw_text(surface, fonts, str(s.count), (320, 96), size, WHITE, "center", bold=True)
    for b in s.boxers:
        if b.state == FS.KNOCKED_DOWN and b.getup_needed:
            _getup(surface, fonts, b, prompts[b.side])


def name_line(label: str, name: str) -> str:
    """The label and the fighter's name over his bars; a label the name already says ("VITO" for Vito Moretti)
    is not said twice."""
    name = name.upper()
    if not label or label.upper() in name.split():
        return name
    return f"{label}  {name}"


def _fighter_panel(surface: pygame.Surface, fonts: Fonts, b: Boxer, label: str, heart_max: int, tick: int,
                   kd_left: int, full: int) -> None:
    left = b.side == 0
    x = 14 if left else 640 - 14 - BAR_W
    align = "left" if left else "right"
    name_x = x if left else x + BAR_W
    draw_text(surface, fonts, name_line(label, b.content.name), (name_x, 4), 15, CORNER[b.side], align, bold=True)
    _bar(surface, x, 18, BAR_W, 9, b.health / b.max_health, (214, 64, 52) if b.health * 4 > b.max_health
         else (255, 120, 40), not left)
    # stamina against the fight's starting maximum, so max stamina lost to body punches shows as hatched
    _bar(surface, x, 30, BAR_W, 5, b.stamina / full, (236, 200, 64), not left, cap=b.max_stamina / full)
    heart_x = x + BAR_W + 14 if left else x - 14
    _heart(surface, heart_x, 26, b.heart / heart_max, tick)
    # knockdowns left before he cannot rise: gloves that go dark
    for i in range(kd_left + (1 if kd_left >= 0 else 0)):
        px = (x + 4 + 12 * i) if left else (x + BAR_W - 4 - 12 * i)
        alive = i < kd_left
        pygame.draw.circle(surface, (200, 40, 40) if alive else (60, 50, 50), (px, 44), 4)
        pygame.draw.circle(surface, (20, 10, 10), (px, 44), 4, 1)
    text_x = (x + 4 + 12 * (kd_left + 1)) if left else (x + BAR_W - 4 - 12 * (kd_left + 1))
    if kd_left <= 1:
        draw_text(surface, fonts, "LAST KNOCKDOWN" if kd_left == 0 else "1 knockdown left", (text_x, 38), 12,
                  GOLD if kd_left == 0 else GREY, align)


def _getup(surface: pygame.Surface, fonts: Fonts, b: Boxer, prompt: str) -> None:
    frac = min(1.0, b.getup / max(1, b.getup_needed))
    x = 60 if b.side == 0 else 440
    panel(surface, pygame.Rect(x - 10, 204, 160, 64 if prompt else 44), 225)  # readable over ropes and crowd
    pygame.draw.rect(surface, (12, 10, 14), (x - 2, 226, 144, 16))
    pygame.draw.rect(surface, (80, 200, 100), (x, 228, int(140 * frac), 12))
    pygame.draw.rect(surface, WHITE, (x - 2, 226, 144, 16), 1)
    draw_text(surface, fonts, "GET UP!", (x + 70, 208), 16, GOLD, "center", bold=True)
    if prompt:
        draw_text(surface, fonts, prompt, (x + 70, 247), 16, WHITE, "center", bold=True)
