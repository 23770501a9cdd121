"""The author's screens."""
