"""The sounds the game ships: one WAV per name in assets/sounds/, written by tools/make_sounds.py."""

from __future__ import annotations

from pathlib import Path

SOUNDS_DIR = Path(__file__).resolve().parents[2] / "assets" / "sounds"

HIT_SOUNDS = tuple(f"hit_{target}_{weight}" for target in ("head", "body") for weight in ("light", "medium", "heavy"))
EFFECTS = (
    *HIT_SOUNDS,
    "block",
    "whiff",
    "bell",
    "bell_triple",
    "knockdown",
    "count",
    "camera_flash",
    "crowd_cheer",
    "menu_move",
    "menu_confirm",
    "menu_back",
    # the training montage
    "footstep",
    "stumble",
    "bag_thud",
    "speed_bag",
    "tire_thump",
    "tire_grunt",
    "hammer_ring",
    "hammer_whoosh",
    "mitt_pop",
    "countdown_beep",
    "countdown_go",
    "medal",
    "slush",
    "jump",
)
CROWD_LOOP = "crowd_loop"
MUSIC = ("theme",)  # streamed by pygame.mixer.music, not loaded into memory
ALL_SOUNDS = (*EFFECTS, CROWD_LOOP, *MUSIC)
