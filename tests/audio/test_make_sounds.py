"""tools/make_sounds.py: deterministic, in the stated format, never silent, small, and the loops have no seam."""

from __future__ import annotations

import array
import importlib.util
import itertools
import math
import os
import subprocess
import sys
import wave
from pathlib import Path
from types import ModuleType

import pytest

from game.audio import catalog

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "make_sounds.py"
SHIPPED = catalog.SOUNDS_DIR
LOOPS = ("crowd_loop", "theme")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def samples(path: Path) -> tuple[wave._wave_params, array.array[int]]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        pcm = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        pcm.byteswap()
    return params, pcm


@pytest.fixture(scope="module")
def fresh_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything generated anew by a separate process (with its own hash seed, so set order cannot leak in)."""
    out = tmp_path_factory.mktemp("sounds")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, str(TOOL), "--out", str(out)], check=True, env=env, capture_output=True)
    return out


def test_the_generator_makes_every_sound_the_game_loads() -> None:
    assert sorted(load_tool().SOUNDS) == sorted(catalog.ALL_SOUNDS)
    assert sorted(p.stem for p in SHIPPED.glob("*.wav")) == sorted(catalog.ALL_SOUNDS)


def test_the_generator_is_deterministic_and_the_shipped_files_are_its_output(fresh_dir: Path) -> None:
    for name in catalog.ALL_SOUNDS:
        fresh, shipped = (fresh_dir / f"{name}.wav").read_bytes(), (SHIPPED / f"{name}.wav").read_bytes()
        assert fresh == shipped, f"{name}.wav differs from the generator's output: run tools/make_sounds.py"


def test_a_sound_renders_to_the_same_bytes_twice_in_one_process() -> None:
    tool = load_tool()
    for name in ("hit_head_heavy", "whiff", "count"):
        assert tool.wav_bytes(tool.render(name)) == tool.wav_bytes(tool.render(name))
        assert tool.wav_bytes(tool.render(name)) == (SHIPPED / f"{name}.wav").read_bytes()


def test_check_mode_reports_a_stale_file_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "menu_move.wav").write_bytes(b"stale")
    run = subprocess.run([sys.executable, str(TOOL), "--check", "--out", str(tmp_path), "menu_move"],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "DIFFERS" in run.stdout
    assert (tmp_path / "menu_move.wav").read_bytes() == b"stale"


@pytest.mark.parametrize("name", catalog.ALL_SOUNDS)
def test_every_sound_is_16_bit_mono_22050_hz_and_audible(name: str) -> None:
    params, pcm = samples(SHIPPED / f"{name}.wav")
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    assert params.nframes == len(pcm) > 0
    peak = max(abs(v) for v in pcm) / 32768
    rms = math.sqrt(sum(v * v for v in pcm) / len(pcm)) / 32768
    assert 0.25 < peak < 1.0, f"{name}: peak {peak:.3f}"
    assert rms > 0.01, f"{name}: rms {rms:.4f} (-40 dBFS) is as good as silent"
    assert sum(1 for v in pcm if abs(v) >= 32767) < 5, f"{name} clips"


def test_the_sounds_stay_small_and_the_theme_and_crowd_are_long_enough() -> None:
    assert sum(p.stat().st_size for p in SHIPPED.glob("*.wav")) < 3_000_000
    seconds = {name: samples(SHIPPED / f"{name}.wav")[0].nframes / 22050 for name in LOOPS}
    assert 20 <= seconds["theme"] <= 30
    assert seconds["crowd_loop"] >= 4


@pytest.mark.parametrize("name", LOOPS)
def test_a_loop_has_no_click_where_it_wraps(name: str) -> None:
    _, pcm = samples(SHIPPED / f"{name}.wav")
    steps = sorted(abs(pcm[i + 1] - pcm[i]) for i in range(len(pcm) - 1))
    assert abs(pcm[0] - pcm[-1]) <= steps[int(len(steps) * 0.99)]


def test_the_crowd_is_as_loud_as_it_starts_over_as_where_it_ended() -> None:
    _, pcm = samples(SHIPPED / "crowd_loop.wav")
    edge = 2205
    head = math.sqrt(sum(v * v for v in pcm[:edge]) / edge)
    tail = math.sqrt(sum(v * v for v in pcm[-edge:]) / edge)
    assert 0.5 < head / tail < 2.0


def test_the_punches_get_heavier_from_jab_to_haymaker() -> None:
    def rms(name: str) -> float:
        _, pcm = samples(SHIPPED / f"{name}.wav")
        return math.sqrt(sum(v * v for v in pcm) / len(pcm))

    for target in ("head", "body"):
        light, medium, heavy = (rms(f"hit_{target}_{w}") for w in ("light", "medium", "heavy"))
        assert light < medium < heavy


TRAINING = ("footstep", "stumble", "bag_thud", "speed_bag", "tire_thump", "tire_grunt", "hammer_ring", "hammer_whoosh",
            "mitt_pop", "countdown_beep", "countdown_go", "medal", "slush", "jump")


def zero_crossings_per_second(pcm: array.array[int]) -> float:
    return sum(1 for a, b in itertools.pairwise(pcm) if (a < 0) != (b < 0)) * 22050 / len(pcm)


@pytest.mark.parametrize("name", TRAINING)
def test_a_training_effect_is_short_small_and_starts_and_ends_in_silence(name: str) -> None:
    assert name in catalog.EFFECTS
    params, pcm = samples(SHIPPED / f"{name}.wav")
    assert params.nframes / 22050 <= 1.5
    assert (SHIPPED / f"{name}.wav").stat().st_size < 100 * 1024
    assert abs(pcm[0]) < 200 and max(abs(v) for v in pcm[-20:]) < 50, f"{name} starts or stops with a click"


def test_go_is_higher_and_longer_than_the_countdown_beep() -> None:
    beep, go = (samples(SHIPPED / f"{name}.wav") for name in ("countdown_beep", "countdown_go"))
    assert go[0].nframes > 2 * beep[0].nframes
    assert zero_crossings_per_second(go[1]) > 1.5 * zero_crossings_per_second(beep[1])


def test_the_sledgehammer_swing_is_lower_than_the_punch_whiff() -> None:
    whoosh, whiff = (samples(SHIPPED / f"{name}.wav")[1] for name in ("hammer_whoosh", "whiff"))
    assert zero_crossings_per_second(whoosh) < 0.7 * zero_crossings_per_second(whiff)
