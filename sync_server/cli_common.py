"""What every ``ideabank-server`` command shares: the usage error, the database URL and
engine from ``--db``, and the password prompt."""

from __future__ import annotations

import argparse
import getpass
import sys

from sync_server import config


class UsageError(Exception):
    """Bad input on the command line; printed as one ``error:`` line, exit status 2."""


def _read_password(username: str) -> str:
    """From standard input when piped, else an interactive prompt; never from argv."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(f"Password for {username}: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise UsageError("the two passwords differ; nothing was changed")
    return first


#: The database backends the server is built and tested for, as (backend, driver) pairs.
_SUPPORTED_DATABASES = {("sqlite", "pysqlite"), ("postgresql", "psycopg")}


def _database_url(args: argparse.Namespace) -> str:
    """The chosen database URL, refused in one line when no supported driver would open it
    (a mysql:// URL would otherwise end in a ModuleNotFoundError traceback)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    url = config.database_url(args.db)
    try:
        parsed = make_url(url)
        backend = (parsed.get_backend_name(), parsed.get_driver_name())
    except (ArgumentError, ValueError):
        backend = None
    if backend not in _SUPPORTED_DATABASES:
        shown = _safe_url(url) if backend else url.split("://", 1)[0] + "://…"
        raise UsageError(f"unsupported database {shown}: use sqlite:///PATH or "
                         "postgresql+psycopg://USER@HOST/NAME")
    return url


def _engine(args: argparse.Namespace):  # noqa: ANN202
    from sync_server.db import make_engine, require_current_schema

    url = _database_url(args)
    require_current_schema(url)
    return make_engine(url)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)

