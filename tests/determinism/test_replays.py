"""Fight replays: record, save, load, re-simulate; and every way a replay or its file can be wrong is refused
with its reason. One-round CPU fights keep the whole file fast."""

from __future__ import annotations

import dataclasses
import json
import os
import zlib
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game import __version__
from game.content.library import Content
from game.save.replay_file import (
    MAGIC,
    MAX_FILE_BYTES,
    MAX_JSON_BYTES,
    ReplayFileError,
    decode_replay,
    encode_replay,
    read_replay,
    replay_to_json,
    verify_file,
    write_replay,
)
from game.sim.bout import BoutRecord, cpu_bout
from game.sim.fight import Fight, FightConfig, Result
from game.sim.inputs import ALL_ACTIONS, Action
from game.sim.replay import (
    CHECK_EVERY,
    FORMAT_VERSION,
    Frame,
    Problem,
    Recorder,
    Replay,
    describe_fight,
    fight_header,
    fight_summary,
    make_fields,
    record_fight,
    rle_decode,
    rle_encode,
    verify,
    verify_fight,
)

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "replays" / "fight_vito_cole.omr"
CONFIG = FightConfig("vito", "cole", rounds=1, seed=3)


@pytest.fixture(scope="module")
def bout(content: Content) -> BoutRecord:
    return cpu_bout(content, CONFIG, record=True)


@pytest.fixture(scope="module")
def replay(content: Content, bout: BoutRecord) -> Replay:
    return record_fight(content, CONFIG, bout.inputs)


def with_frames(replay: Replay, frames: list[Frame]) -> Replay:
    return dataclasses.replace(replay, inputs=rle_encode(frames))


def write_json(path: Path, doc: object) -> Path:
    path.write_bytes(MAGIC + zlib.compress(json.dumps(doc).encode()))
    return path


# --- recording and a clean round trip -------------------------------------------------------------------------


def test_recorded_fight_holds_after_a_round_trip_through_a_file(
        content: Content, bout: BoutRecord, replay: Replay, tmp_path: Path) -> None:
    assert bout.fight.finished and bout.fight.result is not None
    path = write_replay(tmp_path / "fight.omr", replay)
    loaded = read_replay(path)
    assert loaded == replay
    assert list(loaded.frames()) == bout.inputs

    outcome = verify_fight(content, loaded)
    assert outcome.ok, outcome.reason
    assert outcome.result == bout.fight.result
    assert outcome.ticks == len(bout.inputs) == bout.fight.s.tick

    ok, sentence = verify_file(path)
    assert ok, sentence
    assert sentence == f"replay holds: {describe_fight(CONFIG, bout.fight.result)}, {len(bout.inputs)} ticks"
    assert "vito" in sentence and "cole" in sentence


def test_header_and_checkpoints_describe_the_fight(content: Content, bout: BoutRecord, replay: Replay) -> None:
    h = replay.header
    assert (h.game_version, h.content_digest, h.seed, h.mode) == (__version__, content.digest, 3, "fight")
    assert dict(h.params) == {"p1": "vito", "p2": "cole", "rounds": 1,
                              "getup_hold_p1": False, "getup_hold_p2": False, "clock_speed": 0}
    ticks = [t for t, _ in replay.checksums]
    total = len(bout.inputs)
    assert ticks == [*range(0, total, CHECK_EVERY), total] or ticks == list(range(0, total + 1, CHECK_EVERY))
    assert replay.checksums[-1] == (total, bout.fight.state_hash())
    assert bout.fight.result is not None
    assert replay.result == fight_summary(bout.fight.result)


def test_a_live_recorder_makes_the_same_replay_as_record_fight(
        content: Content, bout: BoutRecord, replay: Replay) -> None:
    fight = Fight(content, CONFIG)
    rec = Recorder(fight)
    for frame in bout.inputs:
        rec.step(frame)
    assert fight.result is not None
    assert rec.replay(fight_header(content, CONFIG), fight_summary(fight.result)) == replay
    with pytest.raises(ValueError, match="ended"):
        rec.step((0, 0))


def test_record_fight_refuses_inputs_that_do_not_end_with_the_fight(content: Content, bout: BoutRecord) -> None:
    with pytest.raises(ValueError, match="before the fight does"):
        record_fight(content, CONFIG, bout.inputs[:-1])
    with pytest.raises(ValueError, match="past the end"):
        record_fight(content, CONFIG, [*bout.inputs, (0, 0)])


def test_the_file_bytes_are_deterministic(replay: Replay) -> None:
    assert encode_replay(replay) == encode_replay(dataclasses.replace(replay))
    assert encode_replay(replay).startswith(MAGIC)


# --- tampering and mismatches -----------------------------------------------------------------------------------


def first_divergence(content: Content, replay: Replay, frames: list[Frame]) -> int | None:
    """Independently of the verifier: the first checkpoint tick at which `frames` part from the recording."""
    fight = Fight(content, CONFIG)
    expected = dict(replay.checksums)
    for tick, frame in enumerate(frames, start=1):
        fight.step(frame)
        if tick in expected and fight.state_hash() != expected[tick]:
            return tick
        if fight.finished:
            break
    return None


def test_one_flipped_input_is_caught_at_the_first_diverging_checkpoint(
        content: Content, bout: BoutRecord, replay: Replay, tmp_path: Path) -> None:
    # A flip the fight absorbs (a press during the intro, say) leaves the same states: that replay still holds.
    # So take the first flip from tick 1000 on that changes a checkpoint, found independently of the verifier.
    for flip in range(1000, len(bout.inputs) - CHECK_EVERY, 97):
        frames = list(bout.inputs)
        frames[flip] = (frames[flip][0] ^ int(Action.JAB), frames[flip][1])
        expected = first_divergence(content, replay, frames)
        if expected is not None:
            break
    else:
        pytest.fail("no flipped jab changed a checkpoint")
    assert expected > flip

    tampered = with_frames(replay, frames)
    outcome = verify_fight(content, tampered)
    assert not outcome.ok and outcome.problem == Problem.INPUTS
    assert outcome.diverged_at == expected
    assert f"tick {expected}" in outcome.reason

    ok, sentence = verify_file(write_replay(tmp_path / "flipped.omr", tampered))
    assert not ok and sentence == f"replay rejected: {outcome.reason}"


def test_an_edited_seed_in_the_file_is_caught_at_the_start(replay: Replay, tmp_path: Path) -> None:
    doc = replay_to_json(replay)
    doc["header"]["seed"] += 1
    ok, sentence = verify_file(write_json(tmp_path / "seed.omr", doc))
    assert not ok
    assert "starting state does not match" in sentence


def test_edited_header_fields_are_refused_with_their_reason(content: Content, replay: Replay) -> None:
    h = replay.header
    cases = {
        Problem.HEADER: dataclasses.replace(h, seed=h.seed + 1),
        Problem.CONTENT: dataclasses.replace(h, content_digest="0123456789abcdef"),
        Problem.GAME_VERSION: dataclasses.replace(h, game_version="0.0.1"),
        Problem.FORMAT: dataclasses.replace(h, format=99),
        Problem.MODE: dataclasses.replace(h, mode="mitts"),
    }
    words = {Problem.HEADER: "starting state", Problem.CONTENT: "0123456789abcdef",
             Problem.GAME_VERSION: "game version 0.0.1", Problem.FORMAT: "format version 99",
             Problem.MODE: "mitts"}
    for problem, header in cases.items():
        outcome = verify(content, dataclasses.replace(replay, header=header))
        assert not outcome.ok and outcome.problem == problem, (problem, outcome)
        assert words[problem] in outcome.reason
    assert verify_fight(content, dataclasses.replace(replay, header=cases[Problem.HEADER])).diverged_at == 0


def test_bad_fight_parameters_are_refused(content: Content, replay: Replay) -> None:
    params = dict(replay.header.params)
    for change, words in (({"p2": "rocky"}, "rocky"), ({"rounds": 0}, "rounds"),
                          ({"getup_hold_p1": 1}, "get-up"), ({"p1": 7}, "p1")):
        header = dataclasses.replace(replay.header, params=make_fields({**params, **change}))
        outcome = verify_fight(content, dataclasses.replace(replay, header=header))
        assert not outcome.ok and outcome.problem == Problem.HEADER
        assert words in outcome.reason


def test_a_physics_engine_difference_alone_does_not_fail_a_replay(content: Content, replay: Replay) -> None:
    header = dataclasses.replace(replay.header, physics="pymunk 0.0")
    assert verify_fight(content, dataclasses.replace(replay, header=header)).ok


def test_inputs_past_the_end_and_too_few_inputs_are_refused(
        content: Content, bout: BoutRecord, replay: Replay) -> None:
    total = len(bout.inputs)
    longer = verify_fight(content, with_frames(replay, [*bout.inputs, *[(0, 0)] * 30]))
    assert not longer.ok and longer.problem == Problem.OVERRUN
    assert f"tick {total}" in longer.reason and f"{total + 30} ticks" in longer.reason

    shorter = verify_fight(content, with_frames(replay, bout.inputs[:total - 100]))
    assert not shorter.ok and shorter.problem == Problem.SHORT
    assert f"tick {total - 100}" in shorter.reason


def test_an_edited_result_summary_is_refused(content: Content, replay: Replay) -> None:
    summary = dict(replay.result)
    summary["winner"] = 1 - int(summary["winner"]) if summary["winner"] in (0, 1) else 0
    outcome = verify_fight(content, dataclasses.replace(replay, result=make_fields(summary)))
    assert not outcome.ok and outcome.problem == Problem.SUMMARY


def test_impossible_inputs_and_checksums_are_refused(content: Content, replay: Replay) -> None:
    (count, p1, p2), *rest = replay.inputs
    bad = {
        "lasts 0 ticks": dataclasses.replace(replay, inputs=((0, p1, p2), *replay.inputs)),
        "buttons player 2": dataclasses.replace(replay, inputs=((count, p1, ALL_ACTIONS + 1), *rest)),
        "buttons player 1": dataclasses.replace(replay, inputs=((count, -1, p2), *rest)),
        "starting state": dataclasses.replace(replay, checksums=replay.checksums[1:]),
        "increasing": dataclasses.replace(replay, checksums=(*replay.checksums, replay.checksums[-1])),
        "final tick": dataclasses.replace(replay, checksums=replay.checksums[:-1]),
        "longer than any run": dataclasses.replace(replay, inputs=((10**9, 0, 0),)),
    }
    for words, tampered in bad.items():
        outcome = verify_fight(content, tampered)
        assert not outcome.ok and outcome.problem == Problem.MALFORMED, (words, outcome)
        assert words in outcome.reason, (words, outcome.reason)


def test_describe_fight_covers_every_ending() -> None:
    c = FightConfig("vito", "cole", rounds=3)
    assert describe_fight(c, Result(1, "KO", "", 2, 100)) == "cole beat vito by KO in round 2"
    assert describe_fight(c, Result(0, "TKO", "", 1, 100)) == "vito beat cole by TKO in round 1"
    assert describe_fight(c, Result(0, "decision", "unanimous", 3, 0)) == \
        "vito beat cole by decision (unanimous) after 3 rounds"
    assert describe_fight(c, Result(None, "draw", "majority", 3, 0)) == \
        "vito and cole fought to a draw (majority) after 3 rounds"
    assert describe_fight(c, Result(None, "draw", "double knockout", 2, 10)) == \
        "vito and cole drew by double knockout in round 2"


# --- files that are not whole replays ---------------------------------------------------------------------------


def refused(path: Path, words: str) -> None:
    with pytest.raises(ReplayFileError, match=words):
        read_replay(path)
    ok, sentence = verify_file(path)
    assert not ok and sentence.startswith("replay rejected: ") and path.name in sentence


def test_broken_files_are_refused_cleanly(replay: Replay, tmp_path: Path) -> None:
    good = encode_replay(replay)
    cases = {
        "empty.omr": (b"", "empty"),
        "garbage.omr": (os.urandom(64).replace(b"O", b"x"), "not a replay file"),
        "truncated.omr": (good[: len(good) // 2], "truncated"),
        "corrupt.omr": (MAGIC + b"\x78\x9c" + b"\xff" * 40, "corrupt"),
        "trailing.omr": (good + b"junk", "stray bytes"),
        "notjson.omr": (MAGIC + zlib.compress(b"{not json"), "not valid JSON"),
        "notutf8.omr": (MAGIC + zlib.compress(b"\xff\xfe"), "not valid JSON"),
        "deep.omr": (MAGIC + zlib.compress(b"[" * 200_000), "not valid JSON"),
    }
    for name, (data, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        refused(path, words)


def test_missing_or_ill_typed_fields_are_refused(replay: Replay, tmp_path: Path) -> None:
    def edited(edit: str) -> dict[str, object]:
        doc = replay_to_json(replay)
        if edit == "no checksums":
            del doc["checksums"]
        elif edit == "string seed":
            doc["header"]["seed"] = "3"
        elif edit == "bool count":
            doc["inputs"][0][0] = True
        elif edit == "short run":
            doc["inputs"][0] = [1, 2]
        elif edit == "float param":
            doc["header"]["params"]["rounds"] = 1.0
        elif edit == "list top":
            return {"header": []}
        return doc

    for edit, words in (("no checksums", "no 'checksums'"), ("string seed", "header.seed"),
                        ("bool count", r"inputs\[0\]"), ("short run", "3 entries"),
                        ("float param", "header.params.rounds"), ("list top", "header is not an object")):
        refused(write_json(tmp_path / "bad.omr", edited(edit)), f"malformed.*{words}")
    doc = replay_to_json(replay)
    doc["header"]["format"] = FORMAT_VERSION + 1
    refused(write_json(tmp_path / "future.omr", doc), f"format version {FORMAT_VERSION + 1}")


def test_a_zip_bomb_is_stopped_at_the_limit(tmp_path: Path) -> None:
    bomb = MAGIC + zlib.compress(b" " * (MAX_JSON_BYTES + 4096), 9)
    assert len(bomb) < 100_000
    refused(write_bytes(tmp_path / "bomb.omr", bomb), "unpacks to more than")


def test_an_oversize_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.omr"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    refused(path, "too large")
    with pytest.raises(ReplayFileError, match="too large"):
        decode_replay(b"\0" * (MAX_FILE_BYTES + 1))


def test_unreadable_paths_are_refused(tmp_path: Path) -> None:
    refused(tmp_path / "missing.omr", "cannot read")
    folder = tmp_path / "folder.omr"
    folder.mkdir()
    refused(folder, "cannot read")


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- atomic writes ----------------------------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
        replay: Replay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sub" / "fight.omr"
    write_replay(path, replay)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)  # the module replay_file uses
    other = dataclasses.replace(replay, result=make_fields({"winner": -1}))
    with pytest.raises(ReplayFileError, match=r"cannot write fight\.omr: No space left"):
        write_replay(path, other)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["fight.omr"]


# --- run-length encoding ----------------------------------------------------------------------------------------

frames_strategy = st.lists(st.tuples(st.sampled_from([0, 1, 2, 64, 4095]), st.sampled_from([0, 16, 4095])),
                           max_size=300)


@given(frames_strategy)
def test_rle_round_trips_and_is_canonical(frames: list[Frame]) -> None:
    runs = rle_encode(frames)
    assert rle_decode(runs) == frames
    assert sum(r[0] for r in runs) == len(frames)
    assert all(r[0] >= 1 for r in runs)
    assert all(a[1:] != b[1:] for a, b in pairwise(runs))
    assert rle_encode(rle_decode(runs)) == runs


def test_rle_merges_runs() -> None:
    assert rle_encode([]) == ()
    assert rle_encode([(1, 2), (1, 2), (1, 2), (0, 0), (1, 2)]) == ((3, 1, 2), (1, 0, 0), (1, 1, 2))


def test_recorded_inputs_are_compact(bout: BoutRecord, replay: Replay) -> None:
    assert replay.inputs == rle_encode(bout.inputs)
    assert len(replay.inputs) < len(bout.inputs) // 2


# --- the shipped reference replay -------------------------------------------------------------------------------


def test_the_shipped_reference_replay_holds() -> None:
    ok, sentence = verify_file(REFERENCE)
    assert ok, (f"{REFERENCE.name} no longer verifies: {sentence}. If the engine's numbers or the content changed "
                f"on purpose, re-record it with `.venv/bin/python tools/make_reference_replays.py`; if not, "
                f"determinism broke.")
    assert "vito" in sentence and "cole" in sentence and "after 1 round" in sentence
