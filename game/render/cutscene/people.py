"""The cast of the cutscene panels: who wears what, and the few poses a panel needs (sitting, standing, kneeling...).

Vito, Cole, Viktor and Danny have looks of their own in levels/looks/; the people without one (Tony, Rob, the
doctor, the TV anchor, reporters, the ring announcer, the kids of the spring gym) are made from Danny's look with
another face, hair and build.
`draw_person` puts anyone in any pose onto a surface with the game's articulated figure. View-only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pygame

from game.content.looks import Look, Looks
from game.render.fighter import SWEATSUIT, Outfit, draw_figure
from game.render.pose import Values, figure_pose
from game.render.pose_rig import Rig

Colour = tuple[int, int, int]

# --- poses (the numbers of levels/looks/poses.toml: x, lift, lean, head, turn, arms, legs) ------------------------
STAND = figure_pose(x=0, lean=3, head=2, turn=0.45, lead_arm=(8, 14), rear_arm=(6, 12), lead_leg=(5, 4),
                    rear_leg=(-5, 4))
STAND_TIRED = figure_pose(x=0, lean=10, head=14, turn=0.45, lead_arm=(6, 10), rear_arm=(4, 10), lead_leg=(6, 8),
                          rear_leg=(-6, 8))
ARMS_FOLDED = figure_pose(x=0, lean=0, head=4, turn=0.5, lead_arm=(22, 116), rear_arm=(26, 112), lead_leg=(6, 4),
                          rear_leg=(-6, 4))
TALKING = figure_pose(x=0, lean=4, head=2, turn=0.5, lead_arm=(30, 70), rear_arm=(8, 16), lead_leg=(6, 4),
                      rear_leg=(-6, 4))
HOLD_WATCH = figure_pose(x=0, lean=2, head=10, turn=0.5, lead_arm=(34, 96), rear_arm=(10, 20), lead_leg=(6, 4),
                         rear_leg=(-6, 4))
SIT = figure_pose(x=0, lean=6, head=10, turn=0.45, lead_arm=(18, 40), rear_arm=(14, 46), lead_leg=(88, 86),
                  rear_leg=(84, 90))
SIT_STIFF = figure_pose(x=0, lean=16, head=18, turn=0.45, lead_arm=(26, 40), rear_arm=(40, 62), lead_leg=(84, 80),
                        rear_leg=(80, 86))
SIT_GLOVE = figure_pose(x=0, lean=14, head=22, turn=0.4, lead_arm=(38, 92), rear_arm=(34, 84), lead_leg=(86, 88),
                        rear_leg=(82, 92))
KNEEL = figure_pose(x=0, lean=10, head=20, turn=0.45, lead_arm=(38, 30), rear_arm=(10, 20), lead_leg=(84, 92),
                    rear_leg=(-4, 96))
PHONE = figure_pose(x=0, lean=4, head=8, turn=0.55, lead_arm=(12, 18), rear_arm=(28, 148), lead_leg=(5, 4),
                    rear_leg=(-5, 4))
SHADOWBOX = figure_pose(x=-4, lean=10, head=6, turn=0.2, lead_arm=(84, 20), rear_arm=(30, 140), lead_leg=(22, 18),
                        rear_leg=(-12, 14))
GUARD = figure_pose(x=-4, lean=10, head=6, turn=0.2, lead_arm=(52, 100), rear_arm=(28, 142), lead_leg=(22, 18),
                    rear_leg=(-12, 14))
RUN = figure_pose(x=2, lean=16, head=4, turn=0.4, lead_arm=(-38, 84), rear_arm=(52, 96), lead_leg=(46, 60),
                  rear_leg=(-30, 40))
RUN_B = figure_pose(x=2, lean=16, head=4, turn=0.5, lead_arm=(52, 96), rear_arm=(-38, 84), lead_leg=(-30, 40),
                    rear_leg=(46, 60))
MIC = figure_pose(x=0, lean=-2, head=-6, turn=0.5, lead_arm=(20, 30), rear_arm=(40, 120), lead_leg=(6, 4),
                  rear_leg=(-6, 4))
MIC_OUT = figure_pose(x=2, lean=8, head=2, turn=0.5, lead_arm=(10, 16), rear_arm=(72, 20), lead_leg=(10, 6),
                      rear_leg=(-8, 6))
CAMERA = figure_pose(x=0, lean=6, head=6, turn=0.5, lead_arm=(70, 60), rear_arm=(60, 80), lead_leg=(10, 8),
                     rear_leg=(-10, 8))
PUNCH_BAG = figure_pose(x=-2, lean=14, head=8, turn=0.8, lead_arm=(48, 110), rear_arm=(88, 8), lead_leg=(26, 18),
                        rear_leg=(-18, 10))
HOOK_BAG = figure_pose(x=-2, lean=12, head=8, turn=0.1, lead_arm=(90, 84), rear_arm=(30, 140), lead_leg=(24, 18),
                       rear_leg=(-16, 12))
TOUCH_GLOVES = figure_pose(x=-2, lean=8, head=6, turn=0.3, lead_arm=(82, 16), rear_arm=(28, 142), lead_leg=(18, 14),
                           rear_leg=(-12, 12))
HUG = figure_pose(x=6, lean=12, head=24, turn=0.55, lead_arm=(70, 50), rear_arm=(76, 48), lead_leg=(8, 6),
                  rear_leg=(-12, 8))
THROUGH_ROPES = figure_pose(x=6, lean=48, head=26, turn=0.4, lead_arm=(70, 30), rear_arm=(46, 40), lead_leg=(74, 88),
                            rear_leg=(-14, 8))
STAND_BOWED = figure_pose(x=0, lean=6, head=26, turn=0.45, lead_arm=(6, 12), rear_arm=(4, 10), lead_leg=(5, 4),
                          rear_leg=(-5, 4))
DUCK_IN = figure_pose(x=2, lean=22, head=26, turn=0.5, lead_arm=(126, 8), rear_arm=(12, 18), lead_leg=(24, 10),
                      rear_leg=(-12, 8))
SPAR = figure_pose(x=-4, lean=12, head=8, turn=0.3, lead_arm=(74, 40), rear_arm=(30, 140), lead_leg=(22, 18),
                   rear_leg=(-12, 14))
KID_GUARD = figure_pose(x=-2, lean=6, head=4, turn=0.2, lead_arm=(50, 104), rear_arm=(28, 140), lead_leg=(16, 12),
                        rear_leg=(-10, 10))
SLIP = figure_pose(x=-8, lift=0, lean=24, head=20, turn=0.1, lead_arm=(50, 104), rear_arm=(28, 142), lead_leg=(28, 40),
                   rear_leg=(-14, 30))
HAND_UP = figure_pose(x=0, lean=0, head=-4, turn=0.5, lead_arm=(14, 20), rear_arm=(150, 20), lead_leg=(6, 4),
                      rear_leg=(-6, 4))


# --- people without a look of their own ---------------------------------------------------------------------------

_CASTS: dict[int, tuple[Looks, dict[str, Person]]] = {}

@dataclass(frozen=True)
class Person:
    look: Look
    outfit: Outfit
    height_px: int


def _variant(base: Look, who: str, skin: Colour, hair_style: str, hair: Colour, facial: str, age: bool,
             shoes: Colour, **build: float) -> Look:
    return replace(base, id=who, skin=skin, hair_style=hair_style, hair=hair, facial_hair=facial, age_lines=age,
                   shoes=shoes, sole=shoes, socks=shoes, muscle=0.0, build=replace(base.build, **build))


def _cast(looks: Looks) -> dict[str, Person]:
    got = _CASTS.get(id(looks))
    if got is not None and got[0] is looks:
        return got[1]
    cast = _make_cast(looks)
    _CASTS[id(looks)] = (looks, cast)
    return cast


def _make_cast(looks: Looks) -> dict[str, Person]:
    danny = looks["danny"]
    black = (26, 24, 26)
    brown = (70, 46, 32)
    return {
        "vito": Person(looks["vito"], Outfit(suit=(92, 74, 64), hands="fists"), 94),  # an old brown cardigan
        "vito_vest": Person(looks["vito"], Outfit(suit=(218, 214, 200), hands="fists"), 94),  # his undershirt
        "vito_sweats": Person(looks["vito"], SWEATSUIT, 94),
        "vito_robe": Person(looks["vito"], Outfit(suit=(176, 28, 38), hands="gloves"), 94),
        "cole": Person(looks["cole"], Outfit(suit=(34, 34, 40), hands="wraps"), 98),
        "vito_ring": Person(looks["vito"], Outfit(), 94),  # trunks and gloves, after the fight
        "cole_ring": Person(looks["cole"], Outfit(), 98),
        "viktor": Person(looks["viktor"], Outfit(suit=(60, 64, 72), hands="fists"), 104),
        "danny": Person(danny, Outfit(suit=(40, 120, 70), hands="wraps"), 90),
        "tony": Person(_variant(danny, "tony", (150, 104, 74), "short", (66, 60, 58), "moustache", True, black,
                                belly=6, waist=27, shoulders=29), Outfit(suit=(38, 50, 86), hands="fists"), 90),
        "rob": Person(_variant(danny, "rob", (206, 166, 128), "short", (84, 60, 42), "none", False, brown,
                               waist=24, shoulders=28), Outfit(suit=(58, 60, 70), hands="fists"), 92),
        "doctor": Person(_variant(danny, "doctor", (232, 196, 168), "receding", (176, 170, 164), "none", True, black,
                                  belly=3, waist=24), Outfit(suit=(232, 234, 232), hands="fists"), 90),
        "anchor": Person(_variant(danny, "anchor", (196, 150, 112), "short", (40, 30, 26), "none", False, black),
                         Outfit(suit=(30, 42, 80), hands="fists"), 90),
        "announcer": Person(_variant(danny, "announcer", (226, 186, 150), "short", (30, 26, 24), "moustache", True,
                                     black, belly=4, waist=25), Outfit(suit=(24, 24, 30), hands="fists"), 92),
        "reporter_a": Person(_variant(danny, "reporter_a", (236, 200, 170), "short", (150, 96, 50), "none", False,
                                      brown), Outfit(suit=(120, 96, 70), hands="fists"), 88),
        "reporter_b": Person(_variant(danny, "reporter_b", (120, 80, 56), "shaved", (20, 18, 16), "beard", False,
                                      black), Outfit(suit=(64, 84, 110), hands="fists"), 90),
        "kids_a": Person(_variant(danny, "kids_a", (224, 176, 136), "short", (60, 40, 28), "none", False, black),
                         Outfit(suit=(190, 40, 46), hands="wraps"), 70),
        "kids_b": Person(_variant(danny, "kids_b", (120, 78, 52), "shaved", (24, 20, 18), "none", False, black),
                         Outfit(suit=(40, 90, 160), hands="wraps"), 74),
        "kids_c": Person(_variant(danny, "kids_c", (180, 130, 90), "short", (30, 24, 20), "none", False, black),
                         Outfit(suit=(226, 200, 60), hands="wraps"), 66),
    }


def person(looks: Looks, who: str) -> Person:
    """One of the cast by id: a person of the story, or one of them dressed otherwise (vito_robe), its first word
    the cast id of campaign.SCENES (vito, vito_vest, vito_sweats, vito_robe, vito_ring, cole, cole_ring,
    viktor, danny, tony, rob, doctor, anchor, announcer, reporter_a, reporter_b, kids_a, kids_b, kids_c).
    The referee is the fight's own (render/referee.py)."""
    return _cast(looks)[who]


def draw_person(surface: pygame.Surface, looks: Looks, who: str, pose: Values, x: int, floor_y: int, facing: int = 1,
                face: str = "calm", scale: float = 1.0, shadow: bool = True) -> Rig:
    """`who` in `pose`, standing with his lowest point on `floor_y` at screen x `x`."""
    p = person(looks, who)
    return draw_figure(surface, p.look, pose, x, floor_y, facing, face, p.height_px, scale, shadow, p.outfit)
