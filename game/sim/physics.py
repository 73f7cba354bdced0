"""The ring: fighters pushing each other and the ropes stopping them, and the fall of a knockdown in pymunk.

Pushing and the ropes are exact integer pushboxes in subpixels (the fighting-game way): one dimension, two bodies,
two walls, so the result is the same on every machine, is mirror-exact (neither side has priority, and the rounding
favours no one) and leaves nothing hidden for a snapshot to miss. pymunk only swings the torso of a fighter who is
going down, in the fighter's own frame (pivot at the origin, always tipping the same way: the renderer applies the
facing), so the side of the ring cannot change the fall. Between ticks the space holds nothing but the torso bodies,
whose position, velocity, angle and spin a copy of the space restores exactly; the joints that hold a torso are
built fresh for each step, since pymunk's copy keeps no joint's accumulated impulse (nor any body's bias velocity,
which is why nothing here makes contact arbiters).
"""

from __future__ import annotations

import math

import pymunk

from game.content.rules import SUBPX, Rules
from game.sim.boxer import Boxer

TPS = 60
_GRAVITY = -900.0  # px/s^2, y up
_TORSO_MASS = 30.0
_TORSO_WIDTH_PX = 14.0
_TIP_SPEED = 2.5  # rad/s: the push of the punch that starts the fall
_FLAT = math.pi / 2  # the canvas stops the torso lying flat


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


class Ring:
    """The two pushboxes between the ropes, and a pymunk space for the falls (built in a fixed order, fixed
    iterations)."""

    def __init__(self, rules: Rules, boxers: list[Boxer]) -> None:
        self.left_rope_sub = rules.left_rope_sub
        self.right_rope_sub = rules.right_rope_sub
        self.space = pymunk.Space()
        self.space.iterations = 10
        self.space.gravity = (0.0, _GRAVITY)
        self.torsos: list[pymunk.Body | None] = [None, None]
        self.pivots_px: list[float] = [0.0, 0.0]  # the height of each fighter's hips above the canvas

    # --- pushing and the ropes ---------------------------------------------------------------------------------

    def step(self, boxers: list[Boxer], rules: Rules) -> None:
        """Move the fighters by their walk and knockback; the ropes stop them and they push each other apart."""
        left, right = (boxers[0], boxers[1]) if boxers[0].facing > 0 else (boxers[1], boxers[0])
        for b in boxers:
            walk = b.walk * rules.foot_walk_subpx[b.stat_index("foot_speed")]
            b.x = self._inside(b, b.x + walk - b.facing * b.knock_speed)
            b.knock_speed = b.knock_speed * 3 // 4
        self._push_apart(left, right)
        if self.torsos[0] is not None or self.torsos[1] is not None:
            self._swing()
            for i, b in enumerate(boxers):
                angle = self.fall_angle(i)
                if angle is not None:
                    b.fall_angle = angle

    def _inside(self, b: Boxer, x: int) -> int:
        radius = b.content.radius_sub
        return max(self.left_rope_sub + radius, min(self.right_rope_sub - radius, x))

    def _push_apart(self, left: Boxer, right: Boxer) -> None:
        """Overlapping bodies part in inverse proportion to their mass (the heavier gives less ground); each share
        is rounded up by the same rule, so the parting is the same whichever side a fighter is on. A fighter pushed
        into the ropes stays there and the other takes the rest."""
        overlap = left.content.radius_sub + right.content.radius_sub - (right.x - left.x)
        if overlap <= 0:
            return
        m_left, m_right = left.content.mass, right.content.mass
        left.x -= _ceil_div(overlap * m_right, m_left + m_right)
        right.x += _ceil_div(overlap * m_left, m_left + m_right)
        low = self.left_rope_sub + left.content.radius_sub - left.x
        if low > 0:
            left.x += low
            right.x = self._inside(right, right.x + low)
        high = right.x - (self.right_rope_sub - right.content.radius_sub)
        if high > 0:
            right.x -= high
            left.x = self._inside(left, left.x - high)

    def place(self, boxers: list[Boxer]) -> None:
        """A new round: everyone on his feet."""
        for i in range(len(boxers)):
            self.stand(i)

    # --- knockdown falls ---------------------------------------------------------------------------------------

    def fall(self, i: int, b: Boxer) -> None:
        """A knockdown: the torso pivots at the hips and gravity lays it on the canvas."""
        self.stand(i)
        length = max(20.0, b.content.height_px - 30.0)
        torso = pymunk.Body(_TORSO_MASS, pymunk.moment_for_box(_TORSO_MASS, (_TORSO_WIDTH_PX, length)))
        hips = b.content.radius_sub / SUBPX
        torso.position = (0.0, hips + length / 2)
        torso.angular_velocity = _TIP_SPEED
        self.space.add(torso)
        self.torsos[i] = torso
        self.pivots_px[i] = hips
        b.fall_angle = 0

    def stand(self, i: int) -> None:
        torso = self.torsos[i]
        if torso is not None:
            self.space.remove(torso)
        self.torsos[i] = None

    def _swing(self) -> None:
        static = self.space.static_body
        joints: list[pymunk.Constraint] = []
        for torso, hips in zip(self.torsos, self.pivots_px, strict=True):
            if torso is not None:
                joints.append(pymunk.PivotJoint(static, torso, (0.0, hips)))
                joints.append(pymunk.RotaryLimitJoint(static, torso, -_FLAT, _FLAT))
        self.space.add(*joints)
        self.space.step(1.0 / TPS)
        self.space.remove(*joints)

    def fall_angle(self, i: int) -> int | None:
        """Degrees the fighter's torso leans from upright, or None when he is not falling."""
        torso = self.torsos[i]
        if torso is None:
            return None
        return min(90, round(abs(math.degrees(torso.angle))))

    def hash_tuple(self) -> tuple[object, ...]:
        out: list[object] = []
        for i, torso in enumerate(self.torsos):
            if torso is not None:
                out.extend((i, self.pivots_px[i], torso.position.x, torso.position.y, torso.velocity.x,
                            torso.velocity.y, torso.angle, torso.angular_velocity))
        return tuple(out)
