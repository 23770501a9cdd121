"""Kiosk screens."""
