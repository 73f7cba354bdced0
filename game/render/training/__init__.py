"""Each training stage drawn: one module per stage id offering `View(app, sim)` with `react` and `draw`."""
