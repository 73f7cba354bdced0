"""The fighters are drawn as posed characters: in every state, mirrored when facing left, punching forward."""

from __future__ import annotations

import pygame
import pytest

from game.content.library import Content
from game.render.fighter import draw_fighter, draw_fighter_portrait
from game.sim.boxer import Boxer, new_boxer
from game.sim.states import FS

FIGHTERS = ("vito", "cole", "viktor", "danny")
FLOOR_Y = 300
BACKGROUND = (40, 60, 90)
CENTRE_X = 320


def _boxer(content: Content, fighter_id: str, state: FS = FS.IDLE, frame: int = 0, move: str | None = None,
           facing: int = 1) -> Boxer:
    b = new_boxer(content.fighter(fighter_id), 0, content.rules)
    b.x, b.facing, b.state, b.frame = CENTRE_X * 256, facing, state, frame
    if move is not None:
        b.move = content.fighter(fighter_id).moves[move]
        b.move_startup, b.move_recovery = b.move.startup, b.move.recovery
    return b


def _drawn(content: Content, b: Boxer, tick: int = 0, target: str = "head") -> pygame.Rect:
    """The bounding box of everything drawn for `b` on a plain 640x360 screen."""
    surf = pygame.Surface((640, 360))
    surf.fill(BACKGROUND)
    draw_fighter(surf, b, FLOOR_Y, tick, content.looks, target)
    mask = pygame.mask.from_threshold(surf, BACKGROUND, (1, 1, 1, 255))
    mask.invert()
    rects = mask.get_bounding_rects()
    assert rects, f"{b.content.id} in {b.state.name} drew nothing"
    return rects[0].unionall(rects[1:])


def _every_state(content: Content, fighter_id: str) -> list[Boxer]:
    out: list[Boxer] = []
    for state in FS:
        if state in (FS.PUNCH_STARTUP, FS.PUNCH_ACTIVE, FS.PUNCH_RECOVERY):
            continue
        b = _boxer(content, fighter_id, state, frame=3)
        b.stun, b.fall_angle = 12, 45 if state == FS.KNOCKED_DOWN else 0
        out.append(b)
    for move_id, move in content.fighter(fighter_id).moves.items():
        for state, frames in ((FS.PUNCH_STARTUP, move.startup), (FS.PUNCH_ACTIVE, move.active),
                              (FS.PUNCH_RECOVERY, move.recovery)):
            out += [_boxer(content, fighter_id, state, frame, move_id) for frame in range(frames)]
    return out


@pytest.mark.parametrize("fighter_id", FIGHTERS)
def test_every_fighter_draws_in_every_state_and_every_move_frame(content: Content, fighter_id: str) -> None:
    for b in _every_state(content, fighter_id):
        box = _drawn(content, b)
        assert box.w >= 20 and box.h >= 20, f"{fighter_id} in {b.state.name} frame {b.frame}: only {box}"
        assert box.bottom >= FLOOR_Y - 4, f"{fighter_id} in {b.state.name} floats above the canvas: {box}"


def test_reactions_follow_the_last_hit_and_the_hitstop_shows_its_reaction(content: Content) -> None:
    for target in ("head", "body"):
        for after in (FS.HITSTUN, FS.BLOCKSTUN, FS.STAGGERED, FS.KNOCKED_DOWN):
            b = _boxer(content, "vito", FS.HITSTOP)
            b.after_hitstop = after
            assert _drawn(content, b, target=target).h > 40
    head, body = _boxer(content, "cole", FS.HITSTUN, 1), _boxer(content, "cole", FS.HITSTUN, 1)
    head.stun = body.stun = 20
    assert _drawn(content, head, target="head") != _drawn(content, body, target="body")


@pytest.mark.parametrize("fighter_id", FIGHTERS)
@pytest.mark.parametrize(("state", "move"), [(FS.IDLE, None), (FS.PUNCH_ACTIVE, "straight"),
                                             (FS.PUNCH_STARTUP, "haymaker"), (FS.GUARD_LOW, None),
                                             (FS.VICTORIOUS, None)])
def test_a_fighter_facing_left_is_the_mirror_image(content: Content, fighter_id: str, state: FS,
                                                   move: str | None) -> None:
    right = _drawn(content, _boxer(content, fighter_id, state, 1, move, facing=1))
    left = _drawn(content, _boxer(content, fighter_id, state, 1, move, facing=-1))
    # mirrored about the fighter's centre line: left edge of one matches the right edge of the other
    assert abs((CENTRE_X - left.left) - (right.right - CENTRE_X)) <= 2, (right, left)
    assert abs((left.right - CENTRE_X) - (CENTRE_X - right.left)) <= 2, (right, left)
    assert abs(right.top - left.top) <= 1 and abs(right.bottom - left.bottom) <= 1


@pytest.mark.parametrize("fighter_id", FIGHTERS)
def test_the_jab_reaches_further_forward_than_the_guard(content: Content, fighter_id: str) -> None:
    idle = _drawn(content, _boxer(content, fighter_id))
    jab = _drawn(content, _boxer(content, fighter_id, FS.PUNCH_ACTIVE, 1, "jab"))
    assert jab.right >= idle.right + 15, (idle, jab)
    idle_left = _drawn(content, _boxer(content, fighter_id, facing=-1))
    jab_left = _drawn(content, _boxer(content, fighter_id, FS.PUNCH_ACTIVE, 1, "jab", facing=-1))
    assert jab_left.left <= idle_left.left - 15, (idle_left, jab_left)


@pytest.mark.parametrize("fighter_id", FIGHTERS)
def test_the_jab_glove_lands_about_where_its_hitbox_ends(content: Content, fighter_id: str) -> None:
    jab = content.fighter(fighter_id).moves["jab"]
    far_px = CENTRE_X + max(box.far for box in jab.hitboxes) // 256
    reach = _drawn(content, _boxer(content, fighter_id, FS.PUNCH_ACTIVE, 1, "jab")).right
    assert abs(reach - far_px) <= 10, (reach, far_px)


def test_the_haymaker_tell_is_a_different_picture_from_the_guard(content: Content) -> None:
    move = content.fighter("cole").moves["haymaker"]
    assert move.tell_frames > 0
    idle = _drawn(content, _boxer(content, "cole"))
    tell = _drawn(content, _boxer(content, "cole", FS.PUNCH_STARTUP, move.tell_frames - 1, "haymaker"))
    assert tell != idle


def test_the_knocked_down_fighter_lies_on_the_canvas(content: Content) -> None:
    standing = _drawn(content, _boxer(content, "viktor"))
    down = _boxer(content, "viktor", FS.KNOCKED_DOWN, 60)
    down.fall_angle = 90
    lying = _drawn(content, down)
    assert lying.h < standing.h // 2 and lying.w > standing.w


@pytest.mark.parametrize("fighter_id", FIGHTERS)
def test_the_portrait_stays_inside_its_frame(content: Content, fighter_id: str) -> None:
    surf = pygame.Surface((200, 200))
    surf.fill(BACKGROUND)
    frame = pygame.Rect(50, 60, 64, 72)
    draw_fighter_portrait(surf, content.looks[fighter_id], frame)
    mask = pygame.mask.from_threshold(surf, BACKGROUND, (1, 1, 1, 255))
    mask.invert()
    drawn = mask.get_bounding_rects()
    assert drawn and frame.contains(drawn[0].unionall(drawn[1:]))
    assert mask.count() > frame.w * frame.h // 3


def test_the_four_fighters_do_not_look_alike(content: Content) -> None:
    looks = [content.looks[f] for f in FIGHTERS]
    assert len({(look.skin, look.hair_style, look.trunks) for look in looks}) == 4
