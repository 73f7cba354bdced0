"""Content: loads `levels/` into frozen, validated objects; every error names its file and key."""
