"""The simulation stays pure (DESIGN.md, "Determinism"): every module under game/sim is read as source and checked.

- no `pygame`, `time`, `os` (nor the other clocks and entropy sources: `datetime`, `secrets`, `uuid`);
- none of the global `random` functions (`random.Random(seed)` owned by the state is the one source);
- no salted `hash()`, no `open()` or `input()`: a file or the keyboard is not the simulation's to read;
- no `global` statement and no module-level (or class-level) mutable state: lists, sets, shared generators and
  mutable objects are refused outright; a dict is accepted only as a read-only table (immutable values, never
  written to anywhere in the package), though wrapping it in `types.MappingProxyType` is better.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import subprocess
import sys
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import game.sim

SIM_DIR = Path(game.sim.__file__).resolve().parent
ROOT = SIM_DIR.parents[1]
FILES = sorted(SIM_DIR.rglob("*.py"))
FORBIDDEN_MODULES = frozenset({"pygame", "time", "os", "datetime", "secrets", "uuid"})
FORBIDDEN_BUILTINS = frozenset({"hash", "open", "input"})
DICT_WRITERS = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__"})


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.what}"


def _top(name: str) -> str:
    return name.split(".")[0]


def impurities(path: Path, tree: ast.Module) -> Iterator[Finding]:
    """Forbidden imports, global random functions, salted hashes, file and keyboard reads, `global` statements."""
    random_names: set[str] = set()  # names bound to the random module in this file
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _top(alias.name) in FORBIDDEN_MODULES:
                    yield Finding(path, node.lineno, f"imports {alias.name}")
                if alias.name == "random":
                    random_names.add(alias.asname or "random")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _top(node.module) in FORBIDDEN_MODULES:
                yield Finding(path, node.lineno, f"imports from {node.module}")
            if node.module == "random":
                for alias in node.names:
                    if alias.name != "Random":
                        yield Finding(path, node.lineno, f"imports random.{alias.name} (only random.Random is allowed)")
        elif isinstance(node, ast.Global | ast.Nonlocal):
            yield Finding(path, node.lineno, f"`{type(node).__name__.lower()} {', '.join(node.names)}` statement")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in FORBIDDEN_BUILTINS):
            yield Finding(path, node.lineno, f"calls the builtin {node.func.id}()")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in random_names
                and node.attr != "Random"):
            yield Finding(path, node.lineno, f"uses the global random.{node.attr} (only random.Random is allowed)")


def module_level_names(tree: ast.Module) -> Iterator[tuple[str, int]]:
    """Names bound by assignment at module level (including inside top-level if/for/with/try blocks)."""
    def walk(body: list[ast.stmt]) -> Iterator[tuple[str, int]]:
        for stmt in body:
            targets: list[ast.expr] = []
            if isinstance(stmt, ast.Assign):
                targets = stmt.targets
            elif isinstance(stmt, ast.AnnAssign | ast.AugAssign | ast.For | ast.AsyncFor):
                targets = [stmt.target]
            for target in targets:
                for node in ast.walk(target):
                    if isinstance(node, ast.Name):
                        yield node.id, stmt.lineno
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(stmt, field, None)
                if isinstance(inner, list) and not isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef
                                                                  | ast.ClassDef):
                    yield from walk(inner)
            for handler in getattr(stmt, "handlers", []):
                yield from walk(handler.body)
    yield from walk(tree.body)


def written_names(trees: dict[Path, ast.Module]) -> dict[str, list[tuple[Path, int]]]:
    """Every place in the package where a container called NAME (or something.NAME) is written into."""
    out: dict[str, list[tuple[Path, int]]] = {}

    def container(expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name):
            return expr.id
        if isinstance(expr, ast.Attribute):
            return expr.attr
        return None

    for path, tree in trees.items():
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store | ast.Del):
                name = container(node.value)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in DICT_WRITERS):
                name = container(node.func.value)
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Subscript):
                name = container(node.target.value)
            if name is not None:
                out.setdefault(name, []).append((path, getattr(node, "lineno", 0)))
    return out


def mutable_reason(value: object, depth: int = 0) -> str | None:
    """Why a module- or class-level value is mutable state, or None when it is a constant."""
    if depth > 8:
        return None
    if value is None or isinstance(value, int | float | complex | str | bytes | bool | range):
        return None
    if isinstance(value, enum.Enum):
        return None
    if isinstance(value, type | types.FunctionType | types.BuiltinFunctionType | types.ModuleType
                  | types.GenericAlias | types.UnionType | property | staticmethod | classmethod):
        return None
    if typing.get_origin(value) is not None or type(value).__module__ == "typing":
        return None  # type aliases: Callable[...], Optional[...], TypeVar
    if isinstance(value, tuple | frozenset):
        for item in value:
            reason = mutable_reason(item, depth + 1)
            if reason:
                return f"holds {reason}"
        return None
    if isinstance(value, types.MappingProxyType):
        for item in (*value.keys(), *value.values()):
            reason = mutable_reason(item, depth + 1)
            if reason:
                return f"holds {reason}"
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        params = getattr(type(value), "__dataclass_params__", None)
        if params is not None and params.frozen:
            for f in dataclasses.fields(value):
                reason = mutable_reason(getattr(value, f.name), depth + 1)
                if reason:
                    return f"holds {reason}"
            return None
        return f"a mutable {type(value).__name__} instance"
    if isinstance(value, dict):
        return "a dict"  # judged by the caller: a read-only table may pass
    return f"a {type(value).__module__}.{type(value).__qualname__} (mutable, or not known to be constant)"


def module_state_findings(path: Path, tree: ast.Module,
                          writes: dict[str, list[tuple[Path, int]]]) -> Iterator[Finding]:
    module = importlib.import_module(module_name(path))
    seen: set[str] = set()
    for name, line in module_level_names(tree):
        if name in seen or (name.startswith("__") and name.endswith("__")) or not hasattr(module, name):
            continue
        seen.add(name)
        value = getattr(module, name)
        reason = mutable_reason(value)
        if reason == "a dict":
            assert isinstance(value, dict)
            bad_items = [r for item in (*value.keys(), *value.values()) if (r := mutable_reason(item))]
            if bad_items:
                yield Finding(path, line, f"module-level dict {name} holds {bad_items[0]}")
            for where, at in writes.get(name, []):
                yield Finding(path, line, f"module-level dict {name} is written to at {where.relative_to(ROOT)}:{at}"
                              " (build it in one expression and wrap it in types.MappingProxyType)")
        elif reason is not None:
            yield Finding(path, line, f"module-level {name} is {reason}")
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            cls = getattr(module, node.name, None)
            if not isinstance(cls, type) or issubclass(cls, enum.Enum):
                continue
            for attr, line in module_level_names(ast.Module(body=node.body, type_ignores=[])):
                value = vars(cls).get(attr)
                reason = None if value is None or callable(value) else mutable_reason(value)
                if reason is not None:
                    yield Finding(path, line, f"class attribute {node.name}.{attr} is {reason}"
                                  " (shared by every instance)")


TREES = {path: parse(path) for path in FILES}


def test_the_walk_finds_the_simulation() -> None:
    names = {module_name(p) for p in FILES}
    assert {"game.sim.fight", "game.sim.physics", "game.sim.states", "game.sim.cpu"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_clock_entropy_files_or_global_random(path: Path) -> None:
    found = [str(f) for f in impurities(path, TREES[path])]
    assert not found, "impure simulation code:\n" + "\n".join(found)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_module_level_mutable_state(path: Path) -> None:
    found = [str(f) for f in module_state_findings(path, TREES[path], written_names(TREES))]
    assert not found, "module-level mutable state in the simulation:\n" + "\n".join(found)


def test_importing_the_simulation_does_not_import_pygame() -> None:
    """The transitive check: nothing game.sim imports (content included) drags pygame in."""
    modules = ", ".join(sorted(module_name(p) for p in FILES))
    code = f"import sys, importlib\nfor m in '{modules}'.split(', '): importlib.import_module(m)\n" \
           "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygame'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         timeout=60)
    assert out.stdout.strip() == "[]", f"importing game.sim imports pygame: {out.stdout}"


# --- the checker itself, on small pieces of source -------------------------------------------------------------

def _impure(source: str) -> list[str]:
    return [f.what for f in impurities(Path(__file__), ast.parse(source))]


@pytest.mark.parametrize("source", [
    "import pygame", "import os.path", "from time import monotonic", "import time as t", "from os import environ",
    "import random\nx = random.random()", "import random as r\nr.randint(1, 6)", "from random import choice",
    "import random\nrandom.seed(1)", "import random\nf = random.shuffle", "x = hash('a')", "open('f')",
    "def f():\n    global N\n    N = 1",
])
def test_the_checker_catches(source: str) -> None:
    assert _impure(source), source


@pytest.mark.parametrize("source", [
    "import random\nrng = random.Random(3)", "from random import Random\nrng = Random(3)", "import math",
    "x = self_hash(1)", "import pymunk",
])
def test_the_checker_passes(source: str) -> None:
    assert not _impure(source), source


@pytest.mark.parametrize(("value", "mutable"), [
    ([1], True), ({1}, True), (bytearray(b"x"), True), ((1, [2]), True), (frozenset({1}), False), ((1, "a"), False),
    (types.MappingProxyType({"a": 1}), False), (types.MappingProxyType({"a": [1]}), True), (range(3), False),
    (tuple[int, int], False), (int | str, False), (__import__("random").Random(1), True),
])
def test_the_mutability_judge(value: object, mutable: bool) -> None:
    assert (mutable_reason(value) is not None) == mutable, value
