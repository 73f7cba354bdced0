"""Personal bests: the best time and its splits, the golds of each segment, attempts; kept safe on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.save.records import CategoryRecord, Records, load_records, save_records


def test_a_faster_finish_is_a_new_personal_best_and_a_slower_one_is_not() -> None:
    record = CategoryRecord()
    assert record.add(600, [200, 400, 600]) is True
    assert record.add(650, [150, 450, 650]) is False
    assert record.add(590, [210, 390, 590]) is True
    assert (record.best_frames, record.best_splits) == (590, [210, 390, 590])
    assert (record.attempts, record.finishes) == (3, 3)


def test_golds_are_the_best_time_of_each_segment_across_attempts() -> None:
    record = CategoryRecord()
    record.add(600, [200, 400, 600])  # segments 200, 200, 200
    record.add(650, [150, 450, 650])  # segments 150, 300, 200
    record.add(None, [190, 370])  # an unfinished attempt still counts its segments: 190, 180
    assert record.golds == [150, 180, 200]
    assert sum(record.golds) == 530  # the sum of best
    assert (record.attempts, record.finishes) == (3, 2)


def test_the_sum_of_best_adds_the_golds_once_every_segment_has_one() -> None:
    records = Records()
    history: list[tuple[int | None, list[int]]] = [
        (None, [180]),  # reset after the first split: segment 180
        (None, [170, 400]),  # reset after the second: 170, 230
        (620, [200, 410, 620]),  # a finish: 200, 210, 210
        (None, [250, 430]),  # 250, 180
        (600, [190, 400, 600]),  # 190, 210, 200
    ]
    assert records.sum_of_best("steps", 3) is None  # no attempt yet
    for i, (frames, splits) in enumerate(history):
        records.get("steps").add(frames, splits)
        if i < 2:
            assert records.sum_of_best("steps", 3) is None  # the last segment was never run
    assert records.get("steps").golds == [170, 180, 200]
    assert records.sum_of_best("steps", 3) == 550
    assert records.sum_of_best("steps", 2) == 350  # the first segments only
    assert records.sum_of_best("steps/hold", 3) is None  # another category's golds are its own
    assert records.get("steps").best_frames == 600


def test_records_survive_a_save_and_a_load(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    records = Records()
    records.get("steps").add(1234, [300, 600, 1234])
    save_records(path, records)
    loaded, notice = load_records(path)
    assert notice is None
    assert loaded.best("steps") == 1234
    assert loaded.get("steps").best_splits == [300, 600, 1234]
    assert loaded.best("heavy_bag") is None


def test_an_unreadable_records_file_is_moved_aside_and_the_player_told(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text('{"schema": 1, "categories": {"steps": {"best_fr', encoding="utf-8")  # half-written
    records, notice = load_records(path)
    assert notice is not None and "could not be read" in notice
    assert records.categories == {}
    assert not path.exists()
    assert len(list(tmp_path.glob("records.json.corrupt-*"))) == 1


def test_bad_values_inside_a_readable_file_fall_back_without_losing_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    doc = {"schema": 1, "categories": {"steps": {"best_frames": "fast", "attempts": 4},
                                        "road_run": {"best_frames": 900, "best_splits": [300, "x", 900]}}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    records, notice = load_records(path)
    assert notice is None
    assert records.best("steps") is None and records.get("steps").attempts == 4
    assert records.best("road_run") == 900 and records.get("road_run").best_splits == [300, 900]


def test_a_crash_between_writing_and_replacing_loses_nothing_saved_before(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = tmp_path / "records.json"
    records = Records()
    records.get("steps").add(900, [300, 600, 900])
    save_records(path, records)
    records.get("steps").add(800, [250, 500, 800])

    def power_cut(src: object, dst: object) -> None:
        raise OSError("the power went out")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        save_records(path, records)
    monkeypatch.undo()
    loaded, notice = load_records(path)
    assert notice is None and loaded.best("steps") == 900  # the old file, whole
    assert [p.name for p in tmp_path.iterdir()] == ["records.json"]  # and no half-written temporary left behind


def test_peek_reads_a_category_without_adding_it() -> None:
    records = Records()
    assert records.peek("steps").attempts == 0 and records.peek("steps").best_frames is None
    assert records.categories == {}  # reading made no category that a save would write
    records.get("steps").add(900, [300, 600, 900])
    assert records.peek("steps") is records.get("steps")
