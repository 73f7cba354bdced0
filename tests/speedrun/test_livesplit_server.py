"""The LiveSplit Server link sends the run's commands, and never waits on a server that is not there."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from game.speedrun.livesplit_server import LiveSplitLink


@pytest.fixture
def server() -> Iterator[socket.socket]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    yield listener
    listener.close()


def read_lines(conn: socket.socket, count: int) -> list[str]:
    data = b""
    conn.settimeout(5)
    while data.count(b"\r\n") < count:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode().split("\r\n")[:count]


def test_a_run_starts_splits_with_game_time_and_resets(server: socket.socket) -> None:
    link = LiveSplitLink("127.0.0.1", server.getsockname()[1])
    link.start()
    conn, _ = server.accept()
    link.split(600)
    link.reset()
    link.poll(wait_s=5.0)
    lines = read_lines(conn, 7)
    conn.close()
    assert lines == ["reset", "initgametime", "starttimer", "pausegametime", "setgametime 00:00:10.0000000",
                     "split", "reset"]
    assert link.notice is None


def test_no_server_is_said_once_and_the_game_plays_on() -> None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens on this port now
    link = LiveSplitLink("127.0.0.1", port)
    link.start()
    link.poll(wait_s=5.0)  # the refusal from localhost arrives at once; the bound only guards a stuck machine
    assert link.failed and link.notice is not None and "not running" in link.notice
    link.split(10)  # ignored quietly from now on
    assert link._queue == []
