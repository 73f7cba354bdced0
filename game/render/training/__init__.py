"""Each training stage drawn: one module per stage id offering `View(app, sim)` with `react(events)` and `draw(surface)`."""
