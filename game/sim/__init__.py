"""The deterministic simulation: pure Python and pymunk, advanced only by `step(inputs)`.

Never imports pygame, time or os; never calls the global random functions; holds no module-level mutable state.
"""
