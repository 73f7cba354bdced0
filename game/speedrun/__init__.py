"""Speedrun tools outside the simulation: LiveSplit splits files and the LiveSplit Server link."""
