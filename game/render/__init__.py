"""Drawing helpers shared by scenes: fighters, ring, HUD, text, effects."""
