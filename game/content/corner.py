"""The cornerman's lines between rounds (`levels/corner.toml`), chosen by what the round was like."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content.errors import ContentError
from game.content.reader import Reader, load_toml

CATEGORIES = ("knocked_down", "scored_knockdown", "tired", "hurt", "won_round", "lost_round", "even")


@dataclass(frozen=True)
class CornerLines:
    cornerman: str
    lines: dict[str, tuple[str, ...]]

    def pick(self, category: str, index: int, opponent: str) -> str:
        options = self.lines[category]
        return options[index % len(options)].replace("{opponent}", opponent)


def load_corner(root: Path) -> CornerLines:
    path = root / "corner.toml"
    r = Reader("levels/corner.toml", load_toml(path, "levels/corner.toml"))
    cornerman = r.text("cornerman")
    table = r.table_of("lines")
    lines: dict[str, tuple[str, ...]] = {}
    for cat in CATEGORIES:
        found = table.strs(cat)
        if not found:
            table.problem(cat, "expected at least one line")
        lines[cat] = found or ("",)
    table.done()
    r.done()
    if r.problems:
        raise ContentError(r.problems)
    return CornerLines(cornerman, lines)
