"""Profiles: one folder per user on this workstation, holding the replica and settings.

Paths come from ``QStandardPaths`` unless ``IDEABANK_HOME`` overrides them (tests, kiosks
with a fixed layout). No secret is ever written here: tokens live in the OS keyring, and the password only as
an Argon2id verifier (see ``desktop.accounts``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

HOME_ENV = "IDEABANK_HOME"
DEFAULT_SERVER = "http://127.0.0.1:8765"


def profiles_root() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "profiles"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".ideabank") / "profiles"


def default_profile_dir(username: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", username) or "user"
    return profiles_root() / safe


@dataclass
class Profile:
    folder: Path
    server: str
    username: str
    user_id: str
    org_id: str
    role: str
    display_name: str
    language: str = "az"
    verifier: str = ""  # Argon2id hash of the password, to open the profile offline

    @property
    def database(self) -> Path:
        return self.folder / "replica.sqlite3"

    def save(self) -> None:
        # Only this operating-system account may read the folder: on a shared workstation
        # another account cannot open the replica file around the application.
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            self.folder.chmod(0o700)
        data = asdict(self)
        data.pop("folder")
        tmp = self.folder / "profile.json.tmp"
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.folder / "profile.json")

    @classmethod
    def load(cls, folder: Path) -> Profile | None:
        path = folder / "profile.json"
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(folder=folder, **data)
