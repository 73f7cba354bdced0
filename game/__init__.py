"""One More Round: a 2D arcade boxing game."""

__version__ = "0.1.0"
