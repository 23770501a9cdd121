"""Tracking codes a kiosk visitor can read aloud and type back without confusion."""

from __future__ import annotations

import secrets

#: No 0/O, 1/I/L, 5/S, 2/Z, 8/B: pairs that people misread on a screen or a receipt.
ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
LENGTH = 10  # 25**10 ≈ 9.5e13 codes: collisions stay negligible at millions of ideas


def new_tracking_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalize_tracking_code(text: str) -> str | None:
    """The canonical form of a typed code, or None if it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return f"{cleaned[:5]}-{cleaned[5:]}"
