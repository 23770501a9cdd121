"""``backup`` and ``restore`` of the server database.

SQLite: SQLite's online backup API copies a consistent snapshot page by page while the
server keeps serving (readers and writers only wait for the short steps). PostgreSQL has
its own tools, which know about roles, sequences and large objects better than we could:
for it these commands print the ``pg_dump`` / ``pg_restore`` lines and refuse.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(RuntimeError):
    """A backup or restore that was not done; the message says why (and what to run)."""


def _pg_commands(url: str) -> str:
    u = make_url(url)
    target = f"-h {u.host or 'localhost'} -p {u.port or 5432} -U {u.username or 'postgres'}"
    return (f"PostgreSQL is backed up with its own tools; nothing was done. Run:\n"
            f"  pg_dump {target} -Fc -f ideabank.dump {u.database}\n"
            f"and to restore (into an empty database, with the servers stopped):\n"
            f"  pg_restore {target} --clean --if-exists --no-owner -d {u.database} ideabank.dump")


def _sqlite_path(url: str, action: str) -> Path:
    u = make_url(url)
    if u.get_backend_name() == "postgresql":
        raise BackupError(_pg_commands(url))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        raise BackupError(f"{action} works on a SQLite file or prints the PostgreSQL commands; "
                          f"not on {u.get_backend_name()}")
    return Path(u.database)


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def backup(url: str, target: Path) -> str:
    source_path = _sqlite_path(url, "backup")
    if not source_path.is_file():
        raise BackupError(f"there is no database at {source_path}")
    if target.exists():
        raise BackupError(f"{target} already exists; name a new file")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        revision = _revision(dest)
    finally:
        dest.close()
        source.close()
    size = target.stat().st_size
    return f"Backed up {source_path} to {target} ({size} bytes, schema {revision})"


def restore(url: str, backup_file: Path, *, force: bool = False) -> str:
    from sync_server.db import alembic_config

    target_path = _sqlite_path(url, "restore")
    if not backup_file.is_file():
        raise BackupError(f"no such backup file: {backup_file}")
    source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        try:
            ok = source.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            ok = False
        revision = _revision(source) if ok else None
        if revision is None:
            raise BackupError(f"{backup_file} is not an Idea Bank database backup; nothing "
                              "was changed")
        if target_path.exists() and not force:
            existing = sqlite3.connect(target_path)
            try:
                has_data = _revision(existing) is not None
            finally:
                existing.close()
            if has_data:
                raise BackupError(f"{target_path} already holds a database; stop the server "
                                  "and add --force to replace it")
        target_path.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(target_path)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    note = "" if revision == head else "; run 'ideabank-server init' to bring its schema up to date"
    return f"Restored {target_path} from {backup_file} (schema {revision}){note}"
