"""The input chain of a training replay: a CRC-32 that starts from the header's own CRC and takes in every tick's
inputs, kept beside the state hash at each checkpoint.

So an edited header is found at tick 0 (the chain starts elsewhere), and an input changed anywhere before a
checkpoint is found there, even one the stage ignored. CRC-32 is linear, so when one checkpoint's chain differs
the difference itself says which single tick's player-1 buttons would explain it: `edited_tick` finds that tick
when exactly one does.
"""

from __future__ import annotations

import json
import struct
import zlib

from game.sim.events import Event
from game.sim.inputs import ALL_ACTIONS
from game.sim.replay import ReplayHeader, header_to_json
from game.sim.training.montage import Montage
from game.sim.training.stage import StageSim

FRAME = "<II"  # one tick's inputs as the chain takes them in (struct format)
_ZERO_FRAME = bytes(struct.calcsize(FRAME))
_ZERO_CRC = zlib.crc32(_ZERO_FRAME)


def header_crc(header: ReplayHeader) -> int:
    """The CRC of the header's canonical JSON: where the chain starts."""
    text = json.dumps(header_to_json(header), sort_keys=True, separators=(",", ":"))
    return zlib.crc32(text.encode())


def frame_crc(chain: int, inputs: tuple[int, int]) -> int:
    return zlib.crc32(struct.pack(FRAME, inputs[0] & 0xFFFFFFFF, inputs[1] & 0xFFFFFFFF), chain)


class Chained:
    """A run whose state hash also carries the chain: "<the run's hash>:<chain, 8 hex digits>"."""

    def __init__(self, sim: StageSim | Montage, start: int) -> None:
        self.sim = sim
        self.chain = start

    def step(self, inputs: tuple[int, int]) -> list[Event]:
        self.chain = frame_crc(self.chain, inputs)
        return self.sim.step(inputs)

    @property
    def finished(self) -> bool:
        return self.sim.finished

    def state_hash(self) -> str:
        return f"{self.sim.state_hash()}:{self.chain:08x}"


def chain_of(state_hash: str) -> int | None:
    """The chain part of a checkpoint's hash (None when it has none)."""
    _, sep, tail = state_hash.rpartition(":")
    if not sep or len(tail) != 8:
        return None
    try:
        return int(tail, 16)
    except ValueError:
        return None


def _after_zero_frame(delta: int) -> int:
    """How a difference in the chain stands one (unchanged) tick later."""
    return zlib.crc32(_ZERO_FRAME, delta) ^ _ZERO_CRC


def _solves(columns: list[int], target: int) -> bool:
    """Whether some XOR of `columns` (32-bit vectors over GF(2)) gives `target`."""
    basis: dict[int, int] = {}  # leading bit -> vector
    for v in columns:
        while v:
            top = v.bit_length() - 1
            if top not in basis:
                basis[top] = v
                break
            v ^= basis[top]
    while target:
        top = target.bit_length() - 1
        if top not in basis:
            return False
        target ^= basis[top]
    return True


def edited_tick(recorded: int, replayed: int, after: int, at: int) -> int | None:
    """The one tick in (after, at] whose player-1 buttons, changed alone, turn the recorded chain at tick `at`
    into the replayed one; None when no tick or more than one would (then only the range is known)."""
    delta = recorded ^ replayed
    if not delta:
        return None
    bits = [1 << b for b in range(ALL_ACTIONS.bit_length()) if ALL_ACTIONS >> b & 1]
    # what flipping each button at tick `at` does to the chain there; one tick earlier, one zero frame more
    columns = [zlib.crc32(struct.pack(FRAME, bit, 0)) ^ _ZERO_CRC for bit in bits]
    found: list[int] = []
    for tick in range(at, after, -1):
        if _solves(columns, delta):
            found.append(tick)
            if len(found) > 1:
                return None
        columns = [_after_zero_frame(c) for c in columns]
    return found[0] if found else None
