"""Organizer screens."""
