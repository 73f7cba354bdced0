"""Replay files (.omr): the magic bytes b"OMR1", then zlib-compressed JSON of a `game.sim.replay.Replay`.

Writes are atomic (a temporary file in the same folder, flush, fsync, `os.replace`). Reading refuses, with a
`ReplayFileError` of one sentence, anything that is not a whole, well-formed replay: another kind of file, a
truncated or corrupt stream, bad JSON, missing or ill-typed fields, and files or payloads over the size limits
(decompression stops at the limit, so a zip bomb costs nothing).
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from game.content.errors import ContentError
from game.content.library import load_content
from game.save.atomic import atomic_write_bytes
from game.sim.replay import (
    FORMAT_VERSION,
    Checksum,
    Fields,
    Replay,
    ReplayHeader,
    Run,
    Scalar,
    header_to_json,
    make_fields,
    verify,
)

MAGIC = b"OMR1"
SUFFIX = ".omr"
MAX_FILE_BYTES = 32 * 1024 * 1024  # on disk; a 12-round fight is a few hundred KiB at most
MAX_JSON_BYTES = 16 * 1024 * 1024  # decompressed; even 400,000 unmerged input ticks stay under 7 MiB


class ReplayFileError(Exception):
    """A replay file that cannot be written or read; the message is one sentence naming the file."""


# --- writing ------------------------------------------------------------------------------------------------


def replay_to_json(replay: Replay) -> dict[str, Any]:
    return {
        "header": header_to_json(replay.header),
        "inputs": [list(run) for run in replay.inputs],
        "checksums": [list(c) for c in replay.checksums],
        "result": dict(replay.result),
    }


def encode_replay(replay: Replay) -> bytes:
    """The bytes of a .omr file; the same replay always gives the same bytes."""
    text = json.dumps(replay_to_json(replay), sort_keys=True, separators=(",", ":")).encode()
    if len(text) > MAX_JSON_BYTES:
        raise ReplayFileError(f"the replay is too large to save ({len(text)} bytes of data, the limit is "
                              f"{MAX_JSON_BYTES})")
    data = MAGIC + zlib.compress(text, 9)
    if len(data) > MAX_FILE_BYTES:
        raise ReplayFileError(f"the replay is too large to save ({len(data)} bytes, the limit is "
                              f"{MAX_FILE_BYTES})")
    return data


def write_replay(path: str | os.PathLike[str], replay: Replay) -> Path:
    """Save `replay` atomically; returns the path. ReplayFileError if it is too large or cannot be written."""
    p = Path(path)
    data = encode_replay(replay)
    try:
        atomic_write_bytes(p, data)
    except OSError as exc:
        raise ReplayFileError(f"cannot write {p.name}: {exc.strerror or exc}") from exc
    return p


# --- reading ------------------------------------------------------------------------------------------------


class _Malformed(Exception):
    """A field missing or of the wrong type (message: what and where)."""


def _obj(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _Malformed(f"{where} is not an object")
    return value


def _get(table: dict[str, object], key: str, where: str) -> object:
    if key not in table:
        raise _Malformed(f"{where} has no {key!r}")
    return table[key]


def _int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Malformed(f"{where} is not a whole number")
    return value


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _Malformed(f"{where} is not a string")
    return value


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise _Malformed(f"{where} is not a list")
    return value


def _fields(value: object, where: str) -> Fields:
    table = _obj(value, where)
    out: dict[str, Scalar] = {}
    for key, v in table.items():
        if not isinstance(v, str | int | bool):
            raise _Malformed(f"{where}.{key} is not a string, a whole number or true/false")
        out[key] = v
    return make_fields(out)


def _int_row(value: object, n: int, where: str) -> list[int]:
    row = _list(value, where)
    if len(row) != n:
        raise _Malformed(f"{where} does not have {n} entries")
    return [_int(v, where) for v in row]


def replay_from_json(doc: object) -> Replay:
    """A Replay from parsed JSON; _Malformed (internal) names the first field missing or ill-typed."""
    top = _obj(doc, "the file")
    h = _obj(_get(top, "header", "the file"), "header")
    fmt = _int(_get(h, "format", "header"), "header.format")
    if fmt != FORMAT_VERSION:
        raise _UnknownFormat(fmt)
    header = ReplayHeader(
        format=fmt,
        game_version=_str(_get(h, "game_version", "header"), "header.game_version"),
        content_digest=_str(_get(h, "content_digest", "header"), "header.content_digest"),
        physics=_str(_get(h, "physics", "header"), "header.physics"),
        seed=_int(_get(h, "seed", "header"), "header.seed"),
        mode=_str(_get(h, "mode", "header"), "header.mode"),
        params=_fields(_get(h, "params", "header"), "header.params"),
    )
    runs: list[Run] = []
    for i, item in enumerate(_list(_get(top, "inputs", "the file"), "inputs")):
        count, p1, p2 = _int_row(item, 3, f"inputs[{i}]")
        runs.append((count, p1, p2))
    checksums: list[Checksum] = []
    for i, item in enumerate(_list(_get(top, "checksums", "the file"), "checksums")):
        row = _list(item, f"checksums[{i}]")
        if len(row) != 2:
            raise _Malformed(f"checksums[{i}] does not have 2 entries")
        checksums.append((_int(row[0], f"checksums[{i}]"), _str(row[1], f"checksums[{i}]")))
    result = _fields(_get(top, "result", "the file"), "result")
    return Replay(header, tuple(runs), tuple(checksums), result)


class _UnknownFormat(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def decode_replay(data: bytes, name: str = "the replay") -> Replay:
    """A Replay from the bytes of a .omr file; ReplayFileError (one sentence, naming `name`) if not one."""
    if len(data) > MAX_FILE_BYTES:
        raise ReplayFileError(f"{name} is too large to be a replay ({len(data)} bytes, the limit is "
                              f"{MAX_FILE_BYTES})")
    if not data:
        raise ReplayFileError(f"{name} is empty, not a replay")
    if not data.startswith(MAGIC):
        raise ReplayFileError(f"{name} is not a replay file (it does not start with {MAGIC.decode()})")
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data[len(MAGIC):], MAX_JSON_BYTES + 1)
    except zlib.error as exc:
        raise ReplayFileError(f"{name} is corrupt (its compressed data does not decode: {exc})") from None
    if len(text) > MAX_JSON_BYTES or inflater.unconsumed_tail:
        raise ReplayFileError(f"{name} unpacks to more than {MAX_JSON_BYTES} bytes, more than any replay "
                              f"holds")
    if not inflater.eof:
        raise ReplayFileError(f"{name} is truncated (its compressed data stops before the end)")
    if inflater.unused_data:
        stray = len(inflater.unused_data)
        raise ReplayFileError(f"{name} is corrupt (it has {stray} stray bytes after its end)")
    try:
        doc = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReplayFileError(f"{name} is corrupt (its contents are not valid JSON: {detail})") from None
    try:
        return replay_from_json(doc)
    except _UnknownFormat as exc:
        raise ReplayFileError(f"{name} uses replay format version {exc.version}, and this game reads only "
                              f"version {FORMAT_VERSION}") from None
    except _Malformed as exc:
        raise ReplayFileError(f"{name} is malformed ({exc})") from None


def read_replay(path: str | os.PathLike[str]) -> Replay:
    """Load a .omr file; ReplayFileError (one sentence) if it cannot be read or is not a whole replay."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise ReplayFileError(f"{p.name} is too large to be a replay ({size} bytes, the limit is "
                                      f"{MAX_FILE_BYTES})")
            data = f.read(MAX_FILE_BYTES + 1)  # the size may change under us: never read more than the limit
    except OSError as exc:
        raise ReplayFileError(f"cannot read {p.name}: {exc.strerror or exc}") from None
    return decode_replay(data, p.name)


# --- the CLI's entry ----------------------------------------------------------------------------------------


def verify_file(path: str | os.PathLike[str]) -> tuple[bool, str]:
    """Re-simulate a replay file headless: (True, "replay holds: ...") or (False, "replay rejected: ...")."""
    try:
        replay = read_replay(path)
    except ReplayFileError as exc:
        return False, f"replay rejected: {exc}"
    try:
        content = load_content()
    except ContentError as exc:
        first = exc.problems[0] if exc.problems else "unknown problem"
        return False, f"replay not checked: the game's own content does not load ({first})"
    outcome = verify(content, replay)
    if outcome.ok:
        return True, f"replay holds: {outcome.reason}"
    return False, f"replay rejected: {outcome.reason}"
