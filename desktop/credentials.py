"""Sync tokens in the operating system's keyring, and never anywhere else."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "ideabank"


class KeyringUnavailable(Exception):
    """No usable keyring backend: the token can live only in memory for this run."""


def _account(server: str, username: str) -> str:
    return f"{username}@{server.rstrip('/')}"


def _usable() -> bool:
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    return priority is not None and priority > 0


def save_token(server: str, username: str, token: str) -> None:
    if not _usable():
        raise KeyringUnavailable()
    try:
        keyring.set_password(SERVICE, _account(server, username), token)
    except (KeyringError, NoKeyringError) as exc:
        raise KeyringUnavailable() from exc


def load_token(server: str, username: str) -> str | None:
    if not _usable():
        return None
    try:
        return keyring.get_password(SERVICE, _account(server, username))
    except (KeyringError, NoKeyringError):
        return None


def forget_token(server: str, username: str) -> None:
    if not _usable():
        return
    try:
        keyring.delete_password(SERVICE, _account(server, username))
    except (KeyringError, NoKeyringError, keyring.errors.PasswordDeleteError):
        pass
