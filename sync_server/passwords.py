"""Password hashing and the rules a new password must meet.

The common-password list is the head of the ranked "passwords" frequency list that the
zxcvbn package ships (MIT licence; drawn from public leaked-password corpora, most common
first). Only its first ``COMMON_COUNT`` entries are used.
"""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10
MAX_LENGTH = 1000
COMMON_COUNT = 10_000

hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters


class PasswordRejected(ValueError):
    """A new password that does not meet the rules; the message says which."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@functools.cache
def common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_COUNT])


def check_new_password(password: str, *, username: str = "") -> None:
    """Raise ``PasswordRejected`` when ``password`` may not be used by ``username``."""
    if len(password) < MIN_LENGTH:
        raise PasswordRejected(f"password must have at least {MIN_LENGTH} characters",
                               "too_short")
    if len(password) > MAX_LENGTH:
        raise PasswordRejected(f"password must have at most {MAX_LENGTH} characters", "too_long")
    if not password.strip():
        raise PasswordRejected("password may not be only spaces", "blank")
    folded = password.casefold()
    if username and username.strip().casefold() in (folded, folded[::-1]):
        raise PasswordRejected("password may not be the user name", "is_username")
    if folded in common_passwords():
        raise PasswordRejected("password is one of the most common passwords; choose another",
                               "common")


def hash_password(password: str) -> str:
    return hasher.hash(password)


def verify(stored: str, password: str) -> bool:
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
