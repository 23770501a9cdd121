"""What the idea form accepts. Pure functions returning a problem code, so the page can
word the message in the visitor's language (and re-word it when she switches)."""

from __future__ import annotations

import re
from enum import StrEnum

# The server's limits (sync_server.record_rules) and the schema's column sizes.
TITLE_MAX = 200
BODY_MAX = 5000
BENEFIT_MAX = 5000
NAME_MAX = 200
EMAIL_MAX = 254
PHONE_DIGITS = (7, 20)

# Deliberately simple: one @, something before it, a dot in the part after it, no spaces.
# Stricter patterns refuse real addresses; the organization can still write back to check.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
PHONE_CHARS_RE = re.compile(r"^[0-9+\-() ]+$")


class Problem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"


def check_text(text: str, limit: int, *, required: bool) -> Problem | None:
    if required and not text.strip():
        return Problem.EMPTY
    if len(text) > limit:
        return Problem.TOO_LONG
    return None


def check_email(text: str) -> Problem | None:
    """An empty address is fine: contact details are optional."""
    value = text.strip()
    if not value:
        return None
    if len(value) > EMAIL_MAX or not EMAIL_RE.match(value):
        return Problem.BAD_EMAIL
    return None


def check_phone(text: str) -> Problem | None:
    """Digits with the usual separators (+994 (12) 345-67-89), 7 to 20 digits in all."""
    value = text.strip()
    if not value:
        return None
    digits = sum(ch.isdigit() for ch in value)
    low, high = PHONE_DIGITS
    # The server keeps at most 40 characters; separators beyond that are not a phone number.
    if not PHONE_CHARS_RE.match(value) or not low <= digits <= high or len(value) > 40:
        return Problem.BAD_PHONE
    return None
