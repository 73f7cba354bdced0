"""The story's progress on disk: saved after every beat it resumes the same; a bad or newer file is kept aside and
the player told, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.library import Content
from game.save.progress import (
    SCHEMA,
    CardRecord,
    FightRecord,
    Progress,
    fight_record,
    load_progress,
    save_progress,
)
from game.sim.bout import cpu_bout
from game.sim.fight import FightConfig


def test_saving_after_every_beat_and_loading_resumes_the_same_state(content: Content, tmp_path: Path) -> None:
    assert content.campaign is not None
    path = tmp_path / "story.json"
    progress = Progress()
    for index, beat in enumerate(content.campaign.beats):
        if beat.kind == "training":
            progress.record_try(beat.stage, None)
            if beat.stage == "steps":
                progress.skip_for_par(beat.stage)
            else:
                progress.record_try(beat.stage, "silver")
        if beat.kind == "fight":
            progress.fight = FightRecord(None, "draw", "split", 12, (CardRecord(0, 1, (10, 9), "even-ish"),), 1)
        progress.complete(index)
        save_progress(path, progress)
        loaded, notice = load_progress(path)
        assert notice is None
        assert loaded == progress
    assert loaded.beat == len(content.campaign.beats)
    assert loaded.grades["steps"] == "bronze" and loaded.skipped == ["steps"]
    assert loaded.fight is not None and loaded.fight.ending == "draw"


def test_the_file_is_json_with_a_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    save_progress(path, Progress(beat=3, reached=[0, 1, 2, 3]))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA and doc["beat"] == 3
    assert not list(tmp_path.glob(".*tmp"))  # the atomic write leaves no temporary file behind


def test_a_fights_record_keeps_its_result_and_every_card(content: Content, tmp_path: Path) -> None:
    fight = cpu_bout(content, FightConfig("vito", "cole", 2, seed=5)).fight
    record = fight_record(fight, retries=2)
    assert len(record.cards) == len(fight.s.cards) and record.retries == 2
    assert fight.s.result is not None and record.method == fight.s.result.method
    path = tmp_path / "story.json"
    save_progress(path, Progress(fight=record))
    assert load_progress(path)[0].fight == record


MALFORMED = [
    '{"schema": 1, "beat": 4, "reach', "", "\x00\xff not json", "[1, 2]", '{"beat": 3}', '{"schema": "1"}',
    '{"schema": 1, "fight": {"winner": 7}}',
    '{"schema": 1, "fight": {"winner": 0, "cards": 5}}',  # the audit's save: the game would not start
    '{"schema": 1, "fight": {"winner": 0, "cards": [5]}}',
    '{"schema": 1, "fight": {"winner": 0, "cards": [[0, 1, 10, 9, 3]]}}',
    '{"schema": 1, "fight": {"winner": 0, "method": "KO", "round": "six"}}',
    '{"schema": 1, "fight": {"winner": 0, "method": ["KO"]}}',
    '{"schema": 1, "fight": {"winner": 0, "method": "submission"}}',
    '{"schema": 1, "fight": {"winner": 0, "retries": -1}}',
    '{"schema": 1, "fight": 5}',
    '{"schema": 1, "beat": "7"}', '{"schema": 1, "beat": -2}', '{"schema": 1, "beat": true}',
    '{"schema": 1, "reached": 12}', '{"schema": 1, "reached": [0, "3"]}',
    '{"schema": 1, "grades": ["steps"]}', '{"schema": 1, "grades": {"steps": "platinum"}}',
    '{"schema": 1, "skipped": "steps"}', '{"schema": 1, "skipped": [1]}',
    '{"schema": 1, "finished": "yes"}', '{"schema": 1, "play_every_round": 1}',
    "[" * 100_000,  # nested too deep for the JSON reader
]


@pytest.mark.parametrize("text", MALFORMED)
def test_a_corrupt_or_half_written_save_is_moved_aside_and_the_player_told(tmp_path: Path, text: str) -> None:
    path = tmp_path / "story.json"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    progress, notice = load_progress(path)
    assert progress == Progress()
    assert notice is not None and "could not be read" in notice
    assert not path.exists()
    kept = list(tmp_path.glob("story.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].name in notice
    assert load_progress(path) == (Progress(), None)  # told once: the next start is simply a fresh story


def test_a_save_from_a_newer_game_is_refused_politely_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    newer = json.dumps({"schema": SCHEMA + 1, "beat": 9, "finished": True})
    path.write_text(newer, encoding="utf-8")
    progress, notice = load_progress(path)
    assert progress == Progress()
    assert notice is not None and "newer version of the game" in notice
    kept = list(tmp_path.glob("story.json.corrupt-*"))
    assert [k.read_text(encoding="utf-8") for k in kept] == [newer]  # untouched, never overwritten


def test_the_best_grade_of_the_run_is_kept() -> None:
    progress = Progress()
    progress.record_try("road_run", "bronze")
    progress.record_try("road_run", "gold")
    progress.record_try("road_run", None)
    assert progress.grades["road_run"] == "gold"


def test_a_stage_is_skipped_for_par_only_after_a_try_without_a_grade() -> None:
    progress = Progress()
    assert not progress.may_skip("heavy_bag")
    with pytest.raises(ValueError):
        progress.skip_for_par("heavy_bag")
    progress.record_try("heavy_bag", "silver")
    assert not progress.may_skip("heavy_bag")
    progress.record_try("speed_bag", None)
    assert progress.may_skip("speed_bag")
    progress.skip_for_par("speed_bag")
    assert progress.grades["speed_bag"] == "bronze" and progress.skipped == ["speed_bag"]


def test_a_new_story_clears_the_run_but_keeps_what_was_opened_up() -> None:
    progress = Progress(beat=19, reached=list(range(20)), grades={"steps": "gold"}, skipped=["steps"],
                        fight=FightRecord(0, "KO", "", 6), finished=True, play_every_round=True)
    assert progress.unlocked_prime
    progress.new_story()
    assert (progress.beat, progress.grades, progress.skipped, progress.fight) == (0, {}, [], None)
    assert progress.finished and progress.unlocked_prime and progress.play_every_round
    assert progress.reached == list(range(20))


def test_the_ending_follows_the_result() -> None:
    assert FightRecord(0, "KO", "", 7).ending == "won_ko"
    assert FightRecord(0, "TKO", "", 7).ending == "won_ko"
    assert FightRecord(0, "decision", "split", 12).ending == "won_decision"
    assert FightRecord(None, "draw", "split", 12).ending == "draw"
    assert FightRecord(1, "decision", "unanimous", 12).ending == "lost_decision"


def json_values() -> st.SearchStrategy[object]:
    leaves = st.none() | st.booleans() | st.integers(-3, 40) | st.floats(allow_nan=False) | st.text(max_size=6)
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8),
                                                                                           inner, max_size=5),
                        max_leaves=12)


FIELDS = ("beat", "reached", "grades", "skipped", "fight", "finished", "play_every_round")
FIGHT_FIELDS = ("winner", "method", "kind", "round", "retries", "cards")


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(field=st.sampled_from(FIELDS + FIGHT_FIELDS), value=json_values(), card=st.booleans())
def test_any_field_of_any_shape_never_stops_the_game(tmp_path: Path, field: str, value: object, card: bool) -> None:
    """A well-formed save with one field replaced by any JSON value: it loads, or it is kept aside and said."""
    path = tmp_path / "story.json"
    for old in tmp_path.glob("story.json*"):
        old.unlink()
    record = FightRecord(0, "decision", "split", 12, (CardRecord(0, 1, (10, 9), "busier"),))
    save_progress(path, Progress(beat=3, reached=[0, 1, 2, 3], fight=record))
    doc = json.loads(path.read_text(encoding="utf-8"))
    if field in FIGHT_FIELDS:
        if card and field == "cards":
            doc["fight"]["cards"] = [value]
        else:
            doc["fight"][field] = value
    else:
        doc[field] = value
    path.write_text(json.dumps(doc), encoding="utf-8")
    progress, notice = load_progress(path)  # never raises
    if notice is None:
        save_progress(path, progress)  # what was accepted is a save this game can write and read back
        assert load_progress(path) == (progress, None)
    else:
        assert progress == Progress() and not path.exists()
        assert len(list(tmp_path.glob("story.json.corrupt-*"))) == 1


def test_a_jump_past_the_fight_without_one_on_record_lands_on_the_fight() -> None:
    progress = Progress(reached=list(range(20)))
    assert progress.jump(18, 16) and progress.beat == 16
    assert not progress.jump(12, 16) and progress.beat == 12
    progress.fight = FightRecord(None, "draw", "split", 12)
    assert not progress.jump(18, 16) and progress.beat == 18 and progress.fight is not None
    assert not progress.jump(16, 16) and progress.fight is None  # the fight is fought again
    assert not Progress().jump(5, None)  # a campaign without a fight has nothing to wait for


def test_the_story_is_finished_only_after_its_fight() -> None:
    progress = Progress()
    assert not progress.tell_end() and not progress.finished
    progress.fight = FightRecord(0, "decision", "majority", 12)
    assert progress.tell_end() and progress.finished and progress.unlocked_prime
