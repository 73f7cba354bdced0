"""LiveSplit splits files: the segments are the checkpoints, times are game time to the ten-millionth."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from game.save.records import CategoryRecord
from game.speedrun.lss import game_time, splits_file


def test_game_time_is_ticks_as_hh_mm_ss_fffffff_truncated() -> None:
    assert game_time(0) == "00:00:00.0000000"
    assert game_time(1) == "00:00:00.0166666"  # 1/60 s, truncated like the in-game timer
    assert game_time(60 * 61 + 30) == "00:01:01.5000000"
    assert game_time(60 * 3600 * 2) == "02:00:00.0000000"


def test_the_splits_file_parses_with_the_segments_pb_golds_and_history() -> None:
    record = CategoryRecord()
    record.add(600, [200, 400, 600])
    record.add(None, [150, 450])
    record.add(570, [210, 380, 570])
    doc = ET.fromstring(splits_file("The Steps", ["Landing 1", "Landing 2", "Top"], record))
    assert doc.tag == "Run" and doc.findtext("CategoryName") == "The Steps"
    assert doc.findtext("AttemptCount") == "3"
    segments = doc.findall("Segments/Segment")
    assert [s.findtext("Name") for s in segments] == ["Landing 1", "Landing 2", "Top"]
    pb = [s.findtext("SplitTimes/SplitTime[@name='Personal Best']/GameTime") for s in segments]
    assert pb == [game_time(210), game_time(380), game_time(570)]
    golds = [s.findtext("BestSegmentTime/GameTime") for s in segments]
    assert golds == [game_time(150), game_time(170), game_time(190)]
    first = segments[0].findall("SegmentHistory/Time")
    assert [(t.get("id"), t.findtext("GameTime")) for t in first] == [
        ("1", game_time(200)), ("2", game_time(150)), ("3", game_time(210))]
    attempts = doc.findall("AttemptHistory/Attempt")
    assert [a.findtext("GameTime") for a in attempts] == [game_time(600), None, game_time(570)]
