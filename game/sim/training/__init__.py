"""The training stages' simulations: one module per stage id, each deterministic and driven by InputFrames."""
