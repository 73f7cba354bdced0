"""Everything the game keeps on disk: profile, settings, personal bests and replays, written atomically."""
