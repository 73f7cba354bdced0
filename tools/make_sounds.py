"""Synthesizes every sound effect and the title theme into assets/sounds/ (16-bit mono 22050 Hz WAV).

    python tools/make_sounds.py [--out DIR] [--check] [NAME ...]

Nothing is recorded or copied: each sound is built here from sine waves, band-limited wavetables and seeded noise
shaped by envelopes, filters and a small reverb. The standard library is enough (no numpy). Every sound draws its
noise from `random.Random` seeded with the CRC of its own name, so a run writes the same bytes every time, one
recipe's change never moves another file, and a file is only rewritten when its bytes change. `--check` writes
nothing and exits 1 if a file on disk is missing or differs from what the recipes make.

The two loops (crowd_loop and theme) are seamless: everything that rings past the end is folded back onto the
start, and their filters and reverb are warmed up on the loop's own tail so the first sample follows the last.
"""

from __future__ import annotations

import argparse
import functools
import io
import itertools
import math
import random
import sys
import wave
import zlib
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

SR = 22050
TAU = 2.0 * math.pi
OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"
Signal = list[float]


# --- basic signals ---------------------------------------------------------------------------------------------

def n_of(seconds: float) -> int:
    return round(seconds * SR)


def zeros(n: int) -> Signal:
    return [0.0] * n


def noise(rng: random.Random, n: int) -> Signal:
    r = rng.random
    return [2.0 * r() - 1.0 for _ in range(n)]


def mul(a: Sequence[float], b: Sequence[float]) -> Signal:
    return [x * y for x, y in zip(a, b, strict=False)]


def scale(a: Sequence[float], g: float) -> Signal:
    return [x * g for x in a]


def env(n: int, attack: float, tau: float) -> Signal:
    """A linear attack of `attack` seconds, then an exponential decay with time constant `tau` seconds."""
    a = max(1, n_of(attack))
    k = math.exp(-1.0 / (tau * SR))
    out = [i / a for i in range(min(a, n))]
    level = 1.0
    for _ in range(n - len(out)):
        out.append(level)
        level *= k
    return out


def fade(x: Signal, fade_in: float, fade_out: float) -> Signal:
    n = len(x)
    a, b = n_of(fade_in), n_of(fade_out)
    for i in range(min(a, n)):
        x[i] *= i / a
    for i in range(min(b, n)):
        x[n - 1 - i] *= i / b
    return x


def glide(n: int, f_from: float, f_to: float, tau: float) -> Signal:
    """Per-sample frequencies gliding exponentially from f_from to f_to (time constant tau seconds)."""
    k = math.exp(-1.0 / (tau * SR))
    d, out = f_from - f_to, []
    for _ in range(n):
        out.append(f_to + d)
        d *= k
    return out


def sine(freqs: Sequence[float] | float, n: int, phase: float = 0.0) -> Signal:
    if isinstance(freqs, (int, float)):
        w = TAU * freqs / SR
        return [math.sin(phase + w * i) for i in range(n)]
    w = TAU / SR
    return [math.sin(phase + w * p) for p in itertools.accumulate(freqs[:n])]


@functools.cache
def _table(shape: str, harmonics: int) -> tuple[float, ...]:
    size, values = 1024, []
    for i in range(1024):
        t, v = TAU * i / size, 0.0
        for h in range(1, harmonics + 1):
            if shape == "saw":
                v += math.sin(h * t) / h
            elif h % 2:  # square and triangle have odd harmonics only
                v += math.sin(h * t) / h if shape == "square" else (-1) ** (h // 2) * math.sin(h * t) / (h * h)
        values.append(v)
    peak = max(abs(v) for v in values)
    return tuple(v / peak for v in values)


_LEVELS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96)


def _pick(shape: str, top: float) -> tuple[float, ...]:
    allowed = max(1, int(SR * 0.45 / top))
    return _table(shape, max(h for h in _LEVELS if h <= allowed))


def osc(shape: str, freqs: Sequence[float] | float, n: int, phase: float = 0.0) -> Signal:
    """A band-limited saw, square or triangle (no partial above 0.45 SR for the highest frequency asked)."""
    tbl = _pick(shape, freqs if isinstance(freqs, (int, float)) else max(freqs[:n]))
    p0 = phase * 1024
    if isinstance(freqs, (int, float)):
        inc = 1024.0 * freqs / SR
        return [tbl[int(p0 + inc * i) & 1023] for i in range(n)]
    k = 1024.0 / SR
    return [tbl[int(p0 + k * p) & 1023] for p in itertools.accumulate(freqs[:n])]


# --- filters, mixing and space ---------------------------------------------------------------------------------

def biquad(x: Signal, kind: str, freq: float, q: float = 0.7071, warm: int = 0) -> Signal:
    """RBJ low/high/band-pass (band-pass peaks at 0 dB). `warm` samples of x's tail run first, for loops."""
    w = TAU * min(freq, SR * 0.45) / SR
    c, alpha = math.cos(w), math.sin(w) / (2 * q)
    if kind == "lp":
        b0, b1, b2 = (1 - c) / 2, 1 - c, (1 - c) / 2
    elif kind == "hp":
        b0, b1, b2 = (1 + c) / 2, -(1 + c), (1 + c) / 2
    else:
        b0, b1, b2 = alpha, 0.0, -alpha
    a0 = 1 + alpha
    b0, b1, b2, a1, a2 = b0 / a0, b1 / a0, b2 / a0, -2 * c / a0, (1 - alpha) / a0
    src = x[len(x) - warm:] + x if warm else x
    x1 = x2 = y1 = y2 = 0.0
    out = []
    for v in src:
        y = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1, y2, y1 = x1, v, y1, y
        out.append(y)
    return out[warm:] if warm else out


def svf(x: Signal, cutoff: Sequence[float] | float, q: float = 0.7071, mode: str = "lp") -> Signal:
    """A state-variable filter whose cutoff may move every sample (lp, or bp normalised to 0 dB at the peak)."""
    k = 1.0 / q
    moving = not isinstance(cutoff, (int, float))
    ic1 = ic2 = a1 = a2 = a3 = 0.0
    out = []
    for i, v in enumerate(x):
        if i % 8 == 0:
            f = cutoff[i] if moving else cutoff  # type: ignore[index]
            g = math.tan(math.pi * min(max(f, 20.0), SR * 0.45) / SR)
            a1 = 1.0 / (1.0 + g * (g + k))
            a2, a3 = g * a1, g * g * a1
        v3 = v - ic2
        v1 = a1 * ic1 + a2 * v3
        v2 = ic2 + a2 * ic1 + a3 * v3
        ic1, ic2 = 2 * v1 - ic1, 2 * v2 - ic2
        out.append(v2 if mode == "lp" else k * v1)
    return out


def onepole_lp(x: Signal, freq: float) -> Signal:
    a = math.exp(-TAU * freq / SR)
    y, out = 0.0, []
    for v in x:
        y = v + a * (y - v)
        out.append(y)
    return out


def mix(dst: Signal, src: Sequence[float], pos: int = 0, gain: float = 1.0, wrap: bool = False) -> None:
    """Adds src*gain into dst from pos; with wrap whatever runs past the end continues at the start."""
    n, i = len(dst), 0
    while i < len(src):
        if pos >= n:
            if not wrap:
                return
            pos %= n
        m = min(len(src) - i, n - pos)
        dst[pos:pos + m] = [a + gain * b for a, b in zip(dst[pos:pos + m], src[i:i + m], strict=True)]
        i, pos = i + m, pos + m


def _comb(x: Signal, d: int, feedback: float, damp: float) -> Signal:
    w, f = zeros(len(x)), 0.0
    for i, v in enumerate(x):
        f = (w[i - d] if i >= d else 0.0) * (1 - damp) + f * damp
        w[i] = v + f * feedback
    return zeros(d) + w[:len(x) - d]


def _allpass(x: Signal, d: int, g: float = 0.5) -> Signal:
    y = zeros(len(x))
    for i, v in enumerate(x):
        if i >= d:
            y[i] = -g * v + x[i - d] + g * y[i - d]
        else:
            y[i] = -g * v
    return y


def reverb(x: Signal, size: float = 1.0, feedback: float = 0.78, damp: float = 0.35, wet: float = 0.25,
           tail: float = 0.0, warm: int = 0) -> Signal:
    """A small Schroeder hall: four damped combs into two all-passes. `tail` seconds of silence are added first."""
    dry = x + zeros(n_of(tail))
    src = dry[len(dry) - warm:] + dry if warm else dry
    bus = zeros(len(src))
    for d in (557, 593, 641, 677):
        mix(bus, _comb(src, int(d * size), feedback, damp))
    for d in (113, 171):
        bus = _allpass(bus, int(d * size))
    bus = bus[warm:]
    return [a + wet * 0.25 * b for a, b in zip(dry, bus, strict=True)]


def drive(x: Signal, amount: float) -> Signal:
    t = math.tanh(amount)
    return [math.tanh(amount * v) / t for v in x]


def normalize(x: Signal, peak: float) -> Signal:
    top = max(abs(v) for v in x) or 1.0
    return scale(x, peak / top)


def rms(x: Sequence[float]) -> float:
    return math.sqrt(sum(v * v for v in x) / max(1, len(x)))


def midi(name: str) -> int:
    """'C4' -> 60, 'F#5' -> 78, 'Bb3' -> 58."""
    steps = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}[name[0]]
    rest = name[1:]
    if rest[0] in "#b":
        steps += 1 if rest[0] == "#" else -1
        rest = rest[1:]
    return 12 * (int(rest) + 1) + steps


def hz(note: float) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


# --- fight sounds ----------------------------------------------------------------------------------------------

def burst(rng: random.Random, n: int, kind: str, freq: float, q: float, attack: float, tau: float) -> Signal:
    """Filtered noise under an attack/decay envelope: the building block of every impact."""
    return mul(biquad(noise(rng, n), kind, freq, q), env(n, attack, tau))


def punch(rng: random.Random, weight: int, target: str) -> Signal:
    """weight 0 light (jab), 1 medium (straight, hook), 2 heavy (uppercut, haymaker); head cracks, body thuds."""
    h = weight / 2
    head = target == "head"
    n = n_of(0.16 + 0.22 * h + (0.08 if head else 0.14))
    out = zeros(n)
    if head:  # slap-crack: a bright leather crack over a short, punchy thump
        thump = mul(sine(glide(n, 190 - 50 * h, 75 - 20 * h, 0.03 + 0.02 * h), n), env(n, 0.001, 0.03 + 0.05 * h))
        mix(out, thump, 0, 0.55 + 0.45 * h)
        mix(out, burst(rng, n, "hp", 1800, 0.7, 0.0005, 0.005 + 0.004 * h), 0, 1.0)
        mix(out, burst(rng, n, "bp", 2600 - 600 * h, 1.2, 0.0005, 0.012 + 0.01 * h), 0, 0.8)
        mix(out, burst(rng, n, "bp", 900, 1.0, 0.001, 0.025 + 0.03 * h), n_of(0.002), 0.7)
    else:  # deep thud: low pitch drop, heavy muffled noise, almost no crack
        thump = mul(sine(glide(n, 130 - 35 * h, 52 - 10 * h, 0.04 + 0.03 * h), n), env(n, 0.002, 0.06 + 0.09 * h))
        mix(out, thump, 0, 1.0)
        mix(out, burst(rng, n, "lp", 320, 0.9, 0.001, 0.05 + 0.05 * h), 0, 1.3)
        mix(out, burst(rng, n, "bp", 1100, 0.8, 0.0005, 0.006), 0, 0.35)
        if weight == 2:  # the wind knocked out of him: a short breathy "oof"
            oof = mul(biquad(biquad(noise(rng, n), "bp", 650, 3.0), "lp", 1400), env(n, 0.03, 0.08))
            mix(out, oof, n_of(0.025), 0.25)
    out = fade(drive(out, 1.2 + 1.5 * h), 0, 0.03)
    return normalize(fade(reverb(out, 0.6, 0.7, 0.4, 0.15 + 0.15 * h, tail=0.08 + 0.1 * h), 0, 0.03), 0.7 + 0.19 * h)


def block(rng: random.Random) -> Signal:
    """Glove on glove: two soft leather pats a few milliseconds apart, low-passed and short."""
    n = n_of(0.22)
    pat = zeros(n)
    mix(pat, burst(rng, n, "lp", 900, 0.8, 0.001, 0.022), 0, 1.0)
    mix(pat, mul(sine(glide(n, 230, 140, 0.02), n), env(n, 0.001, 0.03)), 0, 0.7)
    out = zeros(n)
    mix(out, pat, 0, 1.0)
    mix(out, biquad(pat, "lp", 700), n_of(0.007), 0.5)
    out = fade(biquad(out, "lp", 2000), 0, 0.02)
    return normalize(fade(reverb(out, 0.5, 0.6, 0.5, 0.12, tail=0.05), 0, 0.03), 0.7)


def whiff(rng: random.Random) -> Signal:
    """An air swish: noise through a band-pass that sweeps up and back down while the level swells."""
    n = n_of(0.3)
    shape = [math.sin(math.pi * (i / n) ** 0.7) for i in range(n)]
    centre = [450 + 1700 * s * s for s in shape]
    swish = mul(svf(noise(rng, n), centre, 1.6, "bp"), [s ** 2 for s in shape])
    body = mul(biquad(noise(rng, n), "lp", 350), [s ** 3 for s in shape])
    out = zeros(n)
    mix(out, swish, 0, 1.0)
    mix(out, body, 0, 0.5)
    return normalize(fade(out, 0.01, 0.02), 0.6)


BELL_PARTIALS = (  # ratio to the strike note, level, decay in seconds: a brass dome bell with two beating pairs
    (0.5, 0.18, 1.6), (1.0, 1.0, 2.4), (1.004, 0.6, 2.2), (2.41, 0.55, 1.4), (2.425, 0.3, 1.2),
    (3.96, 0.32, 0.8), (5.55, 0.22, 0.45), (7.8, 0.14, 0.25), (10.2, 0.08, 0.12),
)


def bell_strike(rng: random.Random, n: int, f0: float = 720.0) -> Signal:
    out = zeros(n)
    for ratio, level, decay in BELL_PARTIALS:
        mix(out, mul(sine(f0 * ratio, n, rng.random() * TAU), env(n, 0.0015, decay / 3)), 0, level)
    mix(out, burst(rng, n, "hp", 3500, 0.7, 0.0003, 0.002), 0, 0.5)  # the hammer
    return out


def bell(rng: random.Random, strikes: int) -> Signal:
    gap = n_of(0.3)
    n = gap * (strikes - 1) + n_of(2.6)
    out = zeros(n)
    for s in range(strikes):
        mix(out, bell_strike(rng, n - s * gap), s * gap, 1.0 - 0.06 * s)
    return normalize(fade(reverb(fade(out, 0, 0.2), 1.2, 0.8, 0.3, 0.25, tail=0.2), 0, 0.2), 0.85)


def knockdown(rng: random.Random) -> Signal:
    """A body hitting the canvas: a deep boom, the canvas slap, a smaller bounce and the ring frame shaking."""
    n = n_of(1.0)
    out = zeros(n)
    for at, g, f_hi in ((0.0, 1.0, 90.0), (0.15, 0.45, 110.0)):
        m = n - n_of(at)
        boom = mul(sine(glide(m, f_hi, 38, 0.05), m), env(m, 0.002, 0.22 * g + 0.05))
        mix(out, boom, n_of(at), g)
        mix(out, burst(rng, m, "bp", 380, 0.9, 0.001, 0.045), n_of(at), 0.9 * g)
        mix(out, burst(rng, m, "lp", 1600, 0.7, 0.0005, 0.008), n_of(at), 0.4 * g)
    for f in (97.0, 151.0, 233.0):  # the ring frame rattles
        mix(out, mul(sine(f, n), env(n, 0.01, 0.18)), n_of(0.01), 0.07)
    out = fade(drive(out, 2.0), 0, 0.1)
    return normalize(fade(reverb(out, 1.3, 0.75, 0.45, 0.3, tail=0.25), 0, 0.15), 0.95)


def camera_flash(rng: random.Random) -> Signal:
    """Shutter click-clack, the flash pop, then the faint whine of the flash recharging."""
    n = n_of(0.36)
    out = zeros(n)
    for at, g, ping in ((0.0, 1.0, 3400.0), (0.045, 0.7, 2500.0)):
        m = n - n_of(at)
        mix(out, burst(rng, m, "hp", 3000, 0.7, 0.0002, 0.0015), n_of(at), g)
        mix(out, mul(sine(ping, m), env(m, 0.0003, 0.007)), n_of(at), 0.35 * g)
    mix(out, burst(rng, n, "lp", 1500, 0.7, 0.001, 0.015), n_of(0.003), 0.4)
    m = n_of(0.28)
    whine = mul(sine([4200 + 3000 * i / m for i in range(m)], m), [math.sin(math.pi * i / m) for i in range(m)])
    mix(out, whine, n_of(0.07), 0.04)
    return normalize(out, 0.7)


def menu(rng: random.Random, notes: Sequence[float], step: float, tau: float) -> Signal:
    n = n_of(step * (len(notes) - 1) + 6 * tau)
    out = zeros(n)
    for k, note in enumerate(notes):
        m = n - n_of(step * k)
        tone = [0.8 * a + 0.2 * b for a, b in zip(osc("triangle", hz(note), m), sine(hz(note) * 2, m), strict=True)]
        mix(out, mul(tone, env(m, 0.002, tau)), n_of(step * k), 1.0)
    return normalize(fade(out, 0, 0.01), 0.5)


# --- voices and the crowd ------------------------------------------------------------------------------------

VOWELS = (  # F1, F2 of an adult male voice (Hz)
    (730, 1090), (530, 1840), (270, 2290), (570, 840), (300, 870), (660, 1720), (640, 1190), (490, 1350),
)


def voiced(rng: random.Random, pitches: Sequence[float], formants: Sequence[tuple[float, float, float]],
           breath: float = 0.08) -> Signal:
    """A buzz through fixed formant band-passes (frequency, Q, gain): a vowel."""
    n = len(pitches)
    src = onepole_lp(osc("saw", pitches, n, rng.random()), 1200)
    if breath:
        mix(src, noise(rng, n), 0, breath)
    out = zeros(n)
    for f, q, g in formants:
        mix(out, biquad(src, "bp", f, q), 0, g)
    return out


def voice_blob(rng: random.Random, excited: bool) -> Signal:
    """One person in the crowd saying something: a few syllables, a random pitch and vowel."""
    dur = rng.uniform(0.45, 1.1) if excited else rng.uniform(0.2, 0.6)
    n = n_of(dur)
    female = rng.random() < 0.4
    base = rng.uniform(170, 260) if female else rng.uniform(85, 150)
    if excited:
        base *= 1.5
    end = base * rng.uniform(1.05, 1.3) if excited else base * rng.uniform(0.8, 1.08)
    pitches = [base + (end - base) * i / n for i in range(n)]
    f1, f2 = rng.choice(VOWELS)
    s = 1.15 if female else 1.0
    out = voiced(rng, pitches, ((f1 * s, 5.0, 1.0), (f2 * s, 7.0, 0.55), (2500 * s, 9.0, 0.2)))
    rate = rng.uniform(3.5, 6.0)  # syllables a second
    ph = rng.random() * TAU
    shape = [math.sin(math.pi * i / n) * (0.5 + 0.5 * math.sin(ph + TAU * rate * i / SR)) ** 1.5 for i in range(n)]
    return mul(out, shape)


def looped_lfo(rng: random.Random, n: int, cycles: Sequence[int]) -> Signal:
    """A slow wobble made of sines with whole cycles per loop, so it loops too; values near 1."""
    parts = [(c, rng.random() * TAU, rng.uniform(0.5, 1.0)) for c in cycles]
    total = sum(a for _, _, a in parts)
    return [1.0 + 0.35 * sum(a * math.sin(p + TAU * c * i / n) for c, p, a in parts) / total for i in range(n)]


def crowd_loop(rng: random.Random) -> Signal:
    """An arena murmur that loops without a seam: a filtered noise bed and hundreds of talking voices."""
    n, warm = n_of(8.0), n_of(1.0)
    bed = biquad(biquad(noise(rng, n), "lp", 1000, 0.7, warm), "hp", 150, 0.7, warm)
    bed = mul(bed, looped_lfo(rng, n, (1, 2, 3, 5)))
    bank = [voice_blob(rng, False) for _ in range(40)]
    voices = zeros(n)
    for _ in range(420):
        mix(voices, rng.choice(bank), rng.randrange(n), rng.uniform(0.15, 1.0), wrap=True)
    voices = biquad(voices, "lp", 3200, 0.7, warm)
    out = zeros(n)
    mix(out, bed, 0, 0.6 * rms(voices) / (rms(bed) or 1.0))
    mix(out, voices, 0, 1.0)
    out = reverb(out, 1.5, 0.8, 0.4, 0.6, warm=warm)
    return scale(out, 0.09 / rms(out))


def crowd_cheer(rng: random.Random) -> Signal:
    """The crowd rising to its feet: the roar swells, people yell and whistle, hands clap, then it settles."""
    n = n_of(3.6)
    swell = [min(1.0, t / 0.7) ** 1.5 * (1.0 if t < 1.6 else math.exp(-(t - 1.6) / 0.75)) for t in
             (i / SR for i in range(n))]
    bed = svf(noise(rng, n), [500 + 1600 * s for s in swell], 0.8)
    out = mul(bed, swell)
    bank = [voice_blob(rng, True) for _ in range(30)]
    voices = zeros(n)
    for _ in range(160):
        at = rng.randrange(n - n_of(0.5))
        mix(voices, rng.choice(bank), at, rng.uniform(0.3, 1.0) * (0.2 + swell[at]))
    mix(out, voices, 0, 2.0 * rms(out) / (rms(voices) or 1.0))
    for _ in range(150):  # applause
        at = rng.randrange(n_of(0.3), n_of(2.8))
        m = n_of(0.03)
        mix(out, burst(rng, m, "bp", rng.uniform(900, 2200), 1.2, 0.0005, 0.006), at, 0.25 * swell[at])
    for _ in range(2):  # finger whistles
        at, m = rng.randrange(n_of(0.4), n_of(1.4)), n_of(rng.uniform(0.4, 0.7))
        top = rng.uniform(2300, 2900)
        line = [top * (0.85 + 0.15 * math.sin(math.pi * i / m)) + 25 * math.sin(TAU * 6 * i / SR) for i in range(m)]
        mix(out, mul(sine(line, m), [math.sin(math.pi * i / m) ** 0.5 for i in range(m)]), at, 0.06)
    out = biquad(out, "lp", 4000)
    return normalize(fade(reverb(out, 1.5, 0.8, 0.4, 0.5), 0.02, 0.3), 0.8)


def count(rng: random.Random) -> Signal:
    """The referee's count: a short shouted syllable ("t-ho!") in the hall, pitch falling as a shout does."""
    n = n_of(0.34)
    pitches = glide(n, 175, 118, 0.12)
    src = onepole_lp(osc("saw", pitches, n), 1100)
    mix(src, noise(rng, n), 0, 0.06)
    f1, f2 = glide(n, 780, 480, 0.09), glide(n, 1300, 880, 0.1)
    voice = zeros(n)
    mix(voice, svf(src, f1, 6.0, "bp"), 0, 1.0)
    mix(voice, svf(src, f2, 8.0, "bp"), 0, 0.6)
    mix(voice, biquad(src, "bp", 2500, 9.0), 0, 0.2)
    rise, hold = n_of(0.02), n_of(0.12)
    shape = [min(1.0, i / rise) * (1.0 if i < hold else math.exp(-(i - hold) / (0.06 * SR))) for i in range(n)]
    out = zeros(n_of(0.012)) + mul(drive(voice, 2.0), shape)
    mix(out, burst(rng, n_of(0.02), "hp", 2200, 0.7, 0.0005, 0.004), 0, 0.35)  # the "t"
    return normalize(fade(reverb(fade(out, 0, 0.05), 1.4, 0.78, 0.4, 0.35, tail=0.35), 0, 0.1), 0.85)


# --- the title theme ---------------------------------------------------------------------------------------------

BPM = 120
BEAT = SR * 60 // BPM  # 11025 samples: every note starts on an exact sample
BARS = 12
CHORDS = ("D", "D", "D", "G", "Bm", "A", "G", "A", "D", "C", "G", "A")
CHORD_NOTES = {"D": ("D3", "F#3", "A3"), "G": ("D3", "G3", "B3"), "Bm": ("D3", "F#3", "B3"),
               "A": ("C#3", "E3", "A3"), "C": ("C3", "E3", "G3")}
BASS_ROOT = {"D": "D2", "G": "G2", "Bm": "B1", "A": "A1", "C": "C2"}
# The tune, written for this game: (bar, beat, length in beats, note). Bars 1-2 are the brass stabs' groove.
MELODY = (
    (0, 0, 1.5, "D5"),
    (1, 3, 0.5, "A4"), (1, 3.5, 0.5, "B4"),
    (2, 0, 1.5, "D5"), (2, 1.5, 0.5, "E5"), (2, 2, 1, "F#5"), (2, 3, 1, "D5"),
    (3, 0, 2, "G5"), (3, 2, 0.5, "F#5"), (3, 2.5, 0.5, "E5"), (3, 3, 1, "D5"),
    (4, 0, 1.5, "F#5"), (4, 1.5, 0.5, "E5"), (4, 2, 1, "D5"), (4, 3, 1, "B4"),
    (5, 0, 2.5, "C#5"), (5, 2.5, 0.5, "A4"), (5, 3, 0.5, "B4"), (5, 3.5, 0.5, "C#5"),
    (6, 0, 1.5, "D5"), (6, 1.5, 0.5, "B4"), (6, 2, 1, "G4"), (6, 3, 1, "B4"),
    (7, 0, 1, "A4"), (7, 1, 1, "C#5"), (7, 2, 2, "E5"),
    (8, 0, 1.5, "F#5"), (8, 1.5, 0.5, "A5"), (8, 2, 1, "F#5"), (8, 3, 1, "D5"),
    (9, 0, 1.5, "E5"), (9, 1.5, 0.5, "G5"), (9, 2, 1, "E5"), (9, 3, 1, "C5"),
    (10, 0, 1, "D5"), (10, 1, 0.5, "B4"), (10, 1.5, 0.5, "D5"), (10, 2, 2, "G5"),
    (11, 0, 3, "A5"),
)
STABS = ((0, 0, 0.75), (0, 1.5, 0.5), (0, 3, 0.5), (1, 0, 0.75), (1, 1.5, 0.5), (1, 2.5, 0.5), (11, 3, 0.5))
BASS_STEPS = (0, 0, 12, 0, 7, 0, 12, 7)  # semitones above the root, one per eighth
BASS_TURN = (0, 0, 12, 0, 2, 4, 6, 7)  # the last bar walks up A, B, C#, D back to the top


@functools.cache
def brass(note: int, beats: float, level: float = 1.0, double: bool = False) -> tuple[float, ...]:
    """A brass-like voice: three detuned saws (and, if `double`, the same an octave down, softer), a scoop up into
    the pitch, a late vibrato and a low-pass that opens with the attack, then closes a little."""
    hold = int(beats * BEAT)
    n = hold + n_of(0.25)
    onset, w = n_of(0.3), TAU * 5.2 / SR
    k = math.exp(-1.0 / (0.025 * SR))
    mod = [1.0 - 0.02 * k ** i + (0.0 if i < onset else 0.004 * min(1.0, (i - onset) / (0.3 * SR)) * math.sin(w * i))
           for i in range(n)]
    cum = list(itertools.accumulate(mod))
    voices = [(note, 1.0)] + ([(note - 12, 0.45)] if double else [])
    tone = zeros(n)
    for v_note, gain in voices:
        for cents, phase in ((-9.0, 0.0), (0.0, 0.37), (8.0, 0.71)):
            f = hz(v_note) * 2 ** (cents / 1200)
            tbl, inc, p0 = _pick("saw", f * 1.03), 1024.0 * f / SR, 1024 * phase
            mix(tone, [tbl[int(p0 + inc * c) & 1023] for c in cum], 0, 0.33 * gain)
    a, k = n_of(0.04), math.exp(-1 / (0.12 * SR))
    amp = [(i / a if i < a else 1.0) * (0.75 + 0.25 * k ** i) for i in range(n)]
    rel = n_of(0.1)
    for i in range(max(0, hold - rel), n):
        amp[i] *= math.exp(-(i - hold + rel) / (0.05 * SR))
    a, k = n_of(0.05), math.exp(-1 / (0.2 * SR))
    cut = [500 + 3200 * (i / a if i < a else 1.0) * (0.45 + 0.55 * k ** i) * e for i, e in enumerate(amp)]
    return tuple(scale(mul(svf(tone, cut, 1.1), amp), level))


def bass(rng: random.Random, total: int) -> Signal:
    out, plucks = zeros(total), {}
    for bar, chord in enumerate(CHORDS):
        steps = BASS_TURN if bar == BARS - 1 else BASS_STEPS
        root = midi(BASS_ROOT[chord])
        for k, step in enumerate(steps):
            if root + step not in plucks:
                m, f = BEAT // 2 + n_of(0.05), hz(root + step)
                tone = [0.6 * a + 0.4 * b for a, b in zip(osc("saw", f, m), osc("square", f * 0.5, m), strict=True)]
                cut = [150 + 900 * math.exp(-i / (0.05 * SR)) for i in range(m)]
                plucks[root + step] = fade(mul(svf(tone, cut, 1.4), env(m, 0.004, 0.16)), 0, 0.01)
            gain = 0.9 if k % 2 == 0 else 0.7
            mix(out, plucks[root + step], bar * 4 * BEAT + k * BEAT // 2, gain, wrap=True)
    return out


def drum_kit(rng: random.Random) -> dict[str, Signal]:
    m = n_of(0.45)
    kick = mul(sine(glide(m, 160, 48, 0.025), m), env(m, 0.001, 0.12))
    mix(kick, burst(rng, m, "lp", 3000, 0.7, 0.0002, 0.003), 0, 0.3)
    snare = burst(rng, m, "bp", 1900, 0.6, 0.001, 0.07)
    mix(snare, mul(sine(glide(m, 240, 180, 0.02), m), env(m, 0.001, 0.04)), 0, 0.6)
    hat = burst(rng, n_of(0.08), "hp", 7000, 0.7, 0.0005, 0.012)
    open_hat = burst(rng, n_of(0.3), "hp", 6500, 0.7, 0.0005, 0.08)
    c = n_of(2.2)
    crash = burst(rng, c, "hp", 4200, 0.6, 0.002, 0.55)
    for f in (3310.0, 4870.0, 5920.0):
        mix(crash, mul(osc("square", f, c), env(c, 0.002, 0.3)), 0, 0.04)
    t = n_of(1.4)
    timpani = mul(sine(glide(t, 110, 73.4, 0.05), t), env(t, 0.003, 0.4))  # a low D under the loop's first beat
    mix(timpani, burst(rng, t, "lp", 500, 0.7, 0.001, 0.05), 0, 0.4)
    return {"kick": kick, "snare": snare, "hat": hat, "open_hat": open_hat, "crash": crash, "timpani": timpani}


def drums(rng: random.Random, total: int) -> Signal:
    kit = drum_kit(rng)
    out = zeros(total)

    def hit(name: str, bar: int, beat: float, gain: float) -> None:
        mix(out, kit[name], bar * 4 * BEAT + int(beat * BEAT), gain, wrap=True)

    for bar in range(BARS):
        for beat in (0, 2, 2.5):
            hit("kick", bar, beat, 1.0)
        for k in range(8):
            hit("open_hat" if k == 7 else "hat", bar, k / 2, 0.35 if k % 2 == 0 else 0.22)
        if bar == BARS - 1:  # the fill that throws the tune back to the top
            for k in range(8):
                hit("snare", bar, 2 + k / 4, 0.35 + 0.08 * k)
            hit("snare", bar, 1, 0.8)
        else:
            hit("snare", bar, 1, 0.8)
            hit("snare", bar, 3, 0.8)
    for bar in (0, 2, 8):
        hit("crash", bar, 0, 0.5)
    for bar in (0, 8):
        hit("timpani", bar, 0, 0.9)
    return out


def theme(rng: random.Random) -> Signal:
    """The title theme: 12 bars at 120 bpm in D, a brass tune over a pad, an octave bass and a rock beat; loops."""
    total = BARS * 4 * BEAT
    lead = zeros(total)
    for bar, beat, beats, name in MELODY:
        at = bar * 4 * BEAT + int(beat * BEAT)
        mix(lead, brass(midi(name), beats, 1.0, double=True), at, 1.0, wrap=True)
    for bar, beat, beats in STABS:
        at = bar * 4 * BEAT + int(beat * BEAT)
        for name in CHORD_NOTES[CHORDS[bar]]:
            mix(lead, brass(midi(name) + 12, beats, 0.4), at, 1.0, wrap=True)
    pad, chords = zeros(total), {}
    for bar, chord in enumerate(CHORDS):
        if chord not in chords:
            m = 4 * BEAT + n_of(0.3)
            rise, fall = n_of(0.25), n_of(0.4)
            voices = [osc("saw", hz(midi(name)) * 2 ** (cents / 1200), m, rng.random())
                      for name in CHORD_NOTES[chord] for cents in (-6.0, 6.0)]
            summed = zip(*voices, strict=True)
            chords[chord] = [sum(v) * min(1.0, i / rise, (m - i) / fall) for i, v in enumerate(summed)]
        mix(pad, chords[chord], bar * 4 * BEAT, 0.12, wrap=True)
    warm = n_of(1.5)
    pad = biquad(pad, "lp", 1200, 0.7, warm)
    beat = drums(rng, total)
    low = bass(rng, total)
    wet = zeros(total)
    mix(wet, lead, 0, 1.0)
    mix(wet, pad, 0, 1.0)
    mix(wet, beat, 0, 0.3)
    wet = reverb(wet, 1.4, 0.8, 0.4, 0.6, warm=warm)
    out = zeros(total)
    mix(out, wet, 0, 0.55)
    mix(out, beat, 0, 0.7)
    mix(out, low, 0, 0.55)
    return normalize(drive(normalize(out, 1.0), 1.3), 0.89)


# --- the training montage ----------------------------------------------------------------------------------------

def grains(rng: random.Random, out: Signal, start: float, span: float, count: int, lo: float, hi: float,
           gain: float, skew: float = 1.5) -> None:
    """Scatters `count` tiny band-passed clicks over `span` seconds from `start`, densest early: crunch and grit."""
    m = n_of(0.012)
    for _ in range(count):
        u = rng.random() ** skew
        at = n_of(start + span * u)
        g = gain * rng.uniform(0.25, 1.0) * (1.0 - 0.6 * u)
        mix(out, burst(rng, m, "bp", rng.uniform(lo, hi), 1.4, 0.0003, rng.uniform(0.0008, 0.0028)), at, g)


def thud_tone(n: int, f_from: float, f_to: float, glide_tau: float, tau: float, attack: float = 0.002) -> Signal:
    """A low sine that drops in pitch as it dies away: the weight behind every impact."""
    return mul(sine(glide(n, f_from, f_to, glide_tau), n), env(n, attack, tau))


def breath(rng: random.Random, n: int, pitches: Sequence[float], f1: Sequence[float], f2: Sequence[float],
           voicing: float) -> Signal:
    """Breath noise (and a little voice) through two moving formants and a fixed third: an exhale, a grunt."""
    src = scale(noise(rng, n), 0.5)
    mix(src, onepole_lp(osc("saw", pitches, n, rng.random()), 900), 0, voicing)
    out = zeros(n)
    mix(out, svf(src, f1, 4.0, "bp"), 0, 1.0)
    mix(out, svf(src, f2, 6.0, "bp"), 0, 0.55)
    mix(out, biquad(src, "bp", 2600, 5.0), 0, 0.25)
    return biquad(out, "hp", 110)


def footstep(rng: random.Random) -> Signal:
    """A trainer on packed snow: a soft heel thump under a crunch of tiny crackles, heel first, then the toe."""
    n = n_of(0.26)
    out = zeros(n)
    mix(out, thud_tone(n, 150, 70, 0.02, 0.022), 0, 0.3)
    mix(out, burst(rng, n, "lp", 380, 0.8, 0.002, 0.022), 0, 0.7)
    crunch = zeros(n)
    grains(rng, crunch, 0.002, 0.06, 34, 900, 3400, 1.0)
    grains(rng, crunch, 0.055, 0.06, 18, 1100, 3800, 0.6)
    mix(crunch, burst(rng, n, "bp", 1500, 0.7, 0.004, 0.03), 0, 0.25)  # the snow packing down
    mix(out, onepole_lp(crunch, 5000), 0, 0.9)
    out = fade(out, 0.001, 0.04)
    return normalize(fade(reverb(out, 0.4, 0.5, 0.5, 0.06, tail=0.03), 0, 0.03), 0.6)


def stumble(rng: random.Random) -> Signal:
    """A foot skidding out (a gritty scuff), the heavy catch of the other foot and a grunt knocked out of him."""
    n = n_of(0.56)
    out = zeros(n)
    s = n_of(0.17)
    shape = [math.sin(math.pi * min(1.0, i / s)) ** 0.6 * (1.0 - 0.5 * i / s) for i in range(s)]
    scuff = mul(svf(noise(rng, s), glide(s, 2400, 900, 0.08), 1.0, "bp"), shape)
    mix(out, scuff, 0, 0.8)
    grains(rng, out, 0.0, 0.16, 40, 800, 3000, 0.7, skew=1.0)
    land = n_of(0.15)
    m = n - land
    mix(out, thud_tone(m, 125, 48, 0.035, 0.07, 0.003), land, 1.0)
    mix(out, burst(rng, m, "lp", 320, 0.8, 0.002, 0.05), land, 1.1)
    grains(rng, out, 0.15, 0.04, 14, 900, 2800, 0.45)
    g = n_of(0.2)
    pitches = glide(g, 135, 92, 0.08)
    grunt = voiced(rng, pitches, ((600, 5.0, 1.0), (1150, 7.0, 0.5), (2400, 9.0, 0.15)), breath=0.35)
    shape = [min(1.0, i / n_of(0.015)) * math.exp(-i / (0.055 * SR)) for i in range(g)]
    mix(out, fade(mul(grunt, shape), 0, 0.02), n_of(0.165), 2.0)
    out = fade(drive(out, 1.4), 0.001, 0.05)
    return normalize(fade(reverb(out, 0.5, 0.55, 0.5, 0.08, tail=0.04), 0, 0.03), 0.75)


def clink(rng: random.Random, n: int, f0: float) -> Signal:
    """One chain link knocking another: a click and a few inharmonic partials that die in tens of milliseconds."""
    out = burst(rng, n, "hp", 4500, 0.7, 0.0002, 0.0007)
    for ratio, level, decay in ((1.0, 1.0, 0.04), (1.59, 0.7, 0.03), (2.31, 0.5, 0.022), (3.13, 0.3, 0.015)):
        mix(out, mul(sine(f0 * ratio * rng.uniform(0.99, 1.01), n, rng.random() * TAU), env(n, 0.0004, decay)),
            0, 0.35 * level)
    return out


def bag_thud(rng: random.Random) -> Signal:
    """A glove sinking into a heavy leather bag, then the chain it hangs from jingling as it swings."""
    n = n_of(0.62)
    out = zeros(n)
    mix(out, thud_tone(n, 105, 44, 0.05, 0.1, 0.003), 0, 1.0)
    mix(out, burst(rng, n, "lp", 240, 0.8, 0.002, 0.06), 0, 1.4)
    mix(out, burst(rng, n, "bp", 750, 0.8, 0.001, 0.012), 0, 0.35)  # the leather, muffled by the fill
    out = drive(out, 1.8)
    chain = zeros(n)
    for group, (start, span, count, gain) in enumerate(((0.035, 0.07, 4, 1.0), (0.2, 0.08, 3, 0.55),
                                                         (0.36, 0.06, 2, 0.3))):
        for _ in range(count):
            f0 = rng.uniform(2300, 3500) - 150 * group
            mix(chain, clink(rng, n_of(0.1), f0), n_of(start + span * rng.random()), gain * rng.uniform(0.6, 1.0))
    mix(out, biquad(chain, "hp", 1800), 0, 0.35)
    out = fade(out, 0.001, 0.06)
    return normalize(fade(reverb(out, 0.8, 0.65, 0.45, 0.18, tail=0.06), 0, 0.04), 0.85)


def speed_tick(rng: random.Random, n: int, bright: float) -> Signal:
    """The speed bag's leather striking: a sharp tick, the taut bag's little pop and the board knocking."""
    out = burst(rng, n, "hp", 1800, 0.7, 0.0002, 0.0012)
    mix(out, burst(rng, n, "bp", 2300 * bright, 1.8, 0.0003, 0.004), 0, 0.8)
    mix(out, thud_tone(n, 560 * bright, 380, 0.005, 0.008, 0.0004), 0, 0.45)
    for f, g, tau in ((205.0, 0.35, 0.02), (330.0, 0.25, 0.014)):  # the wooden rebound board
        mix(out, mul(sine(f * rng.uniform(0.98, 1.02), n), env(n, 0.0008, tau)), 0, g)
    return out


def speed_bag(rng: random.Random) -> Signal:
    """One punch on the speed bag: the glove's tick, then the bag rattling back and forth off the board."""
    n = n_of(0.3)
    out = zeros(n)
    m = n_of(0.06)
    mix(out, burst(rng, m, "lp", 700, 0.8, 0.001, 0.008), 0, 0.5)  # the glove
    for at, g, bright in ((0.0, 0.8, 1.0), (0.07, 1.0, 1.05), (0.128, 0.62, 0.97), (0.176, 0.34, 0.93)):
        mix(out, speed_tick(rng, m, bright), n_of(at + rng.uniform(0.0, 0.003)), g)
    out = fade(drive(out, 1.3), 0.0005, 0.04)
    return normalize(fade(reverb(out, 0.6, 0.6, 0.5, 0.1, tail=0.03), 0, 0.03), 0.75)


def tire_thump(rng: random.Random) -> Signal:
    """A heavy tractor tire dropped on frozen ground: a deep boom, the crisp ground, then two rubbery bounces."""
    n = n_of(0.8)
    out = zeros(n)
    for at, g, f_hi, tau in ((0.0, 1.0, 95.0, 0.12), (0.17, 0.42, 120.0, 0.06), (0.275, 0.18, 130.0, 0.045)):
        m = n - n_of(at)
        mix(out, thud_tone(m, f_hi, 40, 0.05, tau, 0.002), n_of(at), g)
        wobble = [380 - 210 * (1 - math.exp(-i / (0.05 * SR))) for i in range(m)]  # the rubber wall flexing
        mix(out, mul(svf(biquad(noise(rng, m), "lp", 800), wobble, 5.0, "bp"), env(m, 0.002, 0.06)), n_of(at), 3.0 * g)
        mix(out, burst(rng, m, "bp", 520, 0.9, 0.001, 0.02), n_of(at), 0.5 * g)  # the tread slapping down
        mix(out, burst(rng, m, "lp", 2200, 0.7, 0.0005, 0.004), n_of(at), 0.45 * g)  # frozen ground, hard
    out = fade(drive(out, 2.0), 0.001, 0.1)
    return normalize(fade(reverb(out, 1.1, 0.6, 0.5, 0.12, tail=0.08), 0, 0.06), 0.92)


def tire_grunt(rng: random.Random) -> Signal:
    """Flipping the tire: an effortful exhale through the teeth, "hhuh", breath more than voice."""
    n = n_of(0.42)
    pitches = glide(n, 150, 108, 0.12)
    out = breath(rng, n, pitches, glide(n, 780, 560, 0.12), glide(n, 1350, 1080, 0.15), 0.45)
    rise, hold = n_of(0.03), n_of(0.07)
    shape = [min(1.0, i / rise) * (1.0 if i < hold else math.exp(-(i - hold) / (0.085 * SR))) for i in range(n)]
    out = fade(drive(mul(out, shape), 1.6), 0.002, 0.06)
    return normalize(fade(reverb(out, 0.6, 0.55, 0.5, 0.08, tail=0.03), 0, 0.03), 0.65)


def hammer_ring(rng: random.Random) -> Signal:
    """A sledgehammer on a tire: a dull rubber thud, and over it the steel head ringing, faintly."""
    n = n_of(0.95)
    out = zeros(n)
    mix(out, thud_tone(n, 150, 58, 0.03, 0.065, 0.0015), 0, 1.0)
    mix(out, burst(rng, n, "lp", 480, 0.8, 0.001, 0.035), 0, 1.0)
    mix(out, burst(rng, n, "bp", 950, 1.0, 0.0005, 0.006), 0, 0.35)  # the rubber slapped
    out = drive(out, 1.6)
    ring = zeros(n)
    f0 = 1480.0
    for ratio, level, decay in ((1.0, 1.0, 0.55), (1.0035, 0.6, 0.5), (2.37, 0.6, 0.36), (3.91, 0.35, 0.22),
                                (5.63, 0.2, 0.13), (7.2, 0.1, 0.08)):
        mix(ring, mul(sine(f0 * ratio, n, rng.random() * TAU), env(n, 0.001, decay / 3 * 2)), 0, level)
    mix(out, ring, n_of(0.001), 0.1)
    out = fade(out, 0.001, 0.2)
    return normalize(fade(reverb(out, 1.0, 0.65, 0.4, 0.12, tail=0.05), 0, 0.05), 0.85)


def hammer_whoosh(rng: random.Random) -> Signal:
    """A sledgehammer swung overhead: a low, slow rush of air that builds as the head speeds up, then cuts off."""
    n = n_of(0.48)
    shape = [math.sin(math.pi * (i / n) ** 1.35) for i in range(n)]
    swish = mul(svf(noise(rng, n), [230 + 650 * s * s for s in shape], 1.3, "bp"), [s ** 2 for s in shape])
    body = mul(biquad(biquad(noise(rng, n), "lp", 200), "lp", 260), [s ** 3 for s in shape])
    out = zeros(n)
    mix(out, swish, 0, 1.0)
    mix(out, body, 0, 0.9)
    return normalize(fade(out, 0.01, 0.03), 0.65)


def mitt_pop(rng: random.Random) -> Signal:
    """A glove snapping into a focus mitt: a sharp, bright pop with only a little weight behind it."""
    n = n_of(0.2)
    out = zeros(n)
    mix(out, burst(rng, n, "hp", 2500, 0.7, 0.0004, 0.0018), 0, 1.0)
    mix(out, burst(rng, n, "bp", 3300, 1.4, 0.0004, 0.007), 0, 1.1)
    mix(out, burst(rng, n, "bp", 1700, 1.2, 0.0005, 0.012), 0, 1.1)  # the clap of the pad
    mix(out, thud_tone(n, 720, 290, 0.008, 0.012, 0.0005), 0, 0.3)  # the air squeezed out of it
    mix(out, thud_tone(n, 230, 120, 0.02, 0.02, 0.001), 0, 0.2)
    out = fade(drive(out, 1.6), 0.0005, 0.03)
    return normalize(fade(reverb(out, 0.6, 0.6, 0.5, 0.14, tail=0.05), 0, 0.03), 0.8)


def beep(rng: random.Random, freq: float, hold: float, release: float) -> Signal:
    """A clean electronic beep: a sine with a touch of its octave, soft edges so it never clicks."""
    n = n_of(hold + release)
    tone = sine(freq, n)
    mix(tone, sine(2 * freq, n), 0, 0.12)
    a, h, r = n_of(0.006), n_of(hold), n_of(release)
    shape = [0.5 - 0.5 * math.cos(math.pi * min(i, a) / a) for i in range(h)]  # raised-cosine edges: no clicks
    shape += [(0.5 + 0.5 * math.cos(math.pi * i / r)) ** 2 for i in range(n - h)]
    return normalize(mul(tone, shape), 0.42)


def medal(rng: random.Random) -> Signal:
    """A medal won: three bright brass notes up a D major chord, the last held over the chord, a glockenspiel on top."""
    notes = ((0.0, 0.24, "D5"), (0.12, 0.24, "F#5"), (0.24, 1.0, "A5"))
    n = n_of(1.0)
    out = zeros(n)
    for start, beats, name in notes:
        mix(out, brass(midi(name), beats, 1.0, double=True), n_of(start), 1.0)
        m = n - n_of(start)
        f = hz(midi(name) + 12)
        glock = mul(sine(f, m), env(m, 0.001, 0.25))
        mix(glock, mul(sine(f * 2.76, m), env(m, 0.0008, 0.05)), 0, 0.3)
        mix(out, glock, n_of(start), 0.35)
    for name in ("D5", "F#5"):
        mix(out, brass(midi(name), 1.0, 0.4), n_of(0.24), 1.0)
    out = fade(out, 0, 0.15)
    return normalize(fade(reverb(out, 1.2, 0.75, 0.4, 0.35, tail=0.25), 0, 0.15), 0.8)


def slush(rng: random.Random) -> Signal:
    """A foot into wet slush: a soft low slap, a spray of hiss and dozens of little bubbles rising in pitch."""
    n = n_of(0.5)
    out = zeros(n)
    mix(out, thud_tone(n, 120, 60, 0.03, 0.03, 0.002), 0, 0.45)
    mix(out, burst(rng, n, "lp", 650, 0.8, 0.002, 0.03), 0, 0.8)
    spray = mul(svf(noise(rng, n), glide(n, 2800, 1100, 0.06), 0.8, "bp"), env(n, 0.004, 0.07))
    mix(out, spray, 0, 0.75)
    mix(out, burst(rng, n, "hp", 3500, 0.7, 0.003, 0.04), 0, 0.2)
    m = n_of(0.05)
    for _ in range(38):
        t = 0.004 + 0.3 * rng.random() ** 2.5
        f = rng.uniform(650, 2600)
        bubble = mul(sine(glide(m, f, f * 1.6, 0.012), m), env(m, 0.0006, rng.uniform(0.004, 0.012)))
        mix(out, bubble, n_of(t), rng.uniform(0.08, 0.3) * math.exp(-t / 0.15))
    grains(rng, out, 0.01, 0.08, 12, 700, 2000, 0.25)  # ice in it
    out = fade(onepole_lp(out, 7000), 0.001, 0.06)
    return normalize(fade(reverb(out, 0.5, 0.55, 0.5, 0.08, tail=0.03), 0, 0.03), 0.7)


def jump(rng: random.Random) -> Signal:
    """Jumping off: the trainer scuffing as it pushes away, and a light "hup" of effort."""
    n = n_of(0.32)
    out = zeros(n)
    mix(out, burst(rng, n, "bp", 2000, 0.9, 0.002, 0.02), 0, 0.35)
    grains(rng, out, 0.0, 0.035, 12, 1000, 3600, 0.7)
    mix(out, thud_tone(n, 130, 75, 0.02, 0.02, 0.002), 0, 0.3)
    g = n_of(0.14)
    hup = voiced(rng, glide(g, 160, 190, 0.05), ((620, 5.0, 1.0), (1200, 7.0, 0.5), (2500, 9.0, 0.18)), breath=0.4)
    shape = [min(1.0, i / n_of(0.01)) * math.exp(-i / (0.045 * SR)) for i in range(g)]
    mix(out, fade(mul(hup, shape), 0, 0.015), n_of(0.02), 2.0)
    out = fade(drive(out, 1.3), 0.001, 0.04)
    return normalize(fade(reverb(out, 0.5, 0.55, 0.5, 0.07, tail=0.03), 0, 0.03), 0.6)


# --- the catalogue and the writer -------------------------------------------------------------------------------

Recipe = Callable[[random.Random], Signal]
SOUNDS: dict[str, Recipe] = {
    "hit_head_light": functools.partial(punch, weight=0, target="head"),
    "hit_head_medium": functools.partial(punch, weight=1, target="head"),
    "hit_head_heavy": functools.partial(punch, weight=2, target="head"),
    "hit_body_light": functools.partial(punch, weight=0, target="body"),
    "hit_body_medium": functools.partial(punch, weight=1, target="body"),
    "hit_body_heavy": functools.partial(punch, weight=2, target="body"),
    "block": block,
    "whiff": whiff,
    "bell": functools.partial(bell, strikes=1),
    "bell_triple": functools.partial(bell, strikes=3),
    "knockdown": knockdown,
    "count": count,
    "camera_flash": camera_flash,
    "crowd_loop": crowd_loop,
    "crowd_cheer": crowd_cheer,
    "menu_move": functools.partial(menu, notes=(midi("E6"),), step=0.0, tau=0.015),
    "menu_confirm": functools.partial(menu, notes=(midi("A5"), midi("E6")), step=0.06, tau=0.035),
    "menu_back": functools.partial(menu, notes=(midi("E6"), midi("A5")), step=0.05, tau=0.025),
    "theme": theme,
    "footstep": footstep,
    "stumble": stumble,
    "bag_thud": bag_thud,
    "speed_bag": speed_bag,
    "tire_thump": tire_thump,
    "tire_grunt": tire_grunt,
    "hammer_ring": hammer_ring,
    "hammer_whoosh": hammer_whoosh,
    "mitt_pop": mitt_pop,
    "countdown_beep": functools.partial(beep, freq=hz(midi("A5")), hold=0.11, release=0.04),
    "countdown_go": functools.partial(beep, freq=hz(midi("A6")), hold=0.32, release=0.16),
    "medal": medal,
    "slush": slush,
    "jump": jump,
}


def render(name: str) -> Signal:
    return SOUNDS[name](random.Random(zlib.crc32(name.encode())))


def wav_bytes(x: Signal) -> bytes:
    pcm = array("h", [round(max(-1.0, min(1.0, v)) * 32767) for v in x])
    if sys.byteorder == "big":
        pcm.byteswap()
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


def db(v: float) -> float:
    return 20 * math.log10(max(v, 1e-9))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="only these sounds (default: all)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file differs")
    args = ap.parse_args(argv)
    unknown = [n for n in args.names if n not in SOUNDS]
    if unknown:
        print(f"unknown sound(s): {', '.join(unknown)}; known: {', '.join(SOUNDS)}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    stale, total = [], 0
    for name in args.names or SOUNDS:
        x = render(name)
        data = wav_bytes(x)
        path = args.out / f"{name}.wav"
        same = path.exists() and path.read_bytes() == data
        if not same:
            stale.append(name)
            if not args.check:
                path.write_bytes(data)
        total += len(data)
        state = "ok" if same else ("DIFFERS" if args.check else "written")
        print(f"{name:16} {len(x) / SR:6.2f} s {len(data) / 1024:7.1f} KiB  peak {db(max(map(abs, x))):6.1f} dBFS"
              f"  rms {db(rms(x)):6.1f} dBFS  {state}")
    print(f"total {total / 1024 / 1024:.2f} MiB in {args.out}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
