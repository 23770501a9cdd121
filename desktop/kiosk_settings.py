"""The kiosk's own settings and its staff PIN check.

``check_pin`` runs on the database worker (it reads the replica, and Argon2 takes ~50 ms,
too long for the GUI thread). The settings file sits next to ``profile.json`` and holds
nothing secret: only the idle timeout (the PIN throttle keeps its own file, ``pin_lock``).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desktop.local_store import LocalStore
from desktop.replica_schema import domain

SETTINGS_FILE = "kiosk_settings.json"
IDLE_MIN, IDLE_MAX = 30, 600

_hasher = PasswordHasher()


class PinCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    NO_PIN = "no_pin"  # the organization has no kiosk PIN (or the kiosk has not synced it yet)


def organization_pin_hash(store: LocalStore) -> str | None:
    org = domain["organization"]
    rows = store.rows(select(org.c.kiosk_pin_hash).where(org.c.id == store.org_id))
    return rows[0]["kiosk_pin_hash"] if rows else None


def check_pin(store: LocalStore, pin: str) -> PinCheck:
    """Database worker only: the PIN against the organization's hash in the replica."""
    stored = organization_pin_hash(store)
    if not stored:
        return PinCheck.NO_PIN
    try:
        _hasher.verify(stored, pin)
    except InvalidHashError:
        return PinCheck.NO_PIN  # a damaged hash unlocks nothing; the administrator must reset it
    except VerificationError:
        return PinCheck.WRONG
    return PinCheck.OK


# --- small JSON files in the profile folder ------------------------------------------------

def read_json(path: Path) -> dict[str, Any]:
    """The file's object, or {} when it is missing or damaged (defaults then apply)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace the file in one step, so a power cut leaves the old or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    tmp.replace(path)


def load_idle_seconds(folder: Path) -> int | None:
    value = read_json(folder / SETTINGS_FILE).get("idle_seconds")
    if isinstance(value, int) and not isinstance(value, bool) and IDLE_MIN <= value <= IDLE_MAX:
        return value
    return None


def save_idle_seconds(folder: Path, seconds: int) -> None:
    if not IDLE_MIN <= seconds <= IDLE_MAX:
        raise ValueError(f"idle timeout must be {IDLE_MIN} to {IDLE_MAX} seconds")
    path = folder / SETTINGS_FILE
    data = read_json(path)
    data["idle_seconds"] = seconds
    write_json(path, data)


def normalize_server_url(text: str) -> str | None:
    """``text`` as a server address (http or https, a host, no spaces), or None."""
    value = text.strip().rstrip("/")
    if not value or any(ch.isspace() for ch in value):
        return None
    try:
        parts = urlsplit(value)
        port_ok = parts.port != 0  # .port raises on a port that is not a number or too big
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or not port_ok:
        return None
    if parts.query or parts.fragment or parts.username or parts.password:
        return None
    return value
