"""Every user setting of the desktop client, declared once, stored in QSettings.

As Picard's options.py: each setting is registered here with its key, default and allowed
values, and read or written only through ``get``/``put``, so a typo or an unknown value
cannot reach the file and a value edited by hand falls back to the default.
The settings belong to the operating-system account (QSettings' user scope); with
``IDEABANK_SETTINGS`` (a file) or ``IDEABANK_HOME`` set (tests, kiosks with a fixed layout)
they live in that INI file, or in settings.ini there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop.profile import HOME_ENV


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    choices: tuple[Any, ...] | None = None  # None: any value of the default's type


OPTIONS: dict[str, Option] = {
    # "" means not chosen on this computer: the language of the user's account is used.
    "language": Option("ui/language", "", ("", "az", "en", "ru")),
    "high_contrast": Option("ui/high_contrast", False),
    "font_scale": Option("ui/font_scale", 100, (100, 125, 150)),
}


FILE_ENV = "IDEABANK_SETTINGS"


def store() -> QSettings:
    if os.environ.get(FILE_ENV):
        return QSettings(os.environ[FILE_ENV], QSettings.Format.IniFormat)
    home = os.environ.get(HOME_ENV)
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()


def get(name: str) -> Any:
    option = OPTIONS[name]
    raw = store().value(option.key, option.default)
    value = _convert(raw, option.default)
    if value is None or (option.choices is not None and value not in option.choices):
        return option.default
    return value


def put(name: str, value: Any) -> None:
    option = OPTIONS[name]
    if not isinstance(value, type(option.default)) or (
            option.choices is not None and value not in option.choices):
        raise ValueError(f"{value!r} is not a valid value for the setting {name!r}")
    settings = store()
    settings.setValue(option.key, value)
    settings.sync()


def _convert(raw: Any, default: Any) -> Any:
    """QSettings gives back strings from INI files; read them as the default's type."""
    try:
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        if isinstance(default, int):
            return int(raw)
        return str(raw)
    except (TypeError, ValueError):
        return None


__all__ = ["FILE_ENV", "OPTIONS", "Option", "get", "put", "store"]
