"""Typed, path-aware reading of parsed TOML tables, collecting problems instead of raising on the first."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from game.content.errors import ContentError, Problem

_MISSING: Any = object()


def load_toml(path: Path, display: str) -> dict[str, Any]:
    """Parse a TOML file, turning an unreadable or malformed file into a ContentError naming it."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ContentError([Problem(display, "", "file not found")]) from None
    except OSError as exc:
        raise ContentError([Problem(display, "", f"cannot be read ({exc.strerror})")]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError([Problem(display, "", f"is not valid TOML ({exc})")]) from None


BASE_KEY = "based_on"  # a content file may start from another of its folder and give only what differs


def with_base(table: dict[str, Any], folder: Path, display_folder: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    """`table` laid over the file its `based_on` names (tables merge key by key; anything else replaces)."""
    base_id = table.get(BASE_KEY)
    if base_id is None:
        return table
    if not isinstance(base_id, str) or not base_id or base_id in seen:
        raise ContentError([Problem(f"{display_folder}/{seen[-1] if seen else '?'}.toml", BASE_KEY,
                                    f"expected the id of another file in {display_folder}, got {base_id!r}")])
    base = load_toml(folder / f"{base_id}.toml", f"{display_folder}/{base_id}.toml")
    base = with_base(base, folder, display_folder, (*seen, base_id))
    merged = _merge(base, {k: v for k, v in table.items() if k != BASE_KEY})
    return merged


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


class Reader:
    """Reads one table; every getter records a problem and returns a harmless default when the value is bad.

    Call `done()` (or `check_keys`) to report unknown keys, and `raise_if_problems()` at the end.
    """

    def __init__(self, file: str, table: dict[str, Any], path: str = "",
                 problems: list[Problem] | None = None) -> None:
        self.file = file
        self.table = table
        self.path = path
        self.problems: list[Problem] = problems if problems is not None else []
        self._seen: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def problem(self, name: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.key(name), message))

    def has(self, name: str) -> bool:
        return name in self.table

    def _get(self, name: str, default: Any) -> Any:
        self._seen.add(name)
        if name in self.table:
            return self.table[name]
        if default is _MISSING:
            self.problem(name, "missing")
        return default

    def integer(self, name: str, lo: int | None = None, hi: int | None = None,
            default: Any = _MISSING, what: str = "a whole number") -> int:
        value = self._get(name, default)
        if value is _MISSING:
            return lo if lo is not None else 0
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(name, f"expected {_range_text(what, lo, hi)}, got {_show(value)}")
            return lo if lo is not None else 0
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.problem(name, f"expected {_range_text(what, lo, hi)}, got {value}")
            return lo if lo is not None and value < lo else (hi if hi is not None else 0)
        return value

    def frames(self, name: str, lo: int = 1, hi: int | None = 600, default: Any = _MISSING) -> int:
        return self.integer(name, lo, hi, default, what="a whole number of frames")

    def number(self, name: str, lo: float | None = None, hi: float | None = None,
            default: Any = _MISSING) -> float:
        value = self._get(name, default)
        if value is _MISSING:
            return lo if lo is not None else 0.0
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(name, f"expected {_range_text('a number', lo, hi)}, got {_show(value)}")
            return lo if lo is not None else 0.0
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.problem(name, f"expected {_range_text('a number', lo, hi)}, got {value}")
            return lo if lo is not None else 0.0
        return float(value)

    def text(self, name: str, default: Any = _MISSING, choices: Iterable[str] | None = None) -> str:
        value = self._get(name, default)
        if value is _MISSING:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(name, f"expected a non-empty string, got {_show(value)}")
            return ""
        if choices is not None:
            allowed = list(choices)
            if value not in allowed:
                self.problem(name, f"expected one of {', '.join(allowed)}, got {_show(value)}")
                return allowed[0] if allowed else ""
        return value

    def flag(self, name: str, default: Any = _MISSING) -> bool:
        value = self._get(name, default)
        if value is _MISSING:
            return False
        if not isinstance(value, bool):
            self.problem(name, f"expected true or false, got {_show(value)}")
            return False
        return value

    def ints(self, name: str, length: int | None = None, lo: int | None = None,
             default: Any = _MISSING) -> tuple[int, ...]:
        value = self._get(name, default)
        if value is _MISSING:
            return ()
        count = f"{length} " if length is not None else ""
        if (not isinstance(value, list)
                or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
                or (length is not None and len(value) != length)):
            self.problem(name, f"expected a list of {count}whole numbers, got {_show(value)}")
            return tuple([0] * length) if length is not None else ()
        if lo is not None and any(v < lo for v in value):
            self.problem(name, f"expected whole numbers >= {lo}, got {_show(value)}")
        return tuple(value)

    def strs(self, name: str, default: Any = _MISSING) -> tuple[str, ...]:
        value = self._get(name, default)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or any(not isinstance(v, str) for v in value):
            self.problem(name, f"expected a list of strings, got {_show(value)}")
            return ()
        return tuple(value)

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        value = self._get(name, default)
        return None if value is _MISSING else value

    def table_of(self, name: str, default: Any = _MISSING) -> Reader:
        """A sub-reader for a nested table (an empty one, with a problem, if it is missing or not a table)."""
        value = self._get(name, default)
        if value is _MISSING or value is None:
            return Reader(self.file, {}, self.key(name), self.problems)
        if not isinstance(value, dict):
            self.problem(name, f"expected a table, got {_show(value)}")
            return Reader(self.file, {}, self.key(name), self.problems)
        return Reader(self.file, value, self.key(name), self.problems)

    def names(self) -> list[str]:
        """Keys of this table in file order (TOML keeps insertion order)."""
        return list(self.table)

    def done(self) -> None:
        """Report every key nobody asked for: a typo in content should never be silently ignored."""
        for name in self.table:
            if name not in self._seen:
                self.problem(name, "unknown key")

    def raise_if_problems(self) -> None:
        if self.problems:
            raise ContentError(self.problems)


def _range_text(what: str, lo: float | None, hi: float | None) -> str:
    if lo is not None and hi is not None:
        return f"{what} from {lo} to {hi}"
    if lo is not None:
        return f"{what} >= {lo}"
    if hi is not None:
        return f"{what} <= {hi}"
    return what


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "a table"
    return repr(value)
