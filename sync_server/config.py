"""Where the server keeps its data, and which database it uses."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "IDEABANK_DB"
DATA_ENV = "IDEABANK_SERVER_DATA"


def data_dir() -> Path:
    """The per-user data folder (overridable for tests and services)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        # An empty XDG_DATA_HOME counts as unset (the XDG rule), never as the current folder.
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "ideabank-server"


def database_url(cli_value: str | None = None) -> str:
    """``--db`` wins, then ``IDEABANK_DB``, then a SQLite file in the data folder."""
    if cli_value:
        return cli_value
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'ideabank.sqlite3'}"
