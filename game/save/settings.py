"""The player's settings: JSON with a schema version, written atomically; a broken file is moved aside.

Schema history: 1, the first release; 2 adds `controls` (rumble, the stick's dead zone and the player's key and
button bindings). An older file is migrated step by step when read, and written back in the newest schema.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from game.save.jsonfile import read_versioned, write_versioned

SCHEMA = 2


@dataclass
class Video:
    scale: int = 0  # 0: the largest whole-number scale that fits the screen
    fullscreen: bool = False


@dataclass
class Audio:
    master: float = 0.8
    effects: float = 1.0
    music: float = 0.6


@dataclass
class Accessibility:
    getup_hold: bool = False  # hold a punch button to get up instead of mashing
    shake: float = 1.0
    flash: float = 1.0
    always_timer: bool = False
    input_display: bool = False


@dataclass
class Versus:
    p1: str = "vito"
    p2: str = "cole"
    cpu: str = "normal"
    rounds: int = 3
    clock_speed: int = 3  # 3: a round is one real minute
    players: int = 1  # 1: against the CPU; 2: two players on one machine


@dataclass
class Controls:
    rumble: bool = True  # gamepads shake on heavy hits and knockdowns
    dead_zone: float = 0.25  # of the stick's travel, read as centred
    bindings: dict[str, Any] = field(default_factory=dict)  # only the profiles the player changed


@dataclass
class Speedrun:
    splits: bool = True  # the splits panel beside the timer in training (Tab shows or hides it)
    livesplit: bool = False  # drive a LiveSplit Server on localhost:16834 (start, split, reset, game time)


@dataclass
class Settings:
    video: Video = field(default_factory=Video)
    audio: Audio = field(default_factory=Audio)
    accessibility: Accessibility = field(default_factory=Accessibility)
    versus: Versus = field(default_factory=Versus)
    controls: Controls = field(default_factory=Controls)
    speedrun: Speedrun = field(default_factory=Speedrun)


DEAD_ZONE_LIMITS = (0.05, 0.6)
_LIMITS: dict[str, tuple[float, float]] = {
    "scale": (0, 8), "master": (0, 1), "effects": (0, 1), "music": (0, 1), "shake": (0, 1), "flash": (0, 1),
    "rounds": (1, 12), "clock_speed": (1, 3), "dead_zone": DEAD_ZONE_LIMITS, "players": (1, 2),
}


def _merge(section: Any, raw: object) -> None:
    """Take every known, well-typed value from `raw`; anything else keeps its default."""
    if not isinstance(raw, dict):
        return
    for f in fields(section):
        value = raw.get(f.name)
        default = getattr(section, f.name)
        if value is None or type(value) is not type(default):
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            else:
                continue
        if f.name in _LIMITS:
            lo, hi = _LIMITS[f.name]
            value = type(default)(min(hi, max(lo, value)))
        setattr(section, f.name, value)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings, and a message for the player when the file could not be used (shown once)."""
    settings = Settings()
    doc, notice = read_versioned(path, SCHEMA, "settings file", "the defaults are in use")
    if doc is None:
        return settings, notice
    doc = migrate(doc)
    for name in ("video", "audio", "accessibility", "versus", "controls", "speedrun"):
        _merge(getattr(settings, name), doc.get(name))
    return settings, None


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings document of an older schema up to this one, one step at a time."""
    doc = dict(doc)
    if doc["schema"] == 1:
        # schema 2 added the controls section; the first release had fixed keys, which are its defaults, and a
        # missing section keeps its defaults when read
        doc["schema"] = 2
    return doc


def save_settings(path: Path, settings: Settings) -> None:
    write_versioned(path, SCHEMA, asdict(settings))
