"""Personal bests per training category: JSON with a schema version, written atomically, moved aside if unreadable.

A category is a stage id (or "montage" for the full run). For each: the best time in ticks with its splits, the best
time of each segment (the golds) and the attempt count.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from game.save.jsonfile import read_versioned, write_versioned

SCHEMA = 1


HISTORY = 200  # attempts kept in the history of each category


def segment_times(splits: list[int] | tuple[int, ...] | object) -> list[int]:
    """The length of each segment from the split ticks: [200, 400, 650] -> [200, 200, 250]."""
    ticks = list(splits) if isinstance(splits, list | tuple) else []
    return [b - a for a, b in zip([0, *ticks][:-1], ticks, strict=True)]


@dataclass
class CategoryRecord:
    attempts: int = 0
    finishes: int = 0
    best_frames: int | None = None
    best_splits: list[int] = field(default_factory=list)  # split ticks of the personal best
    golds: list[int] = field(default_factory=list)  # the best time of each segment ever run
    history: list[list[int]] = field(default_factory=list)  # the last attempts' split ticks (all: finished)

    def add(self, frames: int | None, splits: list[int] | tuple[int, ...]) -> bool:
        """Count an attempt (finished when `frames` is given); True when it is a new personal best."""
        self.attempts += 1
        self.history = [*self.history, list(splits)][-HISTORY:]
        segments = segment_times(splits)
        for i, seg in enumerate(segments):
            if i < len(self.golds):
                self.golds[i] = min(self.golds[i], seg)
            else:
                self.golds.append(seg)
        if frames is None:
            return False
        self.finishes += 1
        if self.best_frames is None or frames < self.best_frames:
            self.best_frames = frames
            self.best_splits = list(splits)
            return True
        return False


@dataclass
class Records:
    categories: dict[str, CategoryRecord] = field(default_factory=dict)

    def get(self, category: str) -> CategoryRecord:
        """The category's record to add to: made (and kept, so the next save writes it) when it has none."""
        return self.categories.setdefault(category, CategoryRecord())

    def peek(self, category: str) -> CategoryRecord:
        """The category's record to read: an empty one when it has none, not kept (drawing never adds one)."""
        record = self.categories.get(category)
        return record if record is not None else CategoryRecord()

    def sum_of_best(self, category: str, segments: int) -> int | None:
        record = self.categories.get(category)
        if record is None or len(record.golds) < segments:
            return None
        return sum(record.golds[:segments])

    def best(self, category: str) -> int | None:
        record = self.categories.get(category)
        return record.best_frames if record else None


def _ints(value: object) -> list[int]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, int) and not isinstance(v, bool) and v >= 0]


def _category(raw: object) -> CategoryRecord:
    record = CategoryRecord()
    if not isinstance(raw, dict):
        return record
    for name in ("attempts", "finishes"):
        value = raw.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            setattr(record, name, value)
    best = raw.get("best_frames")
    if isinstance(best, int) and not isinstance(best, bool) and best > 0:
        record.best_frames = best
    record.best_splits = _ints(raw.get("best_splits"))
    record.golds = _ints(raw.get("golds"))
    history = raw.get("history")
    if isinstance(history, list):
        record.history = [_ints(v) for v in history if isinstance(v, list)][-HISTORY:]
    return record


def load_records(path: Path) -> tuple[Records, str | None]:
    """The records, and a message for the player when the file could not be used."""
    records = Records()
    doc, notice = read_versioned(path, SCHEMA, "records file", "starting fresh")
    if doc is None:
        return records, notice
    categories = doc.get("categories")
    if isinstance(categories, dict):
        for name, raw in sorted(categories.items()):
            if isinstance(name, str):
                records.categories[name] = _category(raw)
    return records, None


def save_records(path: Path, records: Records) -> None:
    write_versioned(path, SCHEMA, {"categories": {k: asdict(v) for k, v in sorted(records.categories.items())}})
