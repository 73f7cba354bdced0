"""Text on the 640x360 screen: cached fonts and a draw helper with a drop shadow for readability."""

from __future__ import annotations

import pygame

WHITE = (242, 238, 228)
GOLD = (240, 196, 72)
RED = (214, 58, 48)
BLUE = (64, 122, 220)
GREY = (150, 146, 140)
DARK = (18, 16, 20)


class Fonts:
    """pygame's built-in font at each size asked for, made once."""

    def __init__(self) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self._cache: dict[tuple[int, bool], pygame.font.Font] = {}

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        font = self._cache.get(key)
        if font is None:
            font = pygame.font.Font(None, size)
            font.set_bold(bold)
            self._cache[key] = font
        return font


def draw_text(surface: pygame.Surface, fonts: Fonts, text: str, pos: tuple[int, int], size: int = 16,
              color: tuple[int, int, int] = WHITE, align: str = "left", shadow: bool = True,
              bold: bool = False) -> pygame.Rect:
    """Draw one line; `align` is left, center or right about pos[0]. Returns the rect drawn."""
    font = fonts.get(size, bold)
    image = font.render(text, True, color)
    rect = image.get_rect()
    if align == "center":
        rect.midtop = pos
    elif align == "right":
        rect.topright = pos
    else:
        rect.topleft = pos
    if shadow:
        surface.blit(font.render(text, True, DARK), rect.move(1, 1))
    surface.blit(image, rect)
    return rect


def wrap(fonts: Fonts, text: str, size: int, width: int) -> list[str]:
    """Split text into lines no wider than `width` pixels."""
    font = fonts.get(size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if font.size(trial)[0] <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


_SHADES: dict[tuple[tuple[int, int], int, tuple[int, int, int]], pygame.Surface] = {}


def shade(surface: pygame.Surface, alpha: int, colour: tuple[int, int, int] = (0, 0, 0)) -> None:
    """Dim the whole of `surface` (under a menu or a card); the shade is made once per size and strength."""
    key = (surface.get_size(), alpha, colour)
    layer = _SHADES.get(key)
    if layer is None:
        layer = _SHADES[key] = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        layer.fill((*colour, alpha))
    surface.blit(layer, (0, 0))


def panel(surface: pygame.Surface, rect: pygame.Rect, alpha: int = 200) -> None:
    """A dark translucent panel with a thin gold rule, behind menus and overlays."""
    shade = pygame.Surface(rect.size, pygame.SRCALPHA)
    shade.fill((12, 10, 16, alpha))
    surface.blit(shade, rect)
    pygame.draw.rect(surface, (120, 96, 48), rect, 1)
