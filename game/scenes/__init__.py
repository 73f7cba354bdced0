"""One module per screen; each owns its state, feeds input to its simulation, and draws it."""
