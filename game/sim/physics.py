"""The ring in pymunk: ropes and canvas as static segments, the fighters' bodies that push each other apart,
knockback, and the fall of a knockdown. Fighters keep integer positions; physics is rounded at this boundary.
"""

from __future__ import annotations

import math

import pymunk

from game.content.rules import SUBPX, Rules
from game.sim.boxer import Boxer

TPS = 60
_GRAVITY = -900.0  # px/s^2, y up
_FIGHTER = 0b001
_TORSO = 0b010
_CANVAS = 0b100


class Ring:
    """Built in a fixed order with fixed iterations, so the same inputs give the same bodies every run."""

    def __init__(self, rules: Rules, boxers: list[Boxer]) -> None:
        self.space = pymunk.Space()
        self.space.iterations = 10
        self.space.gravity = (0.0, _GRAVITY)
        left, right = rules.left_rope_sub / SUBPX, rules.right_rope_sub / SUBPX
        static = self.space.static_body
        canvas = pymunk.Segment(static, (left - 200, 0), (right + 200, 0), 1)
        canvas.friction = 1.0
        canvas.filter = pymunk.ShapeFilter(categories=_CANVAS)
        ropes = [pymunk.Segment(static, (x, 0), (x, 400), 1) for x in (left, right)]
        for rope in ropes:
            rope.filter = pymunk.ShapeFilter(categories=_CANVAS, mask=_FIGHTER)
            rope.elasticity = 0.0
        self.space.add(canvas, *ropes)
        self.bodies: list[pymunk.Body] = []
        self.torsos: list[pymunk.Body | None] = [None, None]
        self.joints: list[pymunk.Constraint | None] = [None, None]
        for b in boxers:
            radius = b.content.radius_sub / SUBPX
            body = pymunk.Body(float(b.content.mass), math.inf)
            body.position = (b.x / SUBPX, radius)
            shape = pymunk.Circle(body, radius)
            shape.friction = 0.0
            shape.filter = pymunk.ShapeFilter(categories=_FIGHTER, mask=_FIGHTER | _CANVAS)
            self.space.add(body, shape)
            self.bodies.append(body)

    def step(self, boxers: list[Boxer], rules: Rules) -> None:
        """Move the fighters by their walk and knockback, let the bodies push and the ropes stop them."""
        for b, body in zip(boxers, self.bodies, strict=True):
            walk = b.walk * rules.foot_walk_subpx[b.stat_index("foot_speed")]
            knock = -b.facing * b.knock_speed
            body.position = (b.x / SUBPX, body.position.y)
            body.velocity = ((walk + knock) * TPS / SUBPX, body.velocity.y)
            b.knock_speed = b.knock_speed * 3 // 4
        self.space.step(1.0 / TPS)
        for i, (b, body) in enumerate(zip(boxers, self.bodies, strict=True)):
            b.x = round(body.position.x * SUBPX)
            torso = self.torsos[i]
            if torso is not None:
                b.fall_angle = min(90, round(abs(math.degrees(torso.angle))))

    def place(self, boxers: list[Boxer]) -> None:
        """Put the bodies where the fighters are (a new round), at rest."""
        for i, (b, body) in enumerate(zip(boxers, self.bodies, strict=True)):
            body.position = (b.x / SUBPX, b.content.radius_sub / SUBPX)
            body.velocity = (0.0, 0.0)
            self.stand(i)

    def fall(self, i: int, b: Boxer) -> None:
        """A knockdown: the torso pivots at the feet and gravity lays it on the canvas."""
        self.stand(i)
        body = self.bodies[i]
        length = max(20.0, b.content.height_px - 30.0)
        torso = pymunk.Body(30.0, pymunk.moment_for_box(30.0, (14.0, length)))
        feet = body.position
        torso.position = (feet.x, feet.y + length / 2)
        torso.angular_velocity = 2.5 * b.facing  # y up: positive spin tips a right-facing fighter backwards
        shape = pymunk.Poly.create_box(torso, (14.0, length))
        shape.friction = 0.8
        shape.filter = pymunk.ShapeFilter(categories=_TORSO, mask=_CANVAS)
        joint = pymunk.PivotJoint(body, torso, feet)
        joint.collide_bodies = False
        self.space.add(torso, shape, joint)
        self.torsos[i] = torso
        self.joints[i] = joint

    def stand(self, i: int) -> None:
        torso, joint = self.torsos[i], self.joints[i]
        if torso is not None and joint is not None:
            self.space.remove(joint, *torso.shapes, torso)
        self.torsos[i] = None
        self.joints[i] = None

    def hash_tuple(self) -> tuple[object, ...]:
        out: list[object] = []
        for body in [*self.bodies, *(t for t in self.torsos if t is not None)]:
            out.extend((body.position.x, body.position.y, body.velocity.x, body.velocity.y, body.angle,
                        body.angular_velocity))
        return tuple(out)
