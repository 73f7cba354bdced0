"""Arenas (`levels/arenas/<id>.toml`): the name on the apron and how full the house is."""

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
