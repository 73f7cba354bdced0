"""Arenas (`levels/arenas/<id>.toml`): the house's name and city (on the apron and the ribbon board), the banner on
the canvas and how full the seats are; render/arena.py draws them."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.reader import Reader


@dataclass(frozen=True)
class ArenaSpec:
    id: str
    name: str
    city: str
    banner: str
    crowd_percent: int


def read_arena(r: Reader, arena_id: str) -> ArenaSpec:
    spec = ArenaSpec(arena_id, r.text("name"), r.text("city"), r.text("banner"), r.integer("crowd_percent", 0, 100))
    r.done()
    return spec
