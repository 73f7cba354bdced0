"""The story's illustrated cutscene panels (one module per place) and the chapter title card."""

from game.render.cutscene.chapter_card import draw_chapter_card
from game.render.cutscene.panels import PanelPainter, draw_panel

__all__ = ["PanelPainter", "draw_chapter_card", "draw_panel"]
