"""Where the server keeps its data, which database it uses, and its settings.

Settings come from a TOML file (``--config FILE`` or ``IDEABANK_CONFIG``), each key
overridden by the environment variable ``IDEABANK_<KEY>`` (upper case), then by the command
line where it has an option. Every key, its type and default is in ``DEFAULTS``; the file's
unknown keys and values of the wrong type are refused by name rather than ignored.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

DB_ENV = "IDEABANK_DB"
DATA_ENV = "IDEABANK_SERVER_DATA"
CONFIG_ENV = "IDEABANK_CONFIG"


class ConfigError(ValueError):
    """A configuration file or variable that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Settings:
    db: str = ""  # SQLAlchemy URL; empty: IDEABANK_DB, else a SQLite file in the data folder
    host: str = "127.0.0.1"
    port: int = 8765
    threads: int = 8
    # Addresses of reverse proxies whose X-Forwarded-For waitress may believe (space separated).
    trusted_proxy: str = ""
    max_body_bytes: int = 32 * 1024 * 1024
    token_lifetime_days: float = 30.0
    invitation_lifetime_days: float = 14.0
    login_window_minutes: float = 15.0
    login_failures_per_account: int = 5
    login_failures_per_address: int = 20
    log_level: str = "INFO"
    log_format: str = "json"  # json (one object a line) or text


DEFAULTS = Settings()
_LIMITS: dict[str, tuple[float, float]] = {
    "port": (1, 65535), "threads": (1, 256), "max_body_bytes": (1024, 2**31),
    "token_lifetime_days": (0.001, 3650), "invitation_lifetime_days": (0.001, 365),
    "login_window_minutes": (0.1, 1440), "login_failures_per_account": (1, 1000),
    "login_failures_per_address": (1, 100000),
}
_CHOICES = {"log_format": ("json", "text"),
            "log_level": ("DEBUG", "INFO", "WARNING", "ERROR")}


#: How a setting's type is named to whoever wrote the file ("a int" reads badly).
_KIND_WORDS = {int: "a whole number", float: "a number", str: "text"}


def _convert(key: str, value: object, kind: type, where: str) -> object:
    must = f"{where}: {key} must be {_KIND_WORDS.get(kind, kind.__name__)}"
    if isinstance(value, bool):  # TOML true/false is never one of our settings
        raise ConfigError(must)
    try:
        if isinstance(value, str) and kind is not str:
            value = kind(value.strip())
        elif kind is float and isinstance(value, int):
            value = float(value)
    except ValueError:
        raise ConfigError(f"{must}, not {value!r}") from None
    if not isinstance(value, kind):
        raise ConfigError(f"{must}, not {value!r}")
    if key in _LIMITS:
        low, high = _LIMITS[key]
        if not low <= value <= high:  # type: ignore[operator]
            raise ConfigError(f"{where}: {key} must be between {low:g} and {high:g}")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise ConfigError(f"{where}: {key} must be one of {', '.join(_CHOICES[key])}")
    return value


def load(path: str | os.PathLike[str] | None = None,
         environ: dict[str, str] | None = None) -> Settings:
    """The settings from ``path`` (or ``IDEABANK_CONFIG``), overridden by the environment."""
    environ = os.environ if environ is None else environ
    path = path or environ.get(CONFIG_ENV) or None
    kinds = {f.name: type(getattr(DEFAULTS, f.name)) for f in fields(Settings)}
    values: dict[str, object] = {}
    if path:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise ConfigError(f"cannot read the configuration file {path}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        server = data.get("server", {})
        if not isinstance(server, dict):
            raise ConfigError(f"{path}: [server] must be a table of settings")
        section = {**{k: v for k, v in data.items() if k != "server"}, **server}
        for key, value in section.items():
            if key not in kinds:
                raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(kinds)})")
            values[key] = _convert(key, value, kinds[key], str(path))
    for key, kind in kinds.items():
        raw = environ.get(f"IDEABANK_{key.upper()}")
        if raw:
            values[key] = _convert(key, raw, kind, f"IDEABANK_{key.upper()}")
    return Settings(**values)  # type: ignore[arg-type]


_current: Settings | None = None


def current() -> Settings:
    """The settings of this process (loaded on first use; ``use`` replaces them)."""
    global _current
    if _current is None:
        _current = load()
    return _current


def use(settings: Settings | None) -> None:
    """Make ``settings`` this process's settings; None loads them again on next use."""
    global _current
    _current = settings


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
    """``--db`` wins, then ``IDEABANK_DB``, then the file's ``db``, then a SQLite file in the
    data folder."""
    if cli_value:
        return cli_value
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    if current().db:
        return current().db
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'ideabank.sqlite3'}"
