"""One More Round: a 2D arcade boxing game."""

import os as _os

__version__ = "0.1.0"

_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep pygame's greeting out of the game's output
