"""Loads every content file of a levels folder into one frozen `Content`, or raises with every problem found."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from game.content.arenas import ArenaSpec, read_arena
from game.content.campaign import Campaign, read_campaign
from game.content.errors import ContentError, Problem
from game.content.fighters import Fighter, read_fighter
from game.content.looks import Looks, read_looks
from game.content.reader import Reader, load_toml, with_base
from game.content.rules import CpuLevel, JudgeSpec, Rules, read_cpu_levels, read_judges, read_rules
from game.content.training import STAGE_IDS, StageSpec, read_stage

LEVELS_DIR = Path(__file__).resolve().parents[2] / "levels"
LEVELS_ENV = "ONE_MORE_ROUND_LEVELS"  # points the game at another levels folder (mods, tests)


def levels_dir() -> Path:
    override = os.environ.get(LEVELS_ENV)
    return Path(override) if override else LEVELS_DIR


@dataclass(frozen=True)
class Content:
    rules: Rules
    judges: tuple[JudgeSpec, ...]
    cpu_levels: dict[str, CpuLevel]
    fighters: dict[str, Fighter]
    digest: str  # a hash of every content file's bytes: replays record it
    training: dict[str, StageSpec] = field(default_factory=dict)  # by stage id
    arenas: dict[str, ArenaSpec] = field(default_factory=dict)
    campaign: Campaign | None = None
    looks: Looks = field(default_factory=Looks)  # how fighters look and move: drawing only, not in the digest

    def fighter(self, fighter_id: str) -> Fighter:
        try:
            return self.fighters[fighter_id]
        except KeyError:
            known = ", ".join(sorted(self.fighters))
            raise ContentError([Problem("levels/fighters", fighter_id,
                                        f"no such fighter (known: {known})")]) from None

    def home_arena(self) -> ArenaSpec | None:
        """The house the game is set in, for Versus and the menus: the one the story's fight names, else the first
        arena shipped (None when there are none)."""
        named = [b.arena for b in self.campaign.beats if b.kind == "fight"] if self.campaign is not None else []
        for arena_id in [*named, *sorted(self.arenas)]:
            if arena_id in self.arenas:
                return self.arenas[arena_id]
        return None

    def stage(self, stage_id: str) -> StageSpec:
        try:
            return self.training[stage_id]
        except KeyError:
            known = ", ".join(sorted(self.training))
            raise ContentError([Problem("levels/training", stage_id,
                                        f"no such training stage (known: {known})")]) from None


def _display(path: Path, root: Path) -> str:
    try:
        return "levels/" + path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def load_content(root: Path | None = None) -> Content:
    """Load and validate everything under `root` (the shipped levels/ by default)."""
    root = root or levels_dir()
    problems: list[Problem] = []
    digest = hashlib.sha256()

    def read(rel: str, based: bool = False) -> Reader | None:
        path = root / rel
        try:
            table = load_toml(path, _display(path, root))
            if based:  # a fighter may start from another's file (`based_on`) and give only what differs
                table = with_base(table, path.parent, _display(path.parent, root), (path.stem,))
            digest.update(rel.encode() + b"\0" + path.read_bytes())
        except ContentError as exc:
            problems.extend(exc.problems)
            return None
        return Reader(_display(path, root), table, "", problems)

    r = read("rules.toml")
    rules = read_rules(r) if r else None
    j = read("judges.toml")
    judges = read_judges(j) if j else ()
    c = read("cpu_levels.toml")
    cpu_levels = read_cpu_levels(c) if c else {}
    fighters: dict[str, Fighter] = {}
    fighter_dir = root / "fighters"
    files = sorted(fighter_dir.glob("*.toml")) if fighter_dir.is_dir() else []
    if not files:
        problems.append(Problem(_display(fighter_dir, root), "", "no fighter files found"))
    for path in files:
        fr = read(f"fighters/{path.name}", based=True)
        if fr is not None and rules is not None:
            fighters[path.stem] = read_fighter(fr, path.stem, rules)
    training: dict[str, StageSpec] = {}
    stage_dir = root / "training"
    for path in sorted(stage_dir.glob("*.toml")) if stage_dir.is_dir() else []:
        sr = read(f"training/{path.name}")
        spec = read_stage(sr, path.stem) if sr is not None else None
        if spec is not None:
            training[path.stem] = spec
    missing = [s for s in STAGE_IDS if s not in training and not (stage_dir / f"{s}.toml").is_file()]
    if missing:
        problems.append(Problem(_display(stage_dir, root), "", f"missing training stage files: "
                                f"{', '.join(m + '.toml' for m in missing)}"))
    arenas: dict[str, ArenaSpec] = {}
    arena_dir = root / "arenas"
    for path in sorted(arena_dir.glob("*.toml")) if arena_dir.is_dir() else []:
        ar = read(f"arenas/{path.name}")
        if ar is not None:
            arenas[path.stem] = read_arena(ar, path.stem)
    campaign = None
    if (root / "campaign.toml").is_file():
        cr = read("campaign.toml")
        if cr is not None:
            campaign = read_campaign(cr, set(training), set(fighters), set(arenas))
    looks = Looks()
    if rules is not None and fighters:
        try:
            looks = read_looks(root / "looks", sorted(fighters), rules, _display(root / "looks", root))
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems or rules is None:
        raise ContentError(problems)
    return Content(rules, judges, cpu_levels, fighters, digest.hexdigest()[:16], training, arenas, campaign, looks)
