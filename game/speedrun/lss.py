"""LiveSplit splits files (.lss): segments named after the checkpoints, the personal best's split times, the best
segment times and the segment history, all as game time (hh:mm:ss.fffffff)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from game.save.records import CategoryRecord, segment_times

TICKS_PER_SECOND = 60
GAME_NAME = "One More Round"


def game_time(ticks: int) -> str:
    """Ticks as LiveSplit writes a time: hh:mm:ss.fffffff (ten-millionths of a second, truncated)."""
    units = ticks * 10_000_000 // TICKS_PER_SECOND
    seconds, fraction = divmod(units, 10_000_000)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.{fraction:07d}"


def _time(parent: ET.Element, tag: str, ticks: int, **attrs: str) -> None:
    node = ET.SubElement(parent, tag, attrs)
    ET.SubElement(node, "GameTime").text = game_time(ticks)


def splits_file(category: str, checkpoints: Sequence[str], record: CategoryRecord) -> str:
    """The whole .lss document for one category's record."""
    run = ET.Element("Run", version="1.7.0")
    ET.SubElement(run, "GameIcon")
    ET.SubElement(run, "GameName").text = GAME_NAME
    ET.SubElement(run, "CategoryName").text = category
    metadata = ET.SubElement(run, "Metadata")
    ET.SubElement(metadata, "Run", id="")
    ET.SubElement(metadata, "Platform", usesEmulator="False").text = "PC"
    ET.SubElement(metadata, "Region")
    ET.SubElement(metadata, "Variables")
    ET.SubElement(run, "Offset").text = "00:00:00"
    ET.SubElement(run, "AttemptCount").text = str(record.attempts)
    history = ET.SubElement(run, "AttemptHistory")
    for i, splits in enumerate(record.history, start=1):
        attempt = ET.SubElement(history, "Attempt", id=str(i))
        if len(splits) == len(checkpoints):
            ET.SubElement(attempt, "GameTime").text = game_time(splits[-1])
    lengths = [segment_times(splits) for splits in record.history]  # each attempt's segments, worked out once
    segments = ET.SubElement(run, "Segments")
    for s, name in enumerate(checkpoints):
        segment = ET.SubElement(segments, "Segment")
        ET.SubElement(segment, "Name").text = name
        ET.SubElement(segment, "Icon")
        times = ET.SubElement(segment, "SplitTimes")
        pb = ET.SubElement(times, "SplitTime", name="Personal Best")
        if s < len(record.best_splits):
            ET.SubElement(pb, "GameTime").text = game_time(record.best_splits[s])
        best = ET.SubElement(segment, "BestSegmentTime")
        if s < len(record.golds):
            ET.SubElement(best, "GameTime").text = game_time(record.golds[s])
        seg_history = ET.SubElement(segment, "SegmentHistory")
        for i, attempt_lengths in enumerate(lengths, start=1):
            if s < len(attempt_lengths):
                _time(seg_history, "Time", attempt_lengths[s], id=str(i))
    ET.SubElement(run, "AutoSplitterSettings")
    ET.indent(run)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(run, encoding="unicode") + "\n"
