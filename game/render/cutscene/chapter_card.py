"""The chapter title card: black like the start of a reel, "CHAPTER 3" small and spaced, the title large, a thin
warm rule between them, film grain flickering over it and a vignette closing the corners. The words fade in.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pygame

from game.render.cutscene.paint import font, vignette

FADE_TICKS = 40
_frames: dict[tuple[int, int], pygame.Surface] = {}
_grain: list[pygame.Surface] = []
_lettering: dict[tuple[object, ...], pygame.Surface] = {}  # the card's words, made once (each frame sets the fade)


def _spaced(text: str, size: int, colour: tuple[int, int, int], gap: int) -> pygame.Surface:
    glyphs = [font(size).render(ch, True, colour) for ch in text]
    w = sum(g.get_width() for g in glyphs) + gap * max(0, len(glyphs) - 1)
    out = pygame.Surface((max(1, w), font(size).get_height()), pygame.SRCALPHA)
    x = 0
    for g in glyphs:
        out.blit(g, (x, 0))
        x += g.get_width() + gap
    return out


def _words(key: tuple[object, ...], make: Callable[[], pygame.Surface]) -> pygame.Surface:
    got = _lettering.get(key)
    if got is None:
        got = _lettering[key] = make()
    return got


def _title(title: str, width: int) -> pygame.Surface:
    """The title, large (in capitals unless long), squeezed to `width` if wider."""
    name = font(44).render(title.upper() if len(title) < 28 else title, True, (244, 236, 220))
    if name.get_width() > width:
        name = pygame.transform.smoothscale_by(name, width / name.get_width())
    return name


def _card(size: tuple[int, int]) -> pygame.Surface:
    key = size
    got = _frames.get(key)
    if got is None:
        got = pygame.Surface(size)
        got.fill((14, 12, 12))
        vignette(got, 160)
        _frames[key] = got
    return got


def _grain_frames(size: tuple[int, int]) -> list[pygame.Surface]:
    if not _grain or _grain[0].get_size() != size:
        _grain.clear()
        for seed in range(4):
            rng = random.Random(seed)
            g = pygame.Surface(size, pygame.SRCALPHA)
            for _ in range(size[0] * size[1] // 90):
                v = rng.randint(90, 200)
                g.set_at((rng.randrange(size[0]), rng.randrange(size[1])), (v, v, v - 10, rng.randint(20, 60)))
            for _ in range(2):  # a scratch down the film
                x = rng.randrange(size[0])
                pygame.draw.line(g, (200, 196, 180, 40), (x, 0), (x + rng.randint(-4, 4), size[1]))
            _grain.append(g)
    return _grain


def draw_chapter_card(surface: pygame.Surface, number: int, title: str, tick: int) -> None:
    """Fill `surface` with the title card of chapter `number` called `title`, `tick` ticks after it appeared."""
    w, h = surface.get_size()
    surface.blit(_card((w, h)), (0, 0))
    fade = min(1.0, max(0.0, tick / FADE_TICKS))
    head = _words(("head", number), lambda: _spaced(f"CHAPTER {number}", 18, (230, 214, 180), 4))
    name = _words(("title", title, w), lambda: _title(title, w - 40))
    cy = h // 2 - 20
    head.set_alpha(round(255 * fade))
    name.set_alpha(round(255 * min(1.0, max(0.0, (tick - 10) / FADE_TICKS))))
    surface.blit(head, (w // 2 - head.get_width() // 2, cy - 40))
    rule = round((w * 0.36) * fade)
    pygame.draw.line(surface, (176, 120, 60), (w // 2 - rule // 2, cy - 14), (w // 2 + rule // 2, cy - 14))
    surface.blit(name, (w // 2 - name.get_width() // 2, cy))
    tag = _words(("tag",), lambda: _spaced("ONE MORE ROUND", 12, (120, 110, 96), 3))
    tag.set_alpha(round(200 * fade))
    surface.blit(tag, (w // 2 - tag.get_width() // 2, h - 40))
    grain = _grain_frames((w, h))
    surface.blit(grain[(tick // 3) % len(grain)], (0, 0))
    if tick % 37 < 2:  # a frame flickers brighter, the way old film does
        surface.fill((10, 9, 8), special_flags=pygame.BLEND_RGB_ADD)
