"""Drives a running LiveSplit Server (TCP on localhost, port 16834): start, split, reset and game time.

Never waits on it: the connection is opened without blocking, commands are sent only once it is up, and if
nothing listens the link says so once (`notice`) and stays quiet for the rest of the session.
"""

from __future__ import annotations

import errno
import select
import socket

from game.speedrun.lss import game_time

HOST = "127.0.0.1"
PORT = 16834


class LiveSplitLink:
    def __init__(self, host: str = HOST, port: int = PORT) -> None:
        self.address = (host, port)
        self.sock: socket.socket | None = None
        self.connected = False
        self.failed = False
        self.notice: str | None = None  # a message for the player, once
        self._queue: list[str] = []

    def _open(self) -> None:
        if self.sock is not None or self.failed:
            return
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        code = sock.connect_ex(self.address)
        if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY, getattr(errno, "WSAEWOULDBLOCK",
                                                                                         10035)):
            sock.close()
            self._fail()
            return
        self.sock = sock
        self.connected = code == 0

    def _fail(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None
        self.connected = False
        self.failed = True
        self._queue.clear()
        self.notice = (f"LiveSplit Server is not running on port {self.address[1]}; "
                       "the game plays on without it.")

    def poll(self, wait_s: float = 0.0) -> None:
        """Finish connecting if the server has answered, and send what is waiting. Every send() calls it, so the
        queue drains as the run sends its commands (the game time, each tick of play); the game never waits:
        `wait_s` is for tests that want the answer."""
        self._open()
        if self.sock is None:
            return
        if not self.connected:
            _, writable, errored = select.select([], [self.sock], [self.sock], wait_s)
            if errored:
                self._fail()
                return
            if not writable:
                return
            if self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
                self._fail()
                return
            self.connected = True
        while self._queue:
            line = self._queue[0]
            try:
                self.sock.send(line.encode("ascii"))
            except BlockingIOError:
                return
            except OSError:
                self._fail()
                return
            self._queue.pop(0)

    def send(self, command: str) -> None:
        if self.failed:
            return
        self._queue.append(command + "\r\n")
        self.poll()

    # --- the commands of a run --------------------------------------------------------------------------------

    def start(self) -> None:
        self.send("reset")
        self.send("initgametime")
        self.send("starttimer")
        self.send("pausegametime")  # the game, not LiveSplit's clock, says what the time is

    def split(self, ticks: int) -> None:
        self.game_time(ticks)
        self.send("split")

    def reset(self) -> None:
        self.send("reset")

    def game_time(self, ticks: int) -> None:
        self.send(f"setgametime {game_time(ticks)}")

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None
        self.connected = False
