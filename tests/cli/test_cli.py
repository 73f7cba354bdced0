"""The command line: the simulate report, and one clear sentence with exit 2 for every bad argument."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_json_has_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "simulate", "--p1", "danny", "--p2", "viktor", "--rounds", "1", "--seed", "4",
                       "--json")
    assert code == 0
    report = json.loads(out)
    for key in ("winner", "method", "decision", "round", "clock", "judges", "stats", "state_hash", "ticks",
                "ticks_per_second"):
        assert key in report
    assert report["method"] in ("KO", "TKO", "decision", "draw")
    assert len(report["judges"]) == 3
    if report["method"] in ("decision", "draw"):
        assert report["decision"] in ("unanimous", "majority", "split")
        assert all(len(j["rounds"]) == 1 for j in report["judges"])
    assert set(report["stats"]) == {"p1", "p2"}
    assert report["stats"]["p1"]["landed"] <= report["stats"]["p1"]["thrown"]


def test_simulate_is_the_same_fight_for_the_same_seed(capsys: pytest.CaptureFixture[str]) -> None:
    hashes = []
    for _ in range(2):
        _, out, _ = run(capsys, "simulate", "--rounds", "1", "--seed", "9", "--json")
        hashes.append(json.loads(out)["state_hash"])
    assert hashes[0] == hashes[1]


def test_simulate_text_names_the_result_and_the_cards(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "simulate", "--rounds", "1", "--seed", "2")
    assert code == 0
    assert "Result:" in out and "clean punching" in out and "State hash" in out


@pytest.mark.parametrize("argv, needle", [
    (["simulate", "--p1", "rocky"], "no fighter called 'rocky'"),
    (["simulate", "--rounds", "x"], "expected a whole number"),
    (["simulate", "--rounds", "0"], "at least 1"),
    (["simulate", "--rounds", "13"], "1 to 12 rounds"),
    (["simulate", "--ai1", "godlike"], "invalid choice"),
    (["simulate", "--seed", "1.5"], "seed"),
    (["replay", "verify", "/nonexistent/fight.omr"], "no replay file"),
    (["replay", "play", "/nonexistent/run.omr"], "no replay file"),
    (["splits", "export", "sparring", "--out", "/tmp/x.lss"], "no speedrun category called 'sparring'"),
    (["splits", "export", "steps"], "--out"),
    (["play", "--mode", "training", "--stage", "stairs"], "no training stage called 'stairs'"),
    (["play", "--stage", "steps"], "--stage goes with --mode training"),
    (["check-content", "/nonexistent/levels"], "is not a folder"),
    (["dance"], "invalid choice"),
])
def test_a_bad_argument_is_one_sentence_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                                                   needle: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and "usage:" not in err


def test_bench_reports_the_fight_figure(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bench", "--json")
    assert code == 0
    figures = json.loads(out)
    assert figures["fight_ticks_per_second"] > 0
    for key in ("frame_ms_median", "frame_ms_p99", "startup_s", "peak_rss_mb", "replay_verify_x_realtime",
                "replay_verify_speedup", "training_frame_ms_p99"):
        assert figures[key] > 0
    assert set(figures["replay_verify_speedup_by_stage"]) == set(figures["training_frame_ms_by_stage"])
    assert figures["frame_ms_p99"] >= figures["frame_ms_median"]
    assert figures["input_delay_ticks"] == 0


def test_an_unexpected_error_is_one_sentence_and_the_details_go_to_the_log(tmp_path: Path) -> None:
    # a real process, so nothing (pytest's log capture included) can hide a traceback printed to stderr
    script = ("import game.cli as cli\n"
              "def boom(args):\n    raise RuntimeError('the ring collapsed')\n"
              "cli._COMMANDS['check-content'] = boom\n"
              "raise SystemExit(cli.main(['check-content']))\n")
    env = dict(os.environ, ONE_MORE_ROUND_HOME=str(tmp_path), SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "the ring collapsed" in done.stderr
    assert "Traceback" in (tmp_path / "one-more-round.log").read_text()


def test_a_file_that_is_not_a_replay_is_refused_before_any_window_opens(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    bogus = tmp_path / "holiday.omr"
    bogus.write_bytes(b"PNG and nothing like a replay")
    code, _, err = run(capsys, "replay", "play", str(bogus))
    assert code == 1
    assert "replay rejected" in err and "Traceback" not in err


def test_splits_export_writes_a_livesplit_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import xml.etree.ElementTree as ET

    monkeypatch.setenv("ONE_MORE_ROUND_HOME", str(tmp_path))
    out = tmp_path / "steps.lss"
    code, text, _ = run(capsys, "splits", "export", "steps", "--out", str(out))
    assert code == 0 and "The Steps" in text
    doc = ET.parse(out).getroot()
    assert doc.findtext("GameName") == "One More Round"
    assert len(doc.findall("Segments/Segment")) == 6
