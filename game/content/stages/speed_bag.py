"""Speed bag's parameters (`levels/training/speed_bag.toml` [params]): the bag's rebounds, the window, the target."""

from __future__ import annotations

from dataclasses import dataclass

from game.content.reader import Reader


@dataclass(frozen=True)
class Params:
    rebounds_per_hit: int
    rebound_frames: int
    window_early_frames: int
    window_late_frames: int
    wobble_frames: int
    target_streak: int

    @property
    def beat_frames(self) -> int:
        """Ticks from one punch to the next: the bag's bounces off the board and its way back to the fists."""
        return (self.rebounds_per_hit + 1) * self.rebound_frames


def read_params(r: Reader) -> Params:
    p = Params(
        rebounds_per_hit=r.integer("rebounds_per_hit", 1, 5),
        rebound_frames=r.frames("rebound_frames", 2, 30),
        window_early_frames=r.integer("window_early_frames", 0, 30),
        window_late_frames=r.integer("window_late_frames", 0, 30),
        wobble_frames=r.frames("wobble_frames", 1, 600),
        target_streak=r.integer("target_streak", 2, 1000),
    )
    if p.window_early_frames + p.window_late_frames >= p.beat_frames:
        r.problem("window_late_frames", f"expected the window (early + late) to be shorter than a beat "
                                        f"({p.beat_frames} ticks), got {p.window_early_frames + p.window_late_frames}")
    r.done()
    return p
